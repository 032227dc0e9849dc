"""Every internal link in the rendered site must reach a page, and its anchor must exist.

Runs over the rendered files in memory, so ``build`` and ``check`` both catch a broken link
before anything is published.
"""

from __future__ import annotations

import posixpath
import re
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from html import unescape
from urllib.parse import unquote, urlsplit

from .diagnostics import Diagnostic, error
from .parallel import run, share, shared

_ATTRIBUTE = re.compile(r"\s(id|href|src)=\"([^\"]*)\"", re.IGNORECASE)
_SKIPPED = (("<!--", "-->"), ("<script", "</script"), ("<style", "</style"))
"""Spans whose text holds no links: comments and raw text (the JSON-LD data, the styles)."""


def _skipped(html: str) -> list[tuple[int, int]]:
    """Where attributes are not attributes, plus the canonical link (absolute by design)."""
    spans = []
    for opener, closer in _SKIPPED:
        at = html.find(opener)
        while at >= 0:
            start = at + len(opener) if opener == "<!--" else html.find(">", at) + 1
            end = html.find(closer, start)
            end = len(html) if end < 0 else end
            spans.append((start, end))
            at = html.find(opener, end)
    canonical = html.find('rel="canonical"')
    if canonical >= 0:
        spans.append((html.rfind("<", 0, canonical), html.find(">", canonical)))
    return sorted(spans)


@dataclass(frozen=True, slots=True)
class PageLinks:
    """The ids a page defines and the links it makes, each with its line."""

    links: tuple[tuple[int, str], ...]
    ids: frozenset[str]


def parse_page(html: str) -> PageLinks:
    """Links and ids by a regular expression, not an HTML parser.

    The parser spent most of a large build's link check tokenising text it then ignored. This
    is exact for our own output: templates and markdown-it double-quote every attribute and
    escape every quote in text, so ``href="`` can only be an attribute.
    """
    skipped = _skipped(html)
    links: list[tuple[int, str]] = []
    ids: set[str] = set()
    line, counted = 1, 0
    for found in _ATTRIBUTE.finditer(html):
        at = found.start()
        k = bisect_right(skipped, (at, len(html)))
        if (k and at < skipped[k - 1][1]) or not found.group(2):
            continue
        value = unescape(found.group(2))
        if found.group(1).lower() == "id":
            ids.add(value)
            continue
        line += html.count("\n", counted, at)
        counted = at
        links.append((line, value))
    return PageLinks(tuple(links), frozenset(ids))


def _target(files: Container[str], path: str) -> str | None:
    """The output file a site path serves, as a static host would (``dir/`` -> ``dir/index.html``)."""
    path = path.lstrip("/")
    for candidate in (path, posixpath.join(path, "index.html"), path + ".html"):
        if candidate in files:
            return candidate
    return None


GENERATED = ("pagefind/", "pagefind-shard-")
"""Folders written after rendering (the search index), so not among the rendered files."""


def _parse_in_worker(name: str) -> PageLinks:
    files: Mapping[str, bytes] = shared("files")
    return parse_page(files[name].decode("utf-8"))


def parse_pages(
    files: Mapping[str, bytes], jobs: int = 1, known: Mapping[str, PageLinks] | None = None
) -> dict[str, PageLinks]:
    """Every HTML page of ``{path: bytes}``, by path in sorted order.

    Those in ``known`` are taken as given, the others parsed over ``jobs`` processes.
    """
    known = known or {}
    names = sorted(n for n in files if n.endswith(".html"))
    todo = [n for n in names if n not in known]
    share(files=files)
    fresh = dict(zip(todo, run(_parse_in_worker, todo, jobs, chunk=256), strict=True))
    return {n: known[n] if n in known else fresh[n] for n in names}


def check_links(
    files: Mapping[str, bytes], base_path: str, jobs: int = 1, known: Mapping[str, PageLinks] | None = None
) -> tuple[Diagnostic, ...]:
    """Problems with internal links in the rendered ``{path: bytes}``; ``base_path`` like ``/archive/``.

    Every page is parsed (over ``jobs`` processes; the pages in ``known`` were already) before
    any link is followed.
    """
    parsed = parse_pages(files, jobs, known)
    return check_parsed(files, base_path, parsed, parsed.__getitem__)


def check_parsed(
    files: Container[str], base_path: str, names: Iterable[str], parse: Callable[[str], PageLinks]
) -> tuple[Diagnostic, ...]:
    """Problems with the links of the pages ``names``, parsed by ``parse``, among the paths ``files``."""
    problems = []
    for name in names:
        for line, href in parse(name).links:
            url = urlsplit(href)
            if url.scheme or url.netloc or href.startswith(("mailto:", "tel:", "data:")):
                continue
            if not url.path:
                target: str | None = name
            elif url.path.startswith("/"):
                if not url.path.startswith(base_path):
                    problems.append(
                        error(f"public/{name}", line, f"link {href} leaves the site's base path {base_path}")
                    )
                    continue
                inside = unquote(url.path)[len(base_path) :]
                if inside.startswith(GENERATED):
                    continue
                target = _target(files, "/" + inside)
            else:
                target = _target(files, posixpath.normpath(posixpath.join(posixpath.dirname(name), unquote(url.path))))
            if target is None:
                problems.append(error(f"public/{name}", line, f"broken link: {href}"))
            elif url.fragment and target.endswith(".html") and url.fragment not in parse(target).ids:
                problems.append(error(f"public/{name}", line, f"broken anchor: {href}"))
    return tuple(problems)


class LinkCheck:
    """The link check of a site rendered again and again (the preview), redone only where needed.

    A page that did not change still has good links unless a page or file it links to went
    away or a changed page lost an anchor; otherwise only the changed pages are checked. The
    state remembered is the last site that passed, so after a failed build the next check
    looks again at everything that differs from it.
    """

    def __init__(self) -> None:
        self._good: dict[str, bytes] = {}
        self._parsed: dict[str, PageLinks] = {}
        self._base_path = ""

    def __call__(self, files: Mapping[str, bytes], base_path: str) -> tuple[Diagnostic, ...]:
        good = self._good
        changed = sorted(
            n for n, data in files.items() if n.endswith(".html") and good.get(n) is not data and good.get(n) != data
        )
        parsed = {n: links for n, links in self._parsed.items() if n in files and n not in changed}
        fresh = {n: parse_page(files[n].decode("utf-8")) for n in changed}
        parsed.update(fresh)
        everything = (
            not good
            or base_path != self._base_path
            or bool(good.keys() - files.keys())
            or any(n in self._parsed and self._parsed[n].ids != fresh[n].ids for n in changed)
        )
        names = sorted(n for n in files if n.endswith(".html")) if everything else changed
        problems = check_parsed(files, base_path, names, lambda n: parsed[n])
        if not problems:
            self._good, self._parsed, self._base_path = dict(files), parsed, base_path
        return problems

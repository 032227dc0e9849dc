"""Every internal link in the rendered site must reach a page, and its anchor must exist.

Runs over the rendered files in memory, so ``build`` and ``check`` both catch a broken link
before anything is published.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from .diagnostics import Diagnostic, error


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if value and (name == "src" or (name == "href" and tag != "link") or (tag == "link" and name == "href")):
                if tag == "link" and ("rel", "canonical") in attrs:
                    continue
                self.links.append((self.getpos()[0], value))


def _target(files: Mapping[str, bytes], path: str) -> str | None:
    """The output file a site path serves, as a static host would (``dir/`` -> ``dir/index.html``)."""
    path = path.lstrip("/")
    for candidate in (path, posixpath.join(path, "index.html"), path + ".html"):
        if candidate in files:
            return candidate
    return None


GENERATED = ("pagefind/", "pagefind-shard-")
"""Folders written after rendering (the search index), so not among the rendered files."""


def check_links(files: Mapping[str, bytes], base_path: str) -> tuple[Diagnostic, ...]:
    """Problems with internal links in the rendered ``{path: bytes}``; ``base_path`` like ``/archive/``."""
    parsed: dict[str, _Links] = {}

    def parse(name: str) -> _Links:
        if name not in parsed:
            parser = _Links()
            parser.feed(files[name].decode("utf-8"))
            parsed[name] = parser
        return parsed[name]

    problems = []
    for name in sorted(n for n in files if n.endswith(".html")):
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

"""Site -> every output file as bytes, into a mapping the caller gives (a dict, or a folder).

Jinja2 runs with autoescape on for every template and ``StrictUndefined``, and scraped text only
ever reaches templates as data, never as template source, so ``{{ 7*7 }}`` in a post stays text.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import jinja2

from . import GENERATOR
from .citation import citations_bib, citations_csl, document_citation, report_citation
from .export import export, export_line
from .feeds import atom, robots, sitemap
from .headers import headers_file
from .jsonld import annotations_jsonld
from .linkcheck import PageLinks, parse_page
from .memo import Memo, remember
from .model import Document, Site, Summary
from .parallel import share, shared, stream
from .redact import redact_raw
from .schema_org import document_jsonld, report_jsonld, website_jsonld
from .search import bundle
from .views import (
    Lookup,
    document_summary,
    document_url,
    document_view,
    home_view,
    lookup,
    newest_first,
    pages_of,
    raw_url,
    report_url,
    report_view,
)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def make_environment(templates: Path = TEMPLATES, base_path: str = "/") -> jinja2.Environment:
    """The Jinja2 environment every page of a site published under ``base_path`` is rendered with.

    One environment per site, not an overlay per render: an overlay compiles every template
    again, which the preview would pay on every save.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        # Each build and each change of the templates makes a new environment: checking every
        # template file's time on each page rendered (includes and macros too) was wasted.
        auto_reload=False,
    )
    env.filters["url"] = partial(_url, base_path)
    return env


def static_assets(templates: Path = TEMPLATES) -> dict[str, bytes]:
    """The static files with a content hash in their names, so hosts may cache them for ever."""
    out: dict[str, bytes] = {}
    for path in sorted((templates / "static").rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()[:10]
        rel = path.relative_to(templates / "static")
        out[f"assets/{rel.with_name(f'{rel.stem}.{digest}{rel.suffix}').as_posix()}"] = data
    return out


def templates_key(templates: Path = TEMPLATES) -> str:
    """A hash of every template and static file: equal keys render equal pages."""
    digest = hashlib.sha256()
    for path in sorted(templates.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def asset_names(assets: dict[str, bytes]) -> dict[str, str]:
    """``style.css`` -> ``assets/style.3d1f780ba6.css``: what templates link to."""
    names = {}
    for path in assets:
        stem, _, rest = path.removeprefix("assets/").partition(".")
        names[f"{stem}.{rest.partition('.')[2]}"] = path
    return names


def _url(base_path: str, path: str) -> str:
    return base_path + path.lstrip("/")


class _Pages:
    """Renders pages of one site; shared with forked workers when rendering in parallel."""

    def __init__(self, site: Site, env: jinja2.Environment, assets: dict[str, bytes], found: Lookup | None) -> None:
        self.site = site
        self.env = env
        self.found = found or lookup(site)
        self.common = {
            "site": site.config,
            "generator": GENERATOR,
            "assets": asset_names(assets),
            "nav_pages": [{"slug": p.slug, "title": p.title, "url": f"{p.slug}/"} for p in site.pages]
            + ([{"slug": "glossary", "title": "Glossary", "url": "glossary/"}] if site.glossary else []),
        }

    def page(
        self,
        template: str,
        path: str,
        url_path: str,
        section: str,
        head: dict[str, Any] | None = None,
        **context: object,
    ) -> tuple[str, bytes]:
        html = self.env.get_template(template).render(
            **self.common,
            **context,
            section=section,
            canonical=self.site.config.base_url + url_path,
            head=head or {"type": "website", "citation": [], "jsonld": None},
        )
        return path, html.encode("utf-8")

    def document(self, document: Document) -> list[tuple[str, bytes]]:
        """A document's page and the published copy of its raw file."""
        site = self.site
        url = document_url(document.id)
        cite = document_citation(site, document)
        head = {"type": "article", "citation": cite["meta"], "jsonld": document_jsonld(site, document)}
        view = document_view(site, document, self.found)
        source = site.sources[document.id]
        page_path, raw_path = document_files(document)
        return [
            self.page("document.html", page_path, url, "documents", head, doc=view, cite=cite),
            (raw_path, redact_raw(source.raw, source.encoding, source.bom)),
        ]


def _document_in_worker(index: int) -> tuple[list[tuple[str, bytes]], dict[str, PageLinks], bytes | None]:
    """A document's files, its page parsed for the link check and its ``archive.json`` line (each when asked).

    The line is made here, where the document's text is at hand: otherwise the export would load
    every document again in the one parent process.
    """
    pages: _Pages = shared("pages")
    site = pages.site
    document = site.full[site.documents[index].id]
    made = pages.document(document)
    line = export_line(site, document) if shared("export") else None
    if not shared("parse"):
        return made, {}, line
    return made, {path: parse_page(data.decode("utf-8")) for path, data in made if path.endswith(".html")}, line


def document_files(document: Summary) -> tuple[str, str]:
    """The paths of the files ``render`` makes for one document: its page and its raw copy."""
    return document_url(document.id) + "index.html", raw_url(document)


def render(
    site: Site,
    env: jinja2.Environment,
    assets: dict[str, bytes],
    jobs: int = 1,
    shards: int = 1,
    kept: Mapping[str, Sequence[tuple[str, bytes]]] | None = None,
    memo: Memo | None = None,
    found: Lookup | None = None,
    with_data: bool = True,
    files: MutableMapping[str, bytes] | None = None,
    parsed: dict[str, PageLinks] | None = None,
    lines: dict[str, bytes] | None = None,
) -> MutableMapping[str, bytes]:
    """Render every page, the raw copies, the assets and the data export into ``files``.

    ``files`` is a new dict by default, and is returned.

    Document pages, the bulk of the work, are spread over ``jobs`` processes; the result is the
    same bytes for any ``jobs``. The preview's rebuild passes what it kept: ``kept`` holds, by
    document id, files rendered earlier that it knows are still right (those documents are not
    rendered), and ``memo`` the other pages and each document's part of the data files, used
    again where made from equal inputs. ``found`` is the site's ``lookup``, when the caller has it.
    ``with_data=False`` leaves out ``DATA_FILES`` for the caller to make with ``data_files``;
    with ``lines`` as well, each document's ``archive.json`` line is made in the worker that
    renders its page, into ``lines``, for the caller to pass on to ``data_files``.
    Each document's files go into ``files`` as they are made, so a ``FolderFiles`` holds at any
    time the bytes of a few pages only. With ``parsed``, each document page is also parsed for
    the link check in the worker that made it, into ``parsed``: reading it back from the
    folder afterwards took longer than rendering it, at a hundred thousand documents.
    """
    kept = kept or {}
    pages = _Pages(site, env, assets, found)
    # Compiled here, before workers are forked, so no worker compiles them again, and the
    # process that stays (the preview) has them when it next renders a page itself.
    for name in env.list_templates(filter_func=lambda n: n.endswith(".html") and not n.startswith("static/")):
        env.get_template(name)

    def page(*args: Any, **context: Any) -> tuple[str, bytes]:
        inputs = (pages.env, pages.common, args, context)
        return remember(memo, ("page", args[1]), inputs, lambda: pages.page(*args, **context))

    files = {} if files is None else files
    files.update(assets)
    home_head = {"type": "website", "citation": [], "jsonld": website_jsonld(site)}
    home = home_view(site)
    files.update([page("index.html", "index.html", "", "home", home_head, **home)])
    lines = {} if lines is None and with_data else lines
    share(pages=pages, parse=parsed is not None, export=lines is not None)
    todo = [i for i, document in enumerate(site.documents) if document.id not in kept]
    with contextlib.closing(stream(_document_in_worker, todo, jobs)) as made:
        for document in site.documents:
            if document.id in kept:
                files.update(kept[document.id])
                continue
            made_files, made_links, line = next(made)
            if lines is not None and line is not None:
                lines[document.id] = line
            files.update(made_files)
            if parsed is not None:
                parsed.update(made_links)
    reports = home["reports"]  # in publication order, as on the home page
    files.update([page("reports.html", "reports/index.html", "reports/", "reports", reports=reports)])
    listing = pages_of([document_summary(d) for d in newest_first(site.documents)], "documents/")
    for part in listing:
        files.update(
            [
                page(
                    "documents.html",
                    part["url"] + "index.html",
                    part["url"],
                    "documents",
                    heading="All documents",
                    back=None,
                    documents=part["items"],
                    pagination=part,
                )
            ]
        )
    for report in site.reports:
        url = report_url(report.id)
        cite = report_citation(site, report)
        head = {"type": "article", "citation": cite["meta"], "jsonld": report_jsonld(site, report)}
        view = report_view(site, report, pages.found)
        parts = pages_of(view.pop("documents"), url)
        files.update(
            [
                page(
                    "report.html",
                    url + "index.html",
                    url,
                    "reports",
                    head,
                    cite=cite,
                    documents=parts[0]["items"],
                    pagination=parts[0],
                    **view,
                )
            ]
        )
        for part in parts[1:]:
            files.update(
                [
                    page(
                        "documents.html",
                        part["url"] + "index.html",
                        part["url"],
                        "reports",
                        heading=f"Documents on {report.title}",
                        back={"url": url, "title": report.title},
                        documents=part["items"],
                        pagination=part,
                    )
                ]
            )
    for p in site.pages:
        files.update([page("page.html", f"{p.slug}/index.html", f"{p.slug}/", p.slug, page=p)])
    if site.glossary:
        glossary: dict[str, Any] = {"terms": site.glossary, "intro_html": site.glossary_intro_html}
        files.update([page("glossary.html", "glossary/index.html", "glossary/", "glossary", **glossary)])
    merged = [site.config.base_path + bundle(k) for k in range(1, shards)]
    files.update([page("search.html", "search/index.html", "search/", "search", merge=" ".join(merged))])
    files.update([page("404.html", "404.html", "404.html", "404")])
    if with_data:
        files.update(data_files(site, page_paths(site, files), memo, lines))
    return files


def page_paths(site: Site, files: Iterable[str]) -> list[str]:
    """Every HTML page of the site, sorted: those in ``files``, and each document's page.

    A document's page counts whether it was made now or ``kept`` (even as no files).
    """
    return sorted({p for p in files if p.endswith(".html")} | {document_files(d)[0] for d in site.documents})


DATA_FILES = (
    "archive.json",
    "annotations.jsonld",
    "citations.bib",
    "citations.json",
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
    "_headers",
)
"""What ``data_files`` makes: the archive as data and feeds, for programs rather than readers."""


def data_files(
    site: Site, html: list[str], memo: Memo | None = None, lines: Mapping[str, bytes] | None = None
) -> dict[str, bytes]:
    """The files of ``DATA_FILES``, from the site and the paths of its ``html`` pages.

    ``lines``: documents' ``archive.json`` lines already made (``export_line``), by id.

    Apart from the pages because the preview shows an edited page first and makes these after
    (at ten thousand documents, ``archive.json`` alone is over a hundred megabytes).
    """
    return {
        "archive.json": export(site, memo, lines),
        "annotations.jsonld": annotations_jsonld(site),
        "citations.bib": citations_bib(site, memo),
        "citations.json": citations_csl(site, memo),
        "feed.xml": atom(site),
        "sitemap.xml": remember(memo, "sitemap", (site.config, html), lambda: sitemap(site, html)),
        "robots.txt": robots(site),
        "_headers": headers_file(site.config.base_path),
    }

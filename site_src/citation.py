"""How to cite a document or a report.

A plain reference, BibTeX, CSL-JSON, and the ``citation_*`` meta tags that reference managers
(Zotero, Mendeley) read from a page.
"""

from __future__ import annotations

import re
from typing import Any

from .jsonfile import Lines, json_line, json_lines
from .memo import Memo, remember
from .model import Report, Site, Summary
from .views import document_url, human_date, report_url

_BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def bibtex_escape(text: str) -> str:
    """Escape the characters BibTeX treats specially."""
    text = text.replace("\\", r"\textbackslash{}").replace("~", r"\textasciitilde{}").replace("^", r"\^{}")
    return _BIBTEX_SPECIAL.sub(r"\\\1", text)


def _key(identifier: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", identifier)


def _issued(iso: str) -> dict[str, Any]:
    """An ISO date as CSL-JSON's ``issued``."""
    return {"date-parts": [[int(x) for x in iso.split("-")]]}


def _meta_date(iso: str) -> str:
    """An ISO date as the ``citation_publication_date`` tag writes it (YYYY/MM/DD)."""
    return iso.replace("-", "/")


def _bibtex(kind: str, key: str, fields: dict[str, str | None]) -> str:
    body = ",\n".join(f"  {name} = {{{bibtex_escape(value)}}}" for name, value in fields.items() if value)
    return f"@{kind}{{{_key(key)},\n{body}\n}}\n"


def document_citation(site: Site, document: Summary) -> dict[str, Any]:
    """Every form of citation for one document."""
    url = site.config.base_url + document_url(document.id)
    who = document.author or document.site or "Unknown author"
    when = human_date(document.date) or "undated"
    parts = [f"{who} ({document.date[:4] if document.date else 'n.d.'})", document.display_title]
    if document.site:
        parts.append(document.site)
    if document.date:
        parts.append(f"Published {when}")
    parts.append(f"In {site.config.title}: {url}")
    if document.original_url:
        parts.append(f"Original: {document.original_url}")
    note = f"Original: {document.original_url}" if document.original_url else None
    csl: dict[str, Any] = {
        "id": document.id,
        "type": "post-weblog",
        "title": document.display_title,
        "URL": url,
        "container-title": document.site,
        "author": [{"literal": document.author}] if document.author else [],
        "note": note,
    }
    if document.date:
        csl["issued"] = _issued(document.date)
    meta = [("citation_title", document.display_title), ("citation_public_url", url)]
    if document.author:
        meta.append(("citation_author", document.author))
    if document.date:
        meta.append(("citation_publication_date", _meta_date(document.date)))
    if document.site:
        meta.append(("citation_journal_title", document.site))
    return {
        "plain": ". ".join(parts) + ".",
        "bibtex": _bibtex(
            "online",
            document.id,
            {
                "author": document.author,
                "title": document.display_title,
                "date": document.date,
                "organization": document.site,
                "url": url,
                "note": note,
            },
        ),
        "csl": {k: v for k, v in csl.items() if v not in (None, [])},
        "meta": meta,
    }


def report_citation(site: Site, report: Report) -> dict[str, Any]:
    """Every form of citation for one report (its official text where known)."""
    url = report.url or site.config.base_url + report_url(report.id)
    authors = " and ".join(report.authors)
    who = ", ".join(report.authors) or report.publisher or "Unknown author"
    year = report.published[:4] if report.published else report.id[-4:]
    parts = [f"{who} ({year})", report.title]
    if report.publisher:
        parts.append(report.publisher)
    parts.append(url)
    csl: dict[str, Any] = {
        "id": report.id,
        "type": "report",
        "title": report.title,
        "URL": url,
        "publisher": report.publisher,
        "author": [{"literal": a} for a in report.authors],
    }
    if report.published:
        csl["issued"] = _issued(report.published)
    meta = [("citation_title", report.title), ("citation_public_url", url)]
    meta += [("citation_author", a) for a in report.authors]
    if report.published:
        meta.append(("citation_publication_date", _meta_date(report.published)))
    if report.publisher:
        meta.append(("citation_publisher", report.publisher))
    return {
        "plain": ". ".join(parts) + ".",
        "bibtex": _bibtex(
            "report",
            report.id,
            {
                "author": authors or None,
                "title": report.title,
                "date": report.published,
                "institution": report.publisher,
                "url": url,
            },
        ),
        "csl": {k: v for k, v in csl.items() if v not in (None, [])},
        "meta": meta,
    }


def _entries(site: Site, document: Summary, memo: Memo | None) -> tuple[str, bytes]:
    """A document's BibTeX entry and CSL-JSON line; kept in ``memo`` while the document is unchanged."""

    def made() -> tuple[str, bytes]:
        cite = document_citation(site, document)
        return cite["bibtex"], json_line(cite["csl"])

    return remember(memo, ("cite", document.id), (document, site.config), made)


def citations_bib(site: Site, memo: Memo | None = None) -> bytes:
    """``citations.bib``: every report and document of the archive."""
    entries = [report_citation(site, r)["bibtex"] for r in site.reports]
    entries += [_entries(site, d, memo)[0] for d in site.documents]
    return "\n".join(entries).encode("utf-8")


def citations_csl(site: Site, memo: Memo | None = None) -> bytes:
    """``citations.json``: the same as CSL-JSON, for Zotero, Pandoc and citeproc."""
    items = Lines(json_line(report_citation(site, r)["csl"]) for r in site.reports)
    items += [_entries(site, d, memo)[1] for d in site.documents]
    return json_lines(items)

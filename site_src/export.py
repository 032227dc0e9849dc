"""``public/archive.json``: the archive as data, for researchers (a public contract).

The shape is fixed by ``DESIGN.md`` §4 and described by ``site_src/archive.schema.json``; keys
are sorted and lists ordered so identical content gives identical bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import GENERATOR
from .jsonfile import Lines, json_line, json_lines
from .memo import Memo, remember
from .model import Comment, Document, Site, Summary
from .views import document_url, report_url


def _comment(comment: Comment) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": comment.id,
        "author": comment.author,
        "date": comment.date,
        "text": "\n\n".join(comment.paragraphs),
        "replies": [_comment(r) for r in comment.replies],
    }
    if comment.quote is not None:
        out["quote"] = {"author": comment.quote.author, "text": "\n\n".join(comment.quote.paragraphs)}
    return out


def _document(site: Site, document: Document) -> dict[str, Any]:
    base = site.config.base_path
    return {
        "id": document.id,
        "source_file": document.source_path,
        "sha256": document.sha256,
        "url": base + document_url(document.id),
        "title": document.display_title,
        "author": document.author,
        "date": document.date,
        "site": document.site,
        "standfirst": document.standfirst,
        "reports": [{"id": m.report_id, "evidence": list(m.evidence)} for m in site.links.reports_of(document.id)],
        "body": [block.text for block in document.body],
        "comments": [_comment(c) for c in document.comments],
        "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in document.removed],
        "related": list(site.links.related.get(document.id, ())),
    }


def memo_key(document_id: str) -> tuple[str, str]:
    """The key a document's line is kept under in a ``Memo``."""
    return ("export", document_id)


def export_line(site: Site, document: Document) -> bytes:
    """A document's line of ``archive.json``."""
    return json_line(_document(site, document))


def _line(site: Site, document: Summary, memo: Memo | None, made: Mapping[str, bytes]) -> bytes:
    """A document's line of the export: one ``made`` already, or kept in ``memo`` while what it shows is unchanged."""
    links, made_from = site.links, site.made_from(document.id)
    inputs = (made_from, site.config.base_path, links.reports_of(document.id), links.related.get(document.id))

    def line() -> bytes:
        return made[document.id] if document.id in made else export_line(site, site.full[document.id])

    return remember(memo, memo_key(document.id), inputs, line)


def export(site: Site, memo: Memo | None = None, made: Mapping[str, bytes] | None = None) -> bytes:
    """Serialise the site to the archive.json bytes; ``made`` holds lines already made, by document id."""
    made = made or {}
    data = {
        "generator": GENERATOR,
        "site": {"title": site.config.title, "base_url": site.config.base_url},
        "documents": Lines(_line(site, d, memo, made) for d in site.documents),
        "reports": [
            {
                "id": r.id,
                "title": r.title,
                "published": r.published,
                "url": site.config.base_path + report_url(r.id),
                "documents": list(site.links.documents_of(r.id)),
            }
            for r in site.reports
        ],
    }
    return json_lines(data)

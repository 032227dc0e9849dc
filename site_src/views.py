"""What each template sees: plain dicts built from the model, one function per page kind.

Templates get purpose-built views (Zola's ``ser.rs``) so they hold no logic: every derived value
(URLs, human dates, counts) is computed here once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from .model import Comment, Document, Note, Report, Site, Summary
from .segments import FirstMentions, segments
from .timeline import timeline


def document_url(document_id: str) -> str:
    """The permanent URL path of a document's page, relative to the site root."""
    return f"documents/{document_id}/"


def raw_url(document: Summary) -> str:
    """Where the published copy of the document's scraped file lives."""
    return f"documents/{document.id}/{document.source_path.rpartition('/')[2]}"


def report_url(report_id: str) -> str:
    """The URL path of a report's page, relative to the site root."""
    return f"reports/{report_id}/"


def human_date(iso: str | None) -> str | None:
    """``2015-02-05`` -> ``5 February 2015``: the way British readers write dates."""
    if iso is None:
        return None
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def _marks(notes: tuple[Note, ...], where: str, index: int) -> list[tuple[int, int, int]]:
    return [
        (n.anchor.start, n.anchor.end, n.source.number)
        for n in notes
        if n.anchor and n.anchor.where == where and n.anchor.paragraph == index
    ]


def _comment(comment: Comment, notes: tuple[Note, ...], mentions: FirstMentions) -> dict[str, Any]:
    return {
        "id": comment.id,
        "author": comment.author,
        "date": comment.date,
        "date_human": human_date(comment.date),
        "paragraphs": [segments(p, _marks(notes, comment.id, i), mentions) for i, p in enumerate(comment.paragraphs)],
        "quote": comment.quote,
        "replies": [_comment(r, notes, mentions) for r in comment.replies],
    }


def text_fragment(text: str) -> str:
    """A ``#:~:text=`` fragment that scrolls a browser to the passage and highlights it."""
    return "#:~:text=" + quote(" ".join(text.split()), safe="").replace("-", "%2D")


def _note(note: Note, page_url: str) -> dict[str, Any]:
    anchor = note.anchor
    where = None
    if anchor is not None:
        where = "the article" if anchor.where == "article" else f"comment {anchor.where}"
    return {
        "number": note.source.number,
        "id": f"n{note.source.number}",
        "ref": f"n{note.source.number}-ref",
        "html": note.source.html,
        "quote": note.source.quote,
        "exact": anchor.exact if anchor else None,
        "where": where,
        "share": page_url + text_fragment(anchor.exact) if anchor else None,
    }


def count_comments(comments: tuple[Comment, ...]) -> int:
    """Comments and all their replies."""
    return sum(1 + count_comments(c.replies) for c in comments)


def document_summary(document: Summary, evidence: str | None = None) -> dict[str, Any]:
    """A document as a list entry (home page, report page, related box)."""
    return {
        "title": document.display_title,
        "url": document_url(document.id),
        "site": document.site,
        "date": document.date,
        "date_human": human_date(document.date),
        "evidence": evidence,
    }


OTHERS_SHOWN = 10
"""A document page lists this many other documents on each report (newest first), then links
to the report's page for the rest: the page stays small however large the archive grows."""


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the views look up across documents, thousands of times: built once per render."""

    by_id: Mapping[str, Summary]
    listed: Mapping[str, tuple[str | None, ...]]
    """Document id -> what a list shows of it (``_listed``), computed once."""
    newest: Mapping[str, tuple[Summary, ...]]
    """Report id -> its ``OTHERS_SHOWN + 1`` newest documents: any one page's "others" are
    these minus the page's own document, so no page sorts a report's whole list."""

    def others(self, report_id: str, document_id: str) -> list[Summary]:
        """The newest documents on a report besides ``document_id``, as its page lists them."""
        return [d for d in self.newest.get(report_id, ()) if d.id != document_id][:OTHERS_SHOWN]


def lookup(site: Site) -> Lookup:
    """Build the lookups once per render and pass them to the view functions."""
    by_id = {d.id: d for d in site.documents}
    newest = {
        report_id: tuple(_newest(ids, by_id, OTHERS_SHOWN + 1)) for report_id, ids in site.links.by_report.items()
    }
    return Lookup(by_id, {d.id: _listed(d) for d in site.documents}, newest)


def _newest(ids: Sequence[str], by_id: Mapping[str, Summary], limit: int) -> list[Summary]:
    found = [by_id[i] for i in ids if i in by_id]
    return sorted(found, key=lambda d: (d.date or "", d.id), reverse=True)[:limit]


def _listed(document: Summary) -> tuple[str | None, ...]:
    """What ``document_summary`` shows of a document, as one comparable value."""
    return (document.id, document.display_title, document.site, document.date)


def document_inputs(site: Site, document: Summary, found: Lookup) -> tuple[object, ...]:
    """Everything ``document_view`` and the page's head read that is particular to this page.

    Equal inputs (with equal site-wide settings, registry and templates) give the same page,
    so the preview re-renders a document's page only when these change: its own text, its
    reports, and the titles and dates of the documents it lists. Keep in step with
    ``document_view``; the preview's tests compare its output with a clean build's.
    """
    return (site.made_from(document.id), *document_context(site, document, found))


def document_context(site: Site, document: Summary, found: Lookup) -> tuple[object, ...]:
    """What a document's page shows of the rest of the archive (part of ``document_inputs``).

    Its reports with their other documents and counts, and its related documents.
    """
    mentions = site.links.reports_of(document.id)
    return (
        mentions,
        tuple(
            (
                tuple(found.listed[d.id] for d in found.others(m.report_id, document.id)),
                len(site.links.documents_of(m.report_id)),
            )
            for m in mentions
        ),
        tuple(found.listed[i] for i in site.links.related.get(document.id, ()) if i in found.listed),
    )


def document_view(site: Site, document: Document, found: Lookup | None = None) -> dict[str, Any]:
    """Everything ``document.html`` shows."""
    reports = {r.id: r for r in site.reports}
    found = found if found is not None else lookup(site)
    by_id = found.by_id
    first = document.standfirst or next((b.text for b in document.body if b.kind == "p"), document.display_title)
    covered = [reports[m.report_id] for m in site.links.reports_of(document.id) if m.report_id in reports]
    mentions = FirstMentions.of(covered, {r: site.config.base_path + report_url(r) for r in reports}, site.glossary)
    offered = mentions.unused
    page_url = site.config.base_url + document_url(document.id)
    view: dict[str, Any] = {
        "id": document.id,
        "title": document.display_title,
        "summary": first[:200],
        "author": document.author,
        "date": document.date,
        "date_human": human_date(document.date),
        "site": document.site,
        "categories": document.categories,
        "tags": document.tags,
        "standfirst": document.standfirst,
        "body": [
            {"kind": block.kind, "segments": segments(block.text, _marks(document.notes, "article", i), mentions)}
            for i, block in enumerate(document.body)
        ],
        "comments": [_comment(c, document.notes, mentions) for c in document.comments],
        "comment_count": count_comments(document.comments),
        "removed": document.removed,
        "redactions": document.redactions.total,
        "raw_url": raw_url(document),
        "source_name": PurePosixPath(document.source_path).name,
        "sha256": document.sha256,
        "encoding": document.encoding,
        "reports": [
            {
                "title": reports[m.report_id].title,
                "short_title": reports[m.report_id].short_title or reports[m.report_id].title,
                "url": report_url(m.report_id),
                "evidence": m.evidence,
                "in_article": m.in_article,
                "confirmed": m.confirmed,
                "others": [document_summary(other) for other in found.others(m.report_id, document.id)],
                "others_total": len(site.links.documents_of(m.report_id)) - 1,
            }
            for m in site.links.reports_of(document.id)
            if m.report_id in reports
        ],
        "related": [document_summary(by_id[i]) for i in site.links.related.get(document.id, ()) if i in by_id],
        "intro_html": document.intro_html,
        "notes": [_note(n, page_url) for n in document.notes if n.anchor],
        "unfound": [_note(n, page_url) for n in document.notes if not n.anchor],
        "content_note": document.content_note,
        "corrected": document.corrected,
        "original_url": document.original_url,
        "scraped_human": human_date(document.scraped),
    }
    # Rendering the segments used up the names it linked: those glossary terms occur here.
    linked = offered - mentions.unused
    view["terms"] = [t for t in site.glossary if f"#{t.slug}" in linked]
    return view


def report_summary(site: Site, report: Report) -> dict[str, Any]:
    """A report as a list entry, with how many documents cover it."""
    return {
        "title": report.title,
        "url": report_url(report.id),
        "published": report.published,
        "published_human": human_date(report.published),
        "count": len(site.links.documents_of(report.id)),
    }


def report_view(site: Site, report: Report, found: Lookup | None = None) -> dict[str, Any]:
    """Everything ``report.html`` shows: the report and the documents covering it, by date."""
    by_id = (found if found is not None else lookup(site)).by_id
    entries = []
    for doc_id in site.links.documents_of(report.id):
        document = by_id[doc_id]
        mention = next(m for m in site.links.reports_of(doc_id) if m.report_id == report.id)
        entries.append((document, mention.evidence[0] if mention.evidence else None))
    entries.sort(key=lambda e: (e[0].date or "9999", e[0].id))
    alongside: dict[str, int] = {}
    for doc_id in site.links.documents_of(report.id):
        for mention in site.links.reports_of(doc_id):
            if mention.report_id != report.id:
                alongside[mention.report_id] = alongside.get(mention.report_id, 0) + 1
    by_report = {r.id: r for r in site.reports}
    return {
        "alongside": [
            {"title": by_report[r].title, "url": report_url(r), "count": n}
            for r, n in sorted(alongside.items(), key=lambda kv: (-kv[1], kv[0]))
            if r in by_report
        ][:5],
        "report": {
            **report_summary(site, report),
            "authors": report.authors,
            "publisher": report.publisher,
            "official_url": report.url,
            "summary_html": report.summary_html,
        },
        "documents": [document_summary(d, evidence) for d, evidence in entries],
    }


HOME_DOCUMENTS = 20
"""The home page shows the newest documents; ``/documents/`` lists them all."""
PER_PAGE = 200
"""Entries per page of a long list, so no list page grows with the archive."""


def newest_first(documents: Sequence[Summary]) -> list[Summary]:
    """Dated documents newest first, then the undated, each group by id."""
    return sorted(documents, key=lambda d: (d.date or "", d.id), reverse=True)


def pages_of(items: Sequence[Any], folder: str) -> list[dict[str, Any]]:
    """A long list cut into pages: ``folder`` is page 1, ``folder/page/N/`` the others."""
    chunks = [items[i : i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [items[:0]]
    urls = [folder] + [f"{folder}page/{n}/" for n in range(2, len(chunks) + 1)]
    return [
        {
            "items": chunk,
            "url": urls[n],
            "number": n + 1,
            "total": len(chunks),
            "previous": urls[n - 1] if n else None,
            "next": urls[n + 1] if n + 1 < len(chunks) else None,
        }
        for n, chunk in enumerate(chunks)
    ]


def home_view(site: Site) -> dict[str, Any]:
    """Everything ``index.html`` shows: the reports and the newest documents."""
    reports = sorted(site.reports, key=lambda r: (r.published or r.id[-4:] + "-12-31", r.id))
    return {
        "reports": [report_summary(site, r) for r in reports],
        "documents": [document_summary(d) for d in newest_first(site.documents)[:HOME_DOCUMENTS]],
        "document_total": len(site.documents),
        "timeline": timeline(site.documents, site.reports),
    }

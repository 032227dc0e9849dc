"""schema.org JSON-LD for each page.

A document is an Article (a DiscussionForumPosting when it has a thread) with its comments as
Comment children; a report is a Report; the home page is a WebSite with a search action.
"""

from __future__ import annotations

from typing import Any

from .model import Comment, Document, Report, Site
from .views import document_url, report_url


def _person(name: str | None) -> dict[str, str] | None:
    return {"@type": "Person", "name": name} if name else None


def _comments(comments: tuple[Comment, ...], page: str) -> list[dict[str, Any]]:
    # Authors, dates and anchors, not the text again: the page holds the text once.
    out = []
    for comment in comments:
        item: dict[str, Any] = {"@type": "Comment", "url": f"{page}#{comment.id}"}
        if comment.author:
            item["author"] = _person(comment.author)
        if comment.date:
            item["dateCreated"] = comment.date
        if comment.replies:
            item["comment"] = _comments(comment.replies, page)
        out.append(item)
    return out


def document_jsonld(site: Site, document: Document) -> dict[str, Any]:
    page = site.config.base_url + document_url(document.id)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting" if document.comments else "Article",
        "headline": document.display_title,
        "url": page,
        "inLanguage": site.config.language,
        "isPartOf": {"@type": "WebSite", "name": site.config.title, "url": site.config.base_url},
        "about": [
            {"@type": "Report", "name": r.report_id, "url": site.config.base_url + report_url(r.report_id)}
            for r in site.links.reports_of(document.id)
        ],
    }
    if document.author:
        data["author"] = _person(document.author)
    if document.date:
        data["datePublished"] = document.date
    if document.site:
        data["publisher"] = {"@type": "Organization", "name": document.site}
    if document.original_url:
        data["sameAs"] = document.original_url
    if document.comments:
        data["comment"] = _comments(document.comments, page)
        data["commentCount"] = sum(1 for _ in _walk(document.comments))
    return {k: v for k, v in data.items() if v not in ([], None)}


def _walk(comments: tuple[Comment, ...]) -> Any:
    for comment in comments:
        yield comment
        yield from _walk(comment.replies)


def report_jsonld(site: Site, report: Report) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": report.title,
        "url": site.config.base_url + report_url(report.id),
        "author": [_person(a) for a in report.authors],
        "datePublished": report.published,
        "publisher": {"@type": "Organization", "name": report.publisher} if report.publisher else None,
        "sameAs": report.url,
    }
    return {k: v for k, v in data.items() if v not in ([], None)}


def website_jsonld(site: Site) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site.config.title,
        "description": site.config.description,
        "url": site.config.base_url,
        "inLanguage": site.config.language,
        "potentialAction": {
            "@type": "SearchAction",
            "target": site.config.base_url + "search/?q={query}",
            "query-input": "required name=query",
        },
    }

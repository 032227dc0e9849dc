"""The claimed lines turned into the published ``Document``, personal data redacted where it is published."""

from __future__ import annotations

from ..ids import document_id
from ..model import Block, Document, MetaLine, Redactions, Removed, Source
from ..redact import has_personal_data, redact
from .dates import in_year_of
from .sheet import Meta, Sheet
from .thread import OpenComment, freeze, nest


def build_document(
    source: Source,
    whole: str,
    sheet: Sheet,
    meta: Meta,
    standfirst: list[int],
    body: list[int],
    comments: list[OpenComment],
) -> Document:
    lines = sheet.lines
    counts = Redactions()
    private = has_personal_data(whole)

    def published(text: str, counted: bool = True) -> str:
        # Furniture is redacted too, but only the writing's own personal data is counted: a
        # footer's contact address is the site's, not a writer's or a commenter's.
        nonlocal counts
        if not private:
            return text
        text, found = redact(text)
        if counted:
            counts += found
        return text

    blocks = []
    for position, i in enumerate(body):
        line = lines[i]
        followed_by_text = position + 1 < len(body) and lines[body[position + 1]].prose
        # A sub-heading: a short line without closing punctuation, introducing a paragraph.
        heading = not line.prose and line.words <= 12 and line.text[-1] not in '.!?:;,…"”)' and followed_by_text
        blocks.append(Block("h" if heading else "p", published(line.text), line.n))

    def redacted(comment: OpenComment) -> OpenComment:
        comment.paragraphs = [(n, published(t)) for n, t in comment.paragraphs]
        if comment.quote is not None:
            comment.quote = (comment.quote[0], [(n, published(t)) for n, t in comment.quote[1]])
        comment.replies = [redacted(r) for r in comment.replies]
        return comment

    for comment in comments:
        comment.date = in_year_of(comment.date, meta.date)
    tree = nest(comments)
    if private:  # (elsewhere nothing in a comment would change)
        tree = [redacted(c) for c in tree]
    roles = sorted(sheet.roles.items())
    removed = tuple(
        [
            Removed(lines[i].n, published(lines[i].text, counted=False), detail)
            for i, (kind, detail) in roles
            if kind == "removed"
        ]
    )
    metadata = tuple(
        [
            MetaLine(lines[i].n, published(lines[i].text), detail)
            for i, (kind, detail) in roles
            if kind in {"meta", "title"}
        ]
    )
    return Document(
        id=document_id(source.path),
        source_path=source.path,
        sha256=source.sha256,
        encoding=source.encoding,
        title=meta.title,
        author=meta.author,
        date=meta.date,
        site=meta.site,
        categories=tuple(meta.categories),
        tags=tuple(meta.tags),
        standfirst=published(" ".join(lines[i].text for i in standfirst)) if standfirst else None,
        body=tuple(blocks),
        comments=freeze(tree),
        removed=removed,
        metadata=metadata,
        redactions=counts,
    )

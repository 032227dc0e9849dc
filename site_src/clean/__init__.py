"""Raw scraped text -> a structured ``Document``, with every line accounted for.

Each non-blank line of the scrape ends in exactly one place: the title, the metadata (bylines,
datelines, comment authors), the body, a comment, or the list of removed lines with the reason.
The rules run in the order written in ``clean`` below:

1. line rules: furniture by its text alone (``furniture.py``), bylines (``bylines.py``),
   comment markers (``markers.py``), lists of related links after their heading;
2. the page's regions: header (down to the first paragraph or the first post marker), body,
   comment thread (from its header or first marker), footer (after the thread's end);
3. the header resolved into site, tagline and title (``header.py``);
4. the body: bylines, category lines, author boxes, captions, signatures, repeated blocks;
5. the thread: comments with their authors, dates and text, nested (``thread.py``);
6. personal data redacted in everything that is published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ids import document_id
from ..model import Block, Document, MetaLine, Redactions, Removed, Source
from ..redact import has_personal_data, redact
from .bylines import Byline, read_byline
from .furniture import END_OF_THREAD, LIST_HEADING, furniture_reason
from .header import resolve_header
from .markers import Marker, find_marker
from .text import Line, comparable, split_lines
from .thread import OpenComment, freeze, nest

_I = re.IGNORECASE
COMMENT_HEADER = re.compile(
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?:comments?|responses?|thoughts?|replies)(?:\s+(?:on|to)\s+(?P<title>.+?))?:?"
    r"|discussion about this post|(?:comments?|responses?)\s*\(\d+\)",
    _I,
)
_QUOTES = "“”\"'‘’"
_REPLY_SUBJECT = re.compile(r"re:\s+(?P<title>.+)", _I)
_TRACKBACK_TITLE = re.compile(r"listed below are links to weblogs that reference (?P<title>.+?):?", _I)
_ABOUT = re.compile(r"about (?P<author>[\w.'’-]+(?: [\w.'’-]+){0,2})", _I)
_SIGNATURE_RULE = re.compile(r"_{5,}|-{5,}")
_PROFILE = re.compile(r"(?:posts|joined|join date|location):.*", _I)


@dataclass
class _Sheet:
    """The role of every line, filled in by the rules; the first rule to claim a line wins."""

    lines: list[Line]
    roles: dict[int, tuple[str, str]] = field(default_factory=dict)

    def claim(self, i: int, kind: str, detail: str) -> bool:
        if i in self.roles:
            return False
        self.roles[i] = (kind, detail)
        return True

    def free(self, i: int) -> bool:
        return i not in self.roles


@dataclass
class _Meta:
    """Metadata as the rules find it; the first value found for a field is kept."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def take(self, byline: Byline) -> None:
        self.author = self.author or byline.author
        self.date = self.date or byline.date
        self.site = self.site or byline.site
        self.categories.extend(c for c in byline.categories if c not in self.categories)
        self.tags.extend(t for t in byline.tags if t not in self.tags)


_HEADER_WORDS = ("comment", "response", "thought", "repl", "discussion")


def _is_comment_header(line: Line) -> bool:
    """A comment header ("5 Comments on “…”"): a cheap word test first, the pattern second."""
    lowered = line.text[:40].lower()
    return line.words <= 40 and any(w in lowered for w in _HEADER_WORDS) and bool(COMMENT_HEADER.fullmatch(line.text))


def _title_evidence(lines: list[Line]) -> list[str]:
    """Titles the page quotes elsewhere: comment headers, forum reply subjects, trackbacks."""
    found = []
    for line in lines:
        lowered = line.text[:40].lower()
        if line.words > 40 or not (
            lowered.startswith(("re:", "listed below")) or any(w in lowered for w in _HEADER_WORDS)
        ):
            continue
        for pattern in (COMMENT_HEADER, _REPLY_SUBJECT, _TRACKBACK_TITLE):
            match = pattern.fullmatch(line.text)
            if match and match.groupdict().get("title"):
                found.append(match["title"].strip(_QUOTES + " :"))
    return found


def _related_lists(lines: list[Line], reasons: list[str | None], markers: dict[int, Marker]) -> None:
    """The short lines after "Related", "Most read" and the like are links to other pages."""
    for i, reason in enumerate(reasons):
        if reason != LIST_HEADING:
            continue
        for j in range(i + 1, len(lines)):
            if lines[j].prose or j in markers or reasons[j] is not None or _is_comment_header(lines[j]):
                break
            reasons[j] = "related links"


def _header_end(lines: list[Line], prose: list[bool], anchors: set[int], markers: dict[int, Marker]) -> int:
    """Index of the first line of the article: a paragraph, or the first post's marker.

    A tagline written as a sentence can come before the dateline; when a dateline or byline
    follows the first "paragraph" before any other does, the header goes on past it.
    """
    first = next((i for i, p in enumerate(prose) if p), None)
    if first is None:
        # No paragraph at all (a short note): the opening line heads whatever follows it.
        first = next((i for i in range(1, len(lines)) if lines[i].words >= 5), min(1, len(lines)))
    first_marker = min(markers, default=len(lines))
    if first_marker < first or first >= len(lines):
        return min(first_marker, first)
    # A thread title phrased as a question ("… who buried it?") just above the first post.
    second = next((i for i in range(first + 1, len(lines)) if prose[i]), len(lines))
    between = range(first + 1, first_marker)
    titled = lines[first].words < 20 and not lines[first].text.endswith(".")
    headed = any(_is_comment_header(lines[i]) for i in between)
    if first_marker < second and len(between) <= 5 and titled and not headed:
        return first_marker
    if any(a < first for a in anchors):
        return first  # the dateline or byline came first: this paragraph is the article's
    for _ in range(2):
        nxt = next((i for i in range(first + 1, len(lines)) if prose[i]), len(lines))
        if any(first < a < nxt for a in anchors) and nxt - first <= 15:
            first = nxt
        else:
            break
    return first


def clean(source: Source) -> Document:
    """Clean one scraped source into a document."""
    lines = split_lines(source.text)
    sheet = _Sheet(lines)
    meta = _Meta()

    # 1. Line rules.
    reasons = [furniture_reason(line.text, line.prose) for line in lines]
    markers: dict[int, Marker] = {}
    taken: set[int] = set()
    for i in range(len(lines)):
        if reasons[i] is None and i not in taken and (marker := find_marker(lines, i)) is not None:
            markers[i] = marker
            taken.update(marker.lines)
    bylines = {
        i: b for i, line in enumerate(lines) if reasons[i] is None and i not in taken and (b := read_byline(line.text))
    }
    _related_lists(lines, reasons, markers)
    prose = [line.prose and reasons[i] is None and i not in bylines for i, line in enumerate(lines)]
    anchors = {i for i, b in bylines.items() if not b.furniture}
    anchors |= {i for i, line in enumerate(lines) if reasons[i] is None and line.date}

    # 2. Regions.
    header_end = _header_end(lines, prose, anchors, markers)
    article_marker = markers.pop(header_end, None) if header_end in markers else None
    body_start = header_end + (len(article_marker.lines) if article_marker else 0)
    headers = [i for i in range(body_start + 1, len(lines)) if reasons[i] is None and _is_comment_header(lines[i])]
    # The thread starts after some of the article: a "Comments (412)" link above the article
    # is navigation, not the start of the discussion.
    first_text = next((i for i in range(body_start, len(lines)) if prose[i] and i not in markers), len(lines))
    headers = [i for i in headers if i > first_text]
    later_markers = sorted(i for i in markers if i > max(body_start, first_text))
    starts = [i for i in (headers[:1] + later_markers[:1]) if i > body_start]
    thread_start = min(starts, default=len(lines))
    last_marker = max(markers, default=-1)
    footer_start = next(
        (
            i
            for i in range(max(body_start, last_marker + 1), len(lines))
            if reasons[i] and END_OF_THREAD.fullmatch(lines[i].text)
        ),
        len(lines),
    )
    thread_start = min(thread_start, footer_start)

    # 3. Header.
    for i in range(header_end):
        if i in bylines:
            meta.take(bylines[i])
            sheet.claim(i, "meta", "byline") if not bylines[i].furniture else sheet.claim(i, "removed", "category line")
        elif reasons[i] is not None:
            sheet.claim(i, "removed", reasons[i] or "")
        elif (iso := lines[i].date) is not None:
            meta.date = meta.date or iso
            sheet.claim(i, "meta", "dateline")
    candidates = [i for i in range(header_end) if sheet.free(i)]
    header_anchors = sorted(a for a in anchors if a < header_end) + ([header_end] if article_marker else [])
    found = resolve_header(lines, candidates, header_anchors, _title_evidence(lines))
    if found.title is not None:
        meta.title = lines[found.title].text
        sheet.claim(found.title, "title", "title")
    if found.site is not None:
        meta.site = meta.site or lines[found.site].text
        sheet.claim(found.site, "meta", "site name")
    if found.tagline is not None:
        sheet.claim(found.tagline, "removed", "site tagline")
    if article_marker is not None:
        meta.author = meta.author or article_marker.author
        meta.date = meta.date or article_marker.date
        for i in article_marker.lines:
            sheet.claim(i, "meta", "byline")
    for i in range(header_end):
        text = lines[i].text
        after_byline = i > 0 and i - 1 in bylines and bylines[i - 1].author is not None
        if sheet.free(i) and after_byline and "," in text and lines[i].words <= 6:
            sheet.claim(i, "meta", "byline")  # the desk or outlet under a reporter's name
            continue
        near_title = found.title is not None and 0 < i - found.title <= 3
        if sheet.free(i) and meta.author is None and near_title and 2 <= lines[i].words <= 4 and text.istitle():
            meta.author = text
            sheet.claim(i, "meta", "byline")
            continue
        if not lines[i].prose:
            sheet.claim(i, "removed", "page header: navigation, caption or banner")

    # 4. Body, 5. thread, footer.
    body = _body(sheet, meta, reasons, bylines, 0, thread_start)  # header prose left free joins the body
    comments = _thread(sheet, reasons, markers, thread_start, footer_start, meta)
    for i in range(footer_start, len(lines)):
        sheet.claim(i, "removed", reasons[i] or "site footer")

    return _document(source, sheet, meta, body, comments)


def _body(
    sheet: _Sheet, meta: _Meta, reasons: list[str | None], bylines: dict[int, Byline], start: int, end: int
) -> list[int]:
    """Claim the article's lines; return the indexes that are its paragraphs."""
    lines = sheet.lines
    seen: dict[str, int] = {}
    kept: list[int] = []
    last_prose = max(
        (i for i in range(start, end) if lines[i].prose and reasons[i] is None and i not in bylines),
        default=start - 1,
    )
    for i in range(start, end):
        if not sheet.free(i):
            continue
        text = lines[i].text
        key = comparable(text) if reasons[i] is None and i not in bylines else ""
        if i in bylines:
            meta.take(bylines[i])
            _claim_byline(sheet, i, bylines[i])
            if bylines[i].furniture and bylines[i].author:
                _claim_biography(sheet, reasons, i, end)
        elif reasons[i] is not None:
            sheet.claim(i, "removed", reasons[i] or "")
        elif _is_tag_chip(lines, reasons, i, end):
            meta.tags.append(text)
            sheet.claim(i, "removed", "tag list")
        elif i > 0 and reasons[i - 1] == "image caption":
            sheet.claim(i, "removed", "image caption")
        elif (about := _ABOUT.fullmatch(text)) and i + 1 < end and i >= last_prose - 1:
            meta.author = meta.author or about["author"]
            sheet.claim(i, "meta", "author box")
            _claim_biography(sheet, reasons, i, end)
        elif text[:3].lower() == "re:" and _REPLY_SUBJECT.fullmatch(text):
            sheet.claim(i, "meta", "reply subject")
        elif key in seen and (lines[i].words >= 6 or seen[key] == kept[-1]):
            sheet.claim(i, "removed", f"repeat of line {lines[seen[key]].n}")
        elif _is_signature(lines, reasons, i, end):
            sheet.claim(i, "removed", "signature")
        elif _is_link_after_navigation(lines, reasons, i):
            sheet.claim(i, "removed", "navigation")
        elif i > last_prose and not lines[i].prose and end == len(lines):
            sheet.claim(i, "removed", "page footer")
        elif sheet.claim(i, "body", ""):
            seen.setdefault(key, i)
            kept.append(i)
    return kept


def _claim_biography(sheet: _Sheet, reasons: list[str | None], box: int, end: int) -> None:
    """The author's biography: the first line of text after an author box's heading."""
    for j in range(box + 1, min(box + 4, end)):
        if reasons[j] is None:
            sheet.claim(j, "removed", "author biography")
            return


def _is_tag_chip(lines: list[Line], reasons: list[str | None], i: int, end: int) -> bool:
    """One of a run of one-to-three-word labels closing the article: its tags (Medium, Ghost).

    The run follows a paragraph and is followed by page chrome, so sub-headings (followed by
    text) are never taken for tags.
    """

    def chip(j: int) -> bool:
        return 0 <= j < end and reasons[j] is None and lines[j].words <= 3 and not lines[j].prose

    if not chip(i):
        return False
    first, last = i, i
    while chip(first - 1):
        first -= 1
    while chip(last + 1):
        last += 1
    closed = last + 1 >= end or reasons[last + 1] is not None
    return last > first and closed and first > 0 and lines[first - 1].prose


def _is_link_after_navigation(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """The title of the newer or older post, printed under "Newer Post" / "Older Post"."""
    previous = reasons[i - 1] if i > 0 else None
    following = reasons[i + 1] if i + 1 < len(lines) else "end"
    return previous == "navigation" and following is not None and not lines[i].prose


def _claim_byline(sheet: _Sheet, i: int, byline: Byline) -> None:
    """A byline is metadata; a "Posted in … | Tagged …" line is chrome once its values are read."""
    if byline.furniture:
        sheet.claim(i, "removed", "category line")
    else:
        sheet.claim(i, "meta", "byline")


def _is_signature(lines: list[Line], reasons: list[str | None], i: int, end: int) -> bool:
    """A forum signature: after a rule of underscores, or just above the poster's profile."""
    if i > 0 and _SIGNATURE_RULE.fullmatch(lines[i - 1].text):
        return True
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    if _PROFILE.fullmatch(following):
        text = lines[i].text
        repeated = sum(1 for line in lines if line.text == text) > 1
        return repeated or " | " in text
    return False


def _thread(
    sheet: _Sheet, reasons: list[str | None], markers: dict[int, Marker], start: int, end: int, meta: _Meta
) -> list[OpenComment]:
    """Claim the comment thread's lines and collect its comments in page order."""
    lines = sheet.lines
    comments: list[OpenComment] = []
    current: OpenComment | None = None
    pending: list[int] = []
    trailing = any(m.trailing for m in markers.values())
    for i in range(start, end):
        text = lines[i].text
        if not sheet.free(i):
            continue
        if i in markers:
            marker = markers[i]
            for j in marker.lines:
                sheet.claim(j, "meta", "comment author" if j == i else "comment date")
            if marker.trailing:
                comments.append(OpenComment(marker, marker.date, [(lines[j].n, lines[j].text) for j in pending]))
                current, pending = None, []
            else:
                current = OpenComment(marker, marker.date)
                comments.append(current)
        elif current is None and _is_comment_header(lines[i]):
            sheet.claim(i, "meta", "comment header")
        elif reasons[i] is not None:
            sheet.claim(i, "removed", reasons[i] or "")
        elif _is_signature(lines, reasons, i, end) or (meta.site and text == meta.site):
            sheet.claim(i, "removed", "signature" if text != meta.site else "site name repeated")
        elif (iso := lines[i].date) is not None and current is not None and lines[i].words <= 8:
            if current.date is None:
                current.date = iso
            sheet.claim(i, "meta", "comment date")
        elif text[:3].lower() == "re:" and _REPLY_SUBJECT.fullmatch(text):
            sheet.claim(i, "meta", "reply subject")
        elif current is not None:
            current.paragraphs.append((lines[i].n, text))
            sheet.claim(i, "comment", "")
        elif trailing:
            pending.append(i)
            sheet.claim(i, "comment", "")
        elif lines[i].words <= 3 and not lines[i].prose:
            sheet.claim(i, "removed", "comment section chrome")
        else:
            # Writing under no marker the cleaner knows: keep it, as a comment by an unknown author.
            current = OpenComment(Marker(None, None, (), lines[i].indent), None, [(lines[i].n, text)])
            comments.append(current)
            sheet.claim(i, "comment", "")
    for i in pending:  # text after the last "Posted by:" belongs to no comment
        sheet.roles[i] = ("removed", "comment section chrome")
    return comments


def _document(source: Source, sheet: _Sheet, meta: _Meta, body: list[int], comments: list[OpenComment]) -> Document:
    lines = sheet.lines
    counts = Redactions()
    private = has_personal_data(source.text)

    def published(text: str) -> str:
        nonlocal counts
        if not private:
            return text
        text, found = redact(text)
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
        comment.replies = [redacted(r) for r in comment.replies]
        return comment

    tree = [redacted(c) for c in nest(comments)]
    removed = tuple(
        Removed(lines[i].n, published(lines[i].text), detail)
        for i, (kind, detail) in sorted(sheet.roles.items())
        if kind == "removed"
    )
    metadata = tuple(
        MetaLine(lines[i].n, published(lines[i].text), detail)
        for i, (kind, detail) in sorted(sheet.roles.items())
        if kind in {"meta", "title"}
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
        body=tuple(blocks),
        comments=freeze(tree),
        removed=removed,
        metadata=metadata,
        redactions=counts,
    )

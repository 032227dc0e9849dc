"""The article's lines, and what stands among them.

Paragraphs, and the bylines, category lines, author boxes, tag lists, captions, signatures and
repeats around them.
"""

from __future__ import annotations

import re

from .bylines import Byline
from .sheet import REPLY_SUBJECT, Meta, Sheet
from .text import Line, comparable

_I = re.IGNORECASE
_ABOUT = re.compile(r"about (?P<author>[\w.'’-]+(?: [\w.'’-]+){0,2})", _I)
_SIGNATURE_RULE = re.compile(r"_{5,}|-{5,}")
_PROFILE = re.compile(r"(?:posts|joined|join date|location):.*", _I)


def claim_body(
    sheet: Sheet, meta: Meta, reasons: list[str | None], bylines: dict[int, Byline], start: int, end: int
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
            claim_byline(sheet, i, bylines[i])
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
        elif text[:3].lower() == "re:" and REPLY_SUBJECT.fullmatch(text):
            sheet.claim(i, "meta", "reply subject")
        elif key in seen and (lines[i].words >= 6 or seen[key] == kept[-1]):
            sheet.claim(i, "removed", f"repeat of line {lines[seen[key]].n}")
        elif is_signature(lines, reasons, i, end):
            sheet.claim(i, "removed", "signature")
        elif _is_link_after_navigation(lines, reasons, i):
            sheet.claim(i, "removed", "navigation")
        elif i > last_prose and not lines[i].prose and end == len(lines):
            sheet.claim(i, "removed", "page footer")
        elif sheet.claim(i, "body", ""):
            seen.setdefault(key, i)
            kept.append(i)
    return kept


def _claim_biography(sheet: Sheet, reasons: list[str | None], box: int, end: int) -> None:
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


def claim_byline(sheet: Sheet, i: int, byline: Byline) -> None:
    """A byline is metadata; a "Posted in … | Tagged …" line is chrome once its values are read."""
    if byline.furniture:
        sheet.claim(i, "removed", "category line")
    else:
        sheet.claim(i, "meta", "byline")


def is_signature(lines: list[Line], reasons: list[str | None], i: int, end: int) -> bool:
    """A forum signature: after a rule of underscores, or just above the poster's profile."""
    if i > 0 and _SIGNATURE_RULE.fullmatch(lines[i - 1].text):
        return True
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    if _PROFILE.fullmatch(following):
        text = lines[i].text
        repeated = sum(1 for line in lines if line.text == text) > 1
        return repeated or " | " in text
    return False

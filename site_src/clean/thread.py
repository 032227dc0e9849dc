"""Comments as a tree: markers give authors and dates, indentation and bullets give depth."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Comment
from .body import is_signature
from .markers import Marker
from .sheet import REPLY_SUBJECT, Meta, Sheet, is_comment_header


@dataclass
class OpenComment:
    """A comment while its lines are being collected."""

    marker: Marker
    date: str | None
    paragraphs: list[tuple[int, str]] = field(default_factory=list)
    replies: list[OpenComment] = field(default_factory=list)

    @property
    def depth_key(self) -> tuple[int, int]:
        # A bullet at the same indent as a numbered comment is a reply to it.
        return (self.marker.indent, 1 if self.marker.bullet else 0)


def nest(comments: list[OpenComment]) -> list[OpenComment]:
    """Arrange comments in page order into a tree by their depth keys."""
    roots: list[OpenComment] = []
    stack: list[OpenComment] = []
    for comment in comments:
        while stack and stack[-1].depth_key >= comment.depth_key:
            stack.pop()
        (stack[-1].replies if stack else roots).append(comment)
        stack.append(comment)
    return roots


def freeze(comments: list[OpenComment], prefix: str = "c") -> tuple[Comment, ...]:
    """Turn collected comments into model values with stable ids from their position."""
    out = []
    for number, comment in enumerate(comments, start=1):
        cid = f"{prefix}{number}"
        out.append(
            Comment(
                id=cid,
                author=comment.marker.author,
                date=comment.date,
                paragraphs=tuple(text for _, text in comment.paragraphs),
                replies=freeze(comment.replies, f"{cid}-"),
                lines=tuple(n for n, _ in comment.paragraphs),
            )
        )
    return tuple(out)


def claim_thread(
    sheet: Sheet, reasons: list[str | None], markers: dict[int, Marker], start: int, end: int, meta: Meta
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
        elif current is None and is_comment_header(lines[i]):
            sheet.claim(i, "meta", "comment header")
        elif reasons[i] is not None:
            sheet.claim(i, "removed", reasons[i] or "")
        elif is_signature(lines, reasons, i, end) or (meta.site and text == meta.site):
            sheet.claim(i, "removed", "signature" if text != meta.site else "site name repeated")
        elif (iso := lines[i].date) is not None and current is not None and lines[i].words <= 8:
            if current.date is None:
                current.date = iso
            sheet.claim(i, "meta", "comment date")
        elif text[:3].lower() == "re:" and REPLY_SUBJECT.fullmatch(text):
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

"""Comments as a tree: markers give authors and dates, indentation and bullets give depth."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Comment
from .markers import Marker


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

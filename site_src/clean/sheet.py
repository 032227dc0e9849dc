"""What the cleaning rules share: the role of every line, and the metadata found so far."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .bylines import Byline
from .text import Line

_I = re.IGNORECASE
COMMENT_HEADER = re.compile(
    r"(?:(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    # (Without a count, words ending in a full stop are a sentence: "Replies to the list are fine.")
    r"(?:comments?|responses?|thoughts?|replies)(?:\s+(?:on|to)\s+(?P<title>(?(count).+?|.*?[^.])))?:?"
    r"|discussion about this post|member discussion|(?:comments?|responses?)\s*(?:\(\d+\)|\d+)|all [\d,]+ comments"
    # "Readers' comments", a petition's "Supporter comments"; members' and users' only with their count
    # ("Members' comments (3)"): council minutes or a report may have such a heading of their own.
    r"|(?:readers?|supporters?)['’]? comments?(?:\s*\(\d+\))?|(?:members?|users?|visitors?)['’]? comments?\s*\(\d+\)"
    r"|[\d,]+ answers?"  # a question-and-answer site's (``ANSWERS``)
    r"|reactions"  # a news portal's (not a count of them, "8 Reactions", under a post)
    r"|conversation"  # OpenWeb's, over its count
    r"|follow-ups in this thread(?:\s*\(\d+\))?"  # a mail archive's, over the replies
    r"|top comments\s*\(\d+\)"  # DEV's
    r"|\d+ view comments?",  # Blogger's Dynamic Views, under a post
    _I,
)
ANSWERS = re.compile(r"[\d,]+ answers?", _I)
REPLY_SUBJECT = re.compile(r"re:\s+(?P<title>.+)", _I)
REPLY_COUNT = re.compile(r"(?P<count>[\d,]+) repl(?:y|ies)(?: by .{1,80})?", _I)
"""A count of replies: a forum's "9 replies" over its opening post, Substack's "1 reply by NAME" under
a comment (the comments after it answer that one)."""
_HEADER_WORD = re.compile(
    r"comment|response|thought|repl|discussion|answer|reactions|follow-ups|conversation|reasons for"
)


def opens_like_header(text: str) -> bool:
    """The cheap test before the header patterns: the line's opening words name comments or replies."""
    return _HEADER_WORD.search(text[:40].lower()) is not None


def is_comment_header(line: Line) -> bool:
    """A comment header ("5 Comments on “…”"): a cheap word test first, the pattern second."""
    return line.words <= 40 and opens_like_header(line.text) and bool(COMMENT_HEADER.fullmatch(line.text))


@dataclass
class Sheet:
    """The role of every line, filled in by the rules; the first rule to claim a line wins."""

    lines: list[Line]
    roles: dict[int, tuple[str, str]] = field(default_factory=dict)
    _printed: Counter[str] | None = field(default=None, repr=False, compare=False)
    _first: dict[str, int] | None = field(default=None, repr=False, compare=False)

    def times_printed(self, text: str) -> int:
        """How many lines of the page read exactly ``text``.

        Counted once for the page when first asked: a rule asking it of every post in a thread
        of a thousand lines would otherwise read the whole page for each.
        """
        if self._printed is None:
            self._printed = Counter(line.text for line in self.lines)
        return self._printed[text]

    def first_printed(self, i: int) -> int:
        """Where the page first prints line ``i``'s text (``i`` itself if nowhere before)."""
        if self._first is None:
            self._first = {}
            for k, line in enumerate(self.lines):
                self._first.setdefault(line.text, k)
        return self._first.get(self.lines[i].text, i)

    def claim(self, i: int, kind: str, detail: str) -> bool:
        if i in self.roles:
            return False
        self.roles[i] = (kind, detail)
        return True

    def free(self, i: int) -> bool:
        return i not in self.roles


@dataclass
class Meta:
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

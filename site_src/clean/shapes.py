"""What a line's shape says it is, as more than one stage asks: a person's name, a headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import WRAPPED, Line, looks_like_name, words

COMMUNITY = re.compile(r"(r/\w{1,30}) • ")
"""New Reddit's community beside a post's age, "r/SocialWorkUK • 3 yr. ago": the site, over the poster."""
REDDIT_POSTER = "Posted by u/"
"""How new Reddit opens the poster's line over a post: "Posted by u/ledger_of_lapses 2 yr. ago"."""


def named_line(line: Line) -> bool:
    """A person's name as a byline prints it: two to four capitalised words."""
    return named_text(line.text)


def named_text(text: str) -> bool:
    """``_named`` for a text alone (a name with the account's handle taken off)."""
    return 2 <= words(text) <= 4 and text.istitle() and not any(c.isdigit() for c in text)


def is_headline(lines: list[Line], prose: Sequence[bool], i: int, reasons: list[str | None] | None = None) -> bool:
    """A headline written as a sentence (Reddit's, a forum's): no full stop or comma, text right after it.

    Given the line rules' ``reasons``, a row of buttons may stand between (Blogger's share row), and
    the writer's name over it (Blogger's "Notable" theme).
    """
    after = i + 1
    while reasons is not None and after < min(len(lines), i + 9) and reasons[after] is not None:
        after += 1
    if reasons is not None and after == i + 1 and after < len(lines) and writer_line(lines[after]):
        after += 1
        while after < min(len(lines), i + 10) and reasons[after] is not None:
            after += 1
    if after == i + 1 < len(lines) and lines[i].prose and _wrapped_into(lines[i], lines[after]):
        return False  # a mail's paragraph wrapped at 70-odd characters, its sentence carried over
    # (A line ending in a comma opens a letter or its sentence: "Dear all,".)
    return after < len(lines) and lines[i].words <= 30 and lines[i].text[-1] not in ".," and prose[after]


def _wrapped_into(line: Line, below: Line) -> bool:
    """``below`` carries on ``line``'s sentence, as a hard-wrapped paragraph's lines do."""
    return below.n == line.n + 1 and below.text[:1].islower() and len(line.text) in WRAPPED


def writer_line(line: Line) -> bool:
    """A name alone on its line, as a theme prints the writer's under a headline ("Jenny Marsh")."""
    return 2 <= line.words <= 4 and line.text.istitle() and looks_like_name(line.text)

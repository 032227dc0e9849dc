"""What a line's shape says it is, as more than one stage asks: a person's name, a headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .text import Line, looks_like_name, words

COMMUNITY = re.compile(r"(r/\w{1,30}) • ")
"""New Reddit's community beside a post's age, "r/SocialWorkUK • 3 yr. ago": the site, over the poster."""


def named_line(line: Line) -> bool:
    """A person's name as a byline prints it: two to four capitalised words."""
    return named_text(line.text)


def named_text(text: str) -> bool:
    """``_named`` for a text alone (a name with the account's handle taken off)."""
    return 2 <= words(text) <= 4 and text.istitle() and not any(c.isdigit() for c in text)


def is_headline(lines: list[Line], prose: Sequence[bool], i: int, reasons: list[str | None] | None = None) -> bool:
    """A headline written as a sentence (Reddit's, a forum's): no full stop, text right after it.

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
    return after < len(lines) and lines[i].words <= 30 and lines[i].text[-1] != "." and prose[after]


def writer_line(line: Line) -> bool:
    """A name alone on its line, as a theme prints the writer's under a headline ("Jenny Marsh")."""
    return 2 <= line.words <= 4 and line.text.istitle() and looks_like_name(line.text)

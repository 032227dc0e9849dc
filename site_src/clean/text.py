"""Small facts about one line of scraped text, shared by the cleaning rules."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .dates import is_dateline, prints_month_first

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w,.:/-]*")
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'.-]*|[0-9][A-Za-z0-9_,.:/-]*")
"""The same words in a line of ASCII, matched a third faster with plain character sets."""
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_CLOSERS = "\"'”’)]"
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


class Line(NamedTuple):
    """One non-blank line of the source.

    (A named tuple rather than a frozen dataclass: as immutable, and made three times as fast,
    which counts at one per line of every document.)
    """

    n: int
    """1-based line number in the source."""
    text: str
    """The line without surrounding white space."""
    indent: int
    """Leading white space, in characters: scrapes show reply depth by indentation."""
    words: int
    prose: bool
    date: str | None
    """The ISO date when the whole line is a date (a dateline), else ``None``."""


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a normalised text, each measured once for every rule to use."""
    out = []
    make = Line._make  # (a third cheaper than calling the class, once per line of every document)
    for n, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            count, prose, date = _short_measure(stripped) if len(stripped) <= _SHORT else _measure(stripped)
            out.append(make((n, stripped, len(raw) - len(raw.lstrip()), count, prose, date)))
    # The page's datelines say which way round it prints numeric dates (looking through the
    # whole text for numeric dates cost more than measuring all its lines).
    dated = [i for i, line in enumerate(out) if line.date]
    if dated and prints_month_first("\n".join(out[i].text for i in dated)):
        for i in dated:
            out[i] = out[i]._replace(date=is_dateline(out[i].text, month_first=True))
    return _unwrapped(out)


_SHORT = 80
"""Lines this short are measured once across documents: a site prints the same buttons, labels,
names and datelines on every page (more than half of a page's short lines were on one before)."""


def _measure(text: str) -> tuple[int, bool, str | None]:
    """A stripped line's word count, whether it reads as prose, and its date if it is a dateline."""
    count = words(text)
    prose = _prose(text, count)
    return count, prose, None if prose else is_dateline(text)


_short_measure = lru_cache(maxsize=1 << 16)(_measure)


# Mail archives and Usenet wrap text at 70-odd characters: each line of a paragraph is a
# fragment, and only the paragraph as a whole reads as a sentence.
WRAPPED = range(50, 101)


def _unwrapped(lines: list[Line]) -> list[Line]:
    """Mark every line of a hard-wrapped paragraph as prose, on a page that wraps its text.

    A paragraph is a run of lines, all but the last 50 to 100 characters wide, the last no wider
    and closing a sentence. A page wraps its text when it has one of four lines or more that
    carries a sentence over a line break (a line starting in lower case); then its paragraphs
    of two or three lines count too, while a headline over a byline on other pages does not.
    Without blank lines between paragraphs, as a PDF's text has none, a sentence's end over a line
    that opens a new one may end a paragraph as well: both readings' paragraphs count.
    """
    blocks = _blocks(lines, split=False) + _blocks(lines, split=True)
    wraps = any(b - a >= 4 and any(line.text[0].islower() for line in lines[a + 1 : b]) for a, b in blocks)
    for a, b in blocks if wraps else ():
        lines[a:b] = [line if line.prose else line._replace(prose=True, date=None) for line in lines[a:b]]
    return lines


def _blocks(lines: list[Line], split: bool) -> list[tuple[int, int]]:
    """The runs of lines that read as one wrapped paragraph, as ``(start, end)``; ``split`` at sentences' ends."""
    blocks = []
    start = 0
    for i in range(1, len(lines) + 1):
        if (
            i < len(lines)
            and lines[i].n == lines[i - 1].n + 1
            and len(lines[i - 1].text) in WRAPPED
            and not (split and _SENTENCE_END.search(lines[i - 1].text) and not lines[i].text[:1].islower())
        ):
            continue
        if i - start > 1:
            last = lines[i - 1].text
            if len(last) <= max(len(line.text) for line in lines[start : i - 1]) and _SENTENCE_END.search(last):
                blocks.append((start, i))
        start = i
    return blocks


def words(text: str) -> int:
    """How many words a line has (numbers count, punctuation does not).

    A long line is certainly running text; counting its spaces is enough and far cheaper.
    """
    if len(text) > 400:
        return text.count(" ") + 1
    return len((_ASCII_WORD if text.isascii() else _WORD).findall(text))


def _prose(text: str, count: int) -> bool:
    if count >= 25:
        return True
    end = text.rstrip(_CLOSERS)[-1:]
    return count >= 8 and end in {".", "!", "?", "…", ":", ";"} and (end == "." or not _title_case(text))


_TWO_LOWER = re.compile(r"(?:.*?(?<![\w'’-])[a-z][a-z'’-]{3}){2}")
"""Two longer words in lower case: a sentence's, not a headline's in title case."""


def _title_case(text: str) -> bool:
    """A headline set in title case ("When Do We Start Reading Them?"), which a sentence never is.

    (Asked only of a line that does not close with a full stop: minutes' "Present: Councillors
    Atkin, Beck, Hughes and Watson." are a sentence.)

    Judged by the longer words, as title case leaves "of", "to" and "the" in lower case and a
    sentence capitalises only its names; a line in capitals is shouted, not titled.
    """
    if _TWO_LOWER.match(text):
        return False  # (found near the start of most sentences: the cheap test first)
    longer = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    capital = sum(w[0].isupper() for w in longer)
    return len(longer) >= 5 and capital >= 0.85 * len(longer) and not text.isupper()


def is_prose(text: str) -> bool:
    """A sentence or more of running text, as opposed to a heading, a name or a widget label."""
    return _prose(text, words(text))


def ends_sentence(text: str) -> bool:
    """Whether a line closes a sentence ("… at last.", "Why?", "as follows:")."""
    return _SENTENCE_END.search(text) is not None


def comparable(text: str) -> str:
    """Fold the differences scrapes introduce (quote styles, dashes, spacing, case).

    (Every character folded is outside ASCII, and a string knows whether it holds any such
    without looking: translating by a table costs a dictionary look-up per character.)
    """
    if not text.isascii():
        text = text.translate(_FOLD)
    return " ".join(text.split()).strip("\"'").casefold()


_NAME_WORD = re.compile(r"^[\w.'’@+-]+$")


@lru_cache(maxsize=1 << 16)
def looks_like_name(text: str) -> bool:
    """A commenter's display name: one to five words, no sentence punctuation.

    (Remembered across documents, as a thread's names recur.)
    """
    if not 1 <= len(text.split()) <= 6 or len(text) > 60:
        return False
    if _SENTENCE_END.search(text) and not text.endswith("."):
        return False
    return all(_NAME_WORD.match(w.strip("()[]")) for w in text.split()) and any(ch.isalpha() for ch in text)


def unshout(text: str) -> str:
    """``NATASHA`` -> ``Natasha``: bylines set in capitals by a theme's CSS, shown as typed."""
    return text.title() if text.isupper() else text

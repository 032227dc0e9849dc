"""Small facts about one line of scraped text, shared by the cleaning rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w,.:/-]*")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the source."""

    n: int
    """1-based line number in the source."""
    text: str
    """The line without surrounding white space."""
    indent: int
    """Leading white space, in characters: scrapes show reply depth by indentation."""


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a normalised text."""
    out = []
    for n, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            out.append(Line(n, stripped, len(raw) - len(raw.lstrip())))
    return out


def words(text: str) -> int:
    """How many words a line has (numbers count, punctuation does not)."""
    return len(_WORD.findall(text))


def is_prose(text: str) -> bool:
    """A sentence or more of running text, as opposed to a heading, a name or a widget label."""
    count = words(text)
    return count >= 25 or (count >= 8 and bool(_SENTENCE_END.search(text)))


def comparable(text: str) -> str:
    """Fold the differences scrapes introduce (quote styles, dashes, spacing, case)."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    return re.sub(r"\s+", " ", text).strip().strip("\"'").casefold()


_NAME_WORD = re.compile(r"^[\w.'’@+-]+$")


def looks_like_name(text: str) -> bool:
    """A commenter's display name: one to five words, no sentence punctuation."""
    if not 1 <= len(text.split()) <= 6 or len(text) > 60:
        return False
    if _SENTENCE_END.search(text) and not text.endswith("."):
        return False
    return all(_NAME_WORD.match(w.strip("()")) for w in text.split()) and any(ch.isalpha() for ch in text)


def unshout(text: str) -> str:
    """``NATASHA`` -> ``Natasha``: bylines set in capitals by a theme's CSS, shown as typed."""
    return text.title() if text.isupper() else text

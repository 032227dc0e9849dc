"""A paragraph as segments: plain text, a noted passage, or a first mention linked.

A first mention links to a report's page or to the glossary term's definition. The text
stays data: templates escape every segment, so no scraped character is ever inserted
into the page as HTML.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .model import GlossaryTerm, Report


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text, maybe highlighted for a note or linked to a report or glossary entry."""

    text: str
    href: str | None = None
    note: int | None = None
    """The number of the editor's note on this passage."""
    term: bool = False
    """The link goes to a glossary definition (shown differently from a report link)."""


@lru_cache(maxsize=1024)
def _names(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for any of ``names``; cached, as every document page asks for the same few."""
    ordered = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    if not ordered:
        return None
    alternatives = (re.sub(r"['’]", "['’]", re.escape(n)) for n in ordered)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1024)
def _words(name: str) -> frozenset[str]:
    """The words every match of ``name`` is made of, lower case (apostrophes split words in both)."""
    return frozenset(_WORD.findall(name.lower()))


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: re.Pattern[str]
    href: str
    term: bool
    names: tuple[frozenset[str], ...]
    """Each name's words: a paragraph lacking one of them cannot name it."""


_Entries = tuple[tuple[tuple[str, ...], str, bool], ...]


@lru_cache(maxsize=1024)
def _prepared(wanted: _Entries) -> tuple[tuple[_Entry, ...], dict[str, tuple[int, ...]]]:
    """The entries and their word index; cached, as every document page asks for the same few.

    Each name is indexed by its word that the fewest names share ("Jay" rather than "report").
    """
    entries = []
    for names, href, is_term in wanted:
        if (pattern := _names(names)) is not None:
            words = tuple(w for w in (_words(n) for n in names if n.strip()) if w)
            entries.append(_Entry(pattern, href, is_term, words))
    shared = Counter(word for entry in entries for name in entry.names for word in name)
    index: dict[str, list[int]] = {}
    for k, entry in enumerate(entries):
        for key in {min(name, key=lambda w: (shared[w], -len(w), w)) for name in entry.names}:
            index.setdefault(key, []).append(k)
    return tuple(entries), {key: tuple(ks) for key, ks in index.items()}


@dataclass
class FirstMentions:
    """The names to link at their first mention in one document; each is used once.

    Most paragraphs name nothing. Rather than a regular expression per paragraph, a set of the
    paragraph's words is checked against each name's words first (through an index by one word
    of each name), and only names whose every word is there are searched for.
    """

    entries: tuple[_Entry, ...] = ()
    index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, reports: Sequence[Report], report_urls: dict[str, str], terms: Sequence[GlossaryTerm]) -> FirstMentions:
        wanted = tuple((tuple(report.aliases), report_urls[report.id], False) for report in reports)
        wanted += tuple(((term.term, *term.aliases), f"#{term.slug}", True) for term in terms)
        entries, index = _prepared(wanted)
        return cls(entries, index)

    @property
    def unused(self) -> set[str]:
        """Where the names not yet linked would link to."""
        return {e.href for k, e in enumerate(self.entries) if k not in self.used}

    def _candidates(self, text: str) -> set[int]:
        """Entries not yet used whose names might occur in ``text``."""
        words = set(_WORD.findall(text.lower()))
        return {
            k
            for key in words.intersection(self.index)
            for k in self.index[key]
            if k not in self.used and any(name <= words for name in self.entries[k].names)
        }

    def link(self, text: str) -> list[Segment]:
        """Split plain text at the earliest unused name, repeatedly."""
        candidates = self._candidates(text) if self.index else set()
        out: list[Segment] = []
        while text and candidates:
            best: tuple[int, re.Match[str]] | None = None
            for k in sorted(candidates):
                match = self.entries[k].pattern.search(text)
                if match and (best is None or match.start() < best[1].start()):
                    best = (k, match)
            if best is None:
                break
            k, match = best
            self.used.add(k)
            candidates.discard(k)
            if match.start():
                out.append(Segment(text[: match.start()]))
            out.append(Segment(match.group(), self.entries[k].href, None, self.entries[k].term))
            text = text[match.end() :]
        if text:
            out.append(Segment(text))
        return out


def segments(text: str, marks: Sequence[tuple[int, int, int]], mentions: FirstMentions) -> list[Segment]:
    """Segments for one paragraph; ``marks`` are (start, end, note number), not overlapping."""
    out: list[Segment] = []
    position = 0
    for start, end, number in sorted(marks):
        if start < position:
            continue  # two notes on overlapping passages: the first keeps the highlight
        out += mentions.link(text[position:start])
        out.append(Segment(text[start:end], None, number))
        position = end
    out += mentions.link(text[position:])
    return [s for s in out if s.text]

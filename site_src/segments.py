"""A paragraph as segments: plain text, a noted passage, or a first mention linked.

A first mention links to a report's page or to the glossary term's definition. The text
stays data: templates escape every segment, so no scraped character is ever inserted
into the page as HTML.
"""

from __future__ import annotations

import re
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


@lru_cache(maxsize=1024)
def _needles(names: tuple[str, ...]) -> tuple[str, ...]:
    """What every match of one of ``names`` contains: each name's longest word, lower case."""
    found = set()
    for name in (n.lower() for n in names if n.strip()):
        words: list[str] = re.findall(r"\w+", name)
        found.add(max(words or [name], key=len))
    return tuple(sorted(found))


@dataclass
class FirstMentions:
    """The names to link at their first mention in one document; each is used once."""

    patterns: list[tuple[re.Pattern[str], str, bool]] = field(default_factory=list)
    needles: list[tuple[str, ...]] = field(default_factory=list)
    """The longest word of each name, lower case: a substring test spares most searches a regex."""
    anywhere: re.Pattern[str] | None = None
    """Any name of any entry: most paragraphs name nothing, and one search tells."""

    @classmethod
    def of(cls, reports: Sequence[Report], report_urls: dict[str, str], terms: Sequence[GlossaryTerm]) -> FirstMentions:
        found = cls()
        entries = [(report.aliases, report_urls[report.id], False) for report in reports]
        entries += [((term.term, *term.aliases), f"#{term.slug}", True) for term in terms]
        found.anywhere = _names(tuple(name for names, _, _ in entries for name in names))
        for names, href, is_term in entries:
            if (pattern := _names(tuple(names))) is not None:
                found.patterns.append((pattern, href, is_term))
                found.needles.append(_needles(tuple(names)))
        return found

    def _search(self, text: str) -> tuple[int, re.Match[str]] | None:
        """The earliest remaining name in ``text``."""
        lowered = text.lower()
        best: tuple[int, re.Match[str]] | None = None
        for k, (pattern, _, _) in enumerate(self.patterns):
            if not any(n in lowered for n in self.needles[k]):
                continue
            match = pattern.search(text)
            if match and (best is None or match.start() < best[1].start()):
                best = (k, match)
        return best

    def link(self, text: str) -> list[Segment]:
        """Split plain text at the earliest unused name, repeatedly."""
        if self.anywhere is None or not self.anywhere.search(text):
            return [Segment(text)]
        out: list[Segment] = []
        while text:
            found = self._search(text)
            if found is None:
                out.append(Segment(text))
                break
            k, match = found
            _, href, term = self.patterns.pop(k)
            del self.needles[k]
            if match.start():
                out.append(Segment(text[: match.start()]))
            out.append(Segment(match.group(), href, None, term))
            text = text[match.end() :]
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

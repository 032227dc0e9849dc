"""A paragraph as segments: plain text, a noted passage, or a first mention linked.

A first mention links to a report's page or to the glossary term's definition. The text
stays data: templates escape every segment, so no scraped character is ever inserted
into the page as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

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


def _names(names: Sequence[str]) -> re.Pattern[str] | None:
    ordered = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    if not ordered:
        return None
    alternatives = (re.sub(r"['’]", "['’]", re.escape(n)) for n in ordered)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


@dataclass
class FirstMentions:
    """The names to link at their first mention in one document; each is used once."""

    patterns: list[tuple[re.Pattern[str], str, bool]] = field(default_factory=list)

    @classmethod
    def of(cls, reports: Sequence[Report], report_urls: dict[str, str], terms: Sequence[GlossaryTerm]) -> FirstMentions:
        found = cls()
        for report in reports:
            if (pattern := _names(report.aliases)) is not None:
                found.patterns.append((pattern, report_urls[report.id], False))
        for term in terms:
            if (pattern := _names([term.term, *term.aliases])) is not None:
                found.patterns.append((pattern, f"#{term.slug}", True))
        return found

    def link(self, text: str) -> list[Segment]:
        """Split plain text at the earliest unused name, repeatedly."""
        out: list[Segment] = []
        while text:
            best = None
            for k, (pattern, href, term) in enumerate(self.patterns):
                match = pattern.search(text)
                if match and (best is None or match.start() < best[1].start()):
                    best = (k, match, href, term)
            if best is None:
                out.append(Segment(text))
                break
            k, match, href, term = best
            del self.patterns[k]
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

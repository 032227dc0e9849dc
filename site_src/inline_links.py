"""The first mention of each report in a document's text becomes a link to the report's page.

The text stays data: a paragraph becomes segments of (text, link or None) that the template
escapes, so no scraped character is ever inserted into HTML unescaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .model import Block, Report

Segment = tuple[str, str | None]


def _name_pattern(report: Report) -> re.Pattern[str] | None:
    names = sorted(report.aliases, key=len, reverse=True)
    if not names:
        return None
    alternatives = (re.sub(r"['’]", "['’]", re.escape(n)) for n in names)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def link_first_mentions(
    blocks: Sequence[Block], reports: Iterable[Report], url_of: dict[str, str]
) -> list[list[Segment]]:
    """Segments for each block, with each report's first named mention linked."""
    segments: list[list[Segment]] = [[(b.text, None)] for b in blocks]
    for report in reports:
        pattern = _name_pattern(report)
        if pattern is None:
            continue
        for parts in segments:
            done = False
            for k, (text, url) in enumerate(parts):
                match = pattern.search(text) if url is None else None
                if match:
                    parts[k : k + 1] = [
                        (text[: match.start()], None),
                        (match.group(), url_of[report.id]),
                        (text[match.end() :], None),
                    ]
                    done = True
                    break
            if done:
                break
    return [[(t, u) for t, u in parts if t] for parts in segments]

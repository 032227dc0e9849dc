"""A timeline picture for the home page: documents by date against reports' publication dates.

Computed here as plain coordinates; ``partials/timeline.html`` draws them as inline SVG, so the
picture needs no JavaScript and no request.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .model import Report, Summary

WIDTH, HEIGHT = 640, 200
_LEFT, _RIGHT, _AXIS, _ROWS = 20, 20, 150, 6


def timeline(documents: Sequence[Summary], reports: Sequence[Report]) -> dict[str, Any] | None:
    """Coordinates for the timeline, or ``None`` when nothing is dated."""
    dates = [dt.date.fromisoformat(d.date) for d in documents if d.date]
    published = [(r, dt.date.fromisoformat(r.published)) for r in reports if r.published]
    if not dates and not published:
        return None
    everything = dates + [p for _, p in published]
    start = dt.date(min(everything).year, 1, 1)
    end = dt.date(max(everything).year + 1, 1, 1)
    span = (end - start).days

    def x(day: dt.date) -> float:
        return round(_LEFT + (WIDTH - _LEFT - _RIGHT) * (day - start).days / span, 1)

    per_month = Counter(dt.date(d.year, d.month, 15) for d in dates)
    tallest = max(per_month.values(), default=1)
    bars = [
        {"x": x(month), "height": round(60 * n / tallest, 1), "count": n, "label": f"{month:%B %Y}"}
        for month, n in sorted(per_month.items())
    ]
    marks = [
        {
            "x": x(day),
            "label": r.short_title or r.id,
            "date": day.isoformat(),
            "row": i % _ROWS,
            "anchor": "end" if x(day) > WIDTH * 0.7 else "start",
        }
        for i, (r, day) in enumerate(sorted(published, key=lambda p: p[1]))
    ]
    years = [{"x": x(dt.date(y, 1, 1)), "year": y} for y in range(start.year, end.year + 1)]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "axis": _AXIS,
        "bars": bars,
        "marks": marks,
        "years": years,
        "documents": len(dates),
    }

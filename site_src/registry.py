"""The report registry: ``content/reports/<id>.md`` files -> ``Report`` values.

All knowledge about reports (titles, dates, the phrases that name them) lives in these files,
none in code, so the next archive brings its own registry.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .diagnostics import Diagnostic, error
from .frontmatter import split
from .markdown import to_html
from .model import Report
from .read import TextFile

REPORT_KEYS = (
    "id",
    "title",
    "short_title",
    "authors",
    "publisher",
    "published",
    "url",
    "aliases",
    "cues",
    "related",
)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}")


def load_report(file: TextFile, known: frozenset[str]) -> tuple[Report, list[Diagnostic]]:
    """Parse one report file; its id must match its file name, its related ids be ``known``."""
    meta, body, _ = split(file.path, file.text)
    meta.check_keys(REPORT_KEYS)
    stem = PurePosixPath(file.path).stem
    report_id = meta.string("id") or stem
    if report_id != stem:
        meta.diagnostics.append(
            error(file.path, meta.lines.get("id", 1), f"id '{report_id}' differs from the file name '{stem}.md'")
        )
    if not _ID.fullmatch(report_id):
        meta.diagnostics.append(
            error(file.path, 1, f"report id '{report_id}' is not '<short-name>-<year>' in lower case")
        )
    for other in meta.strings("related"):
        if other not in known:
            meta.diagnostics.append(error(file.path, meta.lines["related"], f"related: unknown report id '{other}'"))
    report = Report(
        id=report_id,
        title=meta.string("title", required=True) or "",
        path=file.path,
        short_title=meta.string("short_title"),
        authors=meta.strings("authors"),
        publisher=meta.string("publisher"),
        published=meta.date("published"),
        url=meta.string("url"),
        aliases=meta.strings("aliases"),
        cues=meta.strings("cues"),
        related=meta.strings("related"),
        summary_html=to_html(body),
    )
    return report, meta.diagnostics


def load_reports(files: tuple[TextFile, ...]) -> tuple[tuple[Report, ...], tuple[Diagnostic, ...]]:
    """Parse every report file and check the ids they refer to."""
    reports: list[Report] = []
    problems: list[Diagnostic] = []
    known = frozenset(PurePosixPath(f.path).stem for f in files)
    for file in files:
        report, found = load_report(file, known)
        problems.extend(found)
        reports.append(report)
    return tuple(sorted(reports, key=lambda r: r.id)), tuple(problems)

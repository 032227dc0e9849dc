"""Annotation files -> ``Annotation`` values, with every mistake located at its file and line.

The format is documented in ``docs/annotations.md``: front matter with corrections, the
editor's introduction, then notes, each a small ``---`` block of ``key: value`` lines followed
by the note's Markdown.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import PurePosixPath

from .diagnostics import Diagnostic, error
from .frontmatter import FrontMatter, parse_block, split
from .markdown import to_html
from .model import Annotation, NoteSource
from .read import TextFile

ANNOTATION_KEYS = ("title", "author", "date", "site", "original_url", "scraped", "reports", "content_note", "tags")
NOTE_KEYS = ("quote", "prefix", "suffix", "in")
_TEXT_FIELDS = ("title", "author", "site", "original_url", "content_note")


def _reports(meta: FrontMatter, known_reports: Collection[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    value = meta.values.get("reports")
    if value is None:
        return (), ()
    line = meta.lines.get("reports", 1)
    if not isinstance(value, dict):
        meta.diagnostics.append(error(meta.path, line, "reports: expected 'confirm:' and/or 'reject:' lists"))
        return (), ()
    decided: dict[str, tuple[str, ...]] = {}
    for key in sorted(set(value) - {"confirm", "reject"}):
        meta.diagnostics.append(error(meta.path, line, f"reports: unknown key '{key}' (use confirm or reject)"))
    for key in ("confirm", "reject"):
        ids = value.get(key) or []
        ids = [ids] if isinstance(ids, str) else ids
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            meta.diagnostics.append(error(meta.path, line, f"reports: {key} must be a list of report ids"))
            ids = []
        for report_id in ids:
            if report_id not in known_reports:
                meta.diagnostics.append(error(meta.path, line, f"reports: unknown report id '{report_id}'"))
        decided[key] = tuple(i for i in ids if i in known_reports)
    both = set(decided["confirm"]) & set(decided["reject"])
    if both:
        meta.diagnostics.append(
            error(meta.path, line, f"reports: {', '.join(sorted(both))} both confirmed and rejected")
        )
    return decided["confirm"], decided["reject"]


def _notes(path: str, body: str, first_line: int) -> tuple[str, list[NoteSource], list[Diagnostic]]:
    """Split the body into the introduction and the note blocks."""
    lines = body.split("\n")
    fences = [i for i, line in enumerate(lines) if line.strip() == "---"]
    if not fences:
        return body, [], []
    problems: list[Diagnostic] = []
    intro = "\n".join(lines[: fences[0]])
    notes: list[NoteSource] = []
    k = 0
    while k < len(fences):
        open_at = fences[k]
        if k + 1 >= len(fences):
            problems.append(error(path, first_line + open_at, "note opened with '---' has no closing '---'"))
            break
        close_at = fences[k + 1]
        block, where = parse_block(path, "\n".join(lines[open_at + 1 : close_at]), first_line + open_at + 1)
        block.check_keys(NOTE_KEYS)
        quote = block.string("quote", required=True)
        target = (block.string("in") or "article").strip()
        if target.startswith("comment "):
            target = target.removeprefix("comment ").strip()
        elif target not in {"article", "comments"}:
            problems.append(
                error(path, block.lines.get("in", where), f"in: '{target}' is not article, comments or comment <id>")
            )
            target = "article"
        next_open = fences[k + 2] if k + 2 < len(fences) else len(lines)
        text = "\n".join(lines[close_at + 1 : next_open]).strip()
        problems.extend(block.diagnostics)
        if quote:
            notes.append(
                NoteSource(
                    number=len(notes) + 1,
                    quote=quote,
                    prefix=block.string("prefix") or "",
                    suffix=block.string("suffix") or "",
                    target=target,
                    html=to_html(text),
                    line=block.lines.get("quote", where),
                )
            )
        k += 2
    return intro, notes, problems


def load_annotation(
    file: TextFile, known_documents: Collection[str], known_reports: Collection[str]
) -> tuple[Annotation | None, list[Diagnostic]]:
    """Parse one annotation file; its name must be a known document id."""
    meta, body, body_line = split(file.path, file.text)
    meta.check_keys(ANNOTATION_KEYS)
    document_id = PurePosixPath(file.path).stem
    if document_id not in known_documents:
        meta.diagnostics.append(
            error(file.path, 1, f"no document with id '{document_id}' (the file name must be a document id)")
        )
    corrections = {key: value for key in _TEXT_FIELDS if (value := meta.string(key))}
    for key in ("date", "scraped"):
        if (day := meta.date(key)) is not None:
            corrections[key] = day
    confirm, reject = _reports(meta, known_reports)
    intro, notes, problems = _notes(file.path, body, body_line)
    annotation = Annotation(
        document_id=document_id,
        path=file.path,
        corrections=corrections,
        tags=meta.strings("tags"),
        confirm=confirm,
        reject=reject,
        intro_html=to_html(intro.strip()),
        notes=tuple(notes),
    )
    problems = meta.diagnostics + problems
    return (annotation if document_id in known_documents else None), problems

"""Permanent ids for documents, from their file names.

A document's URL is built from its id, so the id must never depend on anything an editor
corrects later (the title): only on the file name.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from slugify import slugify


def document_id(source_path: str) -> str:
    """``documents/000_82E2 Report.txt`` -> ``000_82e2-report``."""
    stem = PurePosixPath(source_path).stem
    return slugify(stem, regex_pattern=r"[^-a-z0-9_]+") or "document"

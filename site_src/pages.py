"""Prose pages (``content/pages/<slug>.md``): about, methodology and the like."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .diagnostics import Diagnostic, error
from .frontmatter import split
from .markdown import to_html
from .model import Page
from .read import TextFile

PAGE_KEYS = ("title",)
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Top-level folders the generator writes itself; a page of the same name would overwrite them.
RESERVED = frozenset({"documents", "reports", "assets", "pagefind", "search", "index", "404", "glossary"})


def load_pages(files: tuple[TextFile, ...]) -> tuple[tuple[Page, ...], tuple[Diagnostic, ...]]:
    """Parse page files; the file name is the page's URL slug."""
    pages: list[Page] = []
    problems: list[Diagnostic] = []
    for file in files:
        meta, body, _ = split(file.path, file.text)
        meta.check_keys(PAGE_KEYS)
        slug = PurePosixPath(file.path).stem
        if not _SLUG.fullmatch(slug) or slug in RESERVED:
            problems.append(
                error(
                    file.path,
                    1,
                    f"page file name '{slug}' must be a lower-case slug not in {sorted(RESERVED)}",
                )
            )
            continue
        title = meta.string("title", required=True) or slug
        problems.extend(meta.diagnostics)
        pages.append(Page(slug=slug, title=title, body_html=to_html(body), path=file.path))
    return tuple(sorted(pages, key=lambda p: p.slug)), tuple(problems)

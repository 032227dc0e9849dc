"""What a changed file means for the site: the preview server's map from a path to a kind of change.

Modelled on Zola's ``ChangeKind``. The preview server runs the full build for content changes
(so the preview always equals a clean build, issue 7), renders the content gathered last time
again for template and static changes, and announces a change to stylesheets alone as ``css`` so
open pages swap their stylesheets instead of reloading. The kinds are already as fine as "rebuild
what a change touches" will need.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import PurePath


class Kind(Enum):
    """What part of the site a changed file feeds."""

    DOCUMENT = "document"
    ANNOTATION = "annotation"
    REPORT = "report"
    PAGE = "page"
    TEMPLATE = "template"
    STATIC_CSS = "static css"
    STATIC = "static"
    CONFIG = "config"
    OTHER = "other"


# Editors save through files the build never reads: Vim's ``.x.swp`` and ``4913`` probe, Emacs'
# ``#x#`` and ``.#x`` locks, ``x~`` back-ups, ``x.tmp`` written then renamed over ``x``.
_NOISE_SUFFIXES = ("~", ".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload")
_NOISE_NAMES = frozenset({"4913", ".DS_Store", "Thumbs.db"})

_CONTENT_FOLDERS = {
    "documents": Kind.DOCUMENT,
    "annotations": Kind.ANNOTATION,
    "reports": Kind.REPORT,
    "pages": Kind.PAGE,
}


def is_editor_noise(name: str) -> bool:
    """True for hidden files and editor temp files, which never change the site."""
    return (
        name.startswith((".", "~"))
        or (name.startswith("#") and name.endswith("#"))
        or name.endswith(_NOISE_SUFFIXES)
        or name in _NOISE_NAMES
    )


def classify(path: PurePath, content: PurePath, templates: PurePath) -> Kind | None:
    """The kind of change a modified, created or deleted ``path`` is; None when the site cannot see it.

    ``content`` and ``templates`` are the folders being watched, spelled as ``path`` is (both
    resolved, or both as given): this looks at names only and never touches the disk.
    """
    for root, of in ((templates, _template_kind), (content, _content_kind)):
        if path == root:
            return Kind.OTHER
        if path.is_relative_to(root):
            parts = path.relative_to(root).parts
            if any(is_editor_noise(part) for part in parts) or "__pycache__" in parts:
                return None
            return of(parts)
    return None


def _content_kind(parts: tuple[str, ...]) -> Kind:
    if parts == ("site.toml",):
        return Kind.CONFIG
    if len(parts) == 2 and parts[0] == "documents":
        return Kind.DOCUMENT
    if len(parts) == 2 and parts[0] in _CONTENT_FOLDERS and parts[1].lower().endswith(".md"):
        return _CONTENT_FOLDERS[parts[0]]
    # glossary.md (every document links its terms), sub-folders, anything new: rebuild it all.
    return Kind.OTHER


def _template_kind(parts: tuple[str, ...]) -> Kind:
    if parts[0] == "static":
        return Kind.STATIC_CSS if parts[-1].lower().endswith(".css") else Kind.STATIC
    return Kind.TEMPLATE if parts[-1].lower().endswith(".html") else Kind.OTHER


def css_only(kinds: Iterable[Kind]) -> bool:
    """True when every change is to a stylesheet, so open pages may swap styles without a reload."""
    found = set(kinds)
    return bool(found) and found == {Kind.STATIC_CSS}

"""All reading from disk: the content folder in, plain values out.

Every other stage works on what this returns, so they can be tested without files.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .decode import NotText, decode, normalise
from .diagnostics import ContentError, Diagnostic, error, warning
from .model import Source


class Record(Protocol):
    """Where a build notes each scraped file it read, for the next build (``cache.Pack``)."""

    def get(self, name: str) -> str | None: ...

    def put(self, name: str, value: str) -> None: ...


@dataclass(frozen=True, slots=True)
class TextFile:
    """An editor-written file (site.toml, a report, a page): UTF-8 text."""

    path: str
    """Path as the editor types it, relative to the content folder's parent."""
    text: str


@dataclass(frozen=True, slots=True)
class RawContent:
    """The content folder as read, before any interpretation."""

    root: str
    """The content folder as given on the command line; prefixes every diagnostic path."""
    site_toml: TextFile | None
    documents: tuple[Scraped, ...]
    reports: tuple[TextFile, ...]
    pages: tuple[TextFile, ...]
    diagnostics: tuple[Diagnostic, ...]
    annotations: tuple[TextFile, ...] = ()
    glossary: TextFile | None = None


def _entries(folder: Path, suffixes: tuple[str, ...] | None) -> list[os.DirEntry[str]]:
    """Regular files in ``folder`` in a stable order, skipping hidden and editor temp files."""
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:  # the kind of entry without a stat call per file
        found = [
            entry
            for entry in entries
            if entry.is_file()
            and not entry.name.startswith((".", "~", "#"))
            and not entry.name.endswith(("~", ".swp", ".tmp"))
            and (suffixes is None or entry.name.lower().endswith(suffixes))
        ]
    return sorted(found, key=lambda entry: entry.name)


def _files(folder: Path, suffixes: tuple[str, ...] | None) -> list[Path]:
    return [Path(entry.path) for entry in _entries(folder, suffixes)]


@dataclass(frozen=True, slots=True)
class Unread:
    """A scraped file with the stat values a build read it at: what that build found, without its bytes.

    After an edit to one of ten thousand documents, reading and decoding all the others again took
    longer than everything else the build did for them. Their bytes are read only when a page
    or the cleaner needs them (``Sources``).
    """

    path: str
    """Path relative to the content folder, as ``Source.path``."""
    sha256: str
    location: str
    """The file on disk."""

    def read(self) -> Source:
        got = read_source(Path(self.location), self.path)
        if isinstance(got, Diagnostic):  # changed into something else since the build began
            raise ContentError((got,))
        return got


Scraped = Source | Unread
"""A scraped file as the build knows it: read, or known unchanged (its path and hash are what keys need)."""


def loaded(file: Scraped) -> Source:
    """The file with its bytes."""
    return file if isinstance(file, Source) else file.read()


class Sources(Mapping[str, Source]):
    """Document id -> its file, read from disk when asked for if the build has not read it."""

    def __init__(self, files: Mapping[str, Scraped]) -> None:
        self._files = files

    def __getitem__(self, document_id: str) -> Source:
        return loaded(self._files[document_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


ReadMemo = dict[str, tuple[tuple[int, int, int, int], "Source | Diagnostic"]]
"""Scraped files as last read, by name, with the stat values they were read at (see ``read_content``)."""


def _label(root: Path, display_root: str, path: Path) -> str:
    return f"{display_root.rstrip('/')}/{path.relative_to(root).as_posix()}"


def read_source(path: Path, rel: str) -> Source | Diagnostic:
    """Read one scraped file; an empty or binary file becomes a warning, never a crash."""
    data = path.read_bytes()
    try:
        decoded = decode(data)
    except NotText as exc:
        return warning(rel, 1, f"skipped: {exc}")
    return Source(
        path=rel,
        raw=data,
        encoding=decoded.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        bom=decoded.bom,
    )


def _stamp(entry: os.DirEntry[str]) -> tuple[int, int, int, int]:
    """What an editor's save changes, whether it writes in place or renames a new file over the old."""
    found = entry.stat()
    return (found.st_mtime_ns, found.st_ctime_ns, found.st_size, found.st_ino)


def _read_remembered(
    entry: os.DirEntry[str], rel: str, memo: ReadMemo | None, record: Record | None, folder: Path
) -> Scraped | Diagnostic:
    """``entry`` (of ``folder``, absolute) read, or found in the preview's ``memo`` or the last build's ``record``."""
    if memo is not None:
        stamp = _stamp(entry)
        if entry.name not in memo or memo[entry.name][0] != stamp:
            memo[entry.name] = (stamp, read_source(Path(entry.path), rel))
        return memo[entry.name][1]
    if record is None:
        return read_source(Path(entry.path), rel)
    location = str(folder / entry.name)
    name = f"{location}\0{_stamp(entry)}"
    sha256 = record.get(name)
    if sha256 is not None:
        return Unread(rel, sha256, location)
    got = read_source(Path(entry.path), rel)
    if isinstance(got, Source):
        record.put(name, got.sha256)
    return got


def _read_text(path: Path, label: str) -> TextFile | Diagnostic:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return error(label, line, "not valid UTF-8 (save editor-written files as UTF-8)")
    return TextFile(label, normalise(text))


def read_content(
    content_dir: Path, display_root: str | None = None, memo: ReadMemo | None = None, record: Record | None = None
) -> RawContent:
    """Read every file the build uses from ``content_dir``.

    With a ``memo`` (the preview keeps one between builds), a scraped file whose modification
    and change times, size and inode are those it was read at is not read and decoded again:
    at ten thousand documents that is most of a rebuild's reading. With a ``record`` kept by
    the last build instead (the command line's builds), such a file is not read now at all: it
    is ``Unread``, and read if a page or the cleaner needs its bytes.
    """
    shown = display_root if display_root is not None else content_dir.as_posix()
    diagnostics: list[Diagnostic] = []

    def text_files(sub: str, suffixes: tuple[str, ...]) -> tuple[TextFile, ...]:
        out = []
        for path in _files(content_dir / sub, suffixes):
            got = _read_text(path, _label(content_dir, shown, path))
            if isinstance(got, Diagnostic):
                diagnostics.append(got)
            else:
                out.append(got)
        return tuple(out)

    def text_file(name: str) -> TextFile | None:
        path = content_dir / name
        if not path.is_file():
            return None
        got = _read_text(path, _label(content_dir, shown, path))
        if isinstance(got, Diagnostic):
            diagnostics.append(got)
            return None
        return got

    site_toml = text_file("site.toml")
    if not (content_dir / "site.toml").is_file():
        diagnostics.append(error(f"{shown.rstrip('/')}/site.toml", 1, "missing: every archive needs a site.toml"))

    documents = []
    listed = _entries(content_dir / "documents", None)
    folder = (content_dir / "documents").resolve()
    if memo is not None:
        for gone in memo.keys() - {entry.name for entry in listed}:
            del memo[gone]
    for entry in listed:
        got = _read_remembered(entry, f"documents/{entry.name}", memo, record, folder)
        if isinstance(got, Diagnostic):
            label = _label(content_dir, shown, Path(entry.path))
            diagnostics.append(Diagnostic(label, got.line, got.message, got.severity))
        else:
            documents.append(got)

    reports = text_files("reports", (".md",))
    pages = text_files("pages", (".md",))
    annotations = text_files("annotations", (".md",))
    glossary = text_file("glossary.md")
    return RawContent(
        root=shown,
        site_toml=site_toml,
        documents=tuple(documents),
        reports=reports,
        pages=pages,
        diagnostics=tuple(diagnostics),
        annotations=annotations,
        glossary=glossary,
    )

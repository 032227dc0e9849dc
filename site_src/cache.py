"""The build cache: per-document work kept between builds, so unchanged files are not redone.

Each kind of entry is keyed by a hash of everything it depends on, code included, so a change
to any of it misses the cache and nothing stale is served:

- ``clean``: a cleaned document, by its file's bytes and path and the cleaner's code;
- ``annotated``: a document with its annotation applied (corrections, anchored notes) and the
  problems found, by the cleaned document's key, the annotation and the annotator's code;
- ``read``: the hash of each scraped file by its path and stat values, so an unchanged file is
  not read again (``read.Unread``);
- ``summaries``: what the rest of the archive shows of each document (``model.Summary``), all in
  one file, so a build after an edit loads none of the unchanged documents (``store``);
- ``link``: what the linker found in a document (its reports, its terms for "related"), by the
  cleaned document's key, the editor's annotation of it, the whole report registry and the
  linker's code;
- ``related``: the related documents of the whole archive as last computed, by the linker's
  code. It is not a result looked up by key but a starting point: the next build compares
  every document's terms with those it holds and updates what changed (``Related``), so a
  stale file costs time, never correctness.

Entries live in a git-ignored folder and may be deleted at any time; a damaged entry is a miss.
"""

from __future__ import annotations

import hashlib
import pickle
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from .related import Related

PACKAGE = Path(__file__).resolve().parent
_CODE = {
    "clean": ("clean", "redact.py", "ids.py", "model.py", "decode.py"),
    "link": (
        "link.py",
        "describe.py",
        "alternation.py",
        "related.py",
        "annotate.py",
        "anchor.py",
        "markdown.py",
        "model.py",
        "decode.py",
    ),
    "page": (".",),
}
"""The sources each kind of entry depends on besides its inputs (a link entry includes a clean key;
a published page, any of the generator's code)."""
PLUMBING = ("cache.py", "parallel.py", "diagnostics.py")
"""Modules those sources import that move values around without deciding any."""


@cache
def code_version(kind: str = "clean") -> str:
    """A hash of the source files one kind of entry is computed by."""
    digest = hashlib.sha256()
    for name in _CODE[kind]:
        path = PACKAGE / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(PACKAGE).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def digest(*parts: str) -> str:
    """One key from its parts."""
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def key(path: str, sha256: str) -> str:
    """The clean key of one scraped file, by its path and the hash of its bytes."""
    return digest("clean", code_version("clean"), path, sha256)


def read_pickle(path: Path) -> Any | None:
    """What ``write_pickle`` wrote there, or ``None`` if it is missing or damaged: a cache miss."""
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError):
        return None


def write_pickle(path: Path, value: Any) -> None:
    """Write atomically, so a crash leaves the old file or the new one, never half of one."""
    write_pickled(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def write_pickled(path: Path, data: bytes) -> None:
    """``write_pickle`` for a value the caller has pickled already (and uses the bytes of again)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


_T = TypeVar("_T")


def write_entry(folder: Path | None, name: str, value: _T) -> _T:
    """Write one cache entry where a worker made it (if there is a cache), and hand the value on."""
    if folder is not None:
        write_pickle(folder / name, value)
    return value


class Entries:
    """Cache entries by key, read from the folder when asked for; new ones written by ``save``.

    With no folder, every lookup misses and nothing is kept: the same code path does all the
    work every time.
    """

    def __init__(self, folder: Path | None, lasting: bool = False) -> None:
        self.folder = folder
        self.fresh: dict[str, Any] = {}
        self.lasting = lasting
        """Whether entries are held in memory once read or added (``held``): for a process that
        builds again and again (the preview), not for one build, where holding every document
        read would hold the archive's text in each process that reads it."""
        self.held: dict[str, Any] = {}
        """Every entry read or added, when ``lasting``, so a second build in one process reads no
        file and gets back the very objects of the first: unchanged inputs then compare by identity."""
        self._asked: set[str] = set()

    def get(self, name: str) -> Any | None:
        if self.folder is None:
            return None
        self._asked.add(name)
        if name in self.held:
            return self.held[name]
        value = read_pickle(self.folder / name)
        if value is not None and self.lasting:
            self.held[name] = value
        return value

    def put(self, name: str, value: Any) -> None:
        self.hold(name, value)
        if self.folder is not None:
            self.fresh[name] = value

    def hold(self, name: str, value: Any) -> None:
        """Note an entry this build used without writing it here; held in memory when ``lasting``.

        The entry is one a worker process has already written (``write_entry``), or one ``put``
        writes at ``save``. Workers write what they make, in parallel, instead of the one parent pickling it all again.
        """
        if self.folder is not None:
            self._asked.add(name)
            if self.lasting:
                self.held[name] = value

    def save(self) -> None:
        """Write what was added (each write atomic, so a crash leaves no half entry).

        What this build did not ask for is let go from memory, so a preview that runs for
        hours keeps one entry per document, not one per save.
        """
        self.held = {k: v for k, v in self.held.items() if k in self._asked}
        self._asked = set()
        if self.folder is None or not self.fresh:
            return
        for name, value in self.fresh.items():
            write_pickle(self.folder / name, value)
        self.fresh.clear()


class Pack:
    """Small entries, one per document, all in one file: ten thousand files take longer to open than to read.

    Holds the entries the last build used; the next build's ``save`` rewrites the file when it
    used others (an edit, a new document), so entries of deleted documents do not pile up.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        found = read_pickle(path) if path else None
        self._kept: dict[str, Any] = found if isinstance(found, dict) else {}
        self._used: dict[str, Any] = {}
        self._asked = False

    def get(self, name: str) -> Any | None:
        self._asked = True
        value = self._kept.get(name)
        if value is not None:
            self._used[name] = value
        return value

    def put(self, name: str, value: Any) -> None:
        if self.path is not None:
            self._asked = True
            self._used[name] = value

    def save(self) -> None:
        """Write what this build used, if it is not what the file holds; keep it in memory for the next build.

        A build that never asked (the preview reads files its own way) leaves the file as it is.
        """
        if self.path is None or not self._asked:
            return
        self._asked = False
        if self._used.keys() != self._kept.keys():  # keys name their inputs, code included: equal keys, equal entries
            write_pickle(self.path, self._used)
        self._kept, self._used = self._used, {}


class Caches:
    """The build's caches, one folder per kind of entry under ``folder`` (or none at all)."""

    def __init__(self, folder: Path | None, lasting: bool = False) -> None:
        self.clean = Entries(folder and folder / "clean", lasting)
        self.annotated = Entries(folder and folder / "annotated", lasting)
        self.summaries = Pack(folder and folder / "summaries.pickle")
        """Each document's ``Summary`` and what annotating it reported, by its key (``store.Recipe.key``)."""
        self.read = Pack(folder and folder / "read.pickle")
        self.link = Entries(folder and folder / "link", lasting)
        self.mentions = Pack(folder and folder / "mentions.pickle")
        """Each document's mentions of reports, by its link key: with the terms ``related`` holds, all
        ``link`` needs of an unchanged document."""
        self._related_file = folder and folder / "related" / f"{code_version('link')}.pickle"
        self.related = _read_related(self._related_file)
        """Related documents as last computed, by this process or the last build that saved them."""
        self._related_saved = self.related.generation
        self._write_related = not lasting
        """Caches that last (the preview's) read them but then keep them in memory: writing them
        (megabytes at ten thousand documents) on each save would delay every reload."""

    def save(self) -> None:
        self.clean.save()
        self.annotated.save()
        self.summaries.save()
        self.read.save()
        self.link.save()
        self.mentions.save()
        self._save_related()

    def _save_related(self) -> None:
        """Keep the related documents for the next build, if they changed since read or saved."""
        if not self._write_related or self._related_file is None or self.related.generation == self._related_saved:
            return
        write_pickle(self._related_file, self.related)
        self._related_saved = self.related.generation
        for older in self._related_file.parent.glob("*.pickle"):  # of other code versions: never read again
            if older != self._related_file:
                older.unlink(missing_ok=True)


def _read_related(path: Path | None) -> Related:
    """The related documents a build saved, or a fresh start where there are none (or they are damaged)."""
    found = read_pickle(path) if path else None
    return found if isinstance(found, Related) else Related()

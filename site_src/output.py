"""All writing to disk: files into a staging folder, then one swap into place.

A build never leaves a half-written output: it writes beside the output folder and only a
complete build replaces it. An exception anywhere before the swap leaves the old output as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path


class FolderFiles(MutableMapping[str, bytes]):
    """``{relative path: bytes}`` kept on disk under ``root``: each file is written as it is added.

    The build renders into one of these in its staging folder, so memory holds the names of
    the pages, not their bytes: at a hundred thousand documents those are several gigabytes.
    Reading a file back reads it from the folder; ``digests`` saves reading each page back
    only to hash it.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._names: dict[str, None] = {}
        self._folders: set[Path] = set()
        self.digests: dict[str, str] = {}
        """The sha256 of each HTML page, taken as it was written (the search shards' fingerprints
        and the next build's manifest need them)."""

    def __setitem__(self, rel: str, data: bytes) -> None:
        placed(self.root / rel, self._folders).write_bytes(data)
        self._names[rel] = None
        if rel.endswith(".html"):
            self.digests[rel] = hashlib.sha256(data).hexdigest()

    def __getitem__(self, rel: str) -> bytes:
        if rel not in self._names:
            raise KeyError(rel)
        return (self.root / rel).read_bytes()

    def __delitem__(self, rel: str) -> None:
        del self._names[rel]
        self.digests.pop(rel, None)
        (self.root / rel).unlink()

    def __contains__(self, rel: object) -> bool:
        return rel in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def write_tree(files: Mapping[str, bytes], root: Path) -> None:
    """Write ``{relative path: bytes}`` under ``root``, in sorted order."""
    folder = FolderFiles(root)
    for rel in sorted(files):
        folder[rel] = files[rel]


def link_tree(paths: Iterable[str], source: Path, root: Path) -> None:
    """Put the files ``paths`` of an earlier output ``source`` under ``root`` without writing them.

    An unchanged page of a large archive then costs a directory entry, not its bytes.
    """
    for rel, target in _targets(paths, root):
        link_or_copy(source / rel, target)


def _targets(paths: Iterable[str], root: Path) -> Iterator[tuple[str, Path]]:
    """Each path, sorted, with its place under ``root``, whose folder now exists."""
    made: set[Path] = set()
    for rel in sorted(paths):
        yield rel, placed(root / rel, made)


def placed(target: Path, made: set[Path]) -> Path:
    """``target``, once its folder exists; ``made`` remembers the folders made, saving a call each."""
    if target.parent not in made:
        target.parent.mkdir(parents=True, exist_ok=True)
        made.add(target.parent)
    return target


def mirror(sources: Mapping[str, Path], root: Path) -> None:
    """Make ``root`` hold exactly the files ``sources`` (relative path -> file), as hard links.

    Only what differs is touched: a file already linked stays, a stale one is replaced, one no
    longer listed is removed with the folders it leaves empty. A search shard's pages are kept
    like this from build to build: after one edit that is one new link, where making the
    shard's tree again was five thousand folders and as many links, and deleting it as long.
    """
    present: set[str] = set()
    for here, _, names in os.walk(root):
        prefix = Path(here).relative_to(root).as_posix()
        present.update(name if prefix == "." else f"{prefix}/{name}" for name in names)
    emptied: set[Path] = set()
    for rel in present - sources.keys():
        (root / rel).unlink()
        emptied.update(p for p in (root / rel).parents if p != root and p.is_relative_to(root))
    for folder in sorted(emptied, key=lambda f: len(f.parts), reverse=True):
        with contextlib.suppress(OSError):  # not empty: it still holds listed files
            folder.rmdir()
    made: set[Path] = set()
    for rel, source in sources.items():
        target = root / rel
        if rel in present:
            if target.samefile(source):
                continue
            target.unlink()
        link_or_copy(source, placed(target, made))


def link_or_copy(source: str | Path, target: str | Path) -> None:
    """A hard link, or a copy with its times where the file system has no hard links.

    Either way the file keeps its size and modification time, by which the next build knows
    it for the file it wrote (``previous``).
    """
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


@contextlib.contextmanager
def staging_for(output: Path) -> Iterator[Path]:
    """A fresh folder beside ``output``; removed again unless it was published."""
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))
    try:
        yield staging
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def publish(staging: Path, output: Path) -> None:
    """Swap the finished staging folder into place of ``output``."""
    old = None
    if output.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
        old.rmdir()
        output.replace(old)
    try:
        staging.replace(output)
    except BaseException:
        if old is not None:
            old.replace(output)
        raise
    if old is not None:
        discard(old)


def discard(folder: Path) -> None:
    """Delete a folder in a process of its own that outlives this one.

    Deleting ten thousand pages took longer than all the rest of a build that changed one of
    them, so nothing waits for the old output to go. The shell puts ``rm`` in the background
    and exits at once; where there is no ``sh``, the folder is deleted here and now.
    """
    try:
        subprocess.run(
            ["sh", "-c", 'rm -rf -- "$1" &', "sh", str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(folder, ignore_errors=True)

"""All writing to disk: files into a staging folder, then one swap into place.

A build never leaves a half-written output: it writes beside the output folder and only a
complete build replaces it. An exception anywhere before the swap leaves the old output as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path


def write_tree(files: Mapping[str, bytes], root: Path) -> None:
    """Write ``{relative path: bytes}`` under ``root``, in sorted order."""
    for rel, target in _targets(files, root):
        target.write_bytes(files[rel])


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
        target = root / rel
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        yield rel, target


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

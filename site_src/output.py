"""All writing to disk: files into a staging folder, then one swap into place.

A build never leaves a half-written output: it writes beside the output folder and only a
complete build replaces it. An exception anywhere before the swap leaves the old output as it was.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path


def write_tree(files: Mapping[str, bytes], root: Path) -> None:
    """Write ``{relative path: bytes}`` under ``root``, in sorted order."""
    made: set[Path] = set()
    for rel in sorted(files):
        target = root / rel
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(files[rel])


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
        shutil.rmtree(old, ignore_errors=True)

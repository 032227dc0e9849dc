"""The build cache: cleaned documents kept between builds, so unchanged files are not re-cleaned.

A document's key is the hash of its bytes, its path and the cleaner's own code, so editing a
file, or changing any rule of the cleaner, misses the cache; nothing stale can be served. The
cache lives in a git-ignored folder and may be deleted at any time.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from .model import Document, Source

PACKAGE = Path(__file__).resolve().parent
_CODE = ("clean", "redact.py", "ids.py", "model.py", "decode.py")
"""What a cleaned document depends on besides its file: these sources' bytes are in every key."""


@cache
def code_version() -> str:
    """A hash of the cleaner's source files."""
    digest = hashlib.sha256()
    for name in _CODE:
        path = PACKAGE / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(PACKAGE).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def key(source: Source) -> str:
    """The cache key of one source."""
    return hashlib.sha256(f"{code_version()}\0{source.path}\0{source.sha256}".encode()).hexdigest()


def load(folder: Path, sources: Iterable[Source]) -> dict[str, Document]:
    """Cleaned documents already in the cache, by key; unreadable entries are simply misses."""
    found: dict[str, Document] = {}
    for source in sources:
        path = folder / key(source)
        try:
            found[path.name] = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            continue
    return found


def store(folder: Path, documents: Mapping[str, Document]) -> None:
    """Add newly cleaned documents (a write is atomic, so a crash leaves no half entry)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in documents.items():
        temporary = folder / f".{name}.tmp"
        temporary.write_bytes(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
        temporary.replace(folder / name)

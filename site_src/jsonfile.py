"""JSON files of the archive's size, written fast and still readable.

``json.dumps`` with ``indent`` runs Python's pure-Python encoder, and at ten thousand documents
that alone took seconds. Here each entry of a top-level list is one compact line from the C
encoder: as fast as compact JSON, and a change to one document is a one-line diff.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def _compact(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")


def json_line(value: Any) -> bytes:
    """One entry of a list as ``json_lines`` writes it, for callers that keep entries (``Lines``)."""
    return _compact(value)


class Lines(list[bytes]):
    """A list whose entries ``json_line`` has already encoded; ``json_lines`` writes them as they are."""


def _listed(value: Any) -> Iterator[bytes]:
    if not isinstance(value, list) or not value:
        yield _compact(value)
        return
    yield b"[\n"
    for n, line in enumerate(value if isinstance(value, Lines) else map(_compact, value)):
        if n:
            yield b",\n"
        yield line
    yield b"\n]"


def _pieces(value: dict[str, Any] | list[Any]) -> Iterator[bytes]:
    if isinstance(value, list):
        yield from _listed(value)
        yield b"\n"
        return
    yield b"{\n"
    for n, (key, item) in enumerate(sorted(value.items())):
        yield (b",\n" if n else b"") + _compact(key) + b": "
        yield from _listed(item)
    yield b"\n}\n"


def listed_lines(data: bytes, name: str) -> list[bytes]:
    """The entries of the top-level list ``name`` in what ``json_lines`` wrote, each as ``json_line`` made it.

    Lets a build take unchanged entries from its last output instead of making them again.
    Empty when the file does not hold that list in this layout.
    """
    opening = b"\n" + _compact(name) + b": [\n"
    start = data.find(opening)
    end = data.find(b"\n]", start)
    if start < 0 or end < 0:
        return []
    return [line.removesuffix(b",") for line in data[start + len(opening) : end].split(b"\n")]


def json_lines(value: dict[str, Any] | list[Any]) -> bytes:
    """``value`` as UTF-8 JSON, keys sorted, each entry of a top-level list on its own line.

    Made as pieces of bytes joined once: at ten thousand documents archive.json is over a
    hundred megabytes, and every further pass over it (an encode, a second join) showed.
    """
    return b"".join(_pieces(value))

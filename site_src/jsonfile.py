"""JSON files of the archive's size, written fast and still readable.

``json.dumps`` with ``indent`` runs Python's pure-Python encoder, and at ten thousand documents
that alone took seconds. Here each entry of a top-level list is one compact line from the C
encoder: as fast as compact JSON, and a change to one document is a one-line diff.
"""

from __future__ import annotations

import json
from typing import Any


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _listed(value: Any) -> str:
    if not isinstance(value, list) or not value:
        return _compact(value)
    return "[\n" + ",\n".join(map(_compact, value)) + "\n]"


def json_lines(value: dict[str, Any] | list[Any]) -> bytes:
    """``value`` as UTF-8 JSON, keys sorted, each entry of a top-level list on its own line."""
    if isinstance(value, list):
        text = _listed(value)
    else:
        text = "{\n" + ",\n".join(f"{_compact(k)}: {_listed(v)}" for k, v in sorted(value.items())) + "\n}"
    return (text + "\n").encode("utf-8")

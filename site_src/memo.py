"""Values kept from one render to the next while what they were made from stays equal.

The preview renders the same archive again after every save; most of what it makes (a
document's entry in ``archive.json``, its citation, a page of a list) comes out as before. A
``Memo`` hands back the earlier value when the inputs compare equal, which for unchanged
documents is an identity check (the build caches return the same objects). A full build uses
no memo and computes everything.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

T = TypeVar("T")


class Memo:
    """Earlier values by key, each with the inputs it was computed from."""

    def __init__(self, kept: dict[Hashable, tuple[object, object]] | None = None) -> None:
        self._kept: dict[Hashable, tuple[object, object]] = kept or {}
        """Key -> (inputs, value): what the last render made, or what a build found in its last output."""
        self._used: dict[Hashable, tuple[object, object]] = {}

    def get(self, key: Hashable, inputs: object, compute: Callable[[], T]) -> T:
        """The value for ``key``: the one kept if it was computed from equal ``inputs``, else ``compute()``.

        A value asked for twice in one render (a citation, for ``citations.bib`` and ``citations.json``)
        is computed once.
        """
        found = self._used.get(key) or self._kept.get(key)
        value = cast(T, found[1]) if found is not None and found[0] == inputs else compute()
        self._used[key] = (inputs, value)
        return value

    def inputs(self, key: Hashable) -> object:
        """What the value last asked for under ``key`` was made from (``None`` if none was asked for)."""
        found = self._used.get(key)
        return found[0] if found else None

    def sweep(self) -> None:
        """Forget what the render just finished did not ask for (deleted documents, old pages)."""
        self._kept, self._used = self._used, {}


def remember(memo: Memo | None, key: Hashable, inputs: object, compute: Callable[[], T]) -> T:
    """``memo.get(...)``, or just ``compute()`` when there is no memo (a full build)."""
    return compute() if memo is None else memo.get(key, inputs, compute)

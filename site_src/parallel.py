"""Spread per-document work over processes, with results identical to a single process.

Workers are forked, so they share what the parent has already computed (the gathered site)
without pickling it; results come back in input order, so output does not depend on ``jobs``.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

_SHARED: dict[str, Any] = {}
"""Values the parent sets before forking; workers read them instead of receiving copies."""


def default_jobs() -> int:
    """One worker per core the process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def share(**values: Any) -> None:
    """Make values visible to the next pool's workers (set before ``run``)."""
    _SHARED.clear()
    _SHARED.update(values)


def shared(name: str) -> Any:
    """A value the parent shared before forking this worker."""
    return _SHARED[name]


def run(function: Callable[[T], R], items: Sequence[T], jobs: int, chunk: int = 64) -> list[R]:
    """``[function(x) for x in items]``, over ``jobs`` processes when that is worth it."""
    return list(stream(function, items, jobs, chunk))


def stream(function: Callable[[T], R], items: Sequence[T], jobs: int, chunk: int = 64) -> Generator[R, None, None]:
    """``run``, each result handed on as it comes.

    A caller that stores results as they come (rendered pages, to disk) then never holds them all.
    """
    if jobs <= 1 or len(items) < 2 * chunk or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(function, items)
        return
    # Frozen objects are left alone by the cycle collector. A collection in a worker would
    # otherwise write to every object the parent holds, copying each page of them into the
    # worker: at 100,000 documents, gigabytes per worker and most of the render's time.
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from pool.map(function, items, chunksize=chunk)
    finally:
        gc.unfreeze()

"""Work spread over worker processes, results in input order, memory flat in the number of
items (the batch evaluation and the review of a folder)."""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


#: Items per task sent to a worker process, and tasks kept queued per worker: enough to
#: keep every worker busy, few enough that nothing piles up in the parent.
CHUNK = 4
QUEUED_PER_WORKER = 2


def stream_map(
    func: Callable[[T], R], items: Iterable[T], *, jobs: int, collect: bool = True
) -> Iterator[R]:
    """``func`` over ``items`` in input order, in ``jobs`` worker processes (1: here).

    Memory stays flat in the number of items: tasks are submitted a few at a time as
    results are taken (``Executor.map`` would submit them all at once), and reference
    cycles are collected after every item (:func:`_collected`) unless ``collect`` is
    False (items that make few cycles, where a collection would cost a fifth of the
    time). ``func`` must be picklable (a module-level function or a ``partial`` of one)
    when ``jobs`` > 1.
    """
    if jobs <= 1:
        with _frozen_heap():
            yield from _collected(func, items, collect)
        return
    chunks = _chunks(items, CHUNK)
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=gc.freeze) as pool:
        for chunk in islice(chunks, jobs * QUEUED_PER_WORKER):
            pending.append(pool.submit(_run_chunk, func, chunk, collect))
        while pending:
            results = pending.popleft().result()
            for chunk in islice(chunks, 1):
                pending.append(pool.submit(_run_chunk, func, chunk, collect))
            yield from results


def _run_chunk(func: Callable[[T], R], chunk: list[T], collect: bool) -> list[R]:
    """In a worker (whose inherited heap :func:`gc.freeze` set aside): one task."""
    return list(_collected(func, chunk, collect))


def _collected(func: Callable[[T], R], items: Iterable[T], collect: bool) -> Iterator[R]:
    """``func`` over ``items``, with a garbage collection after each (if ``collect``).

    python-docx objects point at each other (a document and its body, a table row and the
    closure that lists its cells), so a report's XML tree is only freed by the cycle
    collector, whose full passes are rare: left alone, a process holds the trees of
    dozens of reports. With the long-lived heap frozen, a collection costs ~2 ms.
    """
    for item in items:
        result = func(item)
        if collect:
            gc.collect()
        yield result


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Set the objects that exist now aside from garbage collection, for a while."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk

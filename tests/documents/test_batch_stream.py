"""The batch runner's streaming map: input order, a bounded queue, the gc left as found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

from jixiao.parallel import CHUNK
from jixiao.parallel import QUEUED_PER_WORKER
from jixiao.parallel import stream_map


def _square(value: int) -> int:
    return value * value


def test_results_come_in_input_order_with_workers() -> None:
    assert list(stream_map(_square, range(37), jobs=2)) == [v * v for v in range(37)]


def test_results_come_in_input_order_here() -> None:
    assert list(stream_map(_square, range(9), jobs=1)) == [v * v for v in range(9)]


def test_input_is_taken_a_few_chunks_at_a_time() -> None:
    taken: list[int] = []

    def items() -> Iterator[int]:
        for value in range(1000):
            taken.append(value)
            yield value

    stream = stream_map(_square, items(), jobs=2)
    assert next(stream) == 0
    assert len(taken) <= (2 * QUEUED_PER_WORKER + 1) * CHUNK
    stream.close()
    assert len(taken) < 1000


def test_gc_is_unfrozen_after_a_run_here_even_an_abandoned_one() -> None:
    assert list(stream_map(_square, range(3), jobs=1)) == [0, 1, 4]
    assert gc.get_freeze_count() == 0
    stream = stream_map(_square, range(3), jobs=1)
    next(stream)
    assert gc.get_freeze_count() > 0
    stream.close()
    assert gc.get_freeze_count() == 0

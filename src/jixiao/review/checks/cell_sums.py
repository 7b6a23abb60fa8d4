"""The finding of a table's total whose cells below or beside it do not make it."""

from __future__ import annotations

from collections.abc import Callable

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.text.quantities import fmt


def cell_sum_finding(
    paragraph: Paragraph, total: Figure, parts: list[Figure], say: Callable[[str, str], str]
) -> ReviewFinding | None:
    """A ``sum-mismatch`` when no rounding of the figures written explains the gap between
    ``total`` and its ``parts``; ``say`` words the message from the sum and the gap, both
    shown to the finest places the figures are written to."""
    added = unexplained_sum(total, parts)
    if added is None:
        return None
    places = max(f.places for f in (total, *parts))
    shown, gap = fmt(added, places), fmt(abs(added - total.value), places)
    return make_finding(
        "sum-mismatch", paragraph, say(shown, gap), stated=total.text, recomputed=shown
    )

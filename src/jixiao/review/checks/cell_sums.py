"""The finding of a table's total whose cells below or beside it do not make it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.text.quantities import fmt


def cell_sum_finding(
    paragraph: Paragraph,
    total: Figure,
    parts: list[Figure],
    say: Callable[[str, str], str],
    *,
    known: bool = False,
) -> ReviewFinding | None:
    """A ``sum-mismatch`` when no rounding of the figures written explains the gap between
    ``total`` and its ``parts``; ``say`` words the message from the sum and the gap, both
    shown to the finest places the figures are written to. A gap far from the total is a
    nesting the table does not show, unless the layout ``known`` says the parts make it."""
    if known:
        added: Decimal | None = None if adds_up(total, parts) else sum_of(parts)
    else:
        added = unexplained_sum(total, parts)
    if added is None:
        return None
    places = max(f.places for f in (total, *parts))
    shown, gap = fmt(added, places), fmt(abs(added - total.value), places)
    return make_finding(
        "sum-mismatch", paragraph, say(shown, gap), stated=total.text, recomputed=shown
    )


def sum_of(parts: list[Figure]) -> Decimal:
    return sum((part.value for part in parts), Decimal(0))

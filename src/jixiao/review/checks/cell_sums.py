"""The finding of a table's total whose cells below or beside it do not make it."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import column_slack
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
        return rounding_gap(paragraph, total, parts)
    places = max(f.places for f in (total, *parts))
    shown, gap = fmt(added, places), fmt(abs(added - total.value), places)
    return make_finding(
        "sum-mismatch", paragraph, say(shown, gap), stated=total.text, recomputed=shown
    )


def sum_of(parts: list[Figure]) -> Decimal:
    return sum((part.value for part in parts), Decimal(0))


#: The fewest parts whose rounding may leave a gap worth a note: two parts a last digit off
#: their total are as often a figure typed from another table.
_GAP_PARTS = 3


def rounding_gap(
    paragraph: Paragraph, total: Figure, parts: list[Figure], where: str = "合计"
) -> ReviewFinding | None:
    """A column of three or more amounts written to the total's decimals (whole 万元 too), a
    last digit or so off it — within what their rounding allows: a 尾差 to note, not an error;
    ``where`` names the total (表中“支出合计”行“实际支出数”栏)."""
    added, places = sum_of(parts), total.places
    if added == total.value or len(parts) < _GAP_PARTS:
        return None
    if total.percent or total.places != places or any(f.places not in (0, places) for f in parts):
        return None  # (a whole amount among decimals lost its zeros to the export)
    if abs(added - total.value) > column_slack(total, parts):
        return None  # far off: a nesting the table does not show, not rounding
    shown, gap = fmt(added, places), fmt(abs(added - total.value), places)
    message = (
        f"所列各项之和为{shown}，与{where}{total.text}相差{gap}，在数据舍入范围内（尾差）；"
        "应注明尾差原因或调整一致。"
    )
    return make_finding("sum-rounding-gap", paragraph, message, stated=total.text, recomputed=shown)

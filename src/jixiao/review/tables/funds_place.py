"""Where a 资金 row's figures stand: on the header's columns one each, around the 执行率 when
a cell was left blank, by position when blanks keep their places, or, for a bare total (the
Chongqing form's 年度总金额 with its amounts alone), on the money columns."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.model import Paragraph
from jixiao.review.tables.cells import BLANK
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.columns import MONEY_ROLES
from jixiao.review.tables.sources import SourceRow

#: The money columns alone (全年预算数(A), 全年执行数(B)): the 转移支付 layout; a Hunan form's
#: 年初预算资金总额 and 实际投入资金额.
_MONEY_ONLY = (["budget", "executed"], ["initial", "budget", "executed"], ["initial", "executed"])


def _enough(roles: list[str], figures: list[Figure]) -> bool:
    """A header of three columns or more, or of the money columns alone filled exactly."""
    return len(roles) >= 3 or (roles in _MONEY_ONLY and len(figures) == len(roles))


def _by_position(
    columns: list[str], figures: list[Figure], pieces: list[tuple[str, Paragraph]]
) -> tuple[dict[str, Figure], bool] | None:
    """“200 200 190 — 95% —” under six columns: cells left blank on purpose keep their places,
    so the figures stand under their own columns (not around the rate)."""
    values = iter(figures)
    cells = [None if BLANK.match(piece) else next(values, None) for piece, _ in pieces]
    if len(cells) != len(columns) or None not in cells or len(columns) < 3:
        return None
    placed = {role: value for role, value in zip(columns, cells, strict=True) if value is not None}
    return (placed, True) if len(placed) >= 2 else None


def _place(columns: list[str], figures: list[Figure]) -> tuple[dict[str, Figure], bool] | None:
    """Figures on columns: one each, or around the 执行率 when a cell was left blank."""
    if len(figures) == len(columns):
        return dict(zip(columns, figures, strict=True)), True
    if len(figures) > len(columns) + _STRAY or "rate" not in columns:
        return None
    percents = [i for i, f in enumerate(figures) if f.percent]
    if not percents:
        others = [c for c in columns if c != "rate"]
        fits = len(figures) == len(others)
        return (dict(zip(others, figures, strict=True)), True) if fits else None
    return _around_rate(columns, figures, percents[0]) if len(percents) == 1 else None


def placement(
    roles: list[str], figures: list[Figure], pieces: list[tuple[str, Paragraph]]
) -> tuple[tuple[dict[str, Figure], bool] | None, bool]:
    """The row's figures on the header's columns, and whether the row is a bare total."""
    placed = _by_position(roles, figures, pieces) or (
        _place(roles, figures) if figures and _enough(roles, figures) else None
    )
    if placed is None and _bare(roles, figures):
        return (dict(zip(roles, figures, strict=False)), True), True
    return placed, False


def rated(rows: list[SourceRow]) -> bool:
    """A bare total is read only over rows that carry the 执行率 (the Chongqing form)."""
    return any("rate" in r.columns for r in rows)


def _bare(columns: list[str], figures: list[Figure]) -> bool:
    """The total row's amounts alone, the 执行率 and its score left to the rows under it
    (“年度总金额 | 3,724,055.00 | 4,764,453.11 | 4,614,453.11”, the Chongqing form)."""
    head = columns[: len(figures)]
    return (
        len(figures) >= 2
        and not any(f.percent for f in figures)
        and set(head) == set(MONEY_ROLES) & set(columns)
        and len(head) == len(set(head))
    )


#: Figures after the 执行率 beyond its columns (“… 100% 10 | 其中” with the 得分 header
#: glued after the row): the next row's cell, not this row's.
_STRAY = 1


def _money(columns: list[str], figures: list[Figure]) -> tuple[list[str], list[Figure]]:
    """The money columns left of the rate with their figures (the 分值 is let go)."""
    pairs = [
        (c, f)
        for c, f in zip(columns[len(columns) - len(figures) :], figures, strict=True)
        if c in MONEY_ROLES
    ]
    return [c for c, _ in pairs], [f for _, f in pairs]


def _around_rate(
    columns: list[str], figures: list[Figure], at: int
) -> tuple[dict[str, Figure], bool] | None:
    """The figures before the 执行率 fill the columns just left of it, those after it the
    columns right of it: a blank cell is taken to be the farthest from the rate. The amounts
    are sure when no column left of the rate but the 年初预算数 was left blank (the 得分, or
    the 年初预算数 a unit did not fill)."""
    rate_at = columns.index("rate")
    before, after = figures[:at], figures[at + 1 :]
    left, right = columns[:rate_at], columns[rate_at + 1 :]
    if len(before) > len(left) or len(after) > len(right) + _STRAY:
        return None
    if len(after) > len(right):  # a cell of the next row run on: only amounts and rate are sure
        left, before = _money(left, before)
        right, after = [], []
    placed = {"rate": figures[at]}
    placed.update(zip(left[len(left) - len(before) :], before, strict=True))
    placed.update(zip(right, after, strict=False))
    blank = left[: len(left) - len(before)]
    return placed, set(blank) <= {"initial"}


#: The largest 分值 a 资金 row carries.
_MAX_FUNDS_WEIGHT = Decimal(30)


def weight_swapped(columns: dict[str, Figure]) -> dict[str, Figure]:
    """The 分值 and the 全年执行数 the PDF text printed in each other's places (“年度资金总额
    80.00 95.40 10 91.20 95.60% 9.56”): swapped back when the amount read as spent is a whole
    number a 分值 may be and the one read as the 分值 comes nearer the rate written."""
    budget, executed, weight, rate = (
        columns.get(k) for k in ("budget", "executed", "weight", "rate")
    )
    if budget is None or executed is None or weight is None or rate is None:
        return columns
    if not budget.value or executed.places or executed.value > _MAX_FUNDS_WEIGHT:
        return columns

    def off(spent: Figure) -> Decimal:
        return abs(spent.value / budget.value * 100 - rate.value)

    if off(weight) >= off(executed):
        return columns
    return {**columns, "executed": weight, "weight": executed}

"""The rates of a 资金投入 table whose header writes each rate's formula over lettered columns
(预算到位(D/C×100%), 预算执行(E/C×100%)): each row's rate against its own amounts.

Only tables with two rates or more, or four lettered amounts or more, are read here: the
national 预算数(A) | 执行数(B) | 执行率(B/A) row is the 资金 row's reader's.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.cell_quotes import show
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.letter_columns import Column
from jixiao.review.tables.letter_columns import LetterRow
from jixiao.review.tables.letter_columns import letter_tables

_HUNDRED = Decimal(100)
_MIN_RATES = 2
_MIN_AMOUNTS = 4


def _due(part: Figure, whole: Figure, rate: Figure) -> tuple[Decimal, bool] | None:
    """The rate the amounts give, at the rate's decimals, and whether the rate written is
    within the rounding of the figures."""
    if whole.value <= 0:
        return None
    exact = part.value / whole.value * _HUNDRED
    slack = rate.ulp + _HUNDRED * (part.ulp + whole.ulp * exact / _HUNDRED) / whole.value
    return Decimal(show(exact, rate.places)), abs(exact - rate.value) <= slack


def _finding(row: LetterRow, column: Column, names: dict[str, str]) -> ReviewFinding | None:
    readings = []
    for cells in row.placements:
        rate, part, whole = (cells.get(k) for k in (column.letter, column.part, column.whole))
        if rate is None or part is None or whole is None:
            continue
        due = _due(part, whole, rate)
        if due is None or due[1]:
            return None  # a placement the rate agrees with
        readings.append((due[0], rate, part, whole))
    if not readings or len({r[0] for r in readings}) > 1:
        return None
    shown, rate, part, whole = readings[0]
    message = (
        f"“{row.label.rstrip(':：')}”{column.name}应为{names[column.part]}({column.part})"
        f"{part.text}÷{names[column.whole]}({column.whole}){whole.text}＝{shown}%，"
        f"表中为{rate.text}。"
    )
    return make_finding(
        "table-rate-mismatch",
        row.paragraph,
        message,
        span=quote_span(row.paragraph, rate.text),
        stated=rate.text,
        recomputed=f"{shown}%",
    )


def _findings(columns: list[Column], rows: list[LetterRow]) -> Iterator[ReviewFinding]:
    names = {c.letter: c.name for c in columns}
    for row in rows:
        for column in columns:
            finding = _finding(row, column, names) if column.rate else None
            if finding is not None:
                yield finding


def check_letter_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """Each rate of a lettered 资金投入 table against the amounts its formula names."""
    table = letter_tables(doc)
    if table is None:
        return []
    columns, rows = table
    rates = sum(c.rate for c in columns)
    if rates < _MIN_RATES and len(columns) - rates < _MIN_AMOUNTS:
        return []
    return list(_findings(columns, rows))

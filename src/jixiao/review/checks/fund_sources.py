"""年度资金总额 against its rows, column by column: the sum of its sources (本年财政拨款,
上年结转资金, 其他资金 …), and of 基本支出 + 项目支出 — each split on its own, a 其中 row
nested in the row above it read inside that row."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.text.quantities import fmt

_COLUMN_NAMES = {
    "initial": "年初预算数",
    "budget": "全年预算数",
    "arrived": "到位数",  # the Hebei form's 资金到位情况, between the budget and the spending
    "executed": "全年执行数",
}


def fund_sources(row: FundsRow) -> list[ReviewFinding]:
    """年度资金总额 against the sum of its sources, and against 基本支出 + 项目支出, each column
    by column (a blank row is 0): every column that does not add up, of the first split that
    does not."""
    for rows in (row.sources, row.spending):
        # a nested 其中 row is read inside the row above it (when the total is met so, or
        # when neither reading meets it)
        inner = [r for r in rows if not any(r is n for n in row.nested)]
        readings = (rows, inner, _without_parts(rows))
        found = [_funds_parts(row, reading) for reading in readings]
        if all(found):
            return found[1]
    return []


Cells = list[Figure | None]


def _without_parts(rows: list[Cells]) -> list[Cells]:
    """The rows with those that make up the row right above them left out (其中:财政拨款 900
    over 一般公共预算 800 and 政府性基金 100: a nesting the labels do not show)."""
    for at, row in enumerate(rows):
        for end in range(at + 3, len(rows) + 1):
            if _makes(row, rows[at + 1 : end]):
                return [*rows[: at + 1], *_without_parts(rows[end:])]
    return rows


def _makes(whole: Cells, parts: list[Cells]) -> bool:
    """Every money cell of ``whole`` is the sum of the parts' cells, all filled."""
    if not whole or any(len(part) != len(whole) for part in parts):
        return False
    for number, total in enumerate(whole):
        cells = [part[number] for part in parts]
        if total is None or any(cell is None for cell in cells):
            return False
        if sum((cell.value for cell in cells if cell is not None), Decimal(0)) != total.value:
            return False
    return True


def _funds_parts(row: FundsRow, rows: list[list[Figure | None]]) -> list[ReviewFinding]:
    filled = [source for source in rows if source]
    if not filled:
        return []
    found: list[ReviewFinding] = []
    roles = [role for role in _COLUMN_NAMES if role in row.columns]
    for number, role in enumerate(roles):
        total = row.columns[role]
        cells = [source[number] for source in filled if number < len(source)]
        if row.blank_is_nothing:
            cells = [cell for cell in cells if cell is not None]
        if any(cell is None for cell in cells):
            continue  # a “-” in a source row: that column cannot be added up
        parts = [cell for cell in cells if cell is not None]
        if len(parts) > 1 and any(p.value == total.value for p in parts) and not row.partition:
            continue  # a row that restates the total: the others are inside it, not beside
        added = sum((p.value for p in parts), Decimal(0))
        # each figure written may be off by half its last digit (rounded half up: less
        # than half), so the gap of figures that all round right is less than their sum
        tolerance = total.ulp + sum((p.ulp for p in parts), Decimal(0))
        if abs(added - total.value) < tolerance:
            continue
        right = fmt(added, max(total.places, *(p.places for p in parts)))
        shown = f"{'＋'.join(p.text for p in parts)}＝{right}" if len(parts) > 1 else right
        message = (
            f"年度资金总额的{_COLUMN_NAMES[role]}为{total.text}，而其下各项资金之和为"
            f"{shown}，两者不符。"
        )
        found.append(
            make_finding(
                "sum-mismatch",
                row.paragraph,
                message,
                span=quote_span(row.paragraph, "资金总额"),
                stated=total.text,
                recomputed=right,
            )
        )
    if all(row.columns[role].value == 0 for role in roles):
        return found[:1]  # a total row left at 0: one fault, not one a column
    return found

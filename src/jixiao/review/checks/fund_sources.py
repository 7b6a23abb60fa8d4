"""年度资金总额 against its rows, column by column: the sum of its sources (本年财政拨款,
上年结转资金, 其他资金 …), and of 基本支出 + 项目支出 — each split on its own, a 其中 row
nested in the row above it read inside that row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import column_slack
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
        apart = _without_parts(rows, row.kinds)
        readings = (rows, inner, apart)
        found = [_funds_parts(row, reading) for reading in readings]
        if not all(found):
            continue
        if rows is row.sources and row.levels:
            # the levels of government read inside the 财政拨款 row above them
            beside = [r for r in rows if not any(r is level for level in row.levels)]
            return _funds_parts(row, beside) + _levels_parts(row)
        # the reading that meets the most columns, then the nearest (the nested rows read
        # inside, unless one leaving out rows that make up the row above them does better)
        nearest = min((1, 2), key=lambda at: (len(found[at]), _off(row, readings[at])))
        return found[nearest]
    return []


def _off(row: FundsRow, reading: list[list[Figure | None]]) -> Decimal:
    """How far the rows' sums are off the total, over every column."""
    off = Decimal(0)
    for at, role in enumerate(_roles(row)):
        cells = [r[at] for r in reading if at < len(r)]
        added = sum((c.value for c in cells if c is not None), Decimal(0))
        off += abs(row.columns[role].value - added)
    return off


Cells = list[Figure | None]


def _levels_parts(row: FundsRow) -> list[ReviewFinding]:
    """The 财政拨款 row against the levels of government under it, column by column."""
    if row.fiscal is None:
        return []
    label, cells = row.fiscal
    roles = _roles(row)
    totals = {role: cell for role, cell in zip(roles, cells, strict=False) if cell is not None}
    source = next((s for s in row.source_rows if s.label in label), None)
    paragraph = source.paragraph if source is not None else row.paragraph
    name = re.sub(r"^其中\s*[:：]?\s*", "", label)
    return _column_sums(_Block(roles, totals, paragraph, name, blank_is_nothing=True), row.levels)


def _without_parts(rows: list[Cells], kinds: list[Cells]) -> list[Cells]:
    """The rows with those that make up the row right above them left out (其中:财政拨款 900
    over 一般公共预算 800 and 政府性基金 100: a nesting the labels do not show; or over
    一般公共预算 900 alone, the Chongqing form's: one row alone only when it names a kind of
    财政拨款 by income, a sibling such as 上年结转资金 equal to the row above being no part)."""
    for at, row in enumerate(rows):
        alone = at + 1 < len(rows) and any(rows[at + 1] is kind for kind in kinds)
        for end in range(at + (2 if alone else 3), len(rows) + 1):
            if _makes(row, rows[at + 1 : end]):
                rest = _past_split(row, rows[end:])
                return [*rows[: at + 1], *_without_parts(rest, kinds)]
    return rows


def _past_split(row: Cells, rows: list[Cells]) -> list[Cells]:
    """``rows`` past a second split of ``row`` right at their head (财政拨款 over 一般公共预算
    alone, then over 中央, 省级 and 市县)."""
    for end in range(2, len(rows) + 1):
        if _makes(row, rows[:end]):
            return rows[end:]
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


#: A 资金 block's money columns: 年初预算数, 全年预算数, 全年执行数.
_MONEY_COLUMNS = 3


def _roles(row: FundsRow) -> list[str]:
    return [role for role in _COLUMN_NAMES if role in row.columns]


@dataclass(frozen=True, slots=True)
class _Block:
    """A total row whose columns are checked against the rows under it."""

    roles: list[str]
    totals: dict[str, Figure]
    paragraph: Paragraph
    name: str
    blank_is_nothing: bool = False
    #: None of the rows holds the others, even one equal to the total (the Sichuan split).
    partition: bool = False


def _funds_parts(row: FundsRow, rows: list[list[Figure | None]]) -> list[ReviewFinding]:
    roles = _roles(row)
    filled = [source for source in rows if source]
    blank_first = bool(filled) and all(len(s) == _MONEY_COLUMNS and s[0] is None for s in filled)
    all_three = bool(filled) and all(len(s) == _MONEY_COLUMNS and all(s) for s in filled)
    if "initial" not in roles and len(roles) == _MONEY_COLUMNS - 1 and (blank_first or all_three):
        # the sources' cells stand under the header's three money columns: 年初预算数 left
        # blank (or dropped) in the total's row, and blank or filled in its sources' (a source
        # row with its last cell blank lost its 年初 cell as the total did: read as before)
        roles = ["initial", *roles]
    block = _Block(
        roles, row.columns, row.paragraph, "年度资金总额", row.blank_is_nothing, row.partition
    )
    found = _column_sums(block, rows)
    if all(row.columns[role].value == 0 for role in roles if role in row.columns):
        return found[:1]  # a total row left at 0: one fault, not one a column
    return found


def _column_sums(block: _Block, rows: list[list[Figure | None]]) -> list[ReviewFinding]:
    """Each column's total against the sum of the rows' cells in that column."""
    filled = [source for source in rows if source]
    if not filled:
        return []
    found: list[ReviewFinding] = []
    for number, role in enumerate(block.roles):
        total = block.totals.get(role)
        if total is None:
            continue
        cells = [source[number] for source in filled if number < len(source)]
        if block.blank_is_nothing:
            cells = [cell for cell in cells if cell is not None]
        if any(cell is None for cell in cells):
            continue  # a “-” in a source row: that column cannot be added up
        parts = [cell for cell in cells if cell is not None]
        if not parts:
            continue  # every row left blank in this column: nothing to add up
        restated = any(p.value == total.value for p in parts)
        if len(parts) > 1 and restated and not block.partition:
            continue  # a row that restates the total: the others are inside it, not beside
        added = sum((p.value for p in parts), Decimal(0))
        # each figure written may be off by half its last digit (rounded half up: less
        # than half), so the gap of figures that all round right is less than their sum;
        # a column's figures are written to one precision (0 beside 125.52 is 0.00)
        if abs(added - total.value) < column_slack(total, parts):
            continue
        found.append(_column_finding(block, role, total, parts, added))
    return found


def _column_finding(
    block: _Block, role: str, total: Figure, parts: list[Figure], added: Decimal
) -> ReviewFinding:
    right = fmt(added, max(total.places, *(p.places for p in parts)))
    shown = f"{'＋'.join(p.text for p in parts)}＝{right}" if len(parts) > 1 else right
    message = (
        f"{block.name}的{_COLUMN_NAMES[role]}为{total.text}，而其下各项资金之和为"
        f"{shown}，两者不符。"
    )
    word = "资金总额" if block.name == "年度资金总额" else block.name
    return make_finding(
        "sum-mismatch",
        block.paragraph,
        message,
        span=quote_span(block.paragraph, word),
        stated=total.text,
        recomputed=right,
    )

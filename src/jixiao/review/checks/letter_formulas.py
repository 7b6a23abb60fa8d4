"""A table whose rows a 公式 column names by letters and relates (the national 地方政府债务
限额 table), checked column by column as it says:

    项目                              | 公式  | 本地区  | 本级
    一、2019-1年地方政府债务限额       | A=B+C | 42,866 | 42,866
    其中:一般债务限额                  | B     | 3,666  | 3,666
    专项债务限额                       | C     | 39,200 | 39,200     → 3,666 + 39,200 = 42,866

A column holding a letter on three rows or more (one of them a formula) names the rows; each
formula row is held to its formula in every column whose cells it needs hold figures,
within half the last written digit of each.
"""

from __future__ import annotations

import re
from decimal import Decimal
from decimal import InvalidOperation

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.marked_formulas import evaluate
from jixiao.review.checks.percent_findings import HUNDRED
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.text.quantities import fmt

_LETTER = re.compile(r"^\s*(?P<name>[A-Z])\s*(?:[=＝]\s*(?P<formula>[A-Z+\-−×*÷/()（）\s]+))?\s*$")
_TOKEN = re.compile(r"[A-Z]|[-+−×*÷/()（）]")
_OPERATORS = {"−": "-", "×": "*", "÷": "/", "（": "(", "）": ")"}
_MIN_ROWS = 3


def _letter_column(rows: list[TableRow]) -> int | None:
    width = max((len(row.cells) for row in rows), default=0)
    for column in range(width):
        marks = [row.cells[column] for row in rows if column < len(row.cells)]
        named = [m for m in marks if _LETTER.match(m)]
        if len(named) >= _MIN_ROWS and any("=" in m or "＝" in m for m in named):
            return column
    return None


def _tokens(text: str, names: dict[str, int]) -> tuple[str | int, ...] | None:
    compact = re.sub(r"\s+", "", text)
    found = _TOKEN.findall(compact)
    if "".join(found) != compact or any(t.isalpha() and t not in names for t in found):
        return None
    return tuple(names[t] if t.isalpha() else _OPERATORS.get(t, t) for t in found)


def _finding(row: TableRow, stated: Figure, exact: Decimal, formula: str) -> ReviewFinding:
    right = fmt(exact, stated.places)
    message = (
        f"“{row.label}”一行按公式（{formula}）复算应为{right}，表中为{stated.text}，与其公式不符。"
    )
    return make_finding(
        "column-formula-mismatch",
        row.paragraph,
        message,
        span=quote_span(row.paragraph, stated.text),
        stated=stated.text,
        recomputed=right,
    )


def _segments(rows: list[TableRow], at: int) -> list[list[TableRow]]:
    """The tables a run of rows holds: a letter named again begins another (附件6 and 附件7
    both name their rows A, B, C)."""
    segments: list[list[TableRow]] = [[]]
    seen: set[str] = set()
    for row in rows:
        match = _LETTER.match(row.cells[at]) if at < len(row.cells) else None
        if match is not None and match["name"] in seen:
            segments.append([])
            seen = set()
        if match is not None:
            seen.add(match["name"])
        segments[-1].append(row)
    return segments


def _table_findings(rows: list[TableRow]) -> list[ReviewFinding]:
    at = _letter_column(rows)
    if at is None:
        return []
    return [f for segment in _segments(rows, at) for f in _segment_findings(segment, at)]


def _segment_findings(rows: list[TableRow], at: int) -> list[ReviewFinding]:
    named = {
        match["name"]: i
        for i, row in enumerate(rows)
        if at < len(row.cells) and (match := _LETTER.match(row.cells[at]))
    }
    found: list[ReviewFinding] = []
    fixed: dict[tuple[int, int], Decimal] = {}  # what a wrong row's formula gives it
    for index, row in enumerate(rows):
        match = _LETTER.match(row.cells[at]) if at < len(row.cells) else None
        tokens = _tokens(match["formula"], named) if match and match["formula"] else None
        if match is None or tokens is None:
            continue
        for column in range(at + 1, len(row.cells)):
            stated = row.value(column)
            # (a quotient may be said in per cent however its row is labelled: K=E/B)
            scales = [HUNDRED, _ONE] if _in_percent(row) or "/" in tokens else [_ONE]
            readings = [g for k in scales if (g := _given(rows, column, tokens, fixed, k))]
            if not readings or stated is None or any(_within(stated, g[0]) for g in readings):
                continue
            given = readings[0]
            fixed[(index, column)] = given[1]
            if given[2] is None or not _within(stated, given[2]):
                # (a row off only by a wrong row it adds, G=A+D over a wrong D, is not)
                found.append(_finding(row, stated, given[1], row.cells[at].strip()))
    return found


_ONE = Decimal(1)


def _in_percent(row: TableRow) -> bool:
    """A row of ratios said in per cent (新增限额占上年限额比重(%), or cells written 9.50%)."""
    return "%" in row.label or "％" in row.label or any("%" in cell for cell in row.cells)


def _within(stated: Figure, interval: tuple[Decimal, Decimal]) -> bool:
    return stated.value + stated.ulp >= interval[0] and stated.value - stated.ulp <= interval[1]


def _given(
    rows: list[TableRow],
    column: int,
    tokens: tuple[str | int, ...],
    fixed: dict[tuple[int, int], Decimal],
    scale: Decimal,
) -> tuple[tuple[Decimal, Decimal], Decimal, tuple[Decimal, Decimal] | None] | None:
    """The interval the formula gives in ``column``, its exact value, and the interval it
    gives with the wrong rows it adds set right (None when it adds none)."""
    needed = {t for t in tokens if isinstance(t, int)}
    figures = {i: rows[i].value(column) for i in needed}
    known = {i: f for i, f in figures.items() if f is not None and not f.percent}
    if len(known) != len(needed):
        return None
    values = {i: (f.value - f.ulp, f.value + f.ulp) for i, f in known.items()}
    exact = {i: (f.value, f.value) for i, f in known.items()}
    mended = {
        i: (fixed[(i, column)], fixed[(i, column)]) if (i, column) in fixed else values[i]
        for i in known
    }
    try:
        low, high = evaluate(tokens, values)
        value = evaluate(tokens, exact)[0] * scale
        corrected = evaluate(tokens, mended) if mended != values else None
    except (ValueError, InvalidOperation, ZeroDivisionError, IndexError):
        return None
    mended_scaled = (corrected[0] * scale, corrected[1] * scale) if corrected else None
    return (low * scale, high * scale), value, mended_scaled


def check_letter_formulas(doc: ReportDoc) -> list[ReviewFinding]:
    """Rows of a table that do not keep to the formula its 公式 column writes."""
    return [finding for rows in doc_tables(doc) for finding in _table_findings(rows)]

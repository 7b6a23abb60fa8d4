"""A table that numbers its columns with circled numbers and writes how one column is made
from the others, checked row by row as it says:

    序号 | 培训机构 | 培训补助标准(元/人) | … | 合格人数 | 补助资金 |
    ① | ③ | ④ | … | ⑦ | ⑧=④*⑦ |
    1 | 吕梁市远航职业培训学校 | 2600 | … | 842 | 218.92 |      → 2600 × 842 = 218.92万元

The formula may add, take off, multiply and divide (⑤=③+④, ⑥=④-⑤, ⑦=⑥/⑤). The columns may
be in different units (元 and 万元): the power of ten most rows keep to is the table's, and a
row is held to the formula only when two rows or more, and more than half, keep to it. A
product or a quotient is not read on a 合计 row (a total of products is no product of totals);
a row with a blank or worded cell where the formula needs a figure is passed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.product_rows import CAP
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.text.quantities import fmt

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_MARK = re.compile(rf"^\s*([{_CIRCLED}])\s*(?:[=＝]\s*(?P<formula>.+?))?\s*$")
_TOKEN = re.compile(rf"[{_CIRCLED}]|[-+−×*xX÷/()（）]")
_OPERATORS = {"−": "-", "×": "*", "x": "*", "X": "*", "÷": "/", "（": "(", "）": ")"}
_TOTAL = re.compile(r"合\s*计|总\s*计|小\s*计")
#: The units one column's figures may stand in against another's (元 and 万元, 亿元).
_SCALES = tuple(Decimal(10) ** power for power in (0, -4, 4, -8, 8, -2, 2))
_MIN_MARKS = 3

Interval = tuple[Decimal, Decimal]


@dataclass(frozen=True, slots=True)
class Formula:
    """The column a formula gives, the tokens of its right side (columns as their index)."""

    target: int
    tokens: tuple[str | int, ...]

    @property
    def linear(self) -> bool:
        return not any(token in ("*", "/") for token in self.tokens)


def _formulas(row: TableRow) -> list[Formula]:
    """The formulas a row of circled column numbers writes, when it is one."""
    columns: dict[str, int] = {}
    written: list[tuple[int, str]] = []
    for at, cell in enumerate(row.cells):
        match = _MARK.match(cell)
        if match is None:
            if cell.strip():
                return []
            continue
        columns[match.group(1)] = at
        if match.group("formula"):
            written.append((at, match.group("formula")))
    if len(columns) < _MIN_MARKS:
        return []
    return [f for at, text in written if (f := formula_of(at, text, columns)) is not None]


def formula_of(target: int, text: str, columns: dict[str, int]) -> Formula | None:
    compact = re.sub(r"\s+", "", text)
    if "".join(_TOKEN.findall(compact)) != compact:
        return None
    tokens: list[str | int] = []
    for token in _TOKEN.findall(compact):
        if token in _CIRCLED:
            if token not in columns:
                return None
            tokens.append(columns[token])
        else:
            tokens.append(_OPERATORS.get(token, token))
    return Formula(target, tuple(tokens))


class _Evaluator:
    """The interval a formula's right side gives on one row's figures."""

    def __init__(self, tokens: tuple[str | int, ...], values: dict[int, Interval]) -> None:
        self.tokens, self.values, self.at = tokens, values, 0

    def _peek(self) -> str | int | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self) -> str | int:
        self.at += 1
        return self.tokens[self.at - 1]

    def whole(self) -> Interval:
        value = self.expression()
        if self.at != len(self.tokens):
            raise ValueError("trailing tokens")
        return value

    def expression(self) -> Interval:
        value = self.term()
        while self._peek() in ("+", "-"):
            sign, right = self._take(), self.term()
            value = _combine(value, right, str(sign))
        return value

    def term(self) -> Interval:
        value = self.factor()
        while self._peek() in ("*", "/"):
            sign, right = self._take(), self.factor()
            value = _combine(value, right, str(sign))
        return value

    def factor(self) -> Interval:
        token = self._take()
        if token == "(":
            value = self.expression()
            if self._take() != ")":
                raise ValueError("unclosed bracket")
            return value
        if isinstance(token, int):
            return self.values[token]
        raise ValueError(f"unexpected {token}")


def evaluate(tokens: tuple[str | int, ...], values: dict[int, Interval]) -> Interval:
    """The interval an expression of places (ints) and operators gives on ``values``;
    ValueError when it is no expression."""
    return _Evaluator(tokens, values).whole()


def _combine(left: Interval, right: Interval, sign: str) -> Interval:
    if sign == "+":
        return left[0] + right[0], left[1] + right[1]
    if sign == "-":
        return left[0] - right[1], left[1] - right[0]
    if sign == "/":
        if right[0] <= 0 <= right[1]:
            raise ValueError("division by an interval holding zero")
        right = (1 / right[1], 1 / right[0])
    ends = [a * b for a in left for b in right]
    return min(ends), max(ends)


def _interval(figure: Figure) -> Interval:
    return figure.value - figure.ulp, figure.value + figure.ulp


@dataclass(frozen=True, slots=True)
class CheckedRow:
    """One row's stated figure and the interval and value the formula gives it."""

    row: TableRow
    stated: Figure
    given: Interval
    exact: Decimal

    def holds(self, scale: Decimal) -> bool:
        low, high = self.given[0] * scale, self.given[1] * scale
        if low > high:
            low, high = high, low
        stated, ulp = self.stated.value, self.stated.ulp
        return stated + ulp >= low and stated - ulp <= high


#: A row that heads another table (序号 | 指标 | 2022 | 2023 | 2024): the formula ends there.
_HEAD_WORD = re.compile(r"^(?:序号|项目|指标|名称|单位)$")
_YEAR = re.compile(r"^(?:19|20)\d{2}年?$")


def _heads_another(row: TableRow) -> bool:
    cells = [cell.strip() for cell in row.cells if cell.strip()]
    if any(_HEAD_WORD.match(cell) for cell in cells):
        return True
    figures = [cell for cell in cells if figure(cell) is not None]
    return bool(figures) and all(_YEAR.match(cell) for cell in figures)


def _placed(row: TableRow, width: int) -> TableRow:
    """A 合计 row whose 序号 and 名称 cells were merged, set under the table's columns."""
    short = width - len(row.cells)
    if short <= 0 or not _TOTAL.search(row.cells[0]):
        return row
    return TableRow(row.paragraph, row.label, ("",) * short + row.cells)


def checked_row(row: TableRow, formula: Formula, *, rates: bool = False) -> CheckedRow | None:
    """The row held to ``formula``, or None where it cannot be: a blank or worded cell the
    formula needs, a capped row, a product or quotient on a 合计 row (a quotient there is
    read when the table says its quotients are ``rates`` of its sums)."""
    if (
        not formula.linear
        and _TOTAL.search(row.label)
        and not (rates and "*" not in formula.tokens)
    ):
        return None
    if any(CAP.search(cell) for cell in row.cells):
        return None
    needed = {token for token in formula.tokens if isinstance(token, int)}
    figures = {at: row.value(at) for at in needed | {formula.target}}
    known = {at: f for at, f in figures.items() if f is not None}
    if len(known) != len(figures):
        return None
    values = {at: _interval(f) for at, f in known.items()}
    exact = {at: (f.value, f.value) for at, f in known.items()}
    try:
        given = _Evaluator(formula.tokens, values).whole()
        value = _Evaluator(formula.tokens, exact).whole()[0]
    except (ValueError, InvalidOperation, ZeroDivisionError, IndexError):
        return None
    return CheckedRow(row, known[formula.target], given, value)


def _scale(rows: list[CheckedRow]) -> Decimal | None:
    """The power of ten most rows keep to, when two rows or more and over half do."""
    for scale in _SCALES:
        kept = sum(row.holds(scale) for row in rows)
        if kept >= 2 and kept * 2 > len(rows):
            return scale
    return None


def _name(row: TableRow) -> str:
    """The row's words (学校性质 and 培训机构 both, when the first is a kind)."""
    words: list[str] = []
    for at, cell in enumerate(row.cells):
        if row.value(at) is not None and words:
            break  # (a note after the figures is no name)
        words += [cell.strip()] if cell.strip() and row.value(at) is None else []
    return "、".join(words[:2]) or row.label


def formula_finding(row: CheckedRow, scale: Decimal, header: str) -> ReviewFinding:
    stated = row.stated.text.rstrip("%")
    right = fmt(row.exact * scale, row.stated.places)
    message = (
        f"“{_name(row.row)}”一行按表头所列栏次公式（{header}）复算应为{right}，表中为{stated}，"
        "该栏数字与其计算公式不符。"
    )
    return make_finding(
        "column-formula-mismatch",
        row.row.paragraph,
        message,
        span=quote_span(row.row.paragraph, stated),
        stated=stated,
        recomputed=right,
    )


def _table_findings(rows: list[TableRow]) -> list[ReviewFinding]:
    for at, marks in enumerate(rows):
        formulas = _formulas(marks)
        if not formulas:
            continue
        found: list[ReviewFinding] = []
        body: list[TableRow] = []
        for row in rows[at + 1 :]:
            if _heads_another(row):
                break
            body.append(_placed(row, len(marks.cells)))
        for formula in formulas:
            checked = [r for row in body if (r := checked_row(row, formula)) is not None]
            scale = _scale(checked)
            header = marks.cells[formula.target].strip()
            if scale is not None:
                found += [formula_finding(r, scale, header) for r in checked if not r.holds(scale)]
        return found
    return []


def check_marked_formulas(doc: ReportDoc) -> list[ReviewFinding]:
    """Rows that do not keep to the formula their table's column numbers write."""
    return [finding for rows in doc_tables(doc) for finding in _table_findings(rows)]

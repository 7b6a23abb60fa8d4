"""A 决算 table whose rows a PDF or 文库 export ran together on one line, each a label, three
amounts and two rates:

    …增值税 13,950 18,835 17,585 93.36% 26.06% 企业所得税 564 600 850 141.67% 50.71%
    个人所得税 615 650 650 100.00% 5.96% 房产税 2,782 2,800 3,800 135.71% 36.59% …

Each rate column's formula is the one the rows themselves give (an amount over another, 完成
预算 %; or over another less one, 增长 %), on every row but one and three rows at least; the
row that one formula does not give, and no other does either, is wrong (650 ÷ 615 − 1 = 5.69%).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP
from decimal import Decimal
from itertools import permutations

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_AMOUNT = r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?|-?\d+(?:\.\d+)?"
_RATE = r"-?\d+(?:\.\d+)?%"
_ROW = re.compile(
    rf"(?P<label>[\u4e00-\u9fff（）()、]{{2,16}})\s*(?P<a>{_AMOUNT})\s+(?P<b>{_AMOUNT})\s+"
    rf"(?P<c>{_AMOUNT})\s+(?P<p>{_RATE})\s+(?P<q>{_RATE})(?![\d.%])"
)
_MIN_ROWS = 3
_HUNDRED = Decimal(100)

Row = tuple[str, tuple[Decimal, ...], tuple[str, str]]
#: (part column, whole column, less one: a growth rate)
Formula = tuple[int, int, bool]


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "").rstrip("%"))


def _rows(paragraph: Paragraph) -> list[Row]:
    return [
        (m.group("label"), tuple(_number(m.group(k)) for k in "abc"), (m.group("p"), m.group("q")))
        for m in _ROW.finditer(paragraph.text)
    ]


def _worked(amounts: tuple[Decimal, ...], formula: Formula) -> Decimal | None:
    part, whole, growth = formula
    if amounts[whole] <= 0:
        return None
    ratio = amounts[part] / amounts[whole] * _HUNDRED
    return ratio - _HUNDRED if growth else ratio


def _gives(row: Row, column: int, formula: Formula) -> bool | None:
    worked = _worked(row[1], formula)
    if worked is None:
        return None
    written = row[2][column]
    places = len(written.rstrip("%").partition(".")[2])
    digit = Decimal(1).scaleb(-places)
    return worked.quantize(digit, rounding=ROUND_HALF_UP) == _number(written)


def _formulas(rows: list[Row], column: int) -> list[Formula]:
    """The formulas that give the column's rate on every row but one at most (the most)."""
    fits: dict[Formula, int] = {}
    for part, whole in permutations(range(3), 2):
        for growth in (False, True):
            formula = (part, whole, growth)
            given = [_gives(row, column, formula) for row in rows]
            fits[formula] = sum(1 for g in given if g)
    best = max(fits.values(), default=0)
    if best < _MIN_ROWS or best < len(rows) - 1:
        return []
    return [formula for formula, count in fits.items() if count == best]


def _findings(paragraph: Paragraph, rows: list[Row]) -> Iterator[ReviewFinding]:
    for column in (0, 1):
        formulas = _formulas(rows, column)
        for row in rows:
            if not formulas or any(_gives(row, column, f) is not False for f in formulas):
                continue
            worked = _worked(row[1], formulas[0])
            if worked is None:
                continue
            shown = f"{worked.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}%"
            part, whole, growth = formulas[0]
            how = f"{row[1][part]}÷{row[1][whole]}" + ("－1" if growth else "")
            message = (
                f"表中“{row[0]}”一行的比率应为{how}＝{shown}（同表其他各行均按此计算），"
                f"表中为{row[2][column]}，请核实。"
            )
            yield make_finding(
                "rate-mismatch", paragraph, message, stated=row[2][column], recomputed=shown
            )


def check_run_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Rates of rows run together on one line that their amounts do not give."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        rows = _rows(paragraph)
        if len(rows) >= _MIN_ROWS:
            findings.extend(_findings(paragraph, rows))
    return findings

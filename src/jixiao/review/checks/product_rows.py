"""A table of money paid at a standard per unit, row by row: the amount against the standard
times the count (and the months or days, when a column gives them):

    项目 | 标准（元/人·月） | 数量（人） | 月数 | 金额（元）
    困难残疾人生活补贴 | 90 | 2,356 | 12 | 2,544,480          → 90 × 2,356 × 12 = 2,544,480

The columns are found by their header (标准 or 单价; 数量, 面积, 人数 …; 月数, 天数; 金额 or
资金), the money's unit by the header's bracket (（元/亩）, 金额（万元）) or by the cell
(12,800元/台). A row is held to the product only where another row of its table keeps to it:
a table whose amounts are not products (a share of the cost, a cap) says nothing. A standard
said per month or day with no column of months or days is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.products import Written
from jixiao.review.checks.products import product_missed
from jixiao.review.checks.products import written
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.text.quantities import fmt

_STANDARD = re.compile(r"标准|单价")
_COUNT = re.compile(r"数量|面积|人数|户数|亩数|台数|套数|规模")
_PERIODS = re.compile(r"月数|天数|月/天数|期数|年限")
_AMOUNT = re.compile(r"金额|资金|补助额|补贴额")
_TOTAL = re.compile(r"合\s*计|总\s*计|小\s*计")
#: A period the standard is said per (元/人·月, 元/生·天): it needs a column of periods.
_PER_PERIOD = re.compile(r"[·・*/]\s*[月天日]")
_WAN = re.compile(r"万元")
_NUMBER = re.compile(
    r"^\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>万元|元|万)?"
)
_MIN_KEPT = 1


@dataclass(frozen=True, slots=True)
class _Columns:
    standard: int
    count: int
    amount: int
    periods: int | None
    standard_scale: Decimal
    amount_scale: Decimal
    per_period: bool


def _find(header: tuple[str, ...], pattern: re.Pattern[str], taken: set[int]) -> int | None:
    found = [at for at, cell in enumerate(header) if at not in taken and pattern.search(cell)]
    return found[0] if len(found) == 1 else None


def _columns(header: tuple[str, ...]) -> _Columns | None:
    """The columns of a header naming a standard, a count and an amount."""
    standard = _find(header, _STANDARD, set())
    if standard is None:
        return None
    periods = _find(header, _PERIODS, {standard})
    taken = {standard} | ({periods} if periods is not None else set())
    count = _find(header, _COUNT, taken)
    amount = _find(header, _AMOUNT, taken | ({count} if count is not None else set()))
    if count is None or amount is None:
        return None
    ten_thousand = Decimal(10_000)
    return _Columns(
        standard,
        count,
        amount,
        periods,
        ten_thousand if _WAN.search(header[standard]) else Decimal(1),
        ten_thousand if _WAN.search(header[amount]) else Decimal(1),
        _PER_PERIOD.search(header[standard]) is not None,
    )


def _value(cell: str, scale: Decimal = Decimal(1)) -> Written | None:
    """The figure a cell opens with (12,800元/台, 46台, 2,544,480), in 元 when money."""
    match = _NUMBER.match(cell)
    if match is None:
        return None
    unit = match.group("unit")
    if unit is not None:
        scale = Decimal(10_000) if unit.startswith("万") else Decimal(1)
    return written(match.group("num"), scale, cell.strip())


@dataclass(frozen=True, slots=True)
class _Product:
    """One row's amount and what its standard, count and periods give."""

    row: TableRow
    amount: Written
    #: The product the factors give, when no rounding of them gives the amount.
    missed: Decimal | None

    @property
    def holds(self) -> bool:
        return self.missed is None


def _product(row: TableRow, columns: _Columns) -> _Product | None:
    cells = row.cells
    wanted = [columns.standard, columns.count, columns.amount, columns.periods or 0]
    if _TOTAL.search(row.label) or max(wanted) >= len(cells):
        return None
    if columns.per_period and columns.periods is None:
        return None
    if _PER_PERIOD.search(cells[columns.standard]) and columns.periods is None:
        return None
    if len(re.findall(r"\d+(?:\.\d+)?", cells[columns.standard].replace(",", ""))) > 1:
        return None  # two standards in one cell (820/1050): which pays what is not told
    factors = [
        _value(cells[columns.standard], columns.standard_scale),
        _value(cells[columns.count]),
        *([_value(cells[columns.periods])] if columns.periods is not None else []),
    ]
    amount = _value(cells[columns.amount], columns.amount_scale)
    known = [f for f in factors if f is not None]
    if amount is None or len(known) != len(factors) or any(f.value <= 0 for f in known):
        return None
    return _Product(row, amount, product_missed(known, amount))


def _finding(product: _Product, columns: _Columns) -> ReviewFinding:
    row, amount = product.row, product.amount
    wan = columns.amount_scale != 1 or "万" in amount.text
    number = amount.text.split("万")[0].rstrip("元")
    places = len(number.split(".")[1]) if "." in number else 0
    exact = product.missed if product.missed is not None else Decimal(0)
    right = fmt(exact / (Decimal(10_000) if wan else 1), places)
    unit = "万元" if wan else "元"
    factors = "×".join(
        row.cells[at].strip()
        for at in (columns.standard, columns.count, columns.periods)
        if at is not None
    )
    message = (
        f"“{row.label}”一行按标准、数量复算（{factors}），金额应为{right}{unit}，"
        f"表中为{amount.text}，金额与标准、数量之积不符。"
    )
    return make_finding(
        "product-mismatch",
        row.paragraph,
        message,
        span=quote_span(row.paragraph, amount.text),
        stated=amount.text,
        recomputed=right,
    )


#: A cap or a note on a row (每户3000元封顶, 最高不超过): its amount may be below the product.
CAP = re.compile(r"封顶|最高|不超过|上限|限额|核减|扣减|扣除")


def _explained(product: _Product, capped: bool) -> bool:
    """A row whose own note gives a reason, or below its product in a table of capped
    amounts: no slip."""
    noted = any(CAP.search(cell) for cell in product.row.cells)
    below = product.missed is not None and product.amount.value < product.missed
    return noted or (capped and below)


def _table_findings(rows: list[TableRow]) -> list[ReviewFinding]:
    capped = any(CAP.search(cell) for row in rows for cell in row.cells)
    found = [f for f, p in _row_findings(rows) if not _explained(p, capped)]
    return found


def _row_findings(rows: list[TableRow]) -> list[tuple[ReviewFinding, _Product]]:
    for at, row in enumerate(rows):
        columns = _columns(row.cells)
        if columns is None:
            read = [c for c in _by_figures(row.cells, rows[at + 1 :]) if c is not None]
            if read:
                return [(_finding(p, c), p) for c, ps in read for p in ps if not p.holds]
            continue
        products = [p for r in rows[at + 1 :] if (p := _product(r, columns)) is not None]
        kept = [p for p in products if p.holds]
        if len(kept) < _MIN_KEPT:
            return []
        return [(_finding(p, columns), p) for p in products if not p.holds]
    return []


#: A standard's column among several (月保障金(元/人/月), 特困月保障金额(元/人/月)): money
#: said per one unit, by a name of a standard.
_RATE_NAME = re.compile(r"标准|单价|保障金")
_PER_UNIT = re.compile(r"元\s*/\s*[\u4e00-\u9fff]")
_PAID = re.compile(r"金额|资金|补助额|补贴额|发放")
_MIN_HELD = 3


def _by_figures(
    header: tuple[str, ...], rows: list[TableRow]
) -> list[tuple[_Columns, list[_Product]] | None]:
    """Each standard of a header naming several (or none by 标准), its amount the first paid
    column after it and its count the column before it that most rows keep to: three rows at
    least and over half, two of them with a count above one."""
    standards = [
        at for at, cell in enumerate(header) if _RATE_NAME.search(cell) and _PER_UNIT.search(cell)
    ]
    found: list[tuple[_Columns, list[_Product]] | None] = []
    start = 1
    for at, standard in enumerate(standards):
        # its amount before the next standard (one amount after two standards is both's)
        end = standards[at + 1] if at + 1 < len(standards) else len(header)
        paid = (c for c in range(standard + 1, end) if _PAID.search(header[c]))
        amount = next(paid, None)
        if amount is None:
            break
        found.append(_best_count(header, rows, (start, standard, amount)))
        start = amount + 1
    return found


def _unit_of(name: str) -> str | None:
    """What a count column counts: 户 (残疾人家庭户数), or 人 (特困人数, 补贴对象（名）)."""
    if "户" in name:
        return "户"
    return "人" if "人" in name or "名" in name else None


def _best_count(
    header: tuple[str, ...], rows: list[TableRow], at: tuple[int, int, int]
) -> tuple[_Columns, list[_Product]] | None:
    start, standard, amount = at
    per_period = _PER_PERIOD.search(header[standard]) is not None
    if per_period and _PER_PERIOD.search(header[amount]) is None and "月" not in header[amount]:
        return None  # a month's standard, not a month's amount
    unit = _PER_UNIT.search(header[standard])
    per = unit.group(0)[-1] if unit else ""
    best: tuple[tuple[bool, int], _Columns, list[_Product]] | None = None
    for count in (c for c in range(start, amount) if c != standard):
        columns = _Columns(standard, count, amount, None, Decimal(1), Decimal(1), False)
        products = [p for r in rows if (p := _product(r, columns)) is not None]
        held = [p for p in products if p.holds]
        many = sum(1 for p in held if (v := _value(p.row.cells[count])) and v.value > 1)
        # (a count of 户 and one of 人 that agree in most rows: the standard's unit decides)
        rank = (_unit_of(header[count]) == per, len(held))
        enough = len(held) >= _MIN_HELD and len(held) * 2 > len(products) and many >= 2
        if enough and (best is None or rank > best[0]):
            best = (rank, columns, products)
    return None if best is None else (best[1], best[2])


def check_product_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Rows of a table of standards and counts whose amount is not their product."""
    return [finding for rows in doc_tables(doc) for finding in _table_findings(rows)]

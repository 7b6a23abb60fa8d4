"""A 自评表 whose indicator rows give their 权重 and leave the 得分 blank, read cell by cell
with its blank cells kept (a budget system's page, one cell to a line, each closed by " |",
a blank cell a line of its own; the blank cells closing a row may be lost):

    预算执行情况(10分) | … | 总额 | 238.93 | 251.89 | 251.89 | 100.00% | 10 | |
    绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值
        | 权重 | 得分 | 未完成原因分析 |
    产出指标 | 数量指标 | 覆盖率 | = | 100 | % | | 60 | | |
    效益指标 | 社会效益指标 | 保障率 | = | 100 | % | | 30 | | |
    合计 | 100 |

The rows' 权重 are held to the block that names them (绩效指标(90分)) and, with the 预算执行
weight, to the 合计. Each row fills the header's columns exactly; a row that does not, or a
table with no 合计 (an excerpt cut it), leaves the table alone, as does a table whose rows
carry 得分 (the scored readers take those).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import funds_rows

_HEAD_CELL = re.compile(
    r"^(?:[一二三]级指标|指标性质|(?:年度)?指标值|度量单位|计量单位|(?:实际)?完成值|权重|分值"
    r"|得分|备注|.{0,8}原因.{0,8})$"
)
#: The block that holds the indicator rows, its weight in its label.
_HOLDER = re.compile(r"^(?:绩效指标|年度绩效指标|绩效目标)\s*[（(](?P<points>\d{1,3})\s*分?[)）]$")
#: The 资金 block's weight, in its label or as the 分值 of its row.
_FUNDS_WEIGHT = re.compile(r"预算执行(?:情况|率)?\s*[（(](?P<points>\d{1,3})\s*分?[)）]")
_TOTAL = re.compile(r"^(?:合计|总分|总计)$")
#: A cell that opens the next row, or the 合计.
_ROW_START = re.compile(r"^(?:产出|效益|满意度|成本)指标$|^(?:合计|总分|总计)$")
_BARS = re.compile(r"^[|｜\s]+$")
_MAX = Decimal(100)
_MIN_COLUMNS = 5

Cell = tuple[str, Paragraph]


@dataclass(frozen=True, slots=True)
class _Table:
    weights: list[Decimal]
    total: Cell
    holder: Cell | None


def _cells(doc: ReportDoc) -> list[Cell]:
    """Every cell of the document in order, a line of bars alone (“|”) a blank cell."""
    return [
        (cell.strip(), p)
        for p in doc.paragraphs
        for cell in (p.cells or ([""] if _BARS.match(p.text) else []))
    ]


def _header(cells: list[Cell], at: int) -> tuple[int, int] | None:
    """The header's width and its 权重 column, for a header starting at ``at``; None when
    the header has no 权重 or too few columns."""
    width = 0
    while at + width < len(cells) and _HEAD_CELL.match(cells[at + width][0]):
        width += 1
    names = [text for text, _ in cells[at : at + width]]
    weight = next((i for i, name in enumerate(names) if name in ("权重", "分值")), None)
    if width < _MIN_COLUMNS or weight is None or "得分" not in names:
        return None
    return width, weight


def _weight(text: str) -> Decimal | None:
    value = figure(text)
    if value is None or value.percent or not 0 < value.value <= _MAX:
        return None
    return value.value


def _rows(
    cells: list[Cell], start: int, width: int, weight: int
) -> tuple[list[Decimal], int] | None:
    """The rows' weights from ``start`` up to the 合计 cell, and where that cell is; None
    when a row does not fill the columns, carries a 得分, or the table runs out."""
    weights: list[Decimal] = []
    score = weight + 1
    position = start
    while position < len(cells):
        if _TOTAL.match(cells[position][0]):
            return (weights, position) if weights else None
        row = _row(cells, position, width, weight)
        value = _weight(row[weight]) if len(row) > weight else None
        if value is None or any(_TOTAL.match(t) or _HEAD_CELL.match(t) for t in row):
            return None
        if score < len(row) and row[score]:
            return None  # a scored row: the scored readers take the table
        weights.append(value)
        position += len(row)
    return None


def _row(cells: list[Cell], position: int, width: int, weight: int) -> list[str]:
    """The row's cells from ``position``: as many as the header has, or fewer where the next
    row or the 合计 starts after its 权重 (the blank cells closing a row are lost where an
    export broke its line)."""
    row = [text for text, _ in cells[position : position + width]]
    cut = next((i for i in range(weight + 1, len(row)) if _ROW_START.match(row[i])), len(row))
    return row[:cut]


def _total(cells: list[Cell], at: int) -> Cell | None:
    """The 合计's weight: the first cell after it that is not blank, when a figure of points
    (above 100 when it is wrong)."""
    after = next((cell for cell in cells[at + 1 : at + 4] if cell[0]), None)
    value = figure(after[0]) if after is not None else None
    wrong_total = value is not None and not value.percent and 0 < value.value <= 2 * _MAX
    return after if wrong_total else None


def _tables(cells: list[Cell]) -> Iterator[_Table]:
    for at, (text, _) in enumerate(cells):
        if not text.endswith("一级指标"):
            continue
        header = _header(cells, at)
        if header is None:
            continue
        read = _rows(cells, at + header[0], *header)
        total = _total(cells, read[1]) if read is not None else None
        if read is None or total is None:
            continue
        before = [cell for cell in cells[max(0, at - 2) : at] if _HOLDER.match(cell[0])]
        yield _Table(read[0], total, before[-1] if before else None)


def _funds_weight(doc: ReportDoc) -> Decimal | None:
    """The 资金 block's weight: its row's 分值, or the weight its label gives."""
    for row in funds_rows(doc):
        weight = row.columns.get("weight")
        if weight is not None and not weight.percent:
            return weight.value
    found = (m for p in doc.paragraphs if (m := _FUNDS_WEIGHT.search(p.text)))
    match = next(found, None)
    return Decimal(match.group("points")) if match else None


def _points(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _holder_finding(table: _Table) -> ReviewFinding | None:
    if table.holder is None:
        return None
    label, paragraph = table.holder
    match = _HOLDER.match(label)
    stated, added = (
        Decimal(match.group("points")) if match else None,
        sum(table.weights, Decimal(0)),
    )
    if stated is None or stated == added:
        return None
    listed = "＋".join(_points(w) for w in table.weights)
    message = (
        f"“{label}”下各项指标权重{listed}＝{_points(added)}分，与其分值{_points(stated)}分不符。"
    )
    return make_finding(
        "weight-total-mismatch",
        paragraph,
        message,
        stated=_points(stated),
        recomputed=_points(added),
    )


def _total_finding(table: _Table, funds: Decimal | None) -> ReviewFinding | None:
    text, paragraph = table.total
    stated, rows = Decimal(text), sum(table.weights, Decimal(0))
    if stated == rows or (funds is not None and stated == rows + funds):
        return None
    if funds is None and stated > rows:
        return None  # the part of the total outside the rows is not written
    added = rows + (funds or 0)
    listed = "＋".join(_points(w) for w in ([funds] if funds else []) + table.weights)
    head = "预算执行与各项指标权重" if funds else "各项指标权重"
    message = f"合计分值{text}分，而{head}{listed}＝{_points(added)}分，两者不符，分值设置有误。"
    return make_finding(
        "weight-total-mismatch", paragraph, message, stated=text, recomputed=_points(added)
    )


def check_blank_weights(doc: ReportDoc) -> list[ReviewFinding]:
    """The 权重 of a weights-only indicator block read cell by cell, against its block's
    weight and the 合计."""
    tables = list(_tables(_cells(doc)))
    if not tables:
        return []
    funds = _funds_weight(doc)
    found = [f for t in tables for f in (_holder_finding(t), _total_finding(t, funds))]
    return [finding for finding in found if finding is not None]

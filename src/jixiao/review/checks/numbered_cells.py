"""An allocation table saved one cell to a line with no bars, its rows numbered by 序号:

    序号 / 村名 / 项目名称 / 建设内容 / 资金金额 /
    1 / 苗儿村 / 水果基地 / 续建 / 20 / 2 / … / 7 / 邓家村 / 果园建设 / 续建 / 25 /
    小计 / 160 / 8 / … / 小计 / 236 / 16 / 小额信贷贴息 / 12 / 合计 / 408

Each numbered row is its number and as many cells as the header names after 序号, the last
its amount; a 小计 line and its amount close the rows since the last one, and the 合计 adds
the 小计 and the rows under none. A row that does not keep that shape leaves the table alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import column_slack
from jixiao.review.tables.cells import figure
from jixiao.review.text.quantities import fmt

_NUMBER = re.compile(r"^\d{1,3}$")
_HEADER_CELL = re.compile(r"^[\u4e00-\u9fff（）()]{2,10}$")
_SUBTOTAL = re.compile(r"^小\s*计$")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计)$")
#: An amount cell, a note after it in brackets (“10(其中,灾情因素6万元)”).
_AMOUNT = re.compile(r"^(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?:[（(].*)?$")
MIN_COLUMNS = 3
MAX_COLUMNS = 8


@dataclass
class _Group:
    """Rows under one 小计 (or under none), with the 小计 line that closes them."""

    amounts: list[Figure] = field(default_factory=list)
    total: tuple[Paragraph, Figure] | None = None


def _amount(text: str) -> Figure | None:
    match = _AMOUNT.match(text.strip())
    return figure(match.group("num")) if match else None


def _width(lines: list[Paragraph], at: int) -> int | None:
    """The header's cells from 序号 at ``at`` to the first row's number 1."""
    for width in range(MIN_COLUMNS, MAX_COLUMNS + 1):
        names = lines[at + 1 : at + width]
        if at + width < len(lines) and lines[at + width].text.strip() == "1":
            return width if all(_HEADER_CELL.match(n.text.strip()) for n in names) else None
    return None


def _groups(
    lines: list[Paragraph], start: int, width: int
) -> tuple[list[_Group], tuple[Paragraph, Figure]] | None:
    """The rows from ``start`` grouped by their 小计 lines, and the 合计 closing them."""
    groups: list[_Group] = []
    here, at, number = _Group(), start, 1
    while at + 1 < len(lines):
        text = lines[at].text.strip()
        if _TOTAL.match(text):
            total = _amount(lines[at + 1].text)
            return ([*groups, here], (lines[at], total)) if total is not None else None
        if _SUBTOTAL.match(text):
            value = _amount(lines[at + 1].text)
            if value is None:
                return None
            here.total = (lines[at], value)
            groups.append(here)
            here, at = _Group(), at + 2
            continue
        end = _row_end(lines, at, width, number) if text == str(number) else None
        value = _amount(lines[end - 1].text) if end is not None else None
        if end is None or value is None:
            return None
        here.amounts.append(value)
        at, number = end, number + 1
    return None


def _row_end(lines: list[Paragraph], at: int, width: int, number: int) -> int | None:
    """Where the row numbered at ``at`` ends: after as many cells as the header names when
    the next row or a 小计/合计 starts there, else (merged cells) at the first line that does."""

    def starts(k: int) -> bool:
        text = lines[k].text.strip() if k < len(lines) else ""
        return text == str(number + 1) or bool(_SUBTOTAL.match(text) or _TOTAL.match(text))

    if starts(at + width):
        return at + width
    return next((k for k in range(at + 2, at + width) if starts(k)), None)


def _finding(
    line: Paragraph, stated: Figure, parts: list[Figure], what: str
) -> ReviewFinding | None:
    added = sum((p.value for p in parts), Decimal(0))
    if abs(added - stated.value) <= column_slack(stated, parts) or len(parts) < 2:
        return None
    places = max(f.places for f in [stated, *parts])
    message = (
        f"表中“{line.text.strip()}”为{stated.text}，{what}{'＋'.join(p.text for p in parts)}"
        f"＝{fmt(added, places)}，相差{fmt(abs(added - stated.value), places)}，请核实。"
    )
    return make_finding(
        "sum-mismatch", line, message, stated=stated.text, recomputed=fmt(added, places)
    )


def _table_findings(lines: list[Paragraph], at: int) -> Iterator[ReviewFinding]:
    width = _width(lines, at)
    read = _groups(lines, at + width, width) if width else None
    if read is None:
        return
    groups, (total_line, total) = read
    counted: list[Figure] = []
    for group in groups:
        if group.total is not None:
            found = _finding(*group.total, group.amounts, "其上各行之和为")
            if found is not None:
                yield found
            counted.append(group.total[1])
        else:
            counted.extend(group.amounts)
    found = _finding(total_line, total, counted, "各小计及其余各行之和为")
    if found is not None:
        yield found


def check_numbered_cells(doc: ReportDoc) -> list[ReviewFinding]:
    """Each table one cell to a line numbered by 序号: its 小计 and 合计 lines."""
    lines = list(doc.paragraphs)
    return [
        finding
        for at, line in enumerate(lines)
        if line.text.strip() == "序号"
        for finding in _table_findings(lines, at)
    ]

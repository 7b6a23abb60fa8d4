"""The 项目基本概况 block of the Hunan 附件3-2 自评报告, one cell to a line.

“计划安排资金 (万元) 170 | 实际到位资金 (万元) 170 | 实际支出 (万元) 179.6 | 结余(万元) 0”,
then the sources by level of government, each label written once per column and followed
by its figure where the column has one: “其中:中央财政 ×4 | 省财政 170 省财政 170 省财政 170
省财政 | … | 其它 其它 9.6 其它 9.6 其它”. A label with no figure after it is a blank cell,
nothing; the levels split the money, so none of them holds another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.review.model import Paragraph
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import FundsRow

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"(?:\|?[（(]\s*万元\s*[)）])?\|"
_HEADER = re.compile(
    rf"^计划安排资金{_UNIT}(?P<budget>{_NUMBER})\|实际到位资金{_UNIT}(?P<arrived>{_NUMBER})\|"
    rf"实际支出{_UNIT}(?P<executed>{_NUMBER})\|(?:结余{_UNIT}(?P<left>{_NUMBER})\|)?"
)
_LEVEL = re.compile(
    r"^(?:其中[:：]?)?(?P<name>中央财政|省级?财政|市级?财政|[区县]级?财政|其[它他])$"
)
#: The cells the block may take: header, five levels of four columns with their figures.
_LINES = 60
MIN_LEVELS = 2


def _levels(cells: list[str], width: int) -> list[list[Figure | None]]:
    """Each level's figure per column; empty when the cells are not written that way."""
    rows: list[list[Figure | None]] = []
    at = 0
    while at < len(cells) and (name := _name(cells[at])) is not None:
        row: list[Figure | None] = []
        while at < len(cells) and _name(cells[at]) == name:
            value = figure(cells[at + 1]) if at + 1 < len(cells) else None
            row.append(value)
            at += 2 if value is not None else 1
        if len(row) != width or any(v is not None and v.percent for v in row):
            return []
        rows.append(row)
    filled = [row for row in rows if any(value is not None for value in row)]
    return rows if len(rows) >= MIN_LEVELS and filled else []


def _name(cell: str) -> str | None:
    match = _LEVEL.match(cell)
    return match.group("name") if match else None


def level_funds(paragraphs: Sequence[Paragraph], at: int) -> FundsRow | None:
    """The block opening at ``at`` with its levels, or None when it is not written so."""
    cells = [p.text.strip() for p in paragraphs[at : at + _LINES]]
    text = "|".join(cells) + "|"
    match = _HEADER.match(text)
    if match is None:
        return None
    amounts = {k: figure(v) for k, v in match.groupdict().items() if v is not None}
    columns = {k: v for k, v in amounts.items() if v is not None and k != "left"}
    rest = text[match.end() :].strip("|").split("|")
    sources = _levels(rest, len(amounts))
    if len(columns) != len(("budget", "arrived", "executed")) or not sources:
        return None
    return FundsRow(
        paragraphs[at], columns, True, {}, sources, partition=True, blank_is_nothing=True
    )

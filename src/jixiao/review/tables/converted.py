"""The rows of the Hebei 预算项目绩效自评表, each indicator scored twice: … | 符号 | 预期指标值 |
单位 | 单项指标实际完成值 | 单项指标完成情况 | 单项指标得分 | 权重占比(%) | 单项指标折算得分 —
“补贴发放率 … >= 75 %(百分比) 100% 完成 30.00 30.00 9.00”.

Read only under a header naming both the 权重占比 and the 折算得分, on rows written a row to
a line whose last three cells are figures, up to the first line after them that is none (a
table below is not read as them).

A row's 单项指标得分 is marked out of 100 in the form, but units also mark it out of the row's
权重占比 (every 单项指标得分 then at most its 权重占比): the table's own figures tell which
scale it uses, and the row's target and 实际完成值 are read against that full mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.rows import IndicatorRow

_HEADER = re.compile(r"权重占比.{0,12}折算得分")
_ROWS_AFTER = 40
_HUNDRED = Decimal(100)
_OPERATOR = re.compile(r"^(?:[≥≤]|[<>]=?|=)$")
_DONE = re.compile(r"^(?:完成|未完成|部分完成|基本完成|已完成|超额完成|达标|未达标)$")
_DESCRIPTION = 12  # a cell longer than this before the target describes the indicator
_UNIT_NOTE = re.compile(r"[（(][^（()）]*[)）]$")  # “%(百分比)”: the unit, then its name


@dataclass(frozen=True, slots=True)
class ConvertedRow:
    """A row's 单项指标得分, 权重占比 and 折算得分, and its cells before them."""

    paragraph: Paragraph
    cells: tuple[str, ...]
    score: Figure
    share: Figure
    converted: Figure


def _converted_row(paragraph: Paragraph) -> ConvertedRow | None:
    cells = tuple(c.strip() for c in paragraph.cells if c.strip())
    if len(cells) < 4:
        return None
    score, share, converted = (figure(c) for c in cells[-3:])
    if score is None or share is None or converted is None or converted.percent:
        return None
    return ConvertedRow(paragraph, cells[:-3], score, share, converted)


@lru_cache(maxsize=4)
def converted_rows(doc: ReportDoc) -> tuple[ConvertedRow, ...]:
    """The rows under a 权重占比 header, up to the first line after them that is no row."""
    found: list[ConvertedRow] = []
    header: int | None = None
    read = False
    for paragraph in doc.paragraphs:
        if _HEADER.search(paragraph.text.replace(" ", "")):
            header, read = paragraph.index, False
        elif header is not None and paragraph.index - header <= _ROWS_AFTER:
            row = _converted_row(paragraph)
            if row is not None:
                read = True
                found.append(row)
            elif read:
                header = None  # the table ended
    return tuple(found)


def _full_mark(rows: tuple[ConvertedRow, ...]) -> str | None:
    """“share” when every 单项指标得分 is at most its 权重占比 and one reaches it (the unit
    marked each row out of its weight), “hundred” when one passes it, None when a score
    passes 100 or the figures do not tell."""
    if any(r.score.value > _HUNDRED or r.share.value > _HUNDRED for r in rows):
        return None
    if any(r.score.value > r.share.value for r in rows):
        return "hundred"
    return "share" if any(r.score.value == r.share.value for r in rows) else None


def _indicator(row: ConvertedRow, full: Figure) -> IndicatorRow | None:
    """The row as an indicator row marked out of ``full``: its target the 符号, 预期指标值
    and 单位 cells, its 实际完成值 the cell before the 完成情况."""
    cells = row.cells
    if len(cells) < 6 or not _DONE.match(cells[-1]) or not _OPERATOR.match(cells[-5]):
        return None
    operator, value, unit, actual = cells[-5], cells[-4], _UNIT_NOTE.sub("", cells[-3]), cells[-2]
    if figure(value) is None:
        return None
    target = f"{operator}{value}{unit}".replace(">=", "≥").replace("<=", "≤")
    return IndicatorRow(row.paragraph, _name(cells[:-5]), target, actual, full, row.score, False)


def _name(before: tuple[str, ...]) -> str:
    """The 三级指标: the last cell before the target, or the one before it when that is the
    indicator's long description and not a level's name."""
    if len(before) >= 2 and len(before[-1]) > _DESCRIPTION and not before[-2].endswith("指标"):
        return before[-2]
    return before[-1]


def converted_indicators(doc: ReportDoc) -> Iterator[IndicatorRow]:
    """The rows whose target and 实际完成值 could be read, each marked on its table's scale."""
    rows = converted_rows(doc)
    scale = _full_mark(rows)
    if scale is None:
        return
    for row in rows:
        full = row.share if scale == "share" else Figure(_HUNDRED, False, "100")
        indicator = _indicator(row, full)
        if indicator is not None:
            yield indicator

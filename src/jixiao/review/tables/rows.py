"""What a 自评表 holds once recovered: indicator rows, the total, the grade."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure

_CELLS = re.compile(r"[|｜]")
_BARE = re.compile(r"^\d+(?:\.\d+)?%?$")


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """An indicator row: its name, 年度指标值, 实际完成值 (as written), 分值, 得分.

    Attributes:
        paragraph: where the 得分 was read.
        explained: True when the row gives a 偏差原因 (or something follows its 得分).
    """

    paragraph: Paragraph
    name: str
    target: str
    actual: str
    weight: Figure
    score: Figure
    explained: bool


@dataclass(frozen=True, slots=True)
class Total:
    """The 总分/合计 row: its 分值 (when written) and 得分, and where it was read."""

    paragraph: Paragraph
    weight: Figure | None
    score: Figure


@dataclass(slots=True)
class ScoredTable:
    """One indicator block: its rows, then the total and the grade written after it.

    Attributes:
        grade: the 等级 written after the total, with its paragraph, or None.
    """

    rows: list[IndicatorRow] = field(default_factory=list)
    total: Total | None = None
    grade: tuple[Paragraph, str] | None = None


def _bare_figures(text: str) -> list[str]:
    """The cells of ``text`` that hold a figure alone."""
    return [c.strip() for c in _CELLS.split(text) if _BARE.match(c.strip())]


def every_figure_read(
    doc: ReportDoc, rows: Sequence[IndicatorRow], first: Paragraph, end: Paragraph
) -> bool:
    """Every figure standing alone in a cell from ``first`` up to ``end`` (not included) is
    a cell of ``rows``: no row there went unread (it would leave a figure over)."""
    found = [
        cell
        for paragraph in doc.paragraphs
        if first.index <= paragraph.index < end.index
        for cell in _bare_figures(paragraph.text)
    ]
    cells = [
        cell.strip()
        for row in rows
        for cell in (row.target, row.actual, row.weight.text, row.score.text)
        if _BARE.match(cell.strip())
    ]
    return bool(rows) and sorted(found) == sorted(cells)

"""What a 自评表 holds once recovered: indicator rows, the total, the grade."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from itertools import pairwise

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure

_CELLS = re.compile(r"[|｜]")
_BARE = re.compile(r"^\d+(?:\.\d+)?%?$")
_NAME = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class TargetRow:
    """An indicator row of a table with no 分值 column (a Hubei layout): its name, 年度指标值
    and 实际完成值 as written, and the paragraph its 得分 was read in."""

    paragraph: Paragraph
    name: str
    target: str
    actual: str


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


#: Any row with a name, a 年度指标值 and a 实际完成值.
NamedRow = IndicatorRow | TargetRow


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
        whole: every row up to the total was read (the reader proved no figure went
            unread), so the rows' scores make the total's even where their 分值 do not.
    """

    rows: list[IndicatorRow] = field(default_factory=list)
    total: Total | None = None
    grade: tuple[Paragraph, str] | None = None
    whole: bool = False


def _cells(text: str) -> list[str]:
    """The cells of ``text`` that hold something."""
    return [c.strip() for c in _CELLS.split(text) if c.strip()]


def _ordinals(cells: list[str]) -> list[int]:
    """The positions of the 序号 cells: a whole number after a figure (or first) and before
    a name, the numbers counting up one by one (or from 1 again in a new group); none where
    they do not."""
    at = [
        i
        for i, cell in enumerate(cells)
        if cell.isdigit()
        and i + 1 < len(cells)
        and _NAME.search(cells[i + 1])
        and (i == 0 or _BARE.match(cells[i - 1]))
    ]
    numbers = [int(cells[i]) for i in at]
    counting = all(b in (a + 1, 1) for a, b in pairwise(numbers))  # or starting again
    return at if counting else []


def _row_figures(rows: Sequence[IndicatorRow]) -> list[str]:
    """The cells of ``rows`` that hold a figure alone, sorted."""
    cells = (c.strip() for r in rows for c in (r.target, r.actual, r.weight.text, r.score.text))
    return sorted(c for c in cells if _BARE.match(c))


def figures_are_rows(cells: Sequence[str], rows: Sequence[IndicatorRow]) -> bool:
    """Every cell among ``cells`` that holds a figure alone is a cell of ``rows``, and the
    rows have no figure the cells lack: no row among the cells went unread."""
    return sorted(c for c in cells if _BARE.match(c)) == _row_figures(rows)


def every_figure_read(
    doc: ReportDoc, rows: Sequence[IndicatorRow], first: Paragraph, end: Paragraph
) -> bool:
    """Every figure standing alone in a cell from ``first`` up to ``end`` (not included) is
    a cell of ``rows`` or a 序号 counting the rows: no row there went unread (it would leave
    a figure over)."""
    if not rows:
        return False
    cells = [
        cell
        for paragraph in doc.paragraphs
        if first.index <= paragraph.index < end.index
        for cell in _cells(paragraph.text)
    ]
    if figures_are_rows(cells, rows):
        return True
    ordinals = set(_ordinals([*cells, *_cells(end.text)[:1]]))
    kept = [cell for i, cell in enumerate(cells) if i not in ordinals]
    return bool(ordinals) and figures_are_rows(kept, rows)

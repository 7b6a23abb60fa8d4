"""A 自评表 flattened with its labels after its values: a PDF or spreadsheet export that
writes the rows' figures first (“… 95% 95% 30 27 95% 95% 10 9 100 94”) and the indicator
names, then 总分, after them. No row can be named, but the block still adds up: the last run
ends with the total's 分值 and 得分, and the runs before it each end with a row's 分值 and
得分 (the 资金 row's 分值, 执行率, 得分 among them). Read back from the total, the 分值 must
make the total's exactly, or nothing is read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import tokens
from jixiao.review.tables.flat import TOTAL_LABEL
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total

#: The title that opens each table of a document holding several.
_TITLE = re.compile(r"自评表")
Run = list[tuple[Token, Figure]]


def _runs(stream: list[Token]) -> list[Run]:
    """The runs of figure cells in ``stream``, in order."""
    runs: list[Run] = [[]]
    for token in stream:
        found = figure(token.text)
        if found is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((token, found))
    return [run for run in runs if run]


def _points(cell: Figure, most: Decimal = MAX_WEIGHT) -> bool:
    return not cell.percent and "," not in cell.text and 0 <= cell.value <= most


#: How far a score may pass its 分值 and still be read as its pair (12 given of 10: the fault
#: the over-weight check names); the block's 分值 must still make the total's exactly.
_OVER = Decimal("1.5")


def _pair(weight: Figure, score: Figure) -> bool:
    """A whole number of points written as one (50.00 is an amount) and a score not far
    above it."""
    whole = weight.places == 0 and weight.value > 0
    return _points(weight) and whole and _points(score, weight.value * _OVER)


def _row_at(run: Run, end: int) -> tuple[int, Figure, Figure] | None:
    """The row ending at cell ``end`` of ``run``: “10 9”, or the 资金 row's “10 99% 9”;
    with the number of cells it takes."""
    cells = [cell for _, cell in run[: end + 1]]
    if len(cells) >= 3 and cells[-2].percent and _pair(cells[-3], cells[-1]):
        return 3, cells[-3], cells[-1]
    if len(cells) >= 2 and _pair(cells[-2], cells[-1]):
        return 2, cells[-2], cells[-1]
    return None


def _block(runs: list[Run]) -> ScoredTable | None:
    """The rows read back from the last run, whose last two cells are the total's."""
    last = [cell for _, cell in runs[-1]]
    if len(last) < 2 or last[-2].value != MAX_WEIGHT or not _pair(last[-2], last[-1]):
        return None  # the total's 分值 100 and its 得分 (above 100 where a row passes its 分值)
    table = ScoredTable(total=Total(runs[-1][-1][0].paragraph, last[-2], last[-1]))
    weights = Decimal(0)
    for run in reversed([*runs[:-1], runs[-1][:-2]]):
        end = len(run) - 1
        while end >= 0:
            found = _row_at(run, end)
            if found is None:
                end -= 1  # a 指标值 or 完成值, an amount: not points
                continue
            taken, weight, score = found
            weights += weight.value
            if weights > MAX_WEIGHT:
                return None
            name = f"倒数第{len(table.rows) + 1}行"
            table.rows.insert(
                0, IndicatorRow(run[end][0].paragraph, name, "", "", weight, score, True)
            )
            if weights == MAX_WEIGHT:
                return table
            end -= taken
    return None


def _orphan_total(stream: list[Token], at: int) -> bool:
    """A 总分 cell with no figure after it: its figures were written before the names."""
    following = stream[at + 1].text if at + 1 < len(stream) else ""
    return bool(TOTAL_LABEL.match(stream[at].text)) and figure(following) is None


def trailing_tables(doc: ReportDoc) -> list[ScoredTable]:
    """Each table (from its 自评表 title to the next) whose 总分 stands alone after the names
    and whose figures, read back from the last run before the names, add up as a block."""
    stream = list(tokens(doc))
    starts = [i for i, t in enumerate(stream) if _TITLE.search(t.text)] or [0]
    tables: list[ScoredTable] = []
    for start, end in zip(starts, [*starts[1:], len(stream)], strict=True):
        orphan = next((i for i in range(start, end) if _orphan_total(stream, i)), None)
        if orphan is None:
            continue
        runs = _runs(stream[start:orphan])
        table = _block(runs) if runs else None
        if table is not None:
            tables.append(table)
    return tables

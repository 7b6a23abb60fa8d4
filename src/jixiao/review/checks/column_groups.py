"""Columns that add up across each row: a 小计 or 合计 column and the columns of its group.

    镇街     年度任务(户)          第一批已拨付(万元)   本次应拨付补助资金(万元)
             小计 C级 D级 无房     C级 D级 无房          小计 C级 D级 无房
    宝顶镇   9    5   4   0        2.25 14  0            1.5  1.5 0   0

    地区     | 已预下达 | 本次下达 | 合计下达 |
    苍南县   | 2862     | 772      | 3634     |

A 小计 or 合计 header cell heads the distinct columns right after it (up to the next such
cell or a name said again), or closes the columns before it (or fewer of them, nearest it
first). Which reading holds is told by
the rows themselves: the one most rows follow, when two rows at least and more than half of
them follow it; a row that does not is wrong. A blank or dashed cell holds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.total_rows import NO_SUM
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import ZERO
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import column_slack
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.text.quantities import fmt

_TOTAL = re.compile(r"小计|合计|总计")
_MIN_ROWS = 2


@dataclass(frozen=True, slots=True)
class _Group:
    total: int  # the column of the 小计 or 合计, counted among the row's figures
    parts: tuple[int, ...]


def _after(names: list[str], at: int) -> tuple[int, ...]:
    """The distinct columns right after ``at``, up to the next total or a name said again; a
    其中 column among them (其中:土地出让收入 after 政府性基金) is part of the one before it, not
    of the total."""
    parts: list[int] = []
    for column in range(at + 1, len(names)):
        if _TOTAL.search(names[column]) or names[column] in {names[p] for p in parts}:
            break
        if parts and names[column].startswith("其中"):
            continue
        parts.append(column)
    return tuple(parts)


def _readings(names: list[str]) -> list[list[_Group]]:
    """For each total column, the groups it may close: the columns after it (up to the next
    total or a name said again), or those before it back to the last total — or fewer of
    them, nearest the total first (a count column may stand before the amounts)."""
    readings: list[list[_Group]] = []
    for at, name in enumerate(names):
        if not _TOTAL.search(name) or NO_SUM.search(name):
            continue
        after = _after(names, at)
        before: list[int] = []
        for column in range(at - 1, -1, -1):
            if _TOTAL.search(names[column]) or names[column] in {names[p] for p in before}:
                break
            before.insert(0, column)
        # the columns after it and those before it are two readings: a 集中+分散合计 may
        # close 集中 and 分散 before it and split again into 供养资金 and 护理补贴 after it
        if after and names[after[0]].startswith("其中"):
            after = ()  # (其中：中央资金 | 省级资金: some of the total, not all of it)
        if {names[c] for c in after} & {names[c] for c in before}:
            before = []  # (the columns after it named as those before: another group's)
        after_options = [_Group(at, after[:size]) for size in range(len(after), 1, -1)]
        before_options = [_Group(at, tuple(before[-size:])) for size in range(len(before), 1, -1)]
        readings.extend(options for options in (after_options, before_options) if options)
    return readings


def _label_at(row: TableRow) -> int:
    """The cell holding the row's label (after a 序号 cell, when there is one)."""
    for at, cell in enumerate(row.cells):
        if row.label and cell.replace(" ", "") == row.label:
            return at
    return -1


def _figures(row: TableRow, width: int, skip: int) -> list[Figure | None] | None:
    """The row's ``width`` cells after the ``skip`` cells of its label (and 序号), or after
    its label when a figure stands among those (a 合计 row with no 序号), as figures (a blank
    one holds nothing); None when one holds something else or is a percentage."""
    lead = range(min(skip, len(row.cells)))
    start = skip if all(row.value(c) is None for c in lead) else _label_at(row) + 1
    if len(row.cells) < start + width:
        return None
    found: list[Figure | None] = []
    for column in range(start, start + width):
        value = row.value(column)
        if value is None and not row.blank(column):
            return None
        if value is not None and value.percent:
            return None
        found.append(value)
    return found


def _holds(group: _Group, figures: list[Figure | None], exact: bool) -> bool | None:
    """Whether the row's group adds up (to the figure, or within the rounding written);
    None when all of it is blank."""
    cells = [figures[group.total], *(figures[p] for p in group.parts)]
    if all(c is None for c in cells):
        return None
    total = figures[group.total] or ZERO
    parts = [figures[p] or ZERO for p in group.parts]
    gap = abs(sum((p.value for p in parts), Decimal(0)) - total.value)
    return gap == 0 if exact else gap <= column_slack(total, parts)


def _whole(group: _Group, rows: list[tuple[TableRow, list[Figure | None]]]) -> bool:
    """Every figure of the group written whole (counts, or amounts allotted in whole units)."""
    cells = [f[c] for _, f in rows for c in (group.total, *group.parts)]
    return all(c is None or c.places == 0 for c in cells)


_REMARK = re.compile(r"备注|说明|附注|备注说明")


def _without_remarks(names: list[str], width: int) -> list[str]:
    """The header's names less a 备注 column last, when wider than the rows (the rows left it
    blank and their blank cells were dropped)."""
    while len(names) > width and _REMARK.fullmatch(names[-1]):
        names = names[:-1]
    return names


def _header(table: list[TableRow], end: int, width: int, skip: int) -> list[str] | None:
    """The header row with a total whose cells name the rows' ``width`` figure columns (its
    first ``skip`` cells naming the columns before them, or its first one the label's)."""
    rows = [[re.sub(r"\s+", "", cell) for cell in row.cells if cell.strip()] for row in table[:end]]
    # (two rows: the last cell of the first merged over the second's, “重点项目” over
    # “提前下达数 | 本次下达数”)
    merged = [a[:-1] + [a[-1] + b_name for b_name in b] for a, b in pairwise(rows) if a and b]
    exact = [names[skip:] for names in merged if len(names) == width + skip]
    for cells in [*exact, *rows]:
        row = _without_remarks(cells, width + skip)
        names = row
        if len(row) == width + skip:
            names = row[skip:]
        elif len(row) == width + 1:
            names = row[1:]
        if len(names) == width and any(_TOTAL.search(n) for n in names):
            return names
    return None


def _table_findings(table: list[TableRow]) -> Iterator[ReviewFinding]:
    end = header_end(table)
    body = table[end:]
    skip = max((_label_at(row) + 1 for row in body), default=0)
    widths = [len(row.cells) - skip for row in body]
    for width in sorted(set(widths), reverse=True):
        names = _header(table, end, width, skip)
        if names is None:
            continue
        rows = [(row, f) for row in body if (f := _figures(row, width, skip)) is not None]
        said: set[tuple[int, int]] = set()  # a wrong total breaks both its readings: once
        for options in _readings(names):
            for finding, key in _group_findings(names, rows, options):
                if key not in said:
                    said.add(key)
                    yield finding
        return


def _group_findings(
    names: list[str], rows: list[tuple[TableRow, list[Figure | None]]], options: list[_Group]
) -> Iterator[tuple[ReviewFinding, tuple[int, int]]]:
    """The rows that break the reading most rows follow (exactly, when all its figures are
    whole: then a gap within rounding is told as a 尾差)."""
    best: tuple[int, _Group, bool] | None = None
    for group in options:
        exact = _whole(group, rows)
        verdicts = [_holds(group, figures, exact) for _, figures in rows]
        held = sum(1 for v in verdicts if v)
        judged = sum(1 for v in verdicts if v is not None)
        if held >= _MIN_ROWS and held * 2 > judged and (best is None or held > best[0]):
            best = (held, group, exact)
    if best is None:
        return
    _, group, exact = best
    for row, figures in rows:
        if _holds(group, figures, exact) is False:
            finding = _finding(names, group, row, figures)
            if finding is not None:
                yield finding, (row.paragraph.index, group.total)


def _finding(
    names: list[str], group: _Group, row: TableRow, figures: list[Figure | None]
) -> ReviewFinding | None:
    total = figures[group.total] or ZERO
    parts = [figures[p] or ZERO for p in group.parts]
    added = sum((p.value for p in parts), Decimal(0))
    rounding = abs(added - total.value) <= column_slack(total, parts)
    if not rounding and unexplained_sum(total, parts, known=True) is None:
        return None
    places = max(f.places for f in [total, *parts])
    listed = "＋".join(f"{names[p]}{f.text}" for p, f in zip(group.parts, parts, strict=True))
    said = (
        f"表中“{row.label}”行“{names[group.total]}”栏为{total.text}，而同组各栏{listed}"
        f"＝{fmt(added, places)}，相差{fmt(abs(added - total.value), places)}"
    )
    code = "sum-rounding-gap" if rounding else "sum-mismatch"
    message = said + ("；同表多数行各栏相加相符，应核实是否为尾差。" if rounding else "，请核实。")
    return make_finding(
        code, row.paragraph, message, stated=total.text, recomputed=fmt(added, places)
    )


def check_column_groups(doc: ReportDoc) -> list[ReviewFinding]:
    """Each row's 小计 or 合计 columns against the columns of their group."""
    return [finding for table in doc_tables(doc) for finding in _table_findings(table)]

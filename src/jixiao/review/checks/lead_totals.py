"""合计 rows written above their members, as an allocation table by region lays them out:

    地区        | 已预下达 | 本次下达 | 合计下达 |
    温州市合计  | 7609     | 2053     | 9662     |
    永嘉县      | 964      | 260      | 1224     |
    …
    金华市合计  | 1153     | 311      | 1464     |
    磐安县      | 442      | 119      | 561      |
    武义县      | 711      | 192      | 903      |
    衢州市合计  | …

Each 合计 row heads the rows after it up to the next 合计 row; the last group of a table runs
to its end, unless a page break may cut it (the header said again, or the excerpt's end).
The rows must show the reading holds, column by column: half the groups at least add up to
their 合计, one of them of two rows or more; a group that does not is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.checks.total_rows import money_value
from jixiao.review.checks.total_rows import sum_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import column_slack
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end

_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:合计|小计)$")
_MIN_GROUPS = 2
_MIN_MEMBERS = 2


@dataclass(frozen=True, slots=True)
class _Group:
    head: TableRow
    members: tuple[TableRow, ...]


#: A table's grand total, which may stand above the first 合计 row of a group.
_GRAND = re.compile(r"^(?:合\s*计|总\s*计|总\s*分)")


def _groups(rows: list[TableRow], closed: bool) -> list[_Group]:
    """Each 合计 row with the rows after it, up to the next 合计 row (the last group to the
    table's end when the table is ``closed``). None when rows of a group stand before the
    first 合计 row: the 小计 rows close their groups (“决策小计” after 决策's rows)."""
    heads = [at for at, row in enumerate(rows) if _LEAD.match(row.label)]
    if heads and sum(not _GRAND.match(row.label) for row in rows[: heads[0]]) >= _MIN_MEMBERS:
        return []
    ends = heads[1:] + ([len(rows)] if closed else [])
    return [
        _Group(rows[at], tuple(rows[at + 1 : after]))
        for at, after in zip(heads, ends, strict=False)
        if after - at > 1
    ]


def _closed(doc: ReportDoc, table: list[TableRow]) -> bool:
    """The table ends here: text follows it that is not its header again (a page break)."""
    last = table[-1].paragraph
    if doc.cut_off() is last or last.index >= len(doc.paragraphs):
        return False
    after = doc.paragraphs[last.index]
    return after.cells != table[0].paragraph.cells and doc.cut_off() is not after


def _column(group: _Group, column: int) -> tuple[Figure, list[Figure]] | None:
    total = money_value(group.head, column)
    members = [money_value(row, column) for row in group.members]
    if total is None or any(m is None for m in members):
        return None
    return total, [m for m in members if m is not None]


def _holds(total: Figure, members: list[Figure]) -> bool:
    added = sum((m.value for m in members), Decimal(0))
    return abs(added - total.value) <= column_slack(total, members)


def _table_findings(table: list[TableRow], closed: bool) -> Iterator[ReviewFinding]:
    body = table[header_end(table) :]
    groups = _groups(body, closed)
    if len(groups) < _MIN_GROUPS:
        return
    width = max(len(row.cells) for row in body)
    for column in range(1, width):
        read = [(g, c) for g in groups if (c := _column(g, column)) is not None]
        held = [members for _, (total, members) in read if _holds(total, members)]
        if not any(len(members) >= _MIN_MEMBERS for members in held) or len(held) * 2 < len(read):
            continue  # no group of two rows or more, nor half the groups, adds up
        for group, (total, members) in read:
            if not _holds(total, members):
                parts = list(zip(group.members, members, strict=True))
                found = sum_finding(group.head, total, parts, "", "其下", known=True)
                if found is not None:
                    yield found


def check_lead_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 合计 row written above its rows against them, column by column."""
    return [
        finding
        for table in doc_tables(doc)
        for finding in _table_findings(table, _closed(doc, table))
    ]

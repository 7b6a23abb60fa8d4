"""合计 rows written above their members, as an allocation table by region lays them out:

    地区        | 已预下达 | 本次下达 | 合计下达 |
    温州市合计  | 7609     | 2053     | 9662     |
    永嘉县      | 964      | 260      | 1224     |
    …
    金华市合计  | 1153     | 311      | 1464     |
    磐安县      | 442      | 119      | 561      |
    武义县      | 711      | 192      | 903      |
    衢州市合计  | …

Each 合计 row heads the rows after it up to the next 合计 row; the last group of a table is
left alone (a page may cut it). The rows must show the reading holds: in most groups, two at
least, each column's rows add up to their 合计; a group that does not is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

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


@dataclass(frozen=True, slots=True)
class _Group:
    head: TableRow
    members: tuple[TableRow, ...]


def _groups(rows: list[TableRow]) -> list[_Group]:
    """Each 合计 row with the rows after it, closed by the next 合计 row."""
    heads = [at for at, row in enumerate(rows) if _LEAD.match(row.label)]
    return [
        _Group(rows[at], tuple(rows[at + 1 : after]))
        for at, after in pairwise(heads)
        if after - at > 1
    ]


def _column(group: _Group, column: int) -> tuple[Figure, list[Figure]] | None:
    total = money_value(group.head, column)
    members = [money_value(row, column) for row in group.members]
    if total is None or any(m is None for m in members):
        return None
    return total, [m for m in members if m is not None]


def _holds(total: Figure, members: list[Figure]) -> bool:
    added = sum((m.value for m in members), Decimal(0))
    return abs(added - total.value) <= column_slack(total, members)


def _table_findings(table: list[TableRow]) -> Iterator[ReviewFinding]:
    body = table[header_end(table) :]
    groups = _groups(body)
    if len(groups) < _MIN_GROUPS:
        return
    width = max(len(row.cells) for row in body)
    for column in range(1, width):
        read = [(g, c) for g in groups if (c := _column(g, column)) is not None]
        held = sum(1 for _, (total, members) in read if _holds(total, members))
        if held < _MIN_GROUPS or held * 2 <= len(read):
            continue
        for group, (total, members) in read:
            if not _holds(total, members):
                parts = list(zip(group.members, members, strict=True))
                found = sum_finding(group.head, total, parts, "", "其下", known=True)
                if found is not None:
                    yield found


def check_lead_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 合计 row written above its rows against them, column by column."""
    return [finding for table in doc_tables(doc) for finding in _table_findings(table)]

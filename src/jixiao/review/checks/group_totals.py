"""A table whose rows stand in numbered groups, each group row carrying the sum of the rows
under it, and a 合计 over the groups:

    乡镇         | 合计   | 中央资金 | 省级资金
    一、山区乡镇 | 73.00  | 50.00    | 23.00
    甲镇         | 42.60  | 30.00    | 12.60
    乙乡         | 30.40  | 20.00    | 10.40
    二、平原乡镇 | 83.00  | 60.00    | 23.00
    …
    合计         | 156.00 | 110.00   | 46.00

A group left blank on its numbered row may carry its sum on a 小计 row that closes it. The
table says how it nests only when one column shows it: there every group's sum is the sum of
its rows. Then, in each column, a group against its rows and the 合计 against the groups.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.review.checks.total_rows import NO_SUM
from jixiao.review.checks.total_rows import SUBTOTAL
from jixiao.review.checks.total_rows import TOTAL_LABEL
from jixiao.review.checks.total_rows import all_blank
from jixiao.review.checks.total_rows import money_value
from jixiao.review.checks.total_rows import sum_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names

#: A group row's label: numbered in the outline (一、山区乡镇).
_GROUP = re.compile(r"^[一二三四五六七八九十]+、")
_MIN_GROUPS = 2
_MIN_MEMBERS = 2

Group = tuple[TableRow, list[TableRow]]


def _groups(rows: list[TableRow]) -> list[Group] | None:
    """The rows as groups, each opened by its numbered row; None when a row stands before
    the first group or a group has fewer than two rows."""
    groups: list[Group] = []
    for row in rows:
        if _GROUP.match(row.label):
            groups.append((row, []))
        elif not groups:
            return None
        else:
            groups[-1][1].append(row)
    groups = [_closed(head, members) for head, members in groups]
    if len(groups) < _MIN_GROUPS or any(len(members) < _MIN_MEMBERS for _, members in groups):
        return None
    return groups


def _closed(head: TableRow, members: list[TableRow]) -> Group:
    """A group whose numbered row is left blank and whose 小计 row closes it carries its sum
    on that row: the 小计 is the group's row."""
    if all_blank(head) and members and SUBTOTAL.match(members[-1].label):
        return replace(members[-1], label=f"{head.label}小计"), members[:-1]
    return head, members


def _column_holds(groups: list[Group], column: int) -> bool:
    """In ``column`` every group row is the sum of its rows."""
    for head, members in groups:
        total = money_value(head, column)
        parts = [money_value(row, column) for row in members]
        if total is None or any(p is None for p in parts):
            return False
        if not adds_up(total, [p for p in parts if p is not None]):
            return False
    return True


def _table_findings(table: list[TableRow]) -> list[ReviewFinding]:
    start = header_end(table)
    at = next((i for i in range(start, len(table)) if TOTAL_LABEL.match(table[i].label)), None)
    names = header_names(table, start) if start else None
    if at is None or names is None or at != len(table) - 1:
        return []
    if start > 1 and _GROUP.match(table[start - 1].label):
        start -= 1  # the first group's row left blank stands in the header's run
    groups = _groups(table[start:at])
    columns = [c for c, name in enumerate(names) if c and not NO_SUM.search(name)]
    if groups is None or not any(_column_holds(groups, c) for c in columns):
        return []
    findings: list[ReviewFinding] = []
    for column in columns:
        total = money_value(table[at], column)
        heads = [(head, money_value(head, column)) for head, _ in groups]
        if total is None or any(v is None for _, v in heads):
            continue
        for head, members in groups:
            parts = [(row, money_value(row, column)) for row in members]
            value = money_value(head, column)
            if value is not None and all(v is not None for _, v in parts):
                found = sum_finding(
                    head, value, [(r, v) for r, v in parts if v], names[column], "其下"
                )
                findings.extend([found] if found else [])
        found = sum_finding(table[at], total, [(r, v) for r, v in heads if v], names[column])
        findings.extend([found] if found else [])
    return findings


def check_group_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """Each numbered group against its rows, and the 合计 against the groups."""
    return [finding for table in doc_tables(doc) for finding in _table_findings(table)]

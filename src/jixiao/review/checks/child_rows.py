"""A numbered row of a table and the unnumbered rows right under it, its members (a 财政收入
table's tax split by who collects it):

    3、企业所得税40% | 14,495 | 10,220 | 11,212 | -992 | -8.8 | …
    国税征收         |  9,581 |  7,357 |  3,372 | 3,985 | 118.2 | …
    地税征收         |  4,941 |  2,863 |  7,840 | -4,977 | -63.5 | …

The members run to the next numbered row (a 其中 row opens a part list, which may leave rows
out: the group is left alone), every row as wide as the numbered one. The rows tell which
columns add up: a group whose members make its row in two columns at least, more than fail,
is read as the whole of it; a column of rates (its figure between its members', not their
sum) is no sum; a column that fails then is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.text.quantities import fmt

_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+、)"
)
_PART = re.compile(r"^\s*其中")
_MIN_HELD = 2
_MIN_MEMBERS = 2


def _groups(table: list[TableRow]) -> Iterator[tuple[TableRow, list[TableRow]]]:
    for at, row in enumerate(table):
        if not _NUMBERED.match(row.cells[0] if row.cells else ""):
            continue
        members: list[TableRow] = []
        for below in table[at + 1 :]:
            first = below.cells[0] if below.cells else ""
            if _NUMBERED.match(first) or _PART.match(first) or not first.strip():
                break
            members.append(below)
        if len(members) >= _MIN_MEMBERS and all(len(m.cells) == len(row.cells) for m in members):
            yield row, members


Cells = list[Figure]


def _signed(row: TableRow, column: int) -> Figure | None:
    """A cell's figure, a minus sign kept (−280)."""
    cell = row.cells[column].strip() if column < len(row.cells) else ""
    negative = cell[:1] in "-−－" and len(cell) > 1
    found = figure(cell[1:] if negative else cell)
    if found is None or not negative:
        return found
    return replace(found, value=-found.value, text="-" + found.text)


#: A column of counts (项目个数: a project under two sources is counted in each) or of rates.
_NO_SUM = re.compile(r"个数|数量|人数|户数|项目数|[（(](?:个|人|户|项)[）)]|率|[%％]|占|比重")


def _verdicts(
    row: TableRow, members: list[TableRow], names: list[str] | None
) -> dict[int, bool | None]:
    """For each column of figures: True when the members make the row's figure, False when
    they do not and it is not a rate among theirs, None when nothing can be said."""
    verdicts: dict[int, bool | None] = {}
    for column in range(1, len(row.cells)):
        if names is not None and column < len(names) and _NO_SUM.search(names[column]):
            continue
        total = _signed(row, column)
        parts = [_signed(m, column) for m in members]
        if total is None or total.percent or any(p is None or p.percent for p in parts):
            continue
        figures: Cells = [p for p in parts if p is not None]
        if adds_up(total, figures):
            verdicts[column] = True
            continue
        low, high = min(p.value for p in figures), max(p.value for p in figures)
        verdicts[column] = None if low <= total.value <= high else False
    return verdicts


def _finding(
    row: TableRow, members: list[TableRow], column: int, names: list[str] | None
) -> ReviewFinding:
    total = _signed(row, column)
    figures = [_signed(m, column) for m in members]
    assert total is not None
    parts = [f for f in figures if f is not None]
    added = sum((p.value for p in parts), Decimal(0))
    places = max(f.places for f in [total, *parts])
    listed = "＋".join(f"{m.label}{p.text}" for m, p in zip(members, parts, strict=True))
    where = f"“{names[column]}”栏" if names and column < len(names) else f"第{column + 1}栏"
    message = (
        f"表中“{row.label}”行{where}为{total.text}，而其下各行{listed}"
        f"＝{fmt(added, places)}，相差{fmt(abs(added - total.value), places)}，请核实。"
    )
    return make_finding(
        "sum-mismatch", row.paragraph, message, stated=total.text, recomputed=fmt(added, places)
    )


def check_child_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Each numbered row against its unnumbered member rows, column by column."""
    findings: list[ReviewFinding] = []
    for table in doc_tables(doc):
        end = header_end(table)
        names = header_names(table, end) if end else None
        for row, members in _groups(table):
            verdicts = _verdicts(row, members, names)
            held = sum(1 for v in verdicts.values() if v)
            failed = [c for c, v in verdicts.items() if v is False]
            if held >= _MIN_HELD and held > len(failed):
                findings.extend(_finding(row, members, c, names) for c in failed)
    return findings

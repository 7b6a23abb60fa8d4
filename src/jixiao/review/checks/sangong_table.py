"""The “三公” 经费 table of a 部门决算, its 合计 row first and the kinds under it:

    项目                      预算数   决算数
    合计                      1.80     1.52
    因公出国（境）费
    公务接待费                1.80     1.52
    公务用车购置及运行维护费
    其中：公务用车运行维护费
    公务用车购置费

each column's 合计 against 因公出国 + 公务用车 + 公务接待 (a kind left blank spent nothing; the
公务用车 row taken from its 购置 and 运行维护 rows when it is blank itself), and the 公务用车 row
against those two. A row of any other kind with a figure leaves the table alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.checks.total_rows import NO_SUM
from jixiao.review.checks.total_rows import TOTAL_LABEL
from jixiao.review.checks.total_rows import money_value
from jixiao.review.checks.total_rows import sum_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.tables.doc_rows import row_label

#: What a row's label says it is, by the words it holds (numbering and 其中 aside).
_KINDS = (
    ("abroad", re.compile(r"因公出国")),
    ("reception", re.compile(r"公务接待")),
    ("car", re.compile(r"公务用车(?:购置)?(?:及|和|与)运行|^公务用车(?:费|支出)?$")),
    ("buy", re.compile(r"公务用车购置")),
    ("run", re.compile(r"公务用车运行")),
)
_PREFIX = re.compile(r"^(?:其中[:：]?)?\s*(?:\d+[.．、]|[（(]\d+[)）])?\s*")
_BLANK = re.compile(r"^[\s\-—－/0.]*$")

Kinds = dict[str, TableRow]


def _kinds(rows: list[TableRow]) -> Kinds | None:
    """The kind rows of a “三公” table, or None when a row of another kind holds a figure."""
    found: Kinds = {}
    for row in rows:
        label = _PREFIX.sub("", row.label)
        kind = next((name for name, words in _KINDS if words.search(label)), None)
        if kind is None:
            if any(money_value(row, c) for c in range(1, len(row.cells))):
                return None
            continue
        if kind in found:
            return None
        found[kind] = row
    has_car = "car" in found or {"buy", "run"} <= found.keys()
    return found if {"abroad", "reception"} <= found.keys() and has_car else None


def _cell(row: TableRow | None, column: int) -> Figure | bool | None:
    """A kind's figure in ``column``; False when the cell is left blank (nothing spent),
    None when it holds something else."""
    if row is None or column >= len(row.cells) or _BLANK.match(row.cells[column]):
        return False
    return money_value(row, column)


def _parts(kinds: Kinds, names: tuple[str, ...], column: int) -> list[tuple[TableRow, Figure]]:
    parts = []
    for name in names:
        found = _cell(kinds.get(name), column)
        if found is None:
            raise ValueError(name)
        if found is not False:
            assert isinstance(found, Figure)
            parts.append((kinds[name], found))
    return parts


def _column(kinds: Kinds, total: TableRow, column: int, header: str) -> Iterator[ReviewFinding]:
    stated = money_value(total, column)
    try:
        car = _parts(kinds, ("buy", "run"), column)
        own_car = _parts(kinds, ("car",), column) if "car" in kinds else []
        parts = _parts(kinds, ("abroad", "reception"), column)
    except ValueError:
        return  # a cell read as no amount: the column cannot be summed
    if own_car and car:
        found = sum_finding(own_car[0][0], own_car[0][1], car, header, where="其下")
        if found is not None:  # the row is the fault: the total is taken over its rows
            yield found
            own_car = []
    parts += own_car or car
    if stated is not None and parts:
        found = sum_finding(total, stated, parts, header, where="其下")
        yield from [found] if found else []


def _kind_rows(doc: ReportDoc, at: int) -> list[TableRow]:
    """The rows after the 合计 at paragraph ``at`` that name a kind (a row left blank is
    read as its label alone)."""
    rows = []
    for paragraph in doc.paragraphs[at + 1 :]:
        row = TableRow(paragraph, row_label(paragraph.cells), paragraph.cells)
        if not any(words.search(_PREFIX.sub("", row.label)) for _, words in _KINDS):
            break
        rows.append(row)
    return rows


def _tables(doc: ReportDoc) -> Iterator[tuple[list[TableRow], Kinds]]:
    """Each header, 合计 row and kind rows of a “三公” table."""
    for table in doc_tables(doc):
        start = header_end(table)
        if not 0 < start < len(table) or not TOTAL_LABEL.match(table[start].label):
            continue
        kinds = _kinds(_kind_rows(doc, doc.paragraphs.index(table[start].paragraph)))
        if kinds is not None:
            yield table[: start + 1], kinds


def _table_findings(table: list[TableRow], kinds: Kinds) -> Iterator[ReviewFinding]:
    names = header_names(table, len(table) - 1)
    if names is None:
        return
    for column, name in enumerate(names[1:], start=1):
        if not NO_SUM.search(name):
            yield from _column(kinds, table[-1], column, name)


def check_sangong_table(doc: ReportDoc) -> list[ReviewFinding]:
    """Each “三公” table's 合计 against its kinds, column by column."""
    return [f for table, kinds in _tables(doc) for f in _table_findings(table, kinds)]

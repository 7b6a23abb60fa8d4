"""The “三公” 经费 table of a 部门决算, its 合计 row first and the kinds under it (or last):

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
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.tables.doc_rows import row_label

#: What a row's label says it is, by the words it holds (numbering and 其中 aside).
_KINDS = (
    ("abroad", re.compile(r"因公出国")),
    ("reception", re.compile(r"公务接待")),
    ("car", re.compile(r"公(?:务用)?车(?:购置)?(?:及|和|与)运行|^公务用车(?:费|支出)?$")),
    ("buy", re.compile(r"公(?:务用)?车购置|^车辆购置")),
    ("run", re.compile(r"公(?:务用)?车运(?:行|转)|^车辆运行")),  # (运转维护费 too)
)
#: A row of counts beside the money (公务用车保有量（辆）, 国内公务接待批次/人次): no kind.
_COUNT_ROW = re.compile(r"保有量|批次|人次|[（(](?:辆|个|人|次)[）)]|车辆数")
_PREFIX = re.compile(r"^(?:其中[:：]?)?\s*(?:\d+[.．、]|[（(]\d+[)）])?\s*")
Kinds = dict[str, TableRow]
Parts = list[tuple[TableRow, Figure]]


def _kind_of(row: TableRow) -> str | None:
    return kind_of_label(row.label)


def kind_of_label(text: str) -> str | None:
    """The kind a label names (numbering and 其中 aside), "count" for a row of counts."""
    label = _PREFIX.sub("", text)
    if _COUNT_ROW.search(label):
        return "count"
    return next((name for name, words in _KINDS if words.search(label)), None)


def _kinds(rows: list[TableRow]) -> Kinds | None:
    """The kind rows of a “三公” table, or None when a row of another kind holds a figure."""
    found: Kinds = {}
    for row in rows:
        kind = _kind_of(row)
        if kind == "count":
            continue
        if kind is None:
            if any(money_value(row, c) for c in range(1, len(row.cells))):
                return None
            continue
        if kind in found:
            return None
        found[kind] = row
    has_car = "car" in found or {"buy", "run"} <= found.keys()
    return found if {"abroad", "reception"} <= found.keys() and has_car else None


def _parts(kinds: Kinds, names: tuple[str, ...], column: int) -> Parts | None:
    """The kinds' figures in ``column``, a kind left blank or nil spending nothing; None when
    a cell holds something else."""
    parts = []
    for row in (kinds[name] for name in names if name in kinds):
        if row.blank(column):
            continue
        found = money_value(row, column)
        if found is None:
            return None
        if found.value:
            parts.append((row, found))
    return parts


def _column(kinds: Kinds, total: TableRow, column: int, header: str) -> Iterator[ReviewFinding]:
    stated = money_value(total, column)
    car = _parts(kinds, ("buy", "run"), column)
    own_car = _parts(kinds, ("car",), column)
    parts = _parts(kinds, ("abroad", "reception"), column)
    if car is None or own_car is None or parts is None:
        return  # a cell read as no amount: the column cannot be summed
    if own_car and car:
        found = sum_finding(own_car[0][0], own_car[0][1], car, header, "其下", known=True)
        yield from [found] if found else []
        if found and stated is not None and adds_up(stated, [f for _, f in parts + car]):
            own_car = []  # the 合计 holds with the car's own rows: the car row is the fault
    parts += own_car or car
    if stated is not None and parts:
        found = sum_finding(total, stated, parts, header, "其下", known=True)
        yield from [found] if found else []


def _kind_rows(doc: ReportDoc, at: int) -> list[TableRow]:
    """The rows after the 合计 at paragraph ``at`` that name a kind (a row left blank is
    read as its label alone)."""
    rows = []
    for paragraph in doc.paragraphs[at + 1 :]:
        row = TableRow(paragraph, row_label(paragraph.cells), paragraph.cells)
        prose = _PROSE.search(paragraph.text) is not None and len(paragraph.cells) < 2
        if _kind_of(row) is None or prose:
            break  # “公务接待费支出6.3万元，与预算相比…”: the text after the table, no row
        rows.append(row)
    return rows


#: A sentence's punctuation: a line of running text, not a row left blank.
_PROSE = re.compile(r"[，。；,;]")


#: “一、支出合计”: the total numbered as the table's first part.
_NUMBERED = re.compile(r"^[一二三四五六七八九十]+、")


def _is_total(row: TableRow) -> bool:
    return TOTAL_LABEL.match(_NUMBERED.sub("", row.label)) is not None


def _is_kind(row: TableRow) -> bool:
    return _kind_of(row) not in (None, "count")


def sangong_tables(doc: ReportDoc) -> Iterator[tuple[list[TableRow], Kinds]]:
    """Each header, 合计 row and kind rows of a “三公” table (the header: the rows before the
    first kind or 合计, a kind left dashed being no header row)."""
    for table in doc_tables(doc):
        heads = (i for i, row in enumerate(table) if _is_kind(row) or _is_total(row))
        start = next(heads, 0)
        if not start:
            continue
        if _is_total(table[start]):  # 合计 first: the kinds under it
            kinds = _kinds(_kind_rows(doc, doc.paragraphs.index(table[start].paragraph)))
            total = start
        else:  # 合计 last: the kinds between the header and it
            after = range(start + 1, len(table))
            total = next((i for i in after if _is_total(table[i])), 0)
            kinds = _kinds(table[start:total]) if total else None
        if kinds is not None:
            yield [*table[:start], table[total]], kinds


def _right_names(table: list[TableRow]) -> list[str] | None:
    """A header wider than its rows whose first columns were left blank in every row (“项目
    2016-执行数 2017-预算数” over “一、支出合计   250000”): the rows' figures under its last
    columns."""
    width = len(table[-1].cells)
    header = [cell for cell in table[-2].cells if cell.strip()] if len(table) > 1 else []
    if width < 2 or len(header) <= width:
        return None
    return [header[0], *header[len(header) - width + 1 :]]


def _table_findings(table: list[TableRow], kinds: Kinds) -> Iterator[ReviewFinding]:
    names = header_names(table, len(table) - 1) or _right_names(table)
    if names is None:
        return
    for column, name in enumerate(names[1:], start=1):
        if not NO_SUM.search(name):
            yield from _column(kinds, table[-1], column, name)


def check_sangong_table(doc: ReportDoc) -> list[ReviewFinding]:
    """Each “三公” table's 合计 against its kinds, column by column."""
    return [f for table, kinds in sangong_tables(doc) for f in _table_findings(table, kinds)]

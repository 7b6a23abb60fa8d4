"""A table whose rows number their own levels (a “三公”经费 table, a 决算 table):

    项目                      本年预算数
    合计                      34.35
    1.因公出国（境）费         0
    2.公务接待费               1.70
    3.公务用车费               0          → its rows say 32.65 + 0
    其中：（1）运行维护费       32.65
    （2）购置费                0

The numbered rows (1. 2. 3. or 一、二、) make the 合计, above them or below; the rows
numbered (1) (2) under a row — the first opened by 其中 — make that row. Where a row
disagrees with its own rows and the total holds once the row is read from them, the row is
what is wrong, and one finding says so (with the sum the rows as written give). A table
with a row of another shape, or with two labels in a row (收入 beside 支出), is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.total_rows import NO_SUM
from jixiao.review.checks.total_rows import TOTAL_LABEL
from jixiao.review.checks.total_rows import money_value
from jixiao.review.checks.total_rows import sum_finding
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

_TOP = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、](?=\D)")
_UNDER = re.compile(r"^(?P<opening>其中\s*[:：]?)?\s*[（(]\d{1,2}[)）]")
_MIN_ROWS = 2


@dataclass(frozen=True, slots=True)
class _Item:
    row: TableRow
    parts: tuple[TableRow, ...]


def _items(rows: list[TableRow]) -> list[_Item] | None:
    """The numbered rows with the rows numbered under each; None when a row is of another
    shape or the first row under a row does not open with 其中."""
    items: list[tuple[TableRow, list[TableRow]]] = []
    for row in rows:
        under = _UNDER.match(row.label)
        if _TOP.match(row.label) and under is None:
            items.append((row, []))
        elif under is not None and items and bool(under.group("opening")) == (not items[-1][1]):
            items[-1][1].append(row)
        else:
            return None
    return [_Item(row, tuple(parts)) for row, parts in items]


def _one_label(row: TableRow) -> bool:
    words = [cell for cell in row.cells if cell.strip() and figure(cell.strip()) is None]
    return len(words) <= 1


@dataclass(frozen=True, slots=True)
class _Column:
    index: int
    name: str


def _added(figures: list[Figure]) -> Decimal:
    return sum((f.value for f in figures), Decimal(0))


def _shown(figures: list[Figure], places: int) -> str:
    return f"{'＋'.join(f.text for f in figures)}＝{fmt(_added(figures), places)}"


def _places(figures: list[Figure]) -> int:
    return max(f.places for f in figures)


Wrong = tuple[_Item, Figure, list[Figure]]


def _read_from_parts(
    items: list[_Item], top: list[Figure], column: int
) -> tuple[list[Figure], list[Wrong]]:
    """Each numbered row's figure, read from its own rows where they disagree with it, and
    the rows that disagree (with their figure and their own rows' figures)."""
    read = list(top)
    wrong: list[Wrong] = []
    for at, item in enumerate(items):
        parts = [money_value(part, column) for part in item.parts]
        figures = [v for v in parts if v is not None]
        if len(parts) < _MIN_ROWS or len(figures) < len(parts) or adds_up(top[at], figures):
            continue
        wrong.append((item, top[at], figures))
        read[at] = Figure(_added(figures), False, fmt(_added(figures), _places(figures)))
    return read, wrong


def _column_findings(
    total: TableRow, items: list[_Item], column: _Column, where: str
) -> Iterator[ReviewFinding]:
    stated = money_value(total, column.index)
    tops = [money_value(item.row, column.index) for item in items]
    top = [v for v in tops if v is not None]
    if stated is None or len(top) < len(tops):
        return
    read, wrong = _read_from_parts(items, top, column.index)
    header = f"“{column.name}”栏" if column.name else ""
    explained = bool(wrong) and adds_up(stated, read) and not adds_up(stated, top)
    for item, value, figures in wrong:
        places = _places([value, *figures])
        message = (
            f"表中“{item.row.label}”行{header}为{value.text}，其下各行"
            f"（{'、'.join(p.label for p in item.parts)}）之和为{_shown(figures, places)}，请核实。"
        )
        if explained:
            message += (
                f"按其下各行计，{total.label}{stated.text}相符；按表列各行"
                f"（{'、'.join(i.row.label for i in items)}）相加仅为{_shown(top, _places(top))}。"
            )
        recomputed = fmt(_added(figures), places)
        yield make_finding(
            "sum-mismatch", item.row.paragraph, message, stated=value.text, recomputed=recomputed
        )
    if not adds_up(stated, read):
        rows = [(item.row, value) for item, value in zip(items, top, strict=True)]
        found = sum_finding(total, stated, rows, column.name, where)
        yield from [found] if found is not None else []


def _table_findings(table: list[TableRow]) -> Iterator[ReviewFinding]:
    start = header_end(table)
    body = table[start:]
    if start == 0 or len(body) < _MIN_ROWS + 1 or not all(_one_label(row) for row in body):
        return
    names = header_names(table, start)
    if names is None:
        return
    if TOTAL_LABEL.match(body[0].label):
        total, rows, where = body[0], body[1:], "其下"
    elif TOTAL_LABEL.match(body[-1].label):
        total, rows, where = body[-1], body[:-1], "其上"
    else:
        return
    items = _items(rows)
    if items is None or len(items) < _MIN_ROWS:
        return
    for index, name in enumerate(names):
        if not NO_SUM.search(name):
            yield from _column_findings(total, items, _Column(index, name), where)


def check_numbered_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Each table of numbered rows: the 合计 against its numbered rows, each row against the
    rows numbered under it."""
    return [finding for table in doc_tables(doc) for finding in _table_findings(table)]

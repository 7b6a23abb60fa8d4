"""The “三公” 经费 table of a 部门决算 laid out the national way, the kinds as columns and the
budget and the result as rows:

    项目          合计    因公出国（境）费   公务用车购置及运行费          公务接待费
                                             小计   购置费   运行费
    预算数        45.70   6.00              34.50   24.00    10.50        5.20
    决算数        43.42   5.48              33.57   23.86     9.71        4.73

each row's 合计 against 因公出国 + 公务用车 + 公务接待 (a kind left blank spent nothing), and the
公务用车 小计 against its 购置 and 运行 columns. The kinds are read from the header rows above the
first row of figures, a merged header's cells joined column by column."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.sangong_table import kind_of_label
from jixiao.review.checks.total_rows import NO_SUM
from jixiao.review.checks.total_rows import TOTAL_LABEL
from jixiao.review.checks.total_rows import money_value
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.text.quantities import fmt

#: Figures a row needs to be read as a row of the table, not of its header.
_MIN_FIGURES = 3
Columns = dict[str, int]
#: A cell: its amount, None when blank, False when it holds something else.
Cell = Figure | None | bool


def _header_columns(header: list[TableRow]) -> tuple[int, Columns] | None:
    """The 合计 column and each kind's column, from the header rows' texts joined by column
    (from the row naming 合计 down: a caption above it is no header)."""
    width = max(len(row.cells) for row in header)
    texts = ["".join(row.cells[c] for row in header if c < len(row.cells)) for c in range(width)]
    total = next((c for c, text in enumerate(texts) if TOTAL_LABEL.match(text.strip())), None)
    columns: Columns = {}
    for c, text in enumerate(texts):
        kind = _column_kind(text, _lowest(header, c))
        if kind in (None, "count") or c == total:
            continue
        if kind in columns:
            return None
        columns[kind] = c
    has_car = "car" in columns or {"buy", "run"} <= columns.keys()
    if total is None or not ({"abroad", "reception"} <= columns.keys() and has_car):
        return None
    return total, columns


#: A car's own column under the car's merged cell: 购置费, 运行费 (运行维护费).
_CAR_PART = (
    ("buy", re.compile(r"^(?:其中[:：]?)?购置费?$")),
    ("run", re.compile(r"^运行(?:维护)?费?$")),
)


def _lowest(header: list[TableRow], column: int) -> str:
    """The text of the lowest header row that writes one in ``column``."""
    texts = [row.cells[column].strip() for row in header if column < len(row.cells)]
    return next((text for text in reversed(texts) if text), "")


def _column_kind(joined: str, lowest: str) -> str | None:
    """A column's kind: its lowest header's (公务用车购置费), a part of the car under the
    car's merged cell (购置费, 运行费; an export repeats the merged cell's text over each
    column), or the merged text's with 小计 taken out."""
    kind = kind_of_label(lowest)
    if kind is not None:
        return kind
    if re.search(r"公(?:务用)?车", joined):
        kind = next((name for name, words in _CAR_PART if words.match(lowest)), None)
        if kind is not None:
            return kind
    return kind_of_label(re.sub(r"小计|合计", "", joined).strip())


def _tables(doc: ReportDoc) -> Iterator[tuple[int, Columns, list[TableRow]]]:
    for table in doc_tables(doc):
        first = next((i for i, row in enumerate(table) if _figures(row) >= _MIN_FIGURES), 0)
        if not first:
            continue
        top = [i for i in range(first) if any(TOTAL_LABEL.match(c.strip()) for c in table[i].cells)]
        found = _header_columns(table[top[0] : first]) if top else None
        if found is not None:
            yield found[0], found[1], table[first:]


def _figures(row: TableRow) -> int:
    return sum(money_value(row, c) is not None for c in range(1, len(row.cells)))


def _cell(row: TableRow, column: int) -> Cell:
    """The amount in ``column``; None when blank; False when it holds something else."""
    if row.blank(column):
        return None
    found = money_value(row, column)
    return found if found is not None else False


def _row_findings(row: TableRow, total: int, columns: Columns) -> Iterator[ReviewFinding]:
    cells = {kind: _cell(row, column) for kind, column in columns.items()}
    stated = _cell(row, total)
    if False in cells.values() or not isinstance(stated, Figure):
        return
    own = [f for k in ("buy", "run") if isinstance(f := cells.get(k), Figure)]
    car = cells.get("car")
    wrong_car = []
    if isinstance(car, Figure) and len(own) == 2:
        wrong_car = list(_finding(row, car, own, _CAR, "购置费、运行费"))
        yield from wrong_car
    if wrong_car and adds_up(stated, _kinds(cells, own)):
        return  # the 合计 holds with the car's own columns: the car's 小计 is the fault
    middle = [car] if "car" in cells else own
    yield from _finding(row, stated, _kinds(cells, middle), "合计", _NAMED)


def _kinds(cells: dict[str, Cell], car: Sequence[Cell]) -> list[Figure]:
    """The kinds' figures in order, the car's as given, a kind left blank left out."""
    return [f for f in (cells["abroad"], *car, cells["reception"]) if isinstance(f, Figure)]


_CAR = "公务用车购置及运行费"
_NAMED = f"因公出国（境）费、{_CAR}、公务接待费"


def _finding(
    row: TableRow, total: Figure, parts: list[Figure], name: str, named: str
) -> Iterator[ReviewFinding]:
    added = unexplained_sum(total, parts)
    if added is None or not parts:
        return
    places = max(f.places for f in [total, *parts])
    shown, gap = fmt(added, places), fmt(abs(added - total.value), places)
    message = (
        f"表中“{row.label}”行“{name}”栏为{total.text}，各栏（{named}）之和为"
        f"{'＋'.join(f.text for f in parts)}＝{shown}，相差{gap}，请核实。"
    )
    yield make_finding("sum-mismatch", row.paragraph, message, stated=total.text, recomputed=shown)


def check_sangong_columns(doc: ReportDoc) -> list[ReviewFinding]:
    """Each row of a “三公” table with the kinds as columns: its 合计 against the kinds."""
    return [
        finding
        for total, columns, rows in _tables(doc)
        for row in rows
        if not NO_SUM.search(row.label)
        for finding in _row_findings(row, total, columns)
    ]

"""A numbered table a web page saved with its blank cells dropped and its rows spread over
lines, the last group of columns each row's total:

    序号 乡镇、街道 C级 D级 无房户 合计
    户数 补助资金(万元) 户数 补助资金(万元) 户数 补助资金(万元) 总户数 补助资金(万元)
    1桂阳街道
    3 6.3                   ← a D级 pair (the C级 cells were blank and are lost)
    3 6.3                   ← the row's 合计 pair
    4沙坪镇1 0.75 1 2.1 1 2.1 3 4.95
    …
    合计3 2.25 42 88.2 12 25.2 57 115.65

Which column a figure stood in is lost, but each row still ends with its total: its last
group of figures (a pair of 户数 and 资金 here) is the sum of the groups before it. The width
of a group is the one most rows keep to (three rows at least, more than half, two of them
adding more than one group); the header right above the first row must end with a total
(合计, 小计, 总计). The 合计 row's last group is also held to the rows' last groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import PAGE_MARK
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import whole_adds_up
from jixiao.review.text.quantities import fmt

_NUMBER = re.compile(r"^\d{1,3}$")
_WORDS = re.compile(r"^[\u4e00-\u9fff（）()、·]{2,20}$")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计)$")
_HEADER_TOTAL = re.compile(r"(?:合\s*计|小\s*计|总\s*计)$")
_WIDTHS = (2, 1, 3)
_MIN_ROWS = 3


@dataclass
class _Row:
    label: str
    paragraph: Paragraph
    figures: list[Figure] = field(default_factory=list)

    def groups(self, width: int) -> list[list[Figure]] | None:
        count = len(self.figures)
        if count % width or count // width < 2:
            return None
        return [self.figures[at : at + width] for at in range(0, count, width)]


@dataclass
class _Table:
    rows: list[_Row] = field(default_factory=list)
    total: _Row | None = None


def _figures(cells: Sequence[str]) -> list[Figure] | None:
    found = [figure(cell) for cell in cells]
    known = [f for f in found if f is not None and not f.percent]
    return known if len(known) == len(found) and known else None


def _start(cells: tuple[str, ...], expected: int) -> tuple[str, list[Figure]] | None:
    """A numbered row's name and the figures on its first line."""
    if len(cells) < 2 or not _NUMBER.match(cells[0]) or int(cells[0]) != expected:
        return None
    figures = _figures(cells[2:]) if len(cells) > 2 else []
    if not _WORDS.match(cells[1]) or figures is None:
        return None
    return cells[1], figures


def _tables(doc: ReportDoc) -> Iterator[_Table]:
    paragraphs = doc.paragraphs
    at = 0
    while at < len(paragraphs):
        if _header_ends_total(paragraphs[max(0, at - 2) : at]):
            table, end = _read(paragraphs, at)
            if len(table.rows) >= _MIN_ROWS:
                yield table
                at = end
                continue
        at += 1


def _header_ends_total(header: Sequence[Paragraph]) -> bool:
    """A header ending with a total, none of its columns a 其中 (a part of another column,
    not a part of the row)."""
    if any("其中" in p.text for p in header):
        return False
    return any(p.cells and _HEADER_TOTAL.search(p.cells[-1]) for p in header)


def _page_number(paragraphs: Sequence[Paragraph], at: int, expected: int) -> bool:
    """A number alone on its line right before the next row: the page's, not the row's."""
    if not PAGE_MARK.match(paragraphs[at].text) or at + 1 >= len(paragraphs):
        return False
    following = paragraphs[at + 1].cells
    return _start(following, expected) is not None or bool(following and _TOTAL.match(following[0]))


def _read(paragraphs: Sequence[Paragraph], at: int) -> tuple[_Table, int]:
    table = _Table()
    current: _Row | None = None
    while at < len(paragraphs):
        paragraph, cells = paragraphs[at], paragraphs[at].cells
        row = _start(cells, len(table.rows) + 1)
        more = _figures(cells)
        if current is not None and _page_number(paragraphs, at, len(table.rows) + 1):
            at += 1
            continue
        if row is not None and table.total is None:
            current = _Row(row[0], paragraph, row[1])
            table.rows.append(current)
        elif more is not None and current is not None:
            current.figures.extend(more)
            current.paragraph = paragraph  # the row's total is on its last line
        elif len(cells) > 1 and _TOTAL.match(cells[0]) and (rest := _figures(cells[1:])):
            current = table.total = _Row(re.sub(r"\s+", "", cells[0]), paragraph, rest)
        else:
            break
        at += 1
    return table, at


def _adds(groups: list[list[Figure]]) -> bool:
    total, parts = groups[-1], groups[:-1]
    return all(whole_adds_up(total[j], [g[j] for g in parts]) for j in range(len(total)))


def _width(rows: list[_Row]) -> int | None:
    """The width of a group most rows keep to, the last group the sum of the others."""
    for width in _WIDTHS:
        shaped = [groups for row in rows if (groups := row.groups(width)) is not None]
        kept = [groups for groups in shaped if _adds(groups)]
        summed = sum(len(groups) > 2 for groups in kept)
        if len(kept) >= _MIN_ROWS and len(kept) * 2 > len(rows) and summed >= 2:
            return width
    return None


def _finding(
    row: _Row, total: Figure, parts: list[Figure], where: str, note: str = ""
) -> ReviewFinding:
    added = sum((p.value for p in parts), Decimal(0))
    places = max(f.places for f in [total, *parts])
    shown = fmt(added, places)
    message = (
        f"表中“{row.label}”行合计栏为{total.text}，{where}"
        f"{'＋'.join(p.text for p in parts)}＝{shown}，"
        f"相差{fmt(abs(added - total.value), places)}{note}，请核实。"
    )
    return make_finding("sum-mismatch", row.paragraph, message, stated=total.text, recomputed=shown)


def _row_findings(row: _Row, width: int, lasts: list[Figure] | None) -> Iterator[ReviewFinding]:
    """The row's total group against the groups before it; ``lasts`` the rows' own totals
    when ``row`` is the 合计 row (its total then confirmed by them, a part is what is off)."""
    groups = row.groups(width)
    if groups is None:
        return
    for j, total in enumerate(groups[-1]):
        parts = [group[j] for group in groups[:-1]]
        if not whole_adds_up(total, parts):
            confirmed = lasts is not None and whole_adds_up(total, lasts[j::width])
            if lasts is not None and not confirmed:
                continue  # the total is off its rows' totals too: one fault, said there
            note = "；该数与其上各行合计栏之和相符，应为分项有误" if confirmed else ""
            yield _finding(row, total, parts, "而其前各栏", note)


def _lasts(table: _Table, width: int) -> list[Figure] | None:
    """Every row's total group, one after the other, when every row has one."""
    lasts = [groups[-1] for row in table.rows if (groups := row.groups(width)) is not None]
    return [f for last in lasts for f in last] if len(lasts) == len(table.rows) else None


def _row_off(table: _Table, width: int, j: int) -> bool:
    """A row whose own total at ``j`` is off its parts: the 合计 is then off by it."""
    for row in table.rows:
        groups = row.groups(width)
        if groups is not None and not whole_adds_up(groups[-1][j], [g[j] for g in groups[:-1]]):
            return True
    return False


def _column_findings(table: _Table, width: int) -> Iterator[ReviewFinding]:
    lasts = _lasts(table, width)
    if table.total is None or (own := table.total.groups(width)) is None or lasts is None:
        return
    for j, total in enumerate(own[-1]):
        parts = lasts[j::width]
        if not whole_adds_up(total, parts) and not _row_off(table, width, j):
            yield _finding(table.total, total, parts, "而其上各行合计栏")


def check_spread_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Rows spread over lines whose last group of figures is not the sum of the others."""
    found: list[ReviewFinding] = []
    for table in _tables(doc):
        width = _width(table.rows)
        if width is None:
            continue
        found += [f for row in table.rows for f in _row_findings(row, width, None)]
        if table.total is not None:
            found += _row_findings(table.total, width, _lasts(table, width))
        found += list(_column_findings(table, width))
    return found

"""An allocation table printed as several 单位 | 金额 column pairs side by side, its list
wrapped from one pair of columns to the next like a newspaper's, saved one cell to a line:

    单位 / 金额 / 单位 / 金额 / 单位 / 金额
    全省合计 / 10656 / 海宁市 / 32 / 定海区 / 132
    杭州市小计 / 1304 / 平湖市 / 69 / 普陀区 / 112
    杭州市 / 544 / 桐乡市 / 70 / 岱山县 / 65
    其中:市本级 / 10 / …

Each pair of columns is read down as one list (a label broken over two lines joined again).
In a list, each 小计 row heads the rows after it up to the next 小计 row; a row followed by a
其中 row is made by the rows after it up to where the rest of the group makes the 小计. The
two sums pin down where the 其中 rows end: when one of them holds at one end and the other
at none, the other is the row that is wrong. A group the excerpt or the wrap cuts (the last
of a list, rows before a list's first 小计) is not read, nor the table's own total (全省合计)
as a head, nor a row with one 其中 row alone (“其中:市本级” may name part of it only); a table
whose last grid row is short is read only when the excerpt ends inside it (a last pair of
columns ending early would shift every row after it). Half the groups at least must hold
before any is said to be wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from jixiao.review.checks.total_rows import sum_mismatch
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import whole_adds_up

_NAME = re.compile(r"^(?:单位|地区|市县|县\(市、区\)|县（市、区）|项目|名称)$")
_AMOUNT = re.compile(r"^(?:金额|资金|补助资金|分配金额|合计)$")
_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:小计|合计)$")
_OPENS = re.compile(r"^其中\s*[:：]")
_MIN_PAIRS = 2
_MAX_LABEL = 16
_MIN_GROUPS = 2
_MIN_NESTED = 2


@dataclass(frozen=True, slots=True)
class _Row:
    label: str
    value: Figure
    paragraph: Paragraph


def _width(paragraphs: Sequence[Paragraph], at: int) -> int:
    """How many 单位 | 金额 pairs a header from ``at`` names (0: no such header)."""
    pairs = 0
    while at + 2 * pairs + 1 < len(paragraphs):
        name, amount = paragraphs[at + 2 * pairs], paragraphs[at + 2 * pairs + 1]
        if not (_NAME.match(name.text) and _AMOUNT.match(amount.text)):
            break
        pairs += 1
    return pairs if pairs >= _MIN_PAIRS else 0


def _rows(paragraphs: Sequence[Paragraph], at: int) -> list[_Row]:
    """The label and amount cells from ``at`` on, a label broken over two lines joined."""
    rows: list[_Row] = []
    label: list[str] = []
    for paragraph in paragraphs[at:]:
        value = figure(paragraph.text)
        if value is None:
            if len(label) == 2 or len(paragraph.text) > _MAX_LABEL:
                break
            label.append(paragraph.text)
            continue
        if not label or value.percent:
            break
        rows.append(_Row("".join(label), value, paragraph))
        label = []
    return rows


def _lists(doc: ReportDoc) -> Iterator[list[list[_Row]]]:
    """Each such table as its lists, one per pair of columns."""
    paragraphs = doc.paragraphs
    for at in range(len(paragraphs)):
        width = _width(paragraphs, at)
        if not width or (at >= 2 and _width(paragraphs, at - 2)):
            continue  # (inside a header found already)
        rows = _rows(paragraphs, at + 2 * width)
        # a last pair of columns that ends early would shift the rows after it: read only
        # whole rows, or rows an excerpt cuts
        cut = _cut_inside(doc, rows)
        if len(rows) >= 2 * width and (len(rows) % width == 0 or cut):
            yield [rows[k::width] for k in range(width)]


def _cut_inside(doc: ReportDoc, rows: list[_Row]) -> bool:
    """The excerpt ends inside the table: on a label cut off right after its last row."""
    end = doc.cut_off()
    return bool(rows) and end is not None and end.index == rows[-1].paragraph.index + 1


@dataclass(frozen=True, slots=True)
class _Group:
    head: _Row
    members: list[_Row]


def _groups(rows: list[_Row], first: bool) -> list[_Group]:
    """Each 小计 row with the rows after it, up to the next 小计 row of the same list (the
    table's own total, the ``first`` list's first row, heads none)."""
    heads = [i for i, row in enumerate(rows) if _HEAD.match(row.label) and (i or not first)]
    return [_Group(rows[a], rows[a + 1 : b]) for a, b in pairwise(heads)]


def _sums_to(total: Figure, parts: list[_Row]) -> bool:
    return bool(parts) and whole_adds_up(total, [row.value for row in parts])


@dataclass(frozen=True, slots=True)
class _Reading:
    """A group read: whether it holds, and the row wrong with its parts when one is."""

    holds: bool
    wrong: tuple[_Row, list[_Row]] | None = None


def _read(group: _Group) -> _Reading | None:
    """The group with its 其中 rows found by the two sums (None: it cannot be told)."""
    members = group.members
    if not members:
        return None
    opens = [i for i, row in enumerate(members) if _OPENS.match(row.label)]
    if not opens:
        ok = _sums_to(group.head.value, members)
        return _Reading(ok, None if ok else (group.head, members))
    if opens[0] == 0 or len(opens) > 1:
        return None
    return _nested(group, opens[0])


def _nested(group: _Group, start: int) -> _Reading | None:
    """A group whose row before ``start`` is made by the 其中 rows from ``start`` on: where
    they end, the rest of the group makes the 小计 (``outer``) and they the row (``inner``)."""
    members = group.members
    whole = members[start - 1]
    ends = range(start + 1, len(members) + 1)
    outer = [e for e in ends if _sums_to(group.head.value, members[:start] + members[e:])]
    inner = [e for e in ends if _sums_to(whole.value, members[start:e])]
    if set(outer) & set(inner):
        return _Reading(True)
    if len(outer) == 1 and not inner and outer[0] - start >= _MIN_NESTED:
        # (one 其中 row alone, “其中:市本级”, may name only part of its row)
        return _Reading(False, (whole, members[start : outer[0]]))
    if len(inner) == 1 and not outer:
        return _Reading(False, (group.head, members[:start] + members[inner[0] :]))
    return None


def _finding(row: _Row, parts: list[_Row]) -> ReviewFinding:
    added = sum((p.value.value for p in parts), Decimal(0))
    return sum_mismatch(row, row.value, [(p, p.value) for p in parts], added, where="其下")


def check_stacked_pairs(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 小计 (and each row opened by 其中 rows) of a wrapped 单位 | 金额 table."""
    found: list[ReviewFinding] = []
    for lists in _lists(doc):
        groups = [g for k, rows in enumerate(lists) for g in _groups(rows, k == 0)]
        readings = [r for g in groups if (r := _read(g)) is not None]
        if sum(r.holds for r in readings) * 2 < len(readings) or len(readings) < _MIN_GROUPS:
            continue
        found.extend(_finding(*r.wrong) for r in readings if r.wrong is not None)
    return found

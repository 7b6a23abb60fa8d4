"""A table's change on the year (or on the budget), recomputed from its two levels, in either
direction a table takes:

    项目          2022年决算数   2023年决算数   增减额    增减率
    公务接待费       12.50         10.20       -2.30    -18.40%      → columns

    年度        合计    因公出国(境)经费   …
    2015年      2840        90
    2016年      2364        12
    2016年比2015年增减%   -16.77   -86.62                           → rows

The base is the earlier year's level (上年, 2015年) or the budget (预算数 against 决算数); the
change is 增减额 (current − base) and 增减率 (the change over the base, in per cent). Signs are
not compared (a 下降率 column writes decreases as positive), and a level written to the whole
unit moves the rate within what its rounding allows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import astuple
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.text.quantities import fmt
from jixiao.review.text.structure import YEAR

_RATE = re.compile(r"(?:增减|增长|下降|减少|增加|变动|变化)(?:率|幅度?|%|（%）|\(%\))|增幅|降幅")
_DIFF = re.compile(r"增减(?:额|数|金额|变动)?|增加额|减少额|变动额|差额")
_LAST = re.compile(r"上年|上一年|去年|同期")
#: Columns of shares, numbers and notes: no levels.
_NOT_LEVEL = re.compile(r"占|比重|比例|序号|编号|编码|代码|备注|说明")
_NOISE = re.compile(r"[\s、]")
_AVERAGE = re.compile(r"年均|平均")
#: What a change names as its base: 比上年, 较预算, 决算比预算.
_NAMED_BASE = re.compile(r"[比较与](?:上年|去年|上一年|同期|年初预算|预算|20\d\d年)")
_UNIT = re.compile(r"[（(](万元|元|亿元|千元)[）)]")
_CURRENT = re.compile(r"本年|当年|今年|本期|决算|执行|支出")
_LEVEL_ROW = re.compile(r"^(?:20\d\d年度?|上年|本年|上年度|本年度)[\u4e00-\u9fff]{0,5}$")
_PERIOD = re.compile(r"^(?:20\d\d年度?|上年度?|本年度?)")
_SIGN = re.compile(r"^[-−－+＋]")
_HUNDRED = Decimal(100)
_SLACK = 3


@dataclass(frozen=True, slots=True)
class _Line:
    """One row (or column) of a table read across: its name and its cells."""

    name: str
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Roles:
    base: int
    current: int
    diff: int | None
    rate: int | None


def _signed(cell: str) -> Figure | None:
    """A figure written with or without a sign (the sign is dropped)."""
    return figure(_SIGN.sub("", cell.strip()))


def _levels(line: _Line, roles: _Roles) -> tuple[Figure, Figure] | None:
    """The base and the current level, both above none (a 收支结余 below zero is left
    alone: its sign would be dropped)."""
    cells = (line.cells[roles.base], line.cells[roles.current])
    if any(_SIGN.match(cell.strip()) for cell in cells):
        return None
    base, current = figure(cells[0].strip()), figure(cells[1].strip())
    return (base, current) if base is not None and current is not None else None


def _rank(name: str) -> int:
    """How surely a level is the base: last year's (2), the budget (1), else none (0)."""
    return 2 if _LAST.search(name) else 1 if "预算" in name else 0


def _ordered(first: str, second: str) -> tuple[bool, bool] | None:
    """Whether ``first`` is the base, by years (the earlier), else by rank; None when it
    cannot be told. The second flag: the current level is named as one (本年, 决算, a year)."""
    # the last year named: a caption printed as the first header row (“表一 2023年度收支
    # 情况对比表”) stands before the column's own words
    years = [YEAR.findall(name)[-1:] for name in (first, second)]
    if years[0] and years[1]:
        if years[0] == years[1]:
            return None
        return int(years[0][0]) < int(years[1][0]), True
    if _rank(first) == _rank(second):
        return None
    first_is_base = _rank(first) > _rank(second)
    current = second if first_is_base else first
    named = bool(_CURRENT.search(current) or YEAR.search(current) or "预算" in current)
    return first_is_base, named


def _roles(names: list[str]) -> _Roles | None:
    """Which of ``names`` (headers of columns, or labels of rows) are the base, the current
    level, the change and its rate."""
    names = [_NOISE.sub("", name) for name in names]
    rates = [i for i, name in enumerate(names) if _RATE.search(name)]
    diffs = [i for i, name in enumerate(names) if _DIFF.search(name) and i not in rates]
    levels = [
        i
        for i, name in enumerate(names)
        if name and i not in rates and i not in diffs and not _NOT_LEVEL.search(name)
    ]
    levels = _last_and_this(levels, names) if len(levels) > 2 else levels
    if len(rates) > 1 or len(diffs) > 1 or not rates + diffs or len(levels) != 2:
        return None
    if any(_AVERAGE.search(names[i]) for i in rates + diffs):
        return None  # 年均增长率: compounded over the years, not one change
    first, second = levels
    order = _ordered(names[first], names[second])
    if order is None or not order[1]:
        return None
    base, current = (first, second) if order[0] else (second, first)
    if not all(_against(names[i], names[base], names[current]) for i in rates + diffs):
        return None
    return _Roles(base, current, diffs[0] if diffs else None, rates[0] if rates else None)


def _last_and_this(levels: list[int], names: list[str]) -> list[int]:
    """Of three levels or more (预算数, 决算数, 上年决算数), the one named 上年 and the one named
    the same without it: the change is said of them."""
    last = [i for i in levels if _LAST.search(names[i])]
    if len(last) != 1:
        return levels
    same = _LAST.sub("", names[last[0]]).removeprefix("度")
    this = [i for i in levels if i not in last and _PERIOD.sub("", names[i]) == same]
    return sorted(last + this) if len(this) == 1 else levels


def _against(change: str, base: str, current: str) -> bool:
    """The change is over the base column: what it names as its base (比上年, 比预算) is
    that column, and it is in the levels' unit (增减额（万元） beside levels in 元 is not)."""
    named = _NAMED_BASE.search(change)
    if named is not None:
        if "预算" in named.group(0) and "预算" not in base:
            return False
        if _LAST.search(named.group(0)) and not (_LAST.search(base) or YEAR.search(base)):
            return False
    units = {_unit(name) for name in (change, base, current)} - {None}
    return len(units) <= 1


def _unit(name: str) -> str | None:
    found = _UNIT.search(name)
    return found.group(1) if found else None


def _rate_range(base: Figure, current: Figure) -> tuple[Decimal, Decimal] | None:
    """The rates of change the levels allow, as absolute per cent (None on a base near 0)."""
    if base.value - base.ulp <= 0:
        return None
    corners = [
        abs((c - b) / b * _HUNDRED)
        for b in (base.value - base.ulp, base.value + base.ulp)
        for c in (current.value - current.ulp, current.value + current.ulp)
    ]
    lowest = current.value - current.ulp - (base.value + base.ulp)
    highest = current.value + current.ulp - (base.value - base.ulp)
    low = Decimal(0) if lowest <= 0 <= highest else min(corners)
    return low, max(corners)


def _rate_finding(
    line: _Line, names: list[str], roles: _Roles, row: TableRow
) -> ReviewFinding | None:
    if roles.rate is None:
        return None
    levels, stated = _levels(line, roles), _signed(line.cells[roles.rate])
    if levels is None or stated is None:
        return None
    base, current = levels
    allowed = _rate_range(base, current)
    if allowed is None:
        return None
    low, high = allowed
    slack = stated.ulp * _SLACK  # a last digit off is a rounding of unwritten decimals
    if stated.value + slack >= low and stated.value - slack <= high:
        return None
    exact = (current.value - base.value) / base.value * _HUNDRED
    if abs(stated.value - abs(exact) / _HUNDRED) <= stated.ulp:
        return None  # a fraction, not a per cent
    return _finding(
        "rate-mismatch", line, names, roles, row, roles.rate, f"{fmt(exact, stated.places)}%"
    )


def _diff_finding(
    line: _Line, names: list[str], roles: _Roles, row: TableRow
) -> ReviewFinding | None:
    if roles.diff is None:
        return None
    levels, stated = _levels(line, roles), _signed(line.cells[roles.diff])
    if levels is None or stated is None or stated.percent:
        return None
    base, current = levels
    exact = current.value - base.value
    if abs(stated.value - abs(exact)) <= stated.ulp + base.ulp + current.ulp:
        return None
    places = max(base.places, current.places)
    return _finding("difference-mismatch", line, names, roles, row, roles.diff, fmt(exact, places))


def _finding(
    code: str, line: _Line, names: list[str], roles: _Roles, row: TableRow, at: int, right: str
) -> ReviewFinding:
    """The cell ``at`` of ``line`` against ``right``, recomputed from the two levels."""
    base, current, cell = (line.cells[i].strip() for i in (roles.base, roles.current, at))
    message = (
        f"表中“{line.name}”{names[roles.base]}{base}、{names[roles.current]}{current}，"
        f"{names[at]}应为{right}，表中为{cell}，请核实。"
    )
    stated, recomputed = cell.rstrip("%"), right.rstrip("%")
    return make_finding(code, row.paragraph, message, stated=stated, recomputed=recomputed)


def _line_findings(
    line: _Line, names: list[str], roles: _Roles, rows: Sequence[TableRow]
) -> Iterator[ReviewFinding]:
    """The change and the rate of one line; ``rows[at]`` is the row a finding of the cell
    ``at`` points at (the line's own, or the change's row of a table read across)."""
    for at, check in ((roles.diff, _diff_finding), (roles.rate, _rate_finding)):
        found = check(line, names, roles, rows[at]) if at is not None else None
        if found is not None:
            yield found


def _by_columns(table: list[TableRow]) -> Iterator[ReviewFinding]:
    start = header_end(table)
    if start == 0:
        return
    header = header_names(table, start)
    if header is None:
        return  # which column is which cannot be told
    names, width = header, len(header)
    figures = [
        any(_signed(row.cells[c]) for row in table[start:] if c < len(row.cells))
        for c in range(width)
    ]
    shown = [name if has else "" for name, has in zip(names, figures, strict=True)]
    readings = [(names, _roles(shown))]
    if readings[0][1] is None:  # (累计 and 当月 each over 本期 | 同期 | 增减额 | 增减率%)
        readings = [(group, _roles(group)) for group in _prefixed_groups(shown)]
    for own, roles in readings:
        if roles is None:
            continue
        for row in table[start:]:
            if len(row.cells) > max(i for i in astuple(roles) if i is not None):
                line = _Line(row.label, row.cells)
                yield from _line_findings(line, own, roles, [row] * width)


_GROUP_RUN = 3


def _prefixed_groups(names: list[str]) -> list[list[str]]:
    """The runs of columns whose names open with one merged cell's words (累计本期, 累计同期,
    累计增减额 …), each as the header's names with the others blanked and its words taken off."""
    groups: list[list[str]] = []
    at = 0
    while at < len(names):
        head = names[at][:2]
        end = at
        while end < len(names) and len(names[end]) > 2 and names[end][:2] == head:
            end += 1
        if end - at >= _GROUP_RUN:
            groups.append(["" if not at <= i < end else name[2:] for i, name in enumerate(names)])
            at = end
        else:
            at += 1
    return groups


def _by_rows(table: list[TableRow]) -> Iterator[ReviewFinding]:
    start = header_end(table)
    rows = table[start:]
    names = [row.label for row in rows]
    roles = _roles(names)
    if roles is None or not _LEVEL_ROW.match(names[roles.base]):
        return
    if not _LEVEL_ROW.match(names[roles.current]) and not _LAST.search(names[roles.base]):
        return
    if _PERIOD.sub("", names[roles.base]) != _PERIOD.sub("", names[roles.current]):
        return  # 上年结转结余 and 本年收入: two things, not one thing in two years
    width = len(rows[0].cells)
    if any(len(row.cells) != width for row in rows):
        return
    header = table[start - 1] if start and len(table[start - 1].cells) == width else None
    for column in range(1, width):
        name = header.cells[column] if header else f"第{column + 1}列"
        line = _Line(name, tuple(row.cells[column] for row in rows))
        yield from _line_findings(line, names, roles, rows)


def check_change_tables(doc: ReportDoc) -> list[ReviewFinding]:
    """Each table's change and rate of change against its two levels."""
    findings: list[ReviewFinding] = []
    for table in doc_tables(doc):
        findings.extend(_by_columns(table))
        findings.extend(_by_rows(table))
    return findings

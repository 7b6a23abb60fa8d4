"""A project's 基本概况 block of name–amount pairs, its sources under it pair by pair:

    计划安排资金 | 1208.75 | 实际到位资金 | 1208.75 | 实际支出 | 991.51 | 结余 | 217.24
    其中:中央财政 | 其中:中央财政 | 其中:中央财政 | 其中:中央财政
    省财政 | 1125 | 省财政 | 1125 | 省财政 | 907.76 | 省财政 | 217.24
    市财政 | 33.75 | 市财政 | 33.75 | 市财政 | 33.75 | 市财政
    区财政 | 50 | 区财政 | 50 | 区财政 | 50 | 区财政

Each pair of the head row is a column: its amount is the sum of the sources' amounts under it
(a source left blank is 0), and where the head names a 结余, it is what arrived (实际到位, else
计划安排) less what was spent (实际支出), on the head row and on each source's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import ZERO
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.text.quantities import fmt

MIN_PAIRS = 3
MIN_SOURCES = 2
_MONEY_HEAD = re.compile(r"资金|支出|结余|金额")
_SOURCE_MARK = re.compile(r"^(?:其中)?[:：]?\s*")
_ARRIVED = re.compile(r"到位")
_PLANNED = re.compile(r"计划|安排|预算")
_SPENT = re.compile(r"实际支出|支出")
_LEFT = re.compile(r"结余|结存|余额")


@dataclass(frozen=True, slots=True)
class _Row:
    paragraph: Paragraph
    names: tuple[str, ...]
    values: tuple[Figure | None, ...]


def _pairs(paragraph: Paragraph) -> _Row | None:
    """The paragraph's cells as name–amount pairs (an amount left blank is None), or None
    when a figure stands without its name."""
    names: list[str] = []
    values: list[Figure | None] = []
    for cell in (c.strip() for c in paragraph.cells if c.strip()):
        value = figure(cell)
        if value is None:
            names.append(cell)
            values.append(None)
        elif not names or values[-1] is not None or value.percent:
            return None
        else:
            values[-1] = value
    return _Row(paragraph, tuple(names), tuple(values)) if names else None


def _head(row: _Row) -> bool:
    distinct = len(set(row.names)) == len(row.names) >= MIN_PAIRS
    return (
        distinct
        and all(v is not None for v in row.values)
        and all(_MONEY_HEAD.search(n) for n in row.names)
    )


def _source(row: _Row, width: int) -> bool:
    names = {_SOURCE_MARK.sub("", n) for n in row.names}
    return len(row.names) == width and len(names) == 1


def _blocks(doc: ReportDoc) -> Iterator[tuple[_Row, list[_Row]]]:
    paragraphs = doc.paragraphs
    for at, paragraph in enumerate(paragraphs):
        head = _pairs(paragraph) if len(paragraph.cells) >= 2 * MIN_PAIRS else None
        if head is None or not _head(head):
            continue
        sources: list[_Row] = []
        for later in paragraphs[at + 1 :]:
            row = _pairs(later)
            if row is None or not _source(row, len(head.names)):
                break
            sources.append(row)
        if sum(1 for s in sources if any(s.values)) >= MIN_SOURCES:
            yield head, sources


def _column_findings(head: _Row, sources: list[_Row]) -> Iterator[ReviewFinding]:
    for column, (name, total) in enumerate(zip(head.names, head.values, strict=True)):
        parts = [s.values[column] or ZERO for s in sources]
        if total is None:
            continue
        added = unexplained_sum(total, parts, known=True)
        if added is None:
            continue
        places = max(f.places for f in (total, *parts))
        shown = [
            f"{_SOURCE_MARK.sub('', s.names[0])}{p.text}"
            for s, p in zip(sources, parts, strict=True)
            if p.value
        ]
        message = (
            f"“{name}”为{total.text}，其下各来源{'＋'.join(shown)}＝{fmt(added, places)}，"
            f"相差{fmt(abs(added - total.value), places)}，请核实。"
        )
        yield make_finding(
            "sum-mismatch",
            head.paragraph,
            message,
            stated=total.text,
            recomputed=fmt(added, places),
        )


def _columns(head: _Row) -> tuple[int, int, int] | None:
    """The columns of what arrived (or was planned), what was spent and what is left."""

    def find(pattern: re.Pattern[str], skip: set[int]) -> int | None:
        return next(
            (i for i, n in enumerate(head.names) if i not in skip and pattern.search(n)), None
        )

    left = find(_LEFT, set())
    spent = find(_SPENT, {left} if left is not None else set())
    arrived = find(_ARRIVED, set())
    arrived = arrived if arrived is not None else find(_PLANNED, set())
    if left is None or spent is None or arrived is None or len({left, spent, arrived}) < 3:
        return None
    return arrived, spent, left


def _remainder_findings(head: _Row, sources: list[_Row]) -> Iterator[ReviewFinding]:
    columns = _columns(head)
    if columns is None:
        return
    arrived, spent, left = columns
    for row in (head, *sources):
        got, used, rest = (row.values[c] for c in (arrived, spent, left))
        if got is None and used is None:
            continue
        got, used, rest = got or ZERO, used or ZERO, rest or ZERO
        if adds_up(got, [used, rest]):
            continue
        places = max(f.places for f in (got, used, rest))
        should = fmt(got.value - used.value, places)
        whose = "" if row is head else f"“{_SOURCE_MARK.sub('', row.names[left])}”"
        message = (
            f"{whose}结余为{rest.text}，而到位{got.text}减去支出{used.text}应为{should}，"
            "至少一项数据有误。"
        )
        yield make_finding(
            "remainder-mismatch", row.paragraph, message, stated=rest.text, recomputed=should
        )


def check_pair_blocks(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 基本概况 pair block's amounts against its sources and its 结余."""
    findings: list[ReviewFinding] = []
    for head, sources in _blocks(doc):
        findings.extend(_column_findings(head, sources))
        findings.extend(_remainder_findings(head, sources))
    return findings

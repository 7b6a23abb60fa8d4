"""A table saved one cell to a line, its header a total over its parts (“总计”, “拨款”, “自筹”
under 安排经费 and again under 实际支出), its blank cells dropped (a 文库 copy of a Word
table):

    总计 / 拨款 / 自筹 / 1 / 2008-2011 / 150 / 45 / 60 / 103 / 43 / 2 / 验收合格 / …

Where one row ends cannot be told, but a total and its parts can: a total is followed by its
parts, and the first figure of a run of figures that adds up to the next ones is a total.
When two such runs or more do add up, the table is read so; a run whose total misses its
parts' sum by a slip of the hand (150 for 105, 338.51 for 335.81) is told, as is a run whose
one part would make it add up but for such a slip. A run that misses by anything else may be
two rows' cells with one dropped between, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.slips import corrected
from jixiao.review.slips import slip

_TOTAL = re.compile(r"^(?:总计|合计|小计)$")
_PART = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
_FIGURE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
#: The most parts a header's total has here (拨款, 自筹; 中央, 省, 市, 县).
_MOST_PARTS = 4
#: A paragraph this long is prose: the table has ended.
_PROSE = 40
#: Runs that add up before a table is read as totals over parts.
_LEAST_HELD = 2
#: A total of fewer significant digits leaves too many sums a slip away (12 for 21).
_LEAST_DIGITS = 3


@dataclass(frozen=True, slots=True)
class _Header:
    total: str
    parts: tuple[str, ...]
    end: int  # the index, in the document's paragraphs, of the first cell after the header


def _header(paragraphs: tuple[Paragraph, ...], at: int) -> _Header | None:
    """The total and its part names from ``paragraphs[at]`` on, when one cell to a line."""
    if not _TOTAL.match(paragraphs[at].text.strip()):
        return None
    parts: list[str] = []
    for paragraph in paragraphs[at + 1 : at + 1 + _MOST_PARTS]:
        name = paragraph.text.strip()
        if not _PART.match(name) or _TOTAL.match(name):
            break
        parts.append(name)
    if len(parts) < 2:
        return None
    return _Header(paragraphs[at].text.strip(), tuple(parts), at + 1 + len(parts))


def _runs(paragraphs: tuple[Paragraph, ...], start: int) -> list[list[Paragraph]]:
    """The runs of figure cells from ``start`` to the end of the table."""
    runs: list[list[Paragraph]] = [[]]
    for paragraph in paragraphs[start:]:
        text = paragraph.text.strip()
        if len(text) > _PROSE or _TOTAL.match(text):
            break
        if _FIGURE.match(text):
            runs[-1].append(paragraph)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _value(paragraph: Paragraph) -> Decimal:
    return Decimal(_plain(paragraph))


def _windows(runs: list[list[Paragraph]], width: int) -> Iterator[list[Paragraph]]:
    for run in runs:
        for at in range(len(run) - width + 1):
            yield run[at : at + width]


def _holds(window: list[Paragraph]) -> bool:
    parts = [_value(p) for p in window[1:]]
    return all(parts) and _value(window[0]) == sum(parts, Decimal(0))


def _finding(header: _Header, window: list[Paragraph]) -> ReviewFinding | None:
    total, parts = window[0], window[1:]
    written = _plain(total)
    added = sum((_value(p) for p in parts), Decimal(0))
    if (
        not all(_value(p) for p in parts)
        or len(written.replace(".", "").lstrip("0")) < _LEAST_DIGITS
    ):
        return None
    names = "".join(f"“{name}”" for name in header.parts)
    shown = "＋".join(p.text.strip() for p in parts)
    told = f"表中“{header.total}”{written}与其后{names}各栏{shown}＝{added}不符"
    meant = corrected(written, added - _value(total))
    how = slip(written, meant) if meant else None
    if meant and how:
        message = f"{told}，{written}疑为{meant}之误（{how}），请核实。"
        return make_finding("sum-mismatch", total, message, stated=written, recomputed=meant)
    fixes = [(p, corrected(_plain(p), _value(total) - added)) for p in parts]
    slipped = [(p, fix, how) for p, fix in fixes if fix and (how := slip(_plain(p), fix))]
    if len(slipped) != 1:
        return None
    part, fix, how = slipped[0]
    message = f"{told}；若总计无误，{_plain(part)}疑为{fix}之误（{how}），请核实。"
    return make_finding("sum-mismatch", part, message, stated=_plain(part), recomputed=fix)


def _plain(paragraph: Paragraph) -> str:
    return paragraph.text.strip().replace(",", "")


def _table_findings(paragraphs: tuple[Paragraph, ...], header: _Header) -> list[ReviewFinding]:
    windows = list(_windows(_runs(paragraphs, header.end), len(header.parts) + 1))
    held = [w for w in windows if _holds(w)]
    if len(held) < _LEAST_HELD:
        return []
    within = {id(p) for w in held for p in w}  # (a cell of a run that adds up is no total)
    found = (_finding(header, w) for w in windows if id(w[0]) not in within and not _holds(w))
    return [f for f in found if f is not None]


def check_cell_runs(doc: ReportDoc) -> list[ReviewFinding]:
    """Each run of a total and its parts, in a table one cell to a line, that misses by a
    slip of the hand."""
    paragraphs = doc.paragraphs
    findings: list[ReviewFinding] = []
    for at in range(len(paragraphs)):
        header = _header(paragraphs, at)
        if header is not None:
            findings.extend(_table_findings(paragraphs, header))
    return findings

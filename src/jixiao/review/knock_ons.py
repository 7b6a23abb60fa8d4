"""One slipped cell of a table breaks two sums, its row's and its column's, and two checks
each report a sum that does not add up. Told apart, the slip reads as two faults, and the
second finding blames a figure that is right:

    翟镇   | 30400 | 8880 | 39820 |      ← the row: 30400 + 8880 = 39280, not 39820
    合计   | …     | …    | 466640 |     ← the column: its rows now make 467180

- A sum whose gap is exactly the other's, the other's stated figure among its parts, is a
  knock-on of that figure, and says so.
- Two sums off by the same gap that share one part (石台镇's 分散 cell, in its row and in
  its column) point at that part, and both say so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from decimal import InvalidOperation

from jixiao.review.checks.percent_findings import places
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt

_CODE = "sum-mismatch"
#: How far apart in paragraphs two findings of one table may stand.
_NEAR = 80
_PLUS = re.compile(r"(?<=[\d元人户个项%])[+＋]")  # a plus after a figure: not 集中+分散合计
#: A figure (not a year naming a column: 2024年下达资金).
FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?![\d.]|年)")


def _number(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.replace(",", "").rstrip("%"))
    except InvalidOperation:
        return None


def _gap(finding: ReviewFinding) -> Decimal | None:
    """How far the stated figure is above what the parts give."""
    stated, recomputed = _number(finding.stated), _number(finding.recomputed)
    return None if stated is None or recomputed is None else stated - recomputed


def _summands(message: str) -> set[str]:
    """The figures a message adds with ＋ (the last before the first ＋, the first after
    each), labels between them allowed (特困供养金363200＋护理补贴104340)."""
    pieces = _PLUS.split(message)
    if len(pieces) < 2:
        return set()
    first = FIGURE.findall(pieces[0])
    later = [found[0] for piece in pieces[1:] if (found := FIGURE.findall(piece))]
    return set(first[-1:] + later)


def _pair(a: ReviewFinding, b: ReviewFinding) -> tuple[Decimal, Decimal] | None:
    """The gaps of two sum findings of one table, when both are known and not nil."""
    if a is b or abs(a.paragraph - b.paragraph) > _NEAR:
        return None
    gaps = _gap(a), _gap(b)
    if gaps[0] is None or gaps[1] is None or not gaps[0] or not gaps[1]:
        return None
    return gaps[0], gaps[1]


def _explains(cause: ReviewFinding, sum_: ReviewFinding) -> bool:
    """``cause``'s wrong figure is a part of ``sum_`` and gives all of its gap."""
    gaps = _pair(cause, sum_)
    return (
        gaps is not None
        and gaps[1] == -gaps[0]
        and cause.stated is not None
        and cause.stated in _summands(sum_.message)
    )


def _shared(first: ReviewFinding, second: ReviewFinding, texts: dict[int, str]) -> str | None:
    """The one part (not nil) two sums off by the same gap both add: one cell of a row and
    a column, so written in at most one of their own rows (two rows that each hold a 300
    share no cell)."""
    gaps = _pair(first, second)
    if gaps is None or gaps[0] != gaps[1]:
        return None
    common = [
        s
        for s in _summands(first.message) & _summands(second.message)
        if _number(s) != 0
        and sum(_holds_figure(texts.get(f.paragraph, ""), s) for f in (first, second)) <= 1
    ]
    return common[0] if len(common) == 1 else None


def _holds_figure(text: str, figure: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", text) is not None


def note_knock_ons(findings: list[ReviewFinding], texts: dict[int, str]) -> list[ReviewFinding]:
    """The findings, each sum a slip of another sum's figure explains saying so, and each
    pair of sums that share a wrong part naming it. Both stay: as written, both sums are
    broken, and a reviewer corrects both tables' cells from the one slip."""
    sums = [f for f in findings if f.code == _CODE]
    notes: dict[int, str] = {}
    for finding in sums:
        note = _knock_on_note(finding, sums) or _shared_note(finding, sums, texts)
        if note is not None:
            notes[id(finding)] = note
    return [replace(f, message=f.message + notes[id(f)]) if id(f) in notes else f for f in findings]


def _knock_on_note(finding: ReviewFinding, sums: list[ReviewFinding]) -> str | None:
    causes = [c for c in sums if _explains(c, finding) and not _explains(finding, c)]
    if not causes:
        return None
    stated = causes[0].stated
    return f"该差额与{stated}同其自身分项之和的差额相同，应为{stated}有误所致，应先核实该数。"


def _shared_note(
    finding: ReviewFinding, sums: list[ReviewFinding], texts: dict[int, str]
) -> str | None:
    """What ``finding`` says of the part it shares with another sum off by the same gap."""
    gap = _gap(finding)
    for other in sums:
        part = _shared(finding, other, texts)
        if part is None or gap is None:
            continue
        right = fmt(Decimal(part.replace(",", "")) + gap, places(part))
        return (
            f"另一合计亦不平且相差相同，两处共有分项{part}；"
            f"该数若为{right}，则两处均相符，应先核实该数。"
        )
    return None

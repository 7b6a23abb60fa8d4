"""An allocation table whose group totals stand in merged cells at the head of their rows, a
web page having saved each group's cells one after another:

    县(市、区) | 合计 | 镇(乡) | 乡镇类型 | 补助资金(万元)
    泉港区 | 110 | 前黄镇 | 工贸带动型 | 50 | 峰尾镇 | 城乡融合型 | 50
    惠安县 | 200 | 辋川镇 | 农业生态型 | 50 | 山霞镇 | 工贸带动型 | 50
    紫山镇 | 城乡融合型 | 50
    …                                           → 泉港区 110, its towns 50 + 50 = 100

The table's body is read as a run of pieces, each of words closed by one figure: the heads are
the pieces of fewer words (泉港区 | 110), the members those of more (前黄镇 | 工贸带动型 | 50),
every member as many. A head is the sum of the members after it, up to the next head; two
groups of two members or more must show it before a group is held to it, and the last group
short of its head is a table cut off, not a fault.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.tables.cells import whole_adds_up
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.flat import TOTAL_LABEL
from jixiao.review.text.quantities import fmt

MIN_SHOWN = 2
MIN_MEMBERS = 2


@dataclass(frozen=True, slots=True)
class _Piece:
    """Words closed by a figure, and the row that holds its figure."""

    words: tuple[str, ...]
    value: Figure
    paragraph: Paragraph


@dataclass(frozen=True, slots=True)
class _Group:
    head: _Piece
    members: tuple[_Piece, ...]

    def adds_up(self) -> bool:
        return whole_adds_up(self.head.value, [m.value for m in self.members])


def _pieces(rows: list[TableRow]) -> list[_Piece] | None:
    """The body's cells as pieces, or None when a figure stands without words before it."""
    pieces: list[_Piece] = []
    words: list[str] = []
    for row in rows:
        for cell in (c.strip() for c in row.cells):
            value = figure(cell) if cell else None
            if value is None:
                words.extend([cell] if cell else [])
                continue
            if not words or value.percent:
                return None
            pieces.append(_Piece(tuple(words), value, row.paragraph))
            words = []
    return pieces


def _groups(pieces: list[_Piece]) -> list[_Group] | None:
    """The pieces as groups under their heads, when heads and members can be told apart."""
    sizes = sorted({len(p.words) for p in pieces})
    if len(sizes) != 2 or not pieces or len(pieces[0].words) != sizes[0]:
        return None
    groups: list[_Group] = []
    for piece in pieces:
        if len(piece.words) == sizes[0]:
            groups.append(_Group(piece, ()))
        else:
            last = groups[-1]
            groups[-1] = _Group(last.head, (*last.members, piece))
    if any(TOTAL_LABEL.match(g.head.words[0]) for g in groups):
        return None  # (a 合计 row among the pieces: the table is of another shape)
    return groups if _kinds_repeat([m for g in groups for m in g.members]) else None


def _kinds_repeat(members: list[_Piece]) -> bool:
    """The members' second cells are kinds the table repeats (工贸带动型, 城乡融合型) — or all
    their own (project names); one of its own among repeated kinds is a 备注 joined to the
    next head's name, which the reading took for a member."""
    kinds = Counter(m.words[1] for m in members)
    lone = [k for k, n in kinds.items() if n == 1]
    return not lone or len(lone) == len(kinds)


def _finding(group: _Group) -> ReviewFinding | None:
    head, parts = group.head.value, [m.value for m in group.members]
    added = unexplained_sum(head, parts)  # (far from the head: a misreading, not a slip)
    if added is None:
        return None
    places = max(f.places for f in (head, *parts))
    names = "、".join(m.words[0] for m in group.members)
    listed = "＋".join(p.text for p in parts)
    message = (
        f"表中“{group.head.words[0]}”的合计为{head.text}，其所列各项（{names}）之和为"
        f"{listed}＝{fmt(added, places)}，相差{fmt(abs(added - head.value), places)}，请核实。"
    )
    return make_finding(
        "sum-mismatch",
        group.head.paragraph,
        message,
        stated=head.text,
        recomputed=fmt(added, places),
    )


def _table_findings(table: list[TableRow]) -> Iterator[ReviewFinding]:
    pieces = _pieces(table[header_end(table) :])
    groups = _groups(pieces) if pieces else None
    if groups is None:
        return
    shown = [g for g in groups if len(g.members) >= MIN_MEMBERS and g.adds_up()]
    if len(shown) < MIN_SHOWN or not all(g.members for g in groups[:-1]):
        return  # (a head with no members is a member whose blank 类型 cell was dropped)
    findings = []
    for at, group in enumerate(groups):
        added = sum((m.value.value for m in group.members), Decimal(0))
        cut = at == len(groups) - 1 and added < group.head.value.value
        finding = None if cut or not group.members else _finding(group)
        findings.extend([finding] if finding is not None else [])
    # two groups off are a misreading (a blank 类型 cell dropped makes a town look like a
    # head, a 备注 joins the next county's name), not two slips
    if len(findings) <= 1:
        yield from findings


def check_group_heads(doc: ReportDoc) -> list[ReviewFinding]:
    """Each group total a merged head cell states against the members after it."""
    return [finding for table in doc_tables(doc) for finding in _table_findings(table)]

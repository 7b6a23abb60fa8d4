"""The weight a group label gives in a scoring table (“规划 (15分)”, “绩效目标 (6分)”,
“决策(10)”) against the 分值 of the rows under it, groups nested in groups.

The labels and rows are read in order. A label opens a group inside the one still open when
its weight fits what that one still lacks; a group closes when its rows (and inner groups)
reach its weight. A group whose rows pass its weight without ever meeting it hands out more
points than it has. Falling short is named only where the reading is proven whole: a group
closed by the next label (or the last, by the table's 合计), with every bare figure between
the two a cell of its rows at any depth (a row the readers could not read would leave a
figure over, and any group short), its inner groups each closed at their own weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.block_rows import BLOCK_LABEL
from jixiao.review.checks.block_rows import shared_out
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.flat import TOTAL_LABEL
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import every_figure_read
from jixiao.review.tables.scored import scored_tables

#: A label alone in its cell: a short name, then its weight in brackets.
_LABEL = re.compile(
    r"^(?P<name>[\u4e00-\u9fff](?:[\u4e00-\u9fff ]{0,10}[\u4e00-\u9fff])?)\s*"
    r"[（(]\s*(?P<weight>\d{1,3}(?:\.\d{1,2})?)\s*分?\s*[）)]$"
)
#: Words of a scoring rule, not of a label (“年度工作计划是否完整可行(3分)”).
_RULE = re.compile(r"是否|得|扣|未|不|每|的|加|分值|小计|合计|总分")
_CELLS = re.compile(r"[|｜]")
#: What follows a label that opens a line of PDF text: the name of the group under it.
_LEADING = re.compile(r"(?<=[)）])\s*[\u4e00-\u9fff]{2,8}指标$")
#: Lines above the first row where the first labels stand (the header's cells).
_LOOKBACK = 8


@dataclass(slots=True)
class _Group:
    paragraph: Paragraph
    label: str
    weight: Decimal
    added: Decimal = Decimal(0)
    parts: list[str] = field(default_factory=list)
    #: The rows under it at any depth, and whether an inner group closed off its own weight
    #: (the group's sum then says nothing of its own weight).
    every_row: list[IndicatorRow] = field(default_factory=list)
    broken: bool = False
    inner: bool = False  # groups inside it


def _labels(paragraph: Paragraph, before: int) -> Iterator[tuple[str, Decimal]]:
    """The labels of the cells of ``paragraph`` up to position ``before`` (in PDF text, with
    no bars, a label opening the line before a group's name: “效益指标（30分）社会效益指标”)."""
    text = paragraph.text[:before]
    cells = _CELLS.split(text) if _CELLS.search(text) else [_LEADING.sub("", text)]
    for cell in cells:
        match = _LABEL.match(cell.strip())
        if match is not None and not _RULE.search(match.group("name")):
            yield match.group(0), Decimal(match.group("weight"))


def _items(
    doc: ReportDoc, table: ScoredTable
) -> Iterator[tuple[Paragraph, str, Decimal] | IndicatorRow]:
    """The labels and rows of ``table`` in reading order."""
    rows = {row.paragraph.index: row for row in table.rows}
    first = min(rows) - _LOOKBACK
    for paragraph in doc.paragraphs:
        if paragraph.index > max(rows):
            yield from _next_labels(doc, paragraph.index)
            return
        if paragraph.index < first:
            continue
        row = rows.get(paragraph.index)
        if row is None and not _CELLS.search(paragraph.text):
            continue  # a line of a wrapped cell (评分标准 grades), not a row of cells
        name_at = paragraph.text.find(row.name) if row is not None else -1
        end = name_at if name_at >= 0 else len(paragraph.text)
        for label, weight in _labels(paragraph, end):
            yield paragraph, label, weight
        if row is not None:
            yield row


def _next_labels(doc: ReportDoc, start: int) -> Iterator[tuple[Paragraph, str, Decimal]]:
    """The labels of the first line of cells after the table's last row read that has any
    (“6 | 执行 (35分) |” over rows no reader took): they close the groups before them."""
    for paragraph in (p for p in doc.paragraphs if start <= p.index < start + _LOOKBACK):
        found = list(_labels(paragraph, len(paragraph.text)))
        if found:
            for label, weight in found:
                yield paragraph, label, weight
            return


def _whole(doc: ReportDoc, group: _Group, end: Paragraph, closing: Decimal | None) -> bool:
    """A group whose rows, at any depth, are every figure up to the label closing it, its
    inner groups each closed at their own weight. A group of groups is closed only by a
    label as heavy as itself (``closing``; None for the table's 合计): a lighter one may be
    one more of its own groups, which would put it over."""
    if group.broken or group.added <= 0:
        return False
    if group.inner and closing is not None and closing < group.weight:
        return False
    return every_figure_read(doc, group.every_row, group.paragraph, end)


def _heavier_first(group: _Group, paragraph: Paragraph, weight: Decimal) -> bool:
    """The first label under a group's, on its line or the next, weighing more than the
    group (“投入(13分) | 预算配置(15分) | …”): the group hands out more than it has."""
    empty = group.added == 0 and not group.every_row and not group.inner and group.weight > 0
    return empty and weight > group.weight and paragraph.index - group.paragraph.index <= 1


def _opened(
    doc: ReportDoc, open_groups: list[_Group], item: tuple[Paragraph, str, Decimal]
) -> Iterator[_Group]:
    """Open the group of a label in ``open_groups``, yielding the groups it closes short and
    proven whole."""
    paragraph, label, weight = item
    if any(g.label == label and g.weight == weight for g in open_groups):
        return  # a merged cell repeated on each of its rows
    while open_groups and weight > open_groups[-1].weight - open_groups[-1].added:
        group = open_groups.pop()  # a label that cannot fit closes what it does not fit
        if _heavier_first(group, paragraph, weight):
            group.added, group.parts = weight, [f"{weight.normalize():f}"]
            yield group
        elif _whole(doc, group, paragraph, weight):
            yield group
        if open_groups:
            open_groups[-1].broken = True  # short of its weight: its parent's sum is too
    if open_groups:
        open_groups[-1].inner = True
    open_groups.append(_Group(paragraph, label, weight))


def _over(doc: ReportDoc, table: ScoredTable) -> Iterator[_Group]:
    """The groups whose rows pass their weight, and those proven short of it."""
    open_groups: list[_Group] = []
    for item in _items(doc, table):
        if isinstance(item, tuple):
            yield from _opened(doc, open_groups, item)
            continue
        if not open_groups:
            continue
        value, text = item.weight.value, item.weight.text
        for group in open_groups:
            group.every_row.append(item)
        while open_groups:
            group = open_groups[-1]
            group.added += value
            group.parts.append(text)
            if group.added < group.weight:
                break
            open_groups.pop()
            if group.added > group.weight:
                yield group
                if open_groups:
                    open_groups[-1].broken = True
                break  # its parent is not to blame for the surplus
            value, text = group.weight, f"{group.weight.normalize():f}"
    total = _total_line(doc, table)
    if open_groups and total is not None and _whole(doc, open_groups[-1], total, None):
        yield open_groups[-1]  # the last group, closed by the table's 合计


def _total_line(doc: ReportDoc, table: ScoredTable) -> Paragraph | None:
    """The line that opens the table's 合计 row (its label, before the figures)."""
    if table.total is None or not table.rows:
        return None
    last, end = table.rows[-1].paragraph.index, table.total.paragraph.index
    labels = (
        p for p in doc.paragraphs if last < p.index <= end and TOTAL_LABEL.match(p.text.strip())
    )
    return next(labels, table.total.paragraph)


def weight_finding(
    paragraph: Paragraph, label: str, weight: Decimal, parts: list[str], added: Decimal, cause: str
) -> ReviewFinding:
    """A label's weight against the weights under it (``parts``, adding up to ``added``)."""
    shown, total = f"{weight.normalize():f}", f"{added.normalize():f}"
    side = "超过" if added > weight else "不足"
    message = (
        f"“{label}”下各项分值{'＋'.join(parts)}＝{total}分，{side}该指标分值{shown}分，{cause}。"
    )
    start = paragraph.text.find(label)
    span = (start, start + len(label)) if start >= 0 else None
    return make_finding(
        "weight-total-mismatch",
        paragraph,
        message,
        span=span,
        stated=f"{shown}分",
        recomputed=f"{total}分",
    )


def _finding(group: _Group) -> ReviewFinding:
    return weight_finding(
        group.paragraph,
        group.label,
        group.weight,
        group.parts,
        group.added,
        "分值设置有误或填报错位",
    )


def check_group_weights(doc: ReportDoc) -> list[ReviewFinding]:
    """Each labelled group of a scoring table against the 分值 of its rows."""
    findings: list[ReviewFinding] = []
    for table in scored_tables(doc):
        if not table.rows:
            continue
        # 一级指标 labels printed on their blocks' middle rows, each block making its weight
        spread = shared_out(doc, table)
        findings.extend(
            _finding(group)
            for group in _over(doc, table)
            if not (spread and BLOCK_LABEL.search(group.label))
        )
    return findings

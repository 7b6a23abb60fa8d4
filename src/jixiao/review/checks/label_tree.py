"""A framework of indicators whose every level is a label with its weight (a 部门整体 评价
指标体系 published as a table of names only):

    | 一级指标 | 二级指标 | 三级指标 | 得分 |
    | 部门决策(25分) | 目标任务(15分) | 相关性(5分) |
    | 明确性(5分) |
    | 预算编制(10分) | 测算依据(5分) |

Each line is a row of the table; merged cells leave their label on the first row only, so a
row's labels end at the deepest level and begin where the header's levels say (three labels
are 一级, 二级 and 三级; one label alone is a 三级). Each label's weight is checked against the
weights of the labels under it, short or over: every weight is written, none is a row the
readers may have missed. A label's own wrong weight shows twice — against its children and in
its parent's sum —, and is named once, at the label. A tree read wrong shows as many
mismatches at once; then nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal

from jixiao.review.checks.group_weights import weight_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import figure

_LEVEL = re.compile(r"^[一二三四]级\s*指标$")
_LABEL = re.compile(
    r"^(?P<name>[\u4e00-\u9fff].{0,40}?)\s*[（(]\s*(?P<weight>\d{1,3}(?:\.\d)?)\s*分\s*[）)]$"
)
#: A leaf named without a weight (“部门特性指标”, its rows left to the unit): its parent is
#: not checked.
_NAME = re.compile(r"^[\u4e00-\u9fff（）()、]{2,16}$")
#: More mismatches than this, or than one in :data:`_LABELS_A_MISMATCH` labels in a large
#: tree: the tree was not read as the table has it.
_MOST_MISMATCHES = 2
_LABELS_A_MISMATCH = 12
_MIN_LABELS = 6


@dataclass(slots=True)
class Node:
    paragraph: Paragraph
    label: str
    weight: Decimal | None
    children: list[Node] = field(default_factory=list)

    def added(self) -> Decimal | None:
        """The children's weights, or None when a child has none."""
        weights = [child.weight for child in self.children]
        if not weights or any(w is None for w in weights):
            return None
        return sum((w for w in weights if w is not None), Decimal(0))


def _levels(paragraph: Paragraph) -> tuple[int, int]:
    """How many levels a header row names (一级指标, 二级指标 …) and how many columns follow
    them (得分, 评分标准 …); no levels for any other row."""
    cells = [c.strip() for c in paragraph.cells if c.strip()]
    named = [n for n, c in enumerate(cells) if _LEVEL.match(c)]
    if len(named) < 2:
        return 0, 0
    return len(named), len(cells) - named[-1] - 1


def _in_table(paragraph: Paragraph) -> bool:
    """A row of a table: cells between bars, or a grid's row (a heading after the table,
    “一、部门决策（25分）”, is none)."""
    return "｜" in paragraph.text or "|" in paragraph.text or bool(paragraph.cell_places)


#: A cell of the columns after the levels: a figure (得分, 分值) or a rule written out
#: (“完全符合得满分，部分符合酌情扣分。”), not a name.
_RULE_TEXT = re.compile(r"[，。；,;：:]|是否|得分|扣")


def _extra(cell: str) -> bool:
    return figure(cell) is not None or bool(_RULE_TEXT.search(cell))


def _row(cells: list[str], levels: int, extra: int) -> list[tuple[str, Decimal | None]] | None:
    """A row's labels (with a weightless leaf name last, if any), or None for a row that is
    not one of labels; up to ``extra`` cells of the header's other columns may follow."""
    labels: list[tuple[str, Decimal | None]] = []
    at = 0
    while at < len(cells) and (match := _LABEL.match(cells[at])) is not None:
        labels.append((cells[at], Decimal(match.group("weight"))))
        at += 1
    if labels and at < len(cells) and _NAME.match(cells[at]) and not _extra(cells[at]):
        labels.append((cells[at], None))
        at += 1
    rest = cells[at:]
    if not labels or len(labels) > levels or len(rest) > extra:
        return None
    return labels if all(_extra(cell) for cell in rest) else None


#: A row of labels the reader could not take apart: the labels open above it may lack it.
_UNREAD_LABEL = re.compile(r"[（(]\s*\d{1,3}(?:\.\d)?\s*分")


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a framework as read: its labels (the deepest last) and the score after
    them, if any; ``labels`` None for the first row that is not one of labels, ``unread``
    when that row holds a label the reader could not take apart."""

    paragraph: Paragraph
    labels: list[tuple[str, Decimal | None]] | None
    unread: bool = False
    at: int = 0


def grow(rows: Iterable[Row], levels: int) -> tuple[list[Node], list[Node], int | None]:
    """The tree of labels ``rows`` give, read until the first row of anything else; the
    labels left open where that row may have been one of theirs (or the rows end); and
    where reading stopped (None when the rows ran out)."""
    roots: list[Node] = []
    path: list[Node] = []
    for row in rows:
        if row.labels is None:
            return roots, path if row.unread else [], row.at
        depth = levels - len(row.labels)
        if depth > len(path):
            return [], [], row.at  # a row deeper than any label above it
        del path[depth:]
        for label, weight in row.labels:
            node = Node(row.paragraph, label, weight)
            (path[-1].children if path else roots).append(node)
            path.append(node)
    return roots, path, None


def _table_rows(doc: ReportDoc, header: int, levels: int, extra: int) -> Iterator[Row]:
    """The rows of a table under its header, up to the first row of anything else."""
    for at in range(header + 1, len(doc.paragraphs)):
        paragraph = doc.paragraphs[at]
        cells = [c.strip() for c in paragraph.cells if c.strip()]
        if not cells or (_levels(paragraph)[0] and _in_table(paragraph)):
            continue  # a blank row, or the header again on the next page
        labels = _row(cells, levels, extra) if _in_table(paragraph) else None
        unread = labels is None and _in_table(paragraph) and _UNREAD_LABEL.search(paragraph.text)
        yield Row(paragraph, labels, bool(unread), at)
        if labels is None:
            return


def _trees(doc: ReportDoc) -> Iterator[tuple[list[Node], list[Node]]]:
    """Every framework of labels in ``doc``, each under its own header."""
    at = 0
    while at < len(doc.paragraphs):
        levels, extra = _levels(doc.paragraphs[at])
        if not levels:
            at += 1
            continue
        roots, unsure, end = grow(_table_rows(doc, at, levels, extra), levels)
        yield roots, unsure
        at = max(len(doc.paragraphs) if end is None else end, at + 1)


def _walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _mismatched(roots: list[Node], unsure: list[Node]) -> list[Node]:
    """The labels whose weight is not their children's (not those ``unsure`` of them), a
    parent left out when it holds once a mismatched child is read from its own children."""
    skipped = {id(node) for node in unsure}
    wrong = [
        n
        for n in _walk(roots)
        if n.weight is not None and n.added() not in (None, n.weight) and id(n) not in skipped
    ]
    ids = {id(node) for node in wrong}
    named = []
    for node in wrong:
        fixed = sum(
            ((c.added() if id(c) in ids else c.weight) or Decimal(0) for c in node.children),
            Decimal(0),
        )
        if fixed != node.weight:
            named.append(node)
    return named


def _finding(node: Node) -> ReviewFinding:
    weights = [child.weight or Decimal(0) for child in node.children]
    return weight_finding(
        node.paragraph,
        node.label,
        node.weight or Decimal(0),
        [f"{w.normalize():f}" for w in weights],
        sum(weights, Decimal(0)),
        "指标体系分值设置有误",
    )


def mismatches(roots: list[Node], unsure: list[Node]) -> list[Node] | None:
    """The labels to name, or None for a tree too small to judge or not read as the table
    has it."""
    labels = sum(1 for _ in _walk(roots))
    if labels < _MIN_LABELS:
        return None
    named = _mismatched(roots, unsure)
    if len(named) > max(_MOST_MISMATCHES, labels // _LABELS_A_MISMATCH):
        return None
    return named


def tree_findings(roots: list[Node], unsure: list[Node]) -> list[ReviewFinding]:
    return [_finding(node) for node in mismatches(roots, unsure) or []]


def check_label_tree(doc: ReportDoc) -> list[ReviewFinding]:
    """Each weight of a framework written as labels against the weights under it."""
    return [finding for tree in _trees(doc) for finding in tree_findings(*tree)]

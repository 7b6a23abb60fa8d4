"""A framework of labels with their weights, read cell by cell, in a 计分表 whose rows go on
past the 自评分 with columns of text (a web page's table saved one cell to a line):

    一级指标 | 二级指标 | 三级指标 | 自评分 | 具体指标 | 评价标准 | 得分
    项目决策(15分) | 决策过程(8分) | 决策依据(4分) | 4 | 有关法律法规… | 符合法律法规(1分) … |
    决策程序(4分) | 4 | 项目符合申报条件… | 符合申报条件(2分) 项目申报…(1分) 项目调整…(1分) |

Each row's labels end at the figure that is its 自评分; the text cells after it, up to the
next label, are passed over — save the 评价标准, whose points must make the row's weight
(unless they are grades of one measure, the highest the weight). The tree is checked as
:mod:`jixiao.review.checks.label_tree` checks a table's, each 自评分 against its label's
weight as :mod:`jixiao.review.checks.run_labels` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.criteria_points import share_points
from jixiao.review.checks.label_tree import Row
from jixiao.review.checks.label_tree import grow
from jixiao.review.checks.label_tree import mismatches
from jixiao.review.checks.label_tree import tree_findings
from jixiao.review.checks.run_labels import over_weight
from jixiao.review.checks.score_only import TOTAL_ROW
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import tokens

_LEVEL = re.compile(r"^[一二三四]级指标$")
_SCORE_COLUMN = re.compile(r"^(?:自评分|自评得分|得分)$")
_TEXT_COLUMN = re.compile(
    r"^(?:具体指标|指标解释|指标说明|评价标准|评分标准|评分依据|得分|扣分原因|备注)$"
)
_LABEL = re.compile(
    r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff“”、/]*?)[（(](?P<weight>\d{1,3}(?:\.\d)?)分[)）]"
)
_SCORE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_POINTS = re.compile(r"[（(](\d+(?:\.\d+)?)分[)）]")
MIN_LEVELS = 2
#: Text cells a row may have after its 自评分 beyond the header's text columns (a cell a
#: page split in two); more end the table.
SPARE_TEXT_CELLS = 1


def _flat(token: Token) -> str:
    return re.sub(r"\s", "", token.text)


@dataclass(frozen=True, slots=True)
class _Header:
    """Where a header of levels, a 自评分 and text columns ends; its levels; the names of
    its text columns."""

    end: int
    levels: int
    columns: tuple[str, ...]

    @property
    def criteria_at(self) -> int | None:
        """How many text cells stand before a row's 评价标准 (None: the table has none)."""
        return next((n for n, c in enumerate(self.columns) if c in _CRITERIA), None)


_CRITERIA = ("评价标准", "评分标准")


def _header(stream: tuple[Token, ...]) -> Iterator[_Header]:
    """Each header of levels, a 自评分 and text columns."""
    at = 0
    while at < len(stream):
        levels = 0
        while at + levels < len(stream) and _LEVEL.match(_flat(stream[at + levels])):
            levels += 1
        end = at + levels
        if levels >= MIN_LEVELS and end < len(stream) and _SCORE_COLUMN.match(_flat(stream[end])):
            texts = end + 1
            while texts < len(stream) and _TEXT_COLUMN.match(_flat(stream[texts])):
                texts += 1
            if texts > end + 1:
                yield _Header(texts, levels, tuple(_flat(t) for t in stream[end + 1 : texts]))
        at = end + 1


class _Reading:
    """The rows from ``start`` on, with each row's 自评分 and the 评价标准 after it."""

    def __init__(self, stream: tuple[Token, ...], header: _Header) -> None:
        self.stream = stream[header.end :]
        self.most_texts = len(header.columns) + SPARE_TEXT_CELLS
        self.criteria_at = header.criteria_at
        self.scored: list[tuple[Row, Decimal]] = []
        self.criteria: list[tuple[Row, Token]] = []

    def _criteria(self, flat: str, row: Row, texts: int, at: int) -> bool:
        following = _flat(self.stream[at + 1]) if at + 1 < len(self.stream) else ""
        return texts == self.criteria_at and _one_criterion(flat, row, following)

    def rows(self) -> Iterator[Row]:
        labels: list[tuple[str, Decimal | None]] = []
        texts = 0
        row: Row | None = None
        opened = self.stream[0].paragraph if self.stream else None
        for at, token in enumerate(self.stream):
            flat = _flat(token)
            if row is not None and self._criteria(flat, row, texts, at):
                texts += 1
                self.criteria.append((row, token))
            elif label := _LABEL.fullmatch(flat):
                labels.append((flat, Decimal(label.group("weight"))))
                opened = token.paragraph if len(labels) == 1 else opened
                texts = 0
            elif labels and opened is not None and _SCORE.fullmatch(flat):
                row = Row(opened, labels)
                self.scored.append((row, Decimal(flat)))
                yield row
                labels = []
            elif not labels and TOTAL_ROW.match(flat):
                yield Row(token.paragraph, None)  # the table closed: no label left open
                return
            elif not labels and row is not None and texts < self.most_texts:
                texts += 1
                if len(_POINTS.findall(flat)) > 1:
                    self.criteria.append((row, token))
            else:
                yield Row(token.paragraph, None, unread=True)
                return


#: A criterion that grades the measure down (不及时, 未完成, 较好): the points are grades of one
#: measure, only one of which applies.
_GRADED = re.compile(r"不|未|否|较|基本|部分|优|良|中|差|一般|合格|[≥≤<>＜＞~～%％]")


def _one_criterion(flat: str, row: Row, following: str) -> bool:
    """A 评价标准 of one criterion worth the whole row (“达标(6分)” in its column after a
    6-point row's 具体指标), read as a label by its shape: it carries the row's weight, and
    no 自评分 follows it as one would a label."""
    label = _LABEL.fullmatch(flat)
    if label is None or not row.labels:
        return False
    return Decimal(label.group("weight")) == row.labels[-1][1] and not _SCORE.fullmatch(following)


def _criteria_finding(row: Row, token: Token) -> ReviewFinding | None:
    label, weight = (row.labels or [("", None)])[-1]
    items = [c for c in re.split(r"(?<=分[)）])", _flat(token)) if c]
    points = share_points(items)
    if weight is None or not points or "其中" in _flat(token):
        return None  # (“程序规范(3分)，其中：…(1.5分)…(1.5分)”: points within points)
    graded = any(_GRADED.search(item) for item in items[1:])
    made = max(points) if graded else sum(points)
    if made == weight:
        return None
    if graded:
        said = f"其评分标准最高一档为{format(made, 'f')}分"
    else:
        listed = "＋".join(format(p, "f") for p in points)
        said = f"其评分标准各项分值合计{listed}＝{format(made, 'f')}分"
    message = f"“{label}”分值为{format(weight, 'f')}分，而{said}，两者不符，请核实分值或评分标准。"
    return make_finding(
        "criteria-points-mismatch",
        token.paragraph,
        message,
        stated=format(weight, "f"),
        recomputed=format(made, "f"),
    )


def check_cell_labels(doc: ReportDoc) -> list[ReviewFinding]:
    """Each framework of weighted labels read cell by cell past its text columns."""
    stream = tokens(doc)
    findings: list[ReviewFinding] = []
    for header in _header(stream):
        reading = _Reading(stream, header)
        roots, unsure, _ = grow(reading.rows(), header.levels)
        if mismatches(roots, unsure) is not None:
            findings += tree_findings(roots, unsure) + over_weight(reading.scored)
            found = (_criteria_finding(row, token) for row, token in reading.criteria)
            findings += [finding for finding in found if finding is not None]
    return findings

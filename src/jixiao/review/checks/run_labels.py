"""A framework of labels run into plain text (a PDF of a 部门整体 得分表 copied out line by
line, each row's 得分 at the head of the next line):

    一级指标 二级指标 三级指标 得分 部门决策(25分) 目标任务(15分) 相关性(5分)
    5 明确性(5分)
    5 合理性(5分)
    5 预算编制(10分) 测算依据(5分)
    2 目标管理(5分)
    …

Read after a header naming the levels and a 得分 column, as labels and figures only: each
figure closes a row and is its 得分, the row's labels being those since the figure before
(the deepest last, as in a table's row). Reading stops at the first text that is neither.
The tree is checked as :mod:`jixiao.review.checks.label_tree` checks a table's; a row's 得分
above its own label's weight is a fault of its own, named while few rows are (more would be
figures read against the wrong rows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.label_tree import Row
from jixiao.review.checks.label_tree import grow
from jixiao.review.checks.label_tree import mismatches
from jixiao.review.checks.label_tree import tree_findings
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_LEVEL = r"[一二三四]\s*级\s*指\s*标"
_HEADER = re.compile(rf"(?:{_LEVEL}\s*){{2,4}}(?:自评)?得\s*分")
_LABEL = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff](?:[\u4e00-\u9fff“”、/\s]|[（(][\u4e00-\u9fff、，,]{1,12}[)）])*?)"
    r"\s*[（(]\s*(?P<weight>\d{1,3}(?:\.\d)?)\s*分\s*[)）]"
)
_SCORE = re.compile(r"\s*(?P<score>\d{1,3}(?:\.\d{1,2})?)(?![\d.%分])")
#: Rows whose 得分 passes the weight, past which the figures are not the rows' own.
_MOST_OVER = 2


class _Reading:
    """The labels and scores from ``start`` in ``paragraphs[first]`` on."""

    def __init__(self, doc: ReportDoc, first: int, start: int) -> None:
        self.paragraphs = doc.paragraphs[first:]
        self.start = start
        self.scored: list[tuple[Row, Decimal]] = []

    def rows(self) -> Iterator[Row]:
        labels: list[tuple[str, Decimal | None]] = []
        opened = self.paragraphs[0]
        for paragraph, text in self._texts():
            at = 0
            while at < len(text.rstrip()):
                if label := _LABEL.match(text, at):
                    name = re.sub(r"\s", "", label.group("name"))
                    weight = Decimal(label.group("weight"))
                    opened = paragraph if not labels else opened
                    labels.append((f"{name}({label.group('weight')}分)", weight))
                    at = label.end()
                elif labels and (score := _SCORE.match(text, at)):
                    row = Row(opened, labels)
                    self.scored.append((row, Decimal(score.group("score"))))
                    yield row
                    labels, at = [], score.end()
                else:
                    yield Row(paragraph, None, unread=True)
                    return

    def _texts(self) -> Iterator[tuple[Paragraph, str]]:
        for n, paragraph in enumerate(self.paragraphs):
            yield paragraph, paragraph.text[self.start if n == 0 else 0 :]


def over_weight(scored: list[tuple[Row, Decimal]]) -> list[ReviewFinding]:
    """The rows whose 得分 passes their own label's weight, while few do."""
    over = []
    for row, score in scored:
        label, weight = (row.labels or [("", None)])[-1]
        if weight is not None and score > weight:
            message = (
                f"“{label}”得分{score.normalize():f}分，超过该项分值{weight.normalize():f}分。"
            )
            over.append(
                make_finding(
                    "table-score-over-weight",
                    row.paragraph,
                    message,
                    stated=f"{score.normalize():f}",
                    recomputed=f"{weight.normalize():f}",
                )
            )
    return over if len(over) <= _MOST_OVER else []


def check_run_labels(doc: ReportDoc) -> list[ReviewFinding]:
    """Each framework of labels run into plain text, checked as a table's."""
    findings: list[ReviewFinding] = []
    for at, paragraph in enumerate(doc.paragraphs):
        header = _HEADER.search(paragraph.text)
        if header is None or "|" in paragraph.text or "｜" in paragraph.text:
            continue
        levels = len(re.findall(_LEVEL, header.group()))
        reading = _Reading(doc, at, header.end())
        roots, unsure, _ = grow(reading.rows(), levels)
        if mismatches(roots, unsure) is not None:
            findings += tree_findings(roots, unsure) + over_weight(reading.scored)
    return findings

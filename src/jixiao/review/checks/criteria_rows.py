"""A 部门整体支出绩效评价指标评分表 whose cells a 文库 copy ran together, each label with its
weight in brackets, each row's 指标解释 and 指标说明 after its labels and its 自评分 glued to
the next row's labels:

    一级指标二级指标三级指标指标解释指标说明自评分投入(20分)目标设定(5分)绩效目标合理性(2分)
    部门所设立的整体绩效目标依据是否充分,…计0.5分。2绩效指标明确性(3分)部门依据…计1分。3
    预算配置(15分)在职人员控制率(5分)…

A row opens with one to three labels (three open a 一级 block, two a 二级 one), runs through
its text and closes with its 自评分, a figure right before the next row's labels and after
the end of a sentence or a word. The labels so read make the tree
:mod:`jixiao.review.checks.label_tree` checks, and a 自评分 above its row's weight is a fault
of its own, as are points its 指标说明 shares out that do not make its weight. A row whose
score cannot be told ends the reading: the blocks open then may lack rows; the row the text
ends in is left alone, the excerpt may have cut it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from jixiao.review.checks.criteria_points import MIN_ITEMS
from jixiao.review.checks.criteria_points import NOT_A_SHARE
from jixiao.review.checks.criteria_points import points_finding
from jixiao.review.checks.glued_framework import joined
from jixiao.review.checks.label_tree import Row
from jixiao.review.checks.label_tree import grow
from jixiao.review.checks.label_tree import mismatches
from jixiao.review.checks.label_tree import tree_findings
from jixiao.review.checks.run_labels import over_weight
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_HEADER = re.compile(r"一级指标二级指标三级指标(?:[\u4e00-\u9fff]{2,6}?){0,4}?(?:自评分|得分)")
_LABEL = re.compile(
    r"(?P<name>[\u4e00-\u9fff“\"][\u4e00-\u9fff“”\"、]{0,15}?)[（(](?P<weight>\d{1,2}(?:\.\d)?)分[)）]"
)
#: A row's 自评分: a figure ending its text, after a sentence's end, a word or a bracket.
_SCORE = re.compile(r"(?<=[。；;%)）”\"\u4e00-\u9fff])(?P<score>\d{1,3}(?:\.\d{1,2})?)$")
_LEVELS = 3


def _openings(text: str) -> Iterator[tuple[int, int, list[tuple[str, Decimal | None]]]]:
    """Each run of labels right after one another: where it starts, ends and its labels."""
    start = end = -1
    labels: list[tuple[str, Decimal | None]] = []
    for label in _LABEL.finditer(text):
        if labels and label.start() != end:
            yield start, end, labels
            labels = []
        if not labels:
            start = label.start()
        name = label.group("name").replace("“", "").replace("”", "").replace('"', "")
        labels.append((f"{name}({label.group('weight')}分)", Decimal(label.group("weight"))))
        end = label.end()
    if labels:
        yield start, end, labels


def _rows(
    text: str,
    paragraph_at: dict[int, Paragraph],
    scored: list[tuple[Row, Decimal]],
    told: list[ReviewFinding],
) -> Iterator[Row]:
    for (start, end, labels), (after, _, _) in pairwise(_openings(text)):
        paragraph = paragraph_at[start]
        if len(labels) > _LEVELS:
            yield Row(paragraph, None, unread=True)
            return
        score = _SCORE.search(text, end, after)
        if score is None:
            yield Row(paragraph, None, unread=True)
            return
        row = Row(paragraph, labels)
        scored.append((row, Decimal(score.group("score"))))
        points = _points(row, text[end : score.start()])
        if points is not None:
            told.append(points)
        yield row


#: A criterion's points: “符合国家法律法规…计1分”.
_POINT = re.compile(r"计(\d+(?:\.\d+)?)分")


def _points(row: Row, criteria: str) -> ReviewFinding | None:
    """The row's weight against the points its 指标说明 shares out, one criterion to a clause
    (“…计1分；…计0.5分；…计0.5分”); points that are grades of one measure (the highest
    the weight), deduct or count per unit leave the row unchecked."""
    label, weight = (row.labels or [("", None)])[-1]
    clauses = [c for c in re.split(r"[;；]", criteria) if _POINT.search(c)]
    if weight is None or len(clauses) < MIN_ITEMS:
        return None
    points = []
    for clause in clauses:
        found = list(_POINT.finditer(clause))
        if len(found) != 1 or NOT_A_SHARE.search(clause[: found[0].start()]):
            return None
        points.append(Decimal(found[0].group(1)))
    added = sum(points, Decimal(0))
    if not all(points) or weight in (added, max(points)):
        return None
    return points_finding(row.paragraph, f"“{label}”", f"{weight:f}", points, "指标说明")


def check_criteria_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Each run-together 评分表's labels against the weights under them, and its 自评分
    against them."""
    findings: list[ReviewFinding] = []
    if not any("三级指标" in re.sub(r"\s", "", p.text) for p in doc.paragraphs):
        return findings
    text, starts = joined(doc, r"\s")  # (no space of the text's own)
    for header in _HEADER.finditer(text):
        body = text[header.end() :]
        at = {
            start: doc.paragraphs[bisect_right(starts, header.end() + start) - 1]
            for start, _, _ in _openings(body)
        }
        scored: list[tuple[Row, Decimal]] = []
        told: list[ReviewFinding] = []
        roots, unsure, _ = grow(_rows(body, at, scored, told), _LEVELS)
        if mismatches(roots, unsure) is not None:
            findings += tree_findings(roots, unsure) + over_weight(scored) + told
    return findings

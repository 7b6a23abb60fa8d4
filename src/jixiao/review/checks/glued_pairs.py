"""A 评分表 a 文库 copy ran into one line, its upper labels carrying their weights in
brackets and each 三级指标 glued to its 分值 and 得分:

    一级指标二级指标三级指标分值得分项目决策(25分)绩效目标(6分)目标内容22进度计划22…
    资金分配(4分)分配方法32分配过程22…项目效益(40分)经济效益108社会效益107

A 三级指标's figures are its 分值 and its 得分 written one after the other: two digits are one
each; three or four are read with the 分值 first, a 得分 within its 分值 before any other
reading, as a 三级指标's weight is small (108: 10 and 8; 246: 24 and 6; 510: 5 and 10).
Reading stops at the first text that is neither a label nor a glued row, and at a row whose
labels do not fit the room left under the labels open above it (a 一级 block of 三级指标
alone reads like a 二级 one); the blocks still open there are left alone. The labels make
the tree :mod:`jixiao.review.checks.label_tree` checks, and a 得分 above its row's 分值 is a
fault of its own (:mod:`jixiao.review.checks.run_labels`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.label_tree import Row
from jixiao.review.checks.label_tree import grow
from jixiao.review.checks.label_tree import tree_findings
from jixiao.review.checks.run_labels import over_weight
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_LEVEL = r"[一二三]级指标"
_HEADER = re.compile(rf"(?:{_LEVEL}){{2,3}}分值得分")
_PARENT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)[（(](?P<weight>\d{1,3})分[)）]")
_LEAF = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?P<digits>\d{2,4})(?![\d.%％])")
#: Words of a count or a reason, not of an indicator's name (实际培训少15人).
_NOT_NAME = re.compile(r"少|多|共|约|实际|完成|增加|减少|扣")
#: The most a 三级指标 weighs.
MAX_LEAF_WEIGHT = 30


def split(digits: str) -> tuple[Decimal, Decimal] | None:
    """A 三级指标's 分值 and 得分 from their glued digits, or None when they cannot be told
    apart (a part opening with 0): a 得分 within its 分值 first (246: 24 and 6), else a
    分值 of a 三级指标's size (510: 5 and 10)."""
    if len(digits) == 2:
        return Decimal(digits[0]), Decimal(digits[1])
    readings = []
    for cut in (2, 1) if len(digits) == 3 else (2,):
        weight, score = digits[:cut], digits[cut:]
        if (score.startswith("0") and len(score) > 1) or not 0 < int(weight) <= MAX_LEAF_WEIGHT:
            continue
        readings.append((Decimal(weight), Decimal(score)))
    within = [(w, g) for w, g in readings if g <= w]
    chosen = within or readings
    return chosen[0] if chosen else None


class _Reading:
    """The glued rows from ``start`` in ``paragraph`` on."""

    def __init__(self, paragraph: Paragraph, start: int, levels: int) -> None:
        self.paragraph = paragraph
        self.start = start
        self.levels = levels
        self.scored: list[tuple[Row, Decimal]] = []
        self.room: list[Decimal] = []  # what each open label still holds, by level

    def _fits(self, labels: list[tuple[str, Decimal | None]]) -> bool:
        """The row's labels fit under the labels open above them: a 一级 block of 三级指标
        alone (项目效益(20分)经济效益10…) reads like a 二级 one, and would not fit."""
        depth = self.levels - len(labels)
        if depth < 0 or depth > len(self.room):
            return False
        del self.room[depth:]
        first = labels[0][1] or Decimal(0)
        if self.room and first > self.room[-1]:
            return False
        if self.room:
            self.room[-1] -= first
        self.room += [weight or Decimal(0) for _, weight in labels]
        return True

    def rows(self) -> Iterator[Row]:
        text, at = self.paragraph.text, self.start
        labels: list[tuple[str, Decimal | None]] = []
        while at < len(text.rstrip()):
            parent, leaf = _PARENT.match(text, at), _LEAF.match(text, at)
            if parent is not None and (leaf is None or parent.end() < leaf.end()):
                name, weight = parent.group("name"), parent.group("weight")
                labels.append((f"{name}({weight}分)", Decimal(weight)))
                at = parent.end()
                continue
            pair = split(leaf.group("digits")) if leaf is not None else None
            if leaf is None or pair is None or _NOT_NAME.search(leaf.group("name")):
                yield Row(self.paragraph, None, unread=True)
                return
            weight, score = pair
            labels.append((f"{leaf.group('name')}({weight}分)", weight))
            if not self._fits(labels):
                yield Row(self.paragraph, None, unread=True)
                return
            row = Row(self.paragraph, labels)
            self.scored.append((row, score))
            yield row
            labels, at = [], leaf.end()


def check_glued_pairs(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 评分表 run into a line with its 分值 and 得分 glued to each 三级指标."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        for header in _HEADER.finditer(paragraph.text):
            levels = len(re.findall(_LEVEL, header.group()))
            reading = _Reading(paragraph, header.end(), levels)
            roots, unsure, _ = grow(reading.rows(), levels)
            findings += tree_findings(roots, unsure)
            # (a row's 得分 is glued to its own 分值: it is read right however the tree is)
            findings += over_weight(reading.scored)
    return findings

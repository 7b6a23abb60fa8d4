"""A 部门整体支出绩效评价指标表 whose cells a 文库 copy ran together, each label glued to its
分值 and each row's 得分 to the end of its 指标说明:

    一级指标分值二级指标分值三级指标分值评价标准指标说明得分
    投入10预算配置10在职人员控制率5以100%为标准。…扣完为止。…编制数。5“三公经费”变动率5…

A row opens with one to three labels, each followed by its 分值 (three open a 一级 block, two a
二级 one), runs through its 评价标准 and 指标说明, and closes with its 得分 right before the
next row's labels. A 得分 is a figure standing after the end of a sentence, a %, a bracket or a
space, with a label and its 分值 right behind it; a figure inside the text (“扣2分”, “为63.46”)
is none. The labels so read make the tree :mod:`jixiao.review.checks.label_tree` checks, and
a 得分 above its row's 分值 is a fault of its own (:mod:`jixiao.review.checks.run_labels`).
The row the text ends in, and the blocks still open there, are left alone: the excerpt may
have cut them; so are the blocks open where a row's labels cannot be read (a 分值 glued to
a figure of its 评价标准, “预算执行率595%以上…”), as they may lack that row.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.label_tree import Row
from jixiao.review.checks.label_tree import grow
from jixiao.review.checks.label_tree import mismatches
from jixiao.review.checks.label_tree import tree_findings
from jixiao.review.checks.run_labels import over_weight
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_HEADER = re.compile(
    r"级指标\s*(?:分值|得分)\s*二级指标\s*(?:分值|得分)\s*三级\s*指标\s*(?:分值|得分)\s*评价标准"
    r"\s*指标说明\s*得分"
)
_NAME = r"[\u4e00-\u9fff“\"][\u4e00-\u9fff“”\" ]{0,14}?"
#: What follows a count or an amount (3家, 2台, 5万元): a figure so followed is neither a
#: 分值 nor a 得分.
_UNIT = "年个人分项次万元月日天名家所台套辆户场座处间张册本件批条亩吨期届位级倍%"
#: A label's 分值 (whole, or to a tenth: 2.5), glued to a “100%” that opens the 评价标准 at
#: most; then the text, which opens with no unit of a figure.
_WEIGHT = rf"(\d{{1,2}}?(?:\.\d)?)(?=100%|[\u4e00-\u9fff“\" ])(?![{_UNIT}])"
_LABEL = re.compile(rf"\s*(?P<name>{_NAME})\s*{_WEIGHT}")
#: A row's 得分 (after a sentence's or a clause's end, a %, a bracket, the 分 of a rule, or
#: a point that ends no figure) and the labels that open the next row.
_SCORE = re.compile(
    rf"(?:(?<=[。；;%)）\s”\"a-zA-Z分])|(?<=\D[.．]))(?P<score>\d{{1,2}}(?:\.\d{{1,2}})?)"
    rf"(?![\d.{_UNIT}])\s*(?={_NAME}\s*\d)"
)
#: A label glued to a percentage of its 评价标准 (预算执行率595%以上…): its 分值 cannot be
#: told from the figure (a “100%” after the 分值 can: 预算完成率5100%计满分).
_GLUED_PERCENT = re.compile(rf"\s*{_NAME}\s*(?!100%)\d{{2,}}(?:\.\d+)?%")
_LEVELS = 3


def _labels(text: str, at: int) -> tuple[list[tuple[str, Decimal | None]], int]:
    """The labels (one to three) that open a row at ``at``, and where its text starts; a 分值
    of 0 is the text's own figure."""
    labels: list[tuple[str, Decimal | None]] = []
    while len(labels) < _LEVELS and (match := _LABEL.match(text, at)):
        weight = Decimal(match.group(2))
        if weight == 0:
            break  # the text opening with its label's name (“变动率不高于0的…”)
        name = re.sub(r"[\s“”\"]", "", match.group("name"))  # “三公经费”变动率
        labels.append((f"{name}({match.group(2)}分)", weight))
        at = match.end()
    return labels, at


def _rows(text: str, paragraph: Paragraph, scored: list[tuple[Row, Decimal]]) -> Iterator[Row]:
    """The rows of ``text`` (the table's, from its first label on), each with the 得分 that
    closes it in ``scored``; the row the text ends in is not given."""
    labels, at = _labels(text, 0)
    while labels:
        row = Row(paragraph, labels)
        close = _SCORE.search(text, at)
        if close is None:
            return
        labels, at = _labels(text, close.end())
        if labels:
            scored.append((row, Decimal(close.group("score"))))
            yield row
        if not labels or _GLUED_PERCENT.match(text, at):
            # a row that cannot be read: the blocks open may lack it
            yield Row(paragraph, None, unread=True)
            return


def joined(doc: ReportDoc, breaks: str = r"\s{2,}") -> tuple[str, list[int]]:
    """The text of ``doc`` run together (a line break or a run of spaces is where the copy
    broke a cell, not a space of it; ``breaks`` say which), and where each paragraph starts
    in it."""
    pieces, starts, length = [], [], 0
    for paragraph in doc.paragraphs:
        piece = re.sub(breaks, "", paragraph.text)
        pieces.append(piece)
        starts.append(length)
        length += len(piece)
    return "".join(pieces), starts


def check_glued_framework(doc: ReportDoc) -> list[ReviewFinding]:
    """Each glued 指标表's labels against the 分值 under them, and its 得分 against them."""
    findings: list[ReviewFinding] = []
    if not any("评价标准" in p.text for p in doc.paragraphs):
        return findings  # no such header, however the lines broke
    text, starts = joined(doc)
    for header in _HEADER.finditer(text):
        paragraph = doc.paragraphs[bisect_right(starts, header.start()) - 1]
        scored: list[tuple[Row, Decimal]] = []
        roots, unsure, _ = grow(_rows(text[header.end() :], paragraph, scored), _LEVELS)
        if mismatches(roots, unsure) is not None:
            findings += tree_findings(roots, unsure) + over_weight(scored)
    return findings

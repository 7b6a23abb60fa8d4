"""A 绩效评价指标表 of weights alone, a row to a line with its cells glued (a spreadsheet copied
into a web page: header “…指标说明目标值分值备注”, rows “…享受资助人数达到预计值210010”,
“…资金支出率达到目标值95%10”, then “总分” and its figure): the rows' 分值 against the 总分.

Each row ends in its 分值, glued to the 目标值 before it: after a % or a word it stands alone;
after a bare figure (210010) the run is cut the one way that leaves a 目标值 with no leading
zero and a 分值 of 1 to 100. A line read no way, or cut more than one way, leaves the table
unchecked, as does a header that has a 得分 column (the scored readers take those).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_HEADER = re.compile(r"目标值\s*分值(?!.*得分)")
_TOTAL = re.compile(r"^(?:总分|合计|总计)\s*(?P<points>\d{2,3})?\s*$")
_LONE = re.compile(r"^(?P<points>\d{2,3})$")
#: The run of digits ending a row.
_END = re.compile(r"(?P<run>\d+)$")
#: The end of a 目标值 written as a figure: the 分值 after it stands alone.
_TARGET_END = re.compile(r"(?:%|‰|以上|以下|以内|左右)$")
_MAX = 100


def _cuts(run: str) -> list[Decimal]:
    """The 分值 a bare run of 目标值 and 分值 can end in."""
    found = []
    for cut in range(1, len(run)):
        target, points = run[:cut], run[cut:]
        if target.startswith("0") or points.startswith("0"):
            continue
        if 0 < int(points) <= _MAX:
            found.append(Decimal(points))
    return found


def _points(text: str) -> Decimal | None:
    """The 分值 ending a row, or None when it cannot be told."""
    match = _END.search(text.replace(" ", ""))
    if match is None or not re.search(r"[\u4e00-\u9fff]{2}", text):
        return None
    run, before = match.group("run"), text.replace(" ", "")[: match.start("run")]
    alone = [Decimal(run)] if not run.startswith("0") and 0 < int(run) <= _MAX else []
    if _TARGET_END.search(before):
        found = alone  # a 目标值 ends right before it (95%, 95%以上)
    elif before[-1:].isdigit():
        return None
    else:
        found = alone + _cuts(run)
    return found[0] if len(found) == 1 else None


def _total(paragraphs: list[Paragraph], at: int) -> tuple[Paragraph, Decimal] | None:
    """The 总分 on line ``at``: its figure on the line or on the next one."""
    match = _TOTAL.match(paragraphs[at].text.strip())
    if match is None:
        return None
    if match.group("points"):
        return paragraphs[at], Decimal(match.group("points"))
    after = paragraphs[at + 1] if at + 1 < len(paragraphs) else None
    lone = _LONE.match(after.text.strip()) if after is not None else None
    return (after, Decimal(lone.group("points"))) if after is not None and lone else None


def _tables(doc: ReportDoc) -> Iterator[tuple[list[Decimal], Paragraph, Decimal]]:
    paragraphs = list(doc.paragraphs)
    header = False
    weights: list[Decimal] = []
    for at, paragraph in enumerate(paragraphs):
        if _HEADER.search(paragraph.text.replace(" ", "")):
            header, weights = True, []
            continue
        if not header:
            continue
        total = _total(paragraphs, at)
        if total is not None:
            if len(weights) >= 2:
                yield weights, *total
            header = False
            continue
        points = _points(paragraph.text)
        if points is None:
            header = False  # a line the layout does not explain: leave the table
            continue
        weights.append(points)


def check_index_weights(doc: ReportDoc) -> list[ReviewFinding]:
    """The 分值 of a weights-only index table glued a row to a line, against its 总分."""
    findings: list[ReviewFinding] = []
    for weights, paragraph, total in _tables(doc):
        added = sum(weights, Decimal(0))
        if added == total:
            continue
        listed = "＋".join(f"{w.normalize():f}" for w in weights)
        message = (
            f"指标表各项分值{listed}＝{added.normalize():f}分，"
            f"与总分{total.normalize():f}分不符，分值设置有误。"
        )
        findings.append(
            make_finding(
                "weight-total-mismatch",
                paragraph,
                message,
                stated=f"{total.normalize():f}分",
                recomputed=f"{added.normalize():f}分",
            )
        )
    return findings

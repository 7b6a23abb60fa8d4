"""An indicator row's 分值 against the points its own 评分标准 shares out:

    基础信息完整性 | 3 | … | 1、…是否真实(1分); 2、…是否完整(2分); 3、…是否准确(1分)。
                                                   → 1 + 2 + 1 = 4, not 3

The criteria are numbered (1、 2、 …) in one cell, each giving its points in brackets right
after its words; the 分值 is the last figure standing alone in a cell before that cell. A
criterion that deducts, adds, caps or counts per unit (扣, 加, 最高, 每 …) leaves the row
unchecked, as its points are no share of the 分值.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_ITEM = re.compile(r"(?:^|[;；。\s])\s*(\d{1,2})[、.．]")
#: A criterion's own points: the first bracket with a figure and 分 (“(2分,其中…1分…)”).
_POINTS = re.compile(r"[（(]\s*(\d+(?:\.\d+)?)\s*分")
NOT_A_SHARE = re.compile(
    r"扣|加分|最高|最多|上限|每|不超过|酌情|达到|以上|以下|低于|高于|不足|未达"
)
#: A criterion that only says when nothing is given (“未设置绩效目标，该栏不得分”).
_NOTHING = re.compile(r"不得分|得0分")
_WEIGHT = re.compile(r"^\d+(?:\.\d+)?$")
MIN_ITEMS = 2


def _items(cell: str) -> list[str] | None:
    """The numbered criteria of a cell, in order from 1, or None."""
    marks = list(_ITEM.finditer(cell))
    numbers = [int(m.group(1)) for m in marks]
    if len(marks) < MIN_ITEMS or numbers != list(range(1, len(numbers) + 1)):
        return None
    ends = [m.start() for m in marks[1:]] + [len(cell)]
    return [cell[m.end() : end] for m, end in zip(marks, ends, strict=True)]


def share_points(items: list[str]) -> list[Decimal] | None:
    """Each criterion's points, or None when one is no share of the row's 分值."""
    points = []
    for item in items:
        found = _POINTS.search(item)
        if found is None and _NOTHING.search(item):
            continue
        if found is None or NOT_A_SHARE.search(item[: found.start()]):
            return None
        if not Decimal(found.group(1)):
            return None  # “支付率低于90%（0分）”: grades of one measure, only one applies
        points.append(Decimal(found.group(1)))
    return points


def _finding(paragraph: Paragraph) -> ReviewFinding | None:
    cells = paragraph.cells
    for at, cell in enumerate(cells):
        items = _items(cell)
        points = share_points(items) if items else None
        weights = [c for c in cells[:at] if _WEIGHT.match(c.strip())]
        if points is None or not weights:
            continue
        weight = Decimal(weights[-1].strip())
        added = sum(points, Decimal(0))
        if weight in (added, 0):
            return None
        return points_finding(paragraph, "该指标", weights[-1].strip(), points, "评分标准")
    return None


def points_finding(
    paragraph: Paragraph, named: str, weight: str, points: list[Decimal], where: str
) -> ReviewFinding:
    """A row's weight against the points its criteria (``where`` they are) share out."""
    added = sum(points, Decimal(0))
    listed = "＋".join(format(p, "f") for p in points)
    message = (
        f"{named}分值为{weight}分，而其{where}各项分值合计{listed}＝{added.normalize():f}分，"
        "两者不符，请核实分值或评分标准。"
    )
    return make_finding(
        "criteria-points-mismatch",
        paragraph,
        message,
        stated=weight,
        recomputed=f"{added.normalize():f}",
    )


def check_criteria_points(doc: ReportDoc) -> list[ReviewFinding]:
    """Rows whose 分值 the points of their own 评分标准 do not make."""
    found = (_finding(p) for p in doc.paragraphs if len(p.cells) > MIN_ITEMS)
    return [f for f in found if f is not None]

"""A count of funds stated with their amount, then the funds one by one with theirs:

    其中省林业厅共14项，合计金额118,156万元，其中森林生态效益补偿资金40,671万元、…、国有林场
    改革补助资金27,652万元。

When the amounts listed make the total exactly, the list is the whole: as many items as the
count says (13 amounts for “共14项” is a miscount, or an item left out that is nil). A list
ending in 等, or whose amounts do not make the total, proves nothing about the count.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.all_claims import all_claims
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity

#: What may stand between the count and its amount (“共14项，合计金额118,156万元”).
_BETWEEN = re.compile(r"^[，,、\s]*(?:合计|共计|总计)?(?:金额|资金)?(?:为|共)?$")
_UNITS = ("项", "类", "笔")
_MIN_PARTS = 2


def _count_of(claim: SumClaim) -> Quantity | None:
    """The count stated right before the claim's total, in items of money."""
    total = claim.total
    before = [q for q in claim.sentence.quantities if q.end <= total.start]
    count = before[-1] if before else None
    if count is None or count.kind != COUNT or count.unit not in _UNITS or count.approx:
        return None
    between = claim.sentence.text[count.end : total.start - len(total.label)]
    if not _BETWEEN.match(between + total.label.strip()):
        return None
    return count


def _finding(claim: SumClaim) -> ReviewFinding | None:
    if claim.total.kind != MONEY or len(claim.parts) < _MIN_PARTS:
        return None
    count = _count_of(claim)
    if count is None or count.value == len(claim.parts):
        return None
    if sum((p.value for p in claim.parts), Decimal(0)) != claim.total.value:
        return None  # the list may leave some out
    if claim.sentence.text.startswith("等", claim.parts[-1].end):
        return None
    listed = len(claim.parts)
    message = (
        f"称共{count.text}，所列资金{listed}{count.unit}（其金额之和与合计{claim.total.text}相符），"
        "数量不符，请核实。"
    )
    sentence = claim.sentence
    return make_finding(
        "list-count-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + count.start, sentence.start + claim.parts[-1].end),
        stated=count.text,
        recomputed=f"{listed}{count.unit}",
    )


def check_counted_money(doc: ReportDoc) -> list[ReviewFinding]:
    """A count of funds against the funds listed with amounts that make their total."""
    return [f for claim in all_claims(doc) if (f := _finding(claim)) is not None]

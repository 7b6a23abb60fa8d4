"""A 其中 list whose first part already makes the total and whose other parts come on top of
it: “预算数60万元，其中包括兵团补贴60万元，2018年度结余资金12.664万元”. The rest may lie
beside the total rather than in it, so this is a warning, not an error."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity

#: The other parts name money of a source (a fund, a subsidy, what was carried over).
_SOURCE = re.compile(r"资金|财政|补贴|补助|拨款|结余|结转")
#: The mark that opens the parts says they are held in the total.
_HELD = re.compile(r"其中|包括|包含")
#: The rest said to be held in the first part (含, 内含, 包含).
_INSIDE = re.compile(r"含")


def restated_whole(
    claim: SumClaim, parts: tuple[Quantity, ...], added: Decimal
) -> ReviewFinding | None:
    """A warning when the first part equals the total and the rest, all sources of money,
    are added on top of it; None in any other case (the list is not the total's parts)."""
    total, first, rest = claim.total, parts[0], parts[1:]
    text = claim.sentence.text
    if total.kind != MONEY or first.value != total.value or not rest:
        return None
    if any(p.value in (0, total.value) or not _SOURCE.search(p.label) for p in rest):
        return None
    if not _HELD.search(text, total.end, first.start):
        return None
    if _INSIDE.search(text, first.end, rest[0].start):
        return None  # “其中中央补助资金50万元，含上年结转资金10万元”: inside the first part
    extra = "、".join(p.text for p in rest)
    message = (
        f"所述总数{total.text}，其中所列{first.text}已与总数相等，另列{extra}，"
        f"分项合计{fmt_quantity(added, total)}，超过总数"
        f"{fmt_quantity(added - total.value, total)}；如后列资金不在总数之内，"
        "应分开表述，否则请核实总数。"
    )
    recomputed = fmt_quantity(added, total)
    return claim_finding("sum-part-whole", claim.sentence, total, parts[-1], message, recomputed)

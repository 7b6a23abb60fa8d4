"""Parts after a level of another year that make the whole stated before it in the paragraph:

    1.基本支出1330333.52元，同比增加18756.12元，增长1.43%。2022年基本支出预算为1311577.40元。
    其中：工资福利支出预算1126438.52元，…商品和服务支出预算142615.00元，…对个人和家庭补助支出
    预算61280.00元，…

The parts add up to 1330333.52 exactly: the 其中 splits this year's 基本支出, not last year's
level told just before it, and the sum is no fault.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.text.names import figure_name
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import quantities_in

_TAIL = re.compile(r"(?:预算|决算)?(?:数|总额)?(?:为|是)?$")


def core_name(label: str) -> str:
    """A figure's name without its year, number and 预算/数/为 tail (基本支出)."""
    return _TAIL.sub("", figure_name(label).lstrip("0123456789.、．"))


def split_of_another(claim: SumClaim, parts: tuple[Quantity, ...]) -> bool:
    """The parts make exactly another figure of the total's name, stated before it in its
    paragraph."""
    total = claim.total
    added = sum((p.value for p in parts), Decimal(0))
    name = core_name(total.label)
    if len(name) < 2 or added == total.value:
        return False
    paragraph = claim.sentence.paragraph.text
    head = paragraph[: claim.sentence.start + total.start]
    return any(
        q.kind == total.kind and q.value == added and core_name(q.label) == name
        for q in quantities_in(head)
    )


def splits_earlier(claim: SumClaim, parts: tuple[Quantity, ...], added: Decimal) -> bool:
    """The parts make exactly another amount stated before the total (“支出5000万元，…，教育
    支出4000万元。其中，基本支出3000万元，项目支出2000万元”): they split that one."""
    total, own = claim.total, {id(p) for p in parts}
    if total.start > parts[0].start:
        return False  # (a closing 合计 after its parts is the list's own sum)
    return any(
        q.kind == total.kind and q.unit == total.unit and q.value == added and not q.approx
        for q in claim.sentence.quantities
        if q.end <= total.start and id(q) not in own
    )

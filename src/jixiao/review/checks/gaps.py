"""A 差值 (差额) said between two amounts of one ；-part, unsigned: “公务接待费支出2.05万元，
年初预算为2.95万元，差值为0.9万元” (a 决算说明's “三公” items against their budget)."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import DATE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import part_start
from jixiao.review.text.sentences import same_measure

#: “支出2.05万元，年初预算为2.95万元，差值为0.9万元”: the gap between the two, unsigned.
GAP = re.compile(r"(?<!弥补收支)(?<!弥补)(?:差值|差额)(?:为|是)?\s*$")  # not 用事业基金弥补收支差额


def _gap_inputs(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two amounts of the ；-part before a 差值, after any earlier 差值 in it."""
    floor = part_start(sentence.text, amount.start)
    before = [
        q
        for q in sentence.quantities
        if floor <= q.start and q.end <= amount.start and q.kind != DATE
    ]
    gaps = [n for n, q in enumerate(before) if GAP.search(q.label)]
    before = before[gaps[-1] + 1 :] if gaps else before
    if len(before) != 2 or not all(same_measure(q, amount) and not q.approx for q in before):
        return None
    return before[1], before[0]


def agrees(stated: Quantity, computed: Decimal, *inputs: Quantity) -> bool:
    """``computed`` is ``stated`` within the rounding of every figure written; a whole amount
    beside a stated figure and an input written to decimals is exact (“预算427万元，比去年实际
    支出440.25万元减少13.52万元”: 427 is 427.00, not anything from 426.5 to 427.5)."""
    fine = _has_decimals(stated) and any(_has_decimals(q) for q in inputs)
    most = max((_places(q) for q in (stated, *inputs)), default=0)
    rounding = [q.ulp for q in inputs if (not fine) or _places(q) == most]
    return abs(computed - stated.value) < stated.ulp + sum(rounding, Decimal(0))


def _has_decimals(quantity: Quantity) -> bool:
    return "." in quantity.text


def _places(quantity: Quantity) -> int:
    """The decimals a figure is written to (11.8万元: 1)."""
    digits = re.match(r"[\d,]*(?:\.(\d+))?", quantity.text)
    return len(digits.group(1) or "") if digits else 0


def difference_finding(
    sentence: Sentence, first: Quantity, stated: Quantity, message: str, recomputed: str
) -> ReviewFinding:
    """A stated difference that its amounts do not give, quoted from ``first`` on."""
    return make_finding(
        "difference-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + first.start, sentence.start + stated.end),
        stated=stated.text,
        recomputed=recomputed,
    )


def gap_finding(sentence: Sentence, amount: Quantity) -> ReviewFinding | None:
    """The 差值 ``amount`` against the gap of the two amounts before it, when they differ."""
    pair = _gap_inputs(sentence, amount)
    if pair is None:
        return None
    base, other = pair
    gap = abs(other.value - base.value)
    if agrees(amount, gap, base, other):
        return None
    right = fmt_quantity(gap, amount)
    message = f"{other.text}与{base.text}相差{right}，报告列为差值{amount.text}。"
    return difference_finding(sentence, other, amount, message, right)

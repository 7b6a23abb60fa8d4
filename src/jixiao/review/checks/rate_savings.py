"""Savings rates (节约率): the saving over the plan, or over what was spent and saved; and
the sentences whose first amount is the plan because the saving is its gap to the second."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_readings import like_named
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import role

#: “规模10.29亿元，较采购计划节约资金1.44亿元，资金节约率12.28%”: saved over the plan.
_SAVING = re.compile(r"节约率|节支率|节资率")
_SAVED = re.compile(r"节约|节支|节省")


def _over_plans(name: str, inputs: list[Quantity], saved: Quantity | None) -> Decimal | None:
    """Several plans named alike (each project's 采购预算): a saving, or the results, over
    their sum."""
    plans = [q for q in inputs if role(q.label) == "plan"]
    if plans not in like_named(inputs):
        return None
    base = sum((q.value for q in plans), Decimal(0))
    if base == 0:
        return None
    if _SAVING.search(name) and saved is not None:
        return saved.value / base * HUNDRED
    actuals = [q for q in inputs if role(q.label) == "actual"]
    if len(actuals) != len(plans):
        return None
    return sum((q.value for q in actuals), Decimal(0)) / base * HUNDRED


def saving_rate(name: str, inputs: list[Quantity], plan: Quantity) -> Decimal | None:
    """A 节约率: 节约 ÷ (支出 + 节约) of two figures, else 节约 ÷ 计划; or a ratio over
    several plans named alike."""
    saved = next((q for q in inputs if _SAVED.search(q.label)), None)
    summed = _over_plans(name, inputs, saved)
    if summed is not None or not _SAVING.search(name) or saved is None:
        return summed
    if len(inputs) == 2:
        spent = inputs[0] if inputs[1] is saved else inputs[1]
        return saved.value / (spent.value + saved.value) * HUNDRED
    return saved.value / plan.value * HUNDRED if saved is not plan else None


def saved_of(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> bool:
    """“政府采购预算执行2434.80万元，实际采购金额2170.10万元，节约资金264.70万元，节约率…”:
    a 节约率 after an amount, what was spent of it and the saving that is their gap (the
    first amount is the plan, however its words name it)."""
    name = sentence.text[max(0, rate.start - 8) : rate.start]
    if len(inputs) != 3 or not _SAVING.search(name) or not _SAVED.search(inputs[2].label):
        return False
    plan, spent, saved = inputs
    gap = abs(plan.value - spent.value - saved.value)
    return gap <= plan.ulp + spent.ulp + saved.ulp


#: “两个项目合计节约资金C”: a saving of several purchases together.
_SUMMED = re.compile(r"合计|共计|累计|共|两个|各项|[二三四五六七八九十两]个项目")


def saved_together(sentence: Sentence, inputs: list[Quantity]) -> bool:
    """A saving of several purchases together (“甲预算A，中标B；乙预算C，中标D，两个项目合计
    节约资金E”) whose rate is read from the last purchase's figures alone (the earlier
    purchases' budgets stand before its inputs), or a part's saving after 其中 beside the
    whole's amounts."""
    saved = next((q for q in inputs if _SAVED.search(q.label[-8:])), None)
    if saved is None:
        return False
    first = min(q.start for q in inputs)
    last = max((q.end for q in inputs if q.end <= saved.start), default=saved.start)
    if "其中" in sentence.text[last : saved.start]:
        return True  # (预算A，实际B，其中工程类节约资金C，节约率P: a part's, of its own budget)
    if not _SUMMED.search(saved.label[-12:]):
        return False
    return any(
        role(q.label) == "plan" and q.end <= first and q not in inputs
        for q in sentence.quantities
        if q.kind == inputs[0].kind
    )

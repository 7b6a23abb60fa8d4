"""Rates the generic rate check leaves to the year-on-year checks: a change over last year
with its amount, or said in the rate's own clause with no figure of last year beside it."""

from __future__ import annotations

import re

from jixiao.review.checks.changes import BARE_WAY
from jixiao.review.checks.changes import COMPARED
from jixiao.review.checks.prior_bases import bare_prior
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import part_start

#: “超任务43%”, “超额完成计划12%”: what was done beyond the plan, over the plan.
BEYOND = r"超(?:额完成)?(?:任务|计划|目标)|超额完成"
CHANGE = re.compile(rf"调整(?!预算|后)|变动|增长|增幅|下降|减少|增加|相比[增减]$|{BEYOND}")
#: “…，与2021年相比收入总计减少315.71万元，下降29.17%”: a change over last year, with its
#: amount (the year-on-year check reads it against the level it names).
_CHANGE_AMOUNT = re.compile(rf"(?:增加|减少|增收|减收|增支|减支|{BARE_WAY})了?\s*$")


def year_change(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> bool:
    """A change over last year: with its amount (read by the year-on-year check), or said in
    the rate's own clause (“…，收支总决算A，较上年度下降了20.73%”) with no figure of last year
    among the inputs (the budget and the result beside it are no base of it)."""
    clause = sentence.text[part_start(sentence.text, rate.start) : rate.start]
    if CHANGE.search(clause[-8:]) and any(_COMPARED_CHANGE.search(q.label) for q in inputs):
        return True  # “A,比人代会预算数增加C,增长p%”: over the base the comparison names
    if CHANGE.search(clause[-8:]) and rate.in_brackets and not all(q.in_brackets for q in inputs):
        return True  # “A(其中:旗本级B,下降p%;…)”: the part's own change, its base unstated
    amount = any(_CHANGE_AMOUNT.search(q.label) for q in inputs)
    if amount and any(bare_prior(sentence, q) for q in inputs):
        return True  # “本年A，上年B，减少C，减少p%”: read over B by the prior-base check
    if COMPARED.search(clause) is None:
        return False
    if amount:
        return True
    own = re.split(r"[，,；;]", clause)[-1]
    return COMPARED.search(own) is not None and not any(_LAST_YEAR.search(q.label) for q in inputs)


_LAST_YEAR = re.compile(r"上年|去年|上一年|同期")
#: A change amount said against a named base (比人代会预算数增加, 较调整前减少).
_COMPARED_CHANGE = re.compile(r"[比较][^，,；;。\d]{1,12}(?:增加|减少|增收|减收|增支|减支)了?\s*$")

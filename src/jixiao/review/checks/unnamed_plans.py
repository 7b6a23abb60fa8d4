"""The plan of a rate named by no plan word, in the two figures before the rate:

实施养护工程380公里，…完成200.031公里，完工率为100%         → 完成 ÷ 实施
收到中央财政奖补资金3000万元，…实际完成2700万元，完成率达到93% → 完成 ÷ 收到
项目资金108万元，支出102万元，资金执行率94.44%               → 支出 ÷ 资金
"""

from __future__ import annotations

import re

from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import role

#: “实施养护工程380公里，…完成200.031公里，完工率为100%”: what was undertaken is the plan of
#: a 完成率 whose other input is what was done.
_UNDERTAKEN = re.compile(r"实施|建设|改造|新建|修建")
_DONE_RATE = re.compile(r"完成率|完工率")


#: “收到中央财政奖补资金3000万元，…，实际完成2700万元，完成率达到93%”: the money received is
#: the plan of a 完成率 over what was done with it, as the work undertaken is.
_RECEIVED = re.compile(r"收到|获得|争取到?|筹集|拨入")


def done_of(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> bool:
    """A 完成率 (完工率) over what was undertaken or over the money received."""
    name = sentence.text[max(0, rate.start - 8) : rate.start]
    if len(inputs) != 2 or not _DONE_RATE.search(name):
        return False
    first, done = inputs
    if role(first.label) != "other" or role(done.label) != "actual":
        return False
    if _UNDERTAKEN.search(first.label):
        return "完成" in done.label or "完工" in done.label  # (完工率 of what was finished)
    received = first.kind == MONEY and _RECEIVED.search(first.label) is not None
    return received and done.value <= first.value and _of_money(sentence, rate)


#: The rate named alone (“，完成率达到93%”, 资金完成率): not a progress of the works
#: (工程形象进度完成率) nor of a task.
_MONEY_RATE = re.compile(r"^(?:资金|投资|预算)?完成率(?:达到?|为|是)?$")
#: A plan told before the sentence (“年度计划完成投资2900万元。”): the rate may be over it.
_PLAN_BEFORE = re.compile(r"(?:计划|目标|任务)[^。；;]{0,16}\d")


def _of_money(sentence: Sentence, rate: Quantity) -> bool:
    left = sentence.text[: rate.start]
    clause = left[max(left.rfind(c) for c in "，,；;。") + 1 :].strip()
    before = sentence.paragraph.text[: sentence.start]
    return bool(_MONEY_RATE.match(clause)) and not _PLAN_BEFORE.search(before)


#: A rate of money spent: 执行率, 支付率 …, and a 预算完成率 or “完成预算的” (what was spent of
#: a budget).
SPENDING_RATE = re.compile(
    r"(?:执行|支付|使用|支出|分配|拨付)(?:率|进度|比例)|预算完成率|完成(?:年初|全年|调整后)?预算数?的$"
)


def spent_of(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> bool:
    """“项目资金108万元，支出102万元，资金执行率94.44%”: an amount named by no role (资金,
    金额, 合计), then what was spent of it, before an 执行率 (or a 预算完成率)."""
    name = sentence.text[max(0, rate.start - 8) : rate.start]
    if len(inputs) != 2 or not SPENDING_RATE.search(name):
        return False
    money, spent = inputs
    kind = SPENDING_RATE.search(name)
    word = kind.group(0)[:2] if kind else ""
    if word in ("拨付", "分配") and word not in spent.label:
        return False  # a 拨付率 is of what was 拨付, not of what was spent
    return (
        money.kind == MONEY
        and role(money.label) == "other"
        and role(spent.label) == "actual"
        and spent.value <= money.value
    )

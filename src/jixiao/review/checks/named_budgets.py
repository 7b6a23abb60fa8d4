"""A share of its own budget said of an item whose budget stands in an earlier sentence:
“‘三公’经费预算为168.53万元，其中：…公务用车运行维护费119.5万元…。‘三公’经费支出为
163.58万元，…其中：…公务用车运行维护费支出104.46万元，完成预算的87.39%” — 104.46 over the
119.5 the budget sentence gives the same item (87.41%)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence

from jixiao.review.checks.percent_findings import HUNDRED
from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.rate_findings import on_rate
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import role

#: “…，完成预算的87.39%”, “为预算数的98%”: a share of the item's own budget, unnamed.
_OF_BUDGET = re.compile(r"^(?:完成|为|占)(?:年初|全年)?预算(?:数)?的\s*$")
#: What a spending figure's label adds to the item's name.
_SPENT = re.compile(r"(?:决算|实际)?(?:支出|开支)(?:决算)?(?:数)?(?:完成)?(?:为|是|[:：])?\s*$")
#: An income item (地方一般公共预算收入67,439万元，完成年初预算的112.4%): its name keeps 收入.
_INCOME = re.compile(r"收入(?:决算)?(?:数)?(?:完成)?(?:为|是|[:：])?\s*$")
#: “…收入60,000万元，支出373,660万元”: a budget's 支出 named by the income before it.
_BARE_SPENDING = re.compile(r"^[，,]?\s*支出\s*$")
_NAME_NOISE = re.compile(r"^(?:其中|包括)?[：:，,、\s]*")
_BUDGET = re.compile(r"预算")
#: The names of the four budgets, which say 预算 without speaking of a plan.
_FUND_NAMES = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算")
#: “地方一般公共预算收入年初预算为62000万元”: the plan's word after the item's name.
_PLAN_TAIL = re.compile(r"(?:年初|全年)?预算(?:数)?(?:为|是|[:：])?\s*$")
MIN_NAME = 4
#: Sentences back where the budget may stand.
REACH = 10


def _name(label: str) -> str:
    """The item a spending figure is of: its label without 其中 and 支出 (an income's label
    without what follows its 收入)."""
    income = _INCOME.search(label)
    if income is not None:
        label = label[: income.start()] + "收入"
    return _NAME_NOISE.sub("", _SPENT.sub("", label)).strip()


def _speaks_of_budget(text: str) -> bool:
    return _BUDGET.search(_FUND_NAMES.sub("", text)) is not None


def _alike(budget: str, name: str) -> bool:
    """The budget's item is the spending's, one name ending the other (地方一般公共预算收入
    and 一般公共预算收入), both long enough to tell."""
    return min(len(budget), len(name)) >= MIN_NAME and (
        budget.endswith(name) or name.endswith(budget)
    )


def _budget_names(sentence: Sentence) -> Iterator[tuple[Quantity, str]]:
    """The money figures of a budget sentence with the item each is of; a bare 支出 takes
    the name of the income right before it."""
    previous = ""
    for q in sentence.quantities:
        if q.kind != MONEY or q.approx:
            continue
        if _BARE_SPENDING.match(q.label) and previous.endswith("收入"):
            yield q, previous[: -len("收入")]
        elif not _SPENT.search(q.label):
            previous = _name(_PLAN_TAIL.sub("", q.label))
            # (“2月份实现大口径财政收入5682万元，完成预算105425万元的5.39%”: what came in)
            if _PLAN_TAIL.search(q.label) or role(q.label) != "actual":
                yield q, previous


def _budgets(sentences: Sequence[Sentence], name: str) -> list[Quantity]:
    """The figures labelled ``name`` alone in sentences that speak of a budget."""
    found: list[Quantity] = []
    for sentence in sentences:
        if _speaks_of_budget(sentence.text):
            found.extend(q for q, item in _budget_names(sentence) if _alike(item, name))
    return found


def _findings(sentences: Sequence[Sentence], at: int) -> Iterator[ReviewFinding]:
    sentence = sentences[at]
    for rate in sentence.quantities:
        if rate.kind != PERCENT or not _OF_BUDGET.search(rate.label):
            continue
        spent = [q for q in sentence.quantities if q.kind == MONEY and q.end <= rate.start]
        if not spent or spent[-1].approx:
            continue
        spending = _SPENT.search(spent[-1].label) is not None
        if not (spending or _INCOME.search(spent[-1].label)) or _own_plan(sentence, spent[-1]):
            continue
        name = _name(spent[-1].label)
        if len(name) < MIN_NAME:
            continue
        budgets = _budgets(sentences[max(0, at - REACH) : at], name)
        if len(budgets) != 1 or budgets[0].value in (0, spent[-1].value):
            continue
        exact = spent[-1].value / budgets[0].value * HUNDRED
        verdict = judge_percent(rate, exact)
        if not verdict.wrong:
            continue
        item = f"{name}支出" if spending else name
        message = (
            f"{item}{spent[-1].text}，前文所列其预算为{budgets[0].text}，"
            f"完成预算的比例应为{fmt(exact)}%，报告列为{rate.text}，请核实。"
        )
        yield on_rate("rate-mismatch", sentence, [spent[-1]], rate, message, verdict.right)


def _own_plan(sentence: Sentence, spent: Quantity) -> bool:
    """The rate's own sentence states a plan of its own (“…，完成年初预算的103.79%，年初预算为
    71800万元”): the rate is over that, left to the rate checks."""
    return any(
        q.kind == MONEY and q is not spent and _speaks_of_budget(q.label)
        for q in sentence.quantities
    )


def check_named_budgets(doc: ReportDoc) -> list[ReviewFinding]:
    """Each item's share of its own budget, the budget stated sentences before."""
    sentences = doc_sentences(doc)
    return [f for at in range(len(sentences)) for f in _findings(sentences, at)]

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

#: “…，完成预算的87.39%”, “为预算数的98%”: a share of the item's own budget, unnamed.
_OF_BUDGET = re.compile(r"^(?:完成|为|占)(?:年初|全年)?预算(?:数)?的\s*$")
#: What a spending figure's label adds to the item's name.
_SPENT = re.compile(r"(?:决算|实际)?(?:支出|开支)(?:决算)?(?:数)?(?:为|是|[:：])?\s*$")
_NAME_NOISE = re.compile(r"^(?:其中|包括)?[：:，,、\s]*")
_BUDGET = re.compile(r"预算")
MIN_NAME = 4
#: Sentences back where the budget may stand.
REACH = 6


def _name(label: str) -> str:
    """The item a spending figure is of: its label without 其中 and 支出."""
    return _NAME_NOISE.sub("", _SPENT.sub("", label)).strip()


def _budgets(sentences: Sequence[Sentence], name: str) -> list[Quantity]:
    """The figures labelled ``name`` alone in sentences that speak of a budget."""
    found: list[Quantity] = []
    for sentence in sentences:
        if not _BUDGET.search(sentence.text):
            continue
        found.extend(
            q
            for q in sentence.quantities
            if q.kind == MONEY
            and not q.approx
            and _name(q.label).endswith(name)
            and not _SPENT.search(q.label)
        )
    return found


def _findings(sentences: Sequence[Sentence], at: int) -> Iterator[ReviewFinding]:
    sentence = sentences[at]
    for rate in sentence.quantities:
        if rate.kind != PERCENT or not _OF_BUDGET.search(rate.label):
            continue
        spent = [q for q in sentence.quantities if q.kind == MONEY and q.end <= rate.start]
        if not spent or spent[-1].approx or not _SPENT.search(spent[-1].label):
            continue
        name = _name(spent[-1].label)
        if len(name) < MIN_NAME:
            continue
        budgets = _budgets(sentences[max(0, at - REACH) : at], name)
        if len(budgets) != 1 or budgets[0].value == 0:
            continue
        exact = spent[-1].value / budgets[0].value * HUNDRED
        verdict = judge_percent(rate, exact)
        if not verdict.wrong:
            continue
        message = (
            f"{name}支出{spent[-1].text}，前文所列其预算为{budgets[0].text}，"
            f"完成预算的比例应为{fmt(exact)}%，报告列为{rate.text}，请核实。"
        )
        yield on_rate("rate-mismatch", sentence, [spent[-1]], rate, message, verdict.right)


def check_named_budgets(doc: ReportDoc) -> list[ReviewFinding]:
    """Each item's share of its own budget, the budget stated sentences before."""
    sentences = doc_sentences(doc)
    return [f for at in range(len(sentences)) for f in _findings(sentences, at)]

"""A spending rate whose plan is the amount the sentence before opens with:

    …及时对中央…救灾资金6800万元进行了合理分解，已全部分解到位，其中石家庄市780万元、…。
    目前，资金已执行4132.8万元，预算执行率60.87%。          → 4132.8 ÷ 6800 = 60.78%

The rate's sentence states one amount, what was spent (执行, 支出, 使用, 拨付), before its
执行率 (支出率, 使用率, 拨付率); the plan is the first amount of the sentence right before it
in its paragraph, when that sentence's other amounts are its 其中 parts or none, and neither
compares anything (a plan named as one, 安排 or 预算 …, is read by the named-plan rate checks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_findings import allowed
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any

_RATE = re.compile(r"(?:预算)?(?:执行|支出|使用|拨付)率(?:为|达|达到)?$")
_SPENT = re.compile(r"执行|支出|使用|拨付")
_COMPARED = re.compile(r"较|比上|同比|增长|下降")
#: A plan named as one (安排, 下达, 预算 …): the rate checks of named plans read it already.
_NAMED_PLAN = re.compile(r"安排|下达|批复|预算|投资|拨付|投入")


def _plan(previous: Sentence) -> Quantity | None:
    """The amount the sentence opens with, its other amounts after a 其中 (its parts)."""
    money = [q for q in previous.quantities if q.kind == MONEY]
    if not money or money[0].approx or _COMPARED.search(previous.text):
        return None
    split = previous.text.find("其中")
    if len(money) > 1 and not 0 <= split < money[1].start:
        return None
    return money[0] if money[0].start < split or split < 0 else None


def _of_a_part(previous: Sentence, plan: Quantity, spent: Quantity) -> bool:
    """The spending said of one of the plan's 其中 parts (“其中本级使用500万元…。本级已支出
    450万元”): the part's first two characters in the spending's name."""
    parts = [q for q in previous.quantities if q.kind == MONEY and q is not plan]
    names = [re.sub(r"^(?:其中)?[:：，,\s]*", "", q.label)[:2] for q in parts]
    return any(len(name) == 2 and name in spent.label for name in names)


def _findings(previous: Sentence, sentence: Sentence) -> Iterator[ReviewFinding]:
    figures = [q for q in sentence.quantities if q.kind in (MONEY, PERCENT)]
    if len(figures) != 2 or figures[0].kind != MONEY or figures[1].kind != PERCENT:
        return
    spent, rate = figures
    if not _RATE.search(rate.label) or not _SPENT.search(spent.label) or spent.approx:
        return
    if has_any(spent.label, COMPARE_WORDS) or rate.approx:
        return
    plan = _plan(previous)
    if plan is None or plan.value <= 0 or _NAMED_PLAN.search(plan.label):
        return
    if _of_a_part(previous, plan, spent):
        return
    exact = spent.value / plan.value * HUNDRED
    if allowed(rate, exact, [spent, plan]):
        return
    how = f"按前文{plan.text}计，{spent.text}÷{plan.text}"
    span = (sentence.start + rate.start, sentence.start + rate.end)
    finding = rate_finding(sentence.paragraph, rate, exact, how, span)
    if finding is not None:
        yield finding


def check_carried_plans(doc: ReportDoc) -> list[ReviewFinding]:
    """Spending rates over the amount the sentence before opens with."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for previous, sentence in pairwise(sentences):
        if previous.paragraph is sentence.paragraph:
            findings.extend(_findings(previous, sentence))
    return findings

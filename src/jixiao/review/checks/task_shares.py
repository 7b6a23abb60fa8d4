"""Counts done told as shares of the year's task, the task stated before them as a plan:

    2020年全市计划改造老旧小区440，截至6月底，…前期准备工作的小区447，占改造任务数的100%；
    已开工的小区129，占任务数的28.86%，其中已完工的小区39，占任务数的8.73%。

Each share is its count over the planned count of the same unit stated before it in the
paragraph (the only one): 447 ÷ 440 = 101.59%, 129 ÷ 440 = 29.32%, 39 ÷ 440 = 8.86%.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import paragraph_sentences

#: “占改造任务数的”, “占目标任务的”, “为年度任务的”.
_TASK_SHARE = re.compile(r"^(?:占|为|完成)(?:[\u4e00-\u9fff]{0,6}?)任务(?:数)?的?$")
_PLAN = re.compile(r"计划|任务|需")
#: A secondary count of a count done (“已开工的小区96个，涉及居民4680户”): not what is shared.
_SECONDARY = re.compile(r"涉及|惠及|覆盖|带动")
_YEAR = re.compile(r"20\d\d")
#: The things counted, the last words before the count (老旧小区440, 已开工的小区129).
_THING = 2
#: A count of work done, not the plan (“已开工的小区”, “完成…”).
_DONE = re.compile(r"已|完成|截至|实际|累计")
_BARE = "bare"
_HUNDRED = Decimal(100)


def _counted(q: Quantity) -> bool:
    return q.kind in (COUNT, _BARE) and not q.approx and q.value > 0


def _shares(sentence: Sentence) -> Iterator[tuple[Quantity, Quantity]]:
    """Each count followed right away by its share of the task."""
    figures = sentence.quantities
    for count, share in itertools.pairwise(figures):
        if not _counted(count) or share.kind != PERCENT or _SECONDARY.search(count.label):
            continue
        if _TASK_SHARE.match(share.label.strip()):
            yield count, share


def _plans(sentence: Sentence, parts: set[int]) -> list[Quantity]:
    """The counts a sentence plans: after 计划 or 任务, no share of their own, not done."""
    plans = [
        q
        for q in sentence.quantities
        if _counted(q)
        and q.start not in parts
        and _PLAN.search(sentence.text[: q.start])
        and not _DONE.search(q.label)
    ]
    # a plan of a year other than the sentence's last (2023年计划… before 2024年): not this one
    years = _YEAR.findall(sentence.text)
    return [
        q for q in plans if not _YEAR.search(q.label) or _YEAR.findall(q.label)[-1] == years[-1]
    ]


def _thing(q: Quantity) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", q.label)[-_THING:]


def _alike(plan: Quantity, count: Quantity) -> bool:
    """A plan of the same things as the count, in the same unit."""
    same = plan.unit == count.unit and plan.kind == count.kind
    return same and _thing(plan) == _thing(count) != ""


def _paragraph_findings(sentences: list[Sentence]) -> Iterator[ReviewFinding]:
    plans: list[Quantity] = []
    for sentence in sentences:
        shares = list(_shares(sentence))
        here = _plans(sentence, {c.start for c, _ in shares})
        for count, share in shares:
            told = plans + [p for p in here if p.start < count.start]
            bases = [p for p in told if _alike(p, count)]
            if len({p.value for p in bases}) != 1:
                continue
            base = bases[-1]
            exact = count.value / base.value * _HUNDRED
            how = f"{count.text}÷计划{base.text}"
            span = (sentence.start + share.start, sentence.start + share.end)
            finding = rate_finding(sentence.paragraph, share, exact, how, span)
            if finding is not None:
                yield finding
        plans += here


def check_task_shares(doc: ReportDoc) -> list[ReviewFinding]:
    """Shares of the task against the counts done over the planned count."""
    return [f for run in paragraph_sentences(doc) for f in _paragraph_findings(run)]

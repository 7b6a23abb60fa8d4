"""A 完成率 over counts whose target stands in a sentence before it: “计划全年培训农民1000人
次。…全年实际培训农民1200人次，完成率为110%。” (the plan counted in the same unit and naming
the same work, in this paragraph or the two before it)."""

from __future__ import annotations

import re

from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_findings import cut_off
from jixiao.review.checks.rate_findings import on_rate
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import has_any

_DONE_RATE = re.compile(r"完成率[^，。；,;0-9]{0,4}$")
_TARGET = re.compile(r"计划|目标|任务")
#: Words of the plan and of the result, not of the work itself.
_FRAME = re.compile(r"计划|目标|任务|预计|全年|年度|本年|实际|累计|完成|已经?|共计?|达到?|为|是|数")
NEARBY_PARAGRAPHS = 2


def _work(label: str) -> set[str]:
    """The two-character words of what was counted (培训农民 → 培训, 训农, 农民)."""
    core = "".join(re.findall(r"[\u4e00-\u9fff]", _FRAME.sub("", label)))
    return {core[i : i + 2] for i in range(len(core) - 1)}


def _targets(sentence: Sentence, done: Quantity) -> list[Quantity]:
    if has_any(sentence.text, COMPARE_WORDS):
        return []
    return [
        q
        for q in sentence.quantities
        if q.kind == COUNT
        and q.unit == done.unit
        and not q.approx
        and _TARGET.search(q.label)
        and _work(q.label) & _work(done.label)
    ]


def _earlier_target(sentences: tuple[Sentence, ...], at: int, done: Quantity) -> Quantity | None:
    """The one target of the same work stated in the sentences before, nearest first."""
    passed = {sentences[at].paragraph.index}
    for number in range(at - 1, -1, -1):
        earlier = sentences[number]
        passed.add(earlier.paragraph.index)
        if len(passed) > NEARBY_PARAGRAPHS + 1:
            return None
        found = _targets(earlier, done)
        if found:
            return found[0] if len(found) == 1 else None
    return None


def with_earlier_target(
    sentences: tuple[Sentence, ...], at: int, rate: Quantity, inputs: list[Quantity]
) -> ReviewFinding | None:
    """A 完成率 with one count of what was done beside it, against the target before."""
    sentence = sentences[at]
    if len(inputs) != 1 or inputs[0].kind != COUNT or inputs[0].approx:
        return None
    done = inputs[0]
    if _TARGET.search(done.label) or not _DONE_RATE.search(sentence.text[: rate.start]):
        return None
    target = _earlier_target(sentences, at, done)
    if target is None or target.value <= 0:
        return None
    exact = done.value / target.value * HUNDRED
    said = f"按前文目标{target.text}与此处完成{done.text}复算"
    if abs(rate.value - exact) > 2 * rate.ulp + done.ulp / target.value * HUNDRED:
        message = f"{said}，该比率应为{fmt(exact)}%，报告列为{rate.text}，请核实。"
        return on_rate("rate-mismatch", sentence, [done], rate, message, f"{fmt(exact)}%")
    return cut_off(sentence, rate, [done], exact, said)

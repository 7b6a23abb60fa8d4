"""Comparison words the sentence's own figures contradict — what 决算说明 templates get
wrong when a sentence is copied from line to line: “年初预算数为51.46万元，支出决算为51.46万元，
…决算数小于预算数的主要原因是…” (the two are equal).
"""

from __future__ import annotations

import re

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_CLAIM = re.compile(
    r"决算数?(?P<word>小于|低于|少于|大于|高于|超过|多于|等于|持平)(?:年初)?预算数?"
)
_BELOW = {"小于", "低于", "少于"}
_ABOVE = {"大于", "高于", "超过", "多于"}
_BUDGET = re.compile(r"预算数?(?:为|是)?$")
_FINAL = re.compile(r"决算数?(?:为|是)?$")


def _figure(sentence: Sentence, label: re.Pattern[str]) -> Quantity | None:
    found = [q for q in sentence.quantities if q.kind == MONEY and label.search(q.label)]
    return found[0] if len(found) == 1 else None


def _holds(word: str, final: Quantity, budget: Quantity) -> bool:
    if word in _BELOW:
        return final.value < budget.value
    if word in _ABOVE:
        return final.value > budget.value
    return final.value == budget.value


def check_comparisons(doc: ReportDoc) -> list[ReviewFinding]:
    """“决算数小于预算数” where the sentence's 预算数 and 决算数 say otherwise."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        claim = _CLAIM.search(sentence.text)
        if claim is None:
            continue
        budget, final = _figure(sentence, _BUDGET), _figure(sentence, _FINAL)
        if budget is None or final is None:
            continue
        if _holds(claim.group("word"), final, budget):
            continue
        message = (
            f"此处称“{claim.group(0)}”，但本句所列预算数{budget.text}、决算数{final.text}"
            "并非如此，表述与数据矛盾，请核实（常见于逐项套用同一句式）。"
        )
        start = sentence.start + claim.start()
        findings.append(
            make_finding(
                "comparison-contradicted",
                sentence.paragraph,
                message,
                span=(start, sentence.start + claim.end()),
                stated=claim.group(0),
                recomputed=f"{final.text}与{budget.text}",
            )
        )
    return findings

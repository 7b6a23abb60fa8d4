"""An excess over the plan stated with both: “计划发放300户，实际发放366户，超额66户” — the
excess is what was done less what was planned."""

from __future__ import annotations

import re

from jixiao.review.checks.gaps import agrees
from jixiao.review.checks.gaps import difference_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import part_start
from jixiao.review.text.sentences import same_measure

_EXCESS = re.compile(r"(?:超额|超出|多完成)(?:完成)?\s*$")
_PLAN = re.compile(r"计划|目标|任务")
_DONE = re.compile(r"实际|完成")
_COMPARED = re.compile(r"[比较与](?:上年|去年|上一年|同期|(?:19|20)\d\d\s*年)")


def check_excess(doc: ReportDoc) -> list[ReviewFinding]:
    """“计划A，实际B，超额C”: C against B − A."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for at, excess in enumerate(sentence.quantities):
            if excess.kind not in (COUNT, MONEY) or excess.approx:
                continue
            if not _EXCESS.search(excess.label) or at < 2 or _COMPARED.search(excess.label):
                continue  # “比上年超出80个”: over last year, not the plan
            plan, done = sentence.quantities[at - 2], sentence.quantities[at - 1]
            if plan.start < part_start(sentence.text, excess.start):
                continue
            if not (same_measure(plan, excess) and same_measure(done, excess)):
                continue
            if not _PLAN.search(plan.label) or not _DONE.search(done.label) or plan.approx:
                continue
            over = done.value - plan.value
            if over <= 0 or agrees(excess, over, plan, done):
                continue
            right = fmt_quantity(over, excess)
            message = (
                f"实际{done.text}较计划{plan.text}超出{right}，报告列超额{excess.text}，请核实。"
            )
            findings.append(difference_finding(sentence, plan, excess, message, right))
    return findings

"""A whole told with its money from the government and its money raised by the unit, later
in the same sentence and without a 其中 (each perhaps with shares of its own between):

    实际利用共计27652.4万元，超出计划安排资金9%，…，政府拨款支出1953.2万元，…，
    自筹资金支出29605.6万元，…                        → 1953.2 + 29605.6 = 31558.8 > 27652.4

Government money and self-raised money never overlap, so the two cannot pass the whole they
are told with. Less than the whole may leave a third source unsaid (a bank loan): only more
is told.
"""

from __future__ import annotations

import re

from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.checks.sum_tolerance import tolerance
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.quantities import label_words
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_WHOLE = re.compile(r"共计|合计|总计|总额|总投资")
_FISCAL = re.compile(r"政府拨款|财政拨款|财政资金|财政补助")
_RAISED = re.compile(r"自筹")
_PART_OPENER = re.compile(r"其中|包括|含")


def _named(quantity: Quantity) -> str:
    """The amount with the last words before it (政府拨款支出1953.2万元)."""
    return label_words(quantity, 10) + quantity.text


def _split(sentence: Sentence) -> tuple[Quantity, Quantity, Quantity] | None:
    """The whole and its two parts: the first amount named as a whole, and the only two
    amounts after it, one of government money and one self-raised."""
    money = [q for q in sentence.quantities if q.kind == MONEY and not q.approx]
    whole = next((q for q in money if _WHOLE.search(q.label)), None)
    if whole is None:
        return None
    after = [q for q in money if q.start > whole.end]
    if len(after) != 2 or _PART_OPENER.search(sentence.text, whole.end, after[-1].start):
        return None
    fiscal = next((q for q in after if _FISCAL.search(q.label)), None)
    raised = next((q for q in after if _RAISED.search(q.label)), None)
    if fiscal is None or raised is None or fiscal is raised:
        return None
    return whole, fiscal, raised


def check_funding_split(doc: ReportDoc) -> list[ReviewFinding]:
    """Government and self-raised money told after their whole that pass it."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        split = _split(sentence)
        if split is None:
            continue
        whole, fiscal, raised = split
        added = fiscal.value + raised.value
        if added - whole.value <= tolerance(whole, (fiscal, raised)):
            continue
        right = fmt_quantity(added, whole)
        message = (
            f"所述{_named(whole)}，其后所列{_named(fiscal)}与{_named(raised)}两类资金合计{right}，"
            f"超过所述总数{fmt_quantity(added - whole.value, whole)}，请核实。"
        )
        last = raised if raised.start > fiscal.start else fiscal
        findings.append(claim_finding("sum-mismatch", sentence, whole, last, message, right))
    return findings

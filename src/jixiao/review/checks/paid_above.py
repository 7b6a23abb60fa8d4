"""Money paid out, in one sentence with the funds it came from, above all of them:

    统筹整合使用财政涉农资金107.13万元，其中项目管理费1.07万元，目前已拨付160.36万元。

The amount paid (已拨付, 已支出, 实际支出 …) cannot pass the funds the sentence names before
it unless money came from elsewhere; as with a 自评表's row spent beyond its budget, it is a
warning, silenced by any word of why in the document."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.overspent import reason_given
from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: The year's payment (not one 累计 over the years of a project).
_PAID = re.compile(r"(?:已|实际)(?:拨付|支付|支出|使用)(?:资金)?$")
_FUNDS = re.compile(r"资金|预算|安排|下达|拨款")
_NOT_FUNDS = re.compile(r"(?:拨付|支付|支出|使用)(?:资金)?$|结余|结转|上年|去年|同期|累计|投资|每")
#: Money carried over from past years, told anywhere: it may make up what was paid beyond
#: the year's funds.
_CARRIED = re.compile(r"结转|结余资金|往年资金")


def _paid_above(sentence: Sentence) -> ReviewFinding | None:
    money = [q for q in sentence.quantities if q.kind == MONEY and not q.approx]
    for at, paid in enumerate(money):
        if not _PAID.search(paid.label) or paid.in_brackets:
            continue
        funds = [q for q in money[:at] if _FUNDS.search(q.label) and not _NOT_FUNDS.search(q.label)]
        whole = sum((q.value for q in funds), Decimal(0))  # (two batches, two levels)
        if not funds or whole >= paid.value or any(q.value >= paid.value for q in money[:at]):
            return None
        return _finding(sentence, max(funds, key=lambda q: q.value), paid)
    return None


def _word(paid: Quantity) -> str:
    found = _PAID.search(paid.label)
    return found.group(0) if found else "支出"


def _finding(sentence: Sentence, funds: Quantity, paid: Quantity) -> ReviewFinding:
    message = (
        f"所述{_word(paid)}{paid.text}超过同句所列资金{funds.text}，"
        "文中未说明超出部分的资金来源（如使用上年结转、追加预算），请核实。"
    )
    return claim_finding(
        "spent-above-budget", sentence, funds, paid, message, funds.text, paid.text
    )


def check_paid_above(doc: ReportDoc) -> list[ReviewFinding]:
    """Money paid out above the funds its sentence names, unless the document says why."""
    if reason_given(doc) or any(_CARRIED.search(p.text) for p in doc.paragraphs):
        return []
    found = (_paid_above(sentence) for sentence in doc_sentences(doc))
    return [finding for finding in found if finding is not None]

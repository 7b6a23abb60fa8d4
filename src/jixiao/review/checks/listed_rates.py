"""A 资金到位率 told on a numbered line of its own, after the lines that give the budget and the
money that arrived:

    1、项目预算安排情况。…项目预算安排总额153.550567万元。
    2、财政拨款总额153.550567万元。
    3、资金到位率100%

The rate is the money arrived over the budget, when the lines since the heading above give
one amount of each and no other amount.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import quantities_in
from jixiao.review.text.sentences import doc_sentences

#: The rate alone on its line (“3、资金到位率100%”).
_ARRIVAL_RATE = re.compile(
    r"^\s*(?:\d+\s*[、.．]|[（(]\d+[)）])?\s*(?:资金|预算)?到位率(?:为|达到?)?\s*[:：]?\s*$"
)
#: The year's budget (预算安排, 预算总额), not what was spent of it nor a total over years.
_PLANNED = re.compile(r"^(?!.*(?:执行|支出|支付|总投资|结转)).*预算")
#: The money that arrived (到位资金, 财政拨款总额), not what was paid on (拨付) or sent down.
_ARRIVED = re.compile(r"^(?!.*(?:拨付|下达|结转|支付)).*(?:到位|拨款)")
#: How many lines back, up to the heading above, the two amounts may stand.
_REACH = 4
_HUNDRED = Decimal(100)


def _window(doc: ReportDoc, paragraph: Paragraph) -> list[Paragraph]:
    """The body lines right before ``paragraph``, up to the heading above (at most _REACH)."""
    lines: list[Paragraph] = []
    for before in reversed(doc.paragraphs[: paragraph.index - 1][-_REACH:]):
        if before.is_heading or len(before.cells) > 1:
            break
        lines.insert(0, before)
    return lines


def _one(amounts: list[Quantity], pattern: re.Pattern[str]) -> Quantity | None:
    found = [q for q in amounts if pattern.search(q.label)]
    return found[0] if len(found) == 1 else None


def check_listed_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """“3、资金到位率100%” against the money arrived and the budget on the lines before (the
    line is short and has no full stop, so it may have been read as a heading)."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        if "到位率" not in paragraph.text:
            continue
        rates = [q for q in quantities_in(paragraph.text) if q.kind == PERCENT]
        if len(rates) != 1 or rates[0].approx:
            continue
        rate = rates[0]
        if not _ARRIVAL_RATE.match(paragraph.text[: rate.start]):
            continue
        lines = {p.index for p in _window(doc, paragraph)}
        amounts = [
            q
            for s in sentences
            if s.paragraph.index in lines
            for q in s.quantities
            if q.kind == MONEY
        ]
        planned, arrived = _one(amounts, _PLANNED), _one(amounts, _ARRIVED)
        if len(amounts) != 2 or planned is None or arrived is None or planned is arrived:
            continue
        if planned.value <= 0:
            continue
        exact = arrived.value / planned.value * _HUNDRED
        how = f"到位资金{arrived.text}÷预算{planned.text}"
        found = rate_finding(paragraph, rate, exact, how, (rate.start, rate.end))
        findings.extend([found] if found is not None else [])
    return findings

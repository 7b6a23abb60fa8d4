"""What a review cut or a purchase saved, named beside the two amounts it lies between:

    送审金额115991万元，审定金额97219万元，审减金额18906万元     → 115991 − 97219 = 18772
    采购预算金额42875.34万元，实际采购金额42642.41万元，节约金额232.93万元

The three amounts stand in one sentence in that order, each named by its words; the gap is
held to the first less the second, within half the last written digit of each.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.sum_claims import figure_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: (the larger amount, the smaller, their gap), each by the words naming it.
_TRIADS = (
    (re.compile(r"送审"), re.compile(r"审定"), re.compile(r"审减|核减")),
    (
        re.compile(r"采购预算|预算金额|预算资金"),
        re.compile(r"实际采购|采购金额|合同金额|成交金额|中标金额"),
        re.compile(r"节约|节省|节支"),
    ),
)


def _places(text: str) -> int:
    number = re.sub(r"[^\d.]", "", text)
    return len(number.split(".")[1]) if "." in number else 0


def _named(sentence: Sentence, words: re.Pattern[str]) -> list[Quantity]:
    return [
        q
        for q in sentence.quantities
        if q.kind == MONEY and not q.approx and words.search(q.label[-8:])
    ]


def _triad(sentence: Sentence, names: tuple[re.Pattern[str], ...]) -> list[Quantity] | None:
    found = [_named(sentence, words) for words in names]
    if any(len(f) != 1 for f in found):
        return None
    big, small, gap = (f[0] for f in found)
    in_order = big.start < small.start < gap.start
    one_unit = big.unit == small.unit == gap.unit
    return [big, small, gap] if in_order and one_unit else None


def check_named_gaps(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 审减 or 节约 amount against the two amounts it lies between."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for names in _TRIADS:
            triad = _triad(sentence, names)
            if triad is None:
                continue
            big, small, gap = triad
            exact = big.value - small.value
            if abs(exact - gap.value) <= big.ulp + small.ulp + gap.ulp:
                continue
            places = max(_places(q.text) for q in triad)
            written = Decimal(re.sub(r"[^\d.]", "", gap.text))
            scale = gap.value / written if written else Decimal(1)  # (values are in 元)
            shown = f"{fmt(exact / scale, places)}{gap.unit}"
            message = (
                f"{big.text}与{small.text}之差为{shown}，报告所列{gap.label[-4:]}{gap.text}，"
                "两者不符，请核实。"
            )
            findings.append(figure_finding(sentence, gap, message, shown))
    return findings

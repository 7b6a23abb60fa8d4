"""Comparison words the sentence's own figures contradict — what 决算说明 templates get
wrong when a sentence is copied from line to line: “年初预算数为51.46万元，支出决算为51.46万元，
…决算数小于预算数的主要原因是…” (the two are equal).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.pace_gaps import months_gone
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
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


#: “资金已全部拨付” (not “拨付到位”, which says the money reached the unit).
_FULL_CLAIM = re.compile(r"(?:全部|全额|足额)(?P<verb>拨付|支付|支出|使用)(?!到位|至|给|到)")
_RATE_WORD = re.compile(r"(?:执行|支付|拨付|支出|使用)(?:率|进度)")
#: How many paragraphs apart a claim and the rate it contradicts may stand.
CLAIM_REACH = 5
_FULL_RATE = Decimal(100)
_YEAR_MONTHS = 12


def _below_full_rate(sentence: Sentence, verb: str) -> Quantity | None:
    """A rate under 100% in ``sentence`` that measures what ``verb`` does (the sentence
    uses the same verb: “已拨付680万元，执行率为80%”)."""
    months = months_gone(sentence.text)
    if verb not in sentence.text or (months is not None and months < _YEAR_MONTHS):
        return None  # (a rate of part of the year: 1至6月份, 上半年, 截至9月底)
    for q in sentence.quantities:
        if q.kind == PERCENT and q.value < _FULL_RATE and _RATE_WORD.search(q.label):
            return q
    return None


_CARRIED = re.compile(r"结转|结余")
_RATE_NAME = re.compile(r"(?:预算|资金|项目)?(?:执行|支付|拨付|支出|使用)(?:率|进度)")
_CLAUSE_END = re.compile(r"[。；;！？!?]")


def _clause_before(text: str, at: int) -> str:
    """The sentence of ``text`` up to ``at``."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return text[ends[-1] if ends else 0 : at]


def _about_arrival(doc: ReportDoc, paragraph: Paragraph, at: int) -> bool:
    """The claim sits under 到位 (“资金到位情况：…已全部拨付”): money reaching the unit."""
    heading = doc.paragraph(paragraph.section).text if paragraph.section else ""
    return "到位" in paragraph.text[:at] or "到位" in heading


def check_full_claims(doc: ReportDoc) -> list[ReviewFinding]:
    """“资金已全部拨付” near a sentence that pays part of it: “已拨付…，执行率为80%”."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        claim = _FULL_CLAIM.search(paragraph.text)
        if claim is None or paragraph.contents or _about_arrival(doc, paragraph, claim.start()):
            continue
        if any(ch in paragraph.text for ch in "%％"):
            continue  # the claim's own rate is the one it speaks of
        if _CARRIED.search(_clause_before(paragraph.text, claim.start())):
            continue  # “上年结转132.40万元已全部支出”: the carry-over, not the year's budget
        ahead = paragraph.text[max(0, claim.start() - 4) : claim.start()]
        if ahead.endswith("及时") and "已" not in ahead:
            continue  # “及时足额拨付资金”: how the work is done (not “已及时足额拨付”)
        near = (
            s
            for s in sentences
            if s.paragraph is not paragraph
            and abs(s.paragraph.index - paragraph.index) <= CLAIM_REACH
        )
        rate = next((r for s in near if (r := _below_full_rate(s, claim.group("verb")))), None)
        if rate is None:
            continue
        named = _RATE_NAME.findall(rate.label)
        message = (
            f"此处称“{claim.group(0)}”，但报告所列{named[-1] if named else '比率'}{rate.text}"
            "未达100%，两处表述矛盾，请核实。"
        )
        findings.append(
            make_finding(
                "claim-contradicts-rate",
                paragraph,
                message,
                span=claim.span(),
                stated=claim.group(0),
                recomputed=rate.text,
            )
        )
    return findings

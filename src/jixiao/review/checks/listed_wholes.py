"""A list whose shares of a base stated before make the whole of it, so its amounts must too:

    2022年全国政府采购规模为34,993.1亿元，…。从结构来看，货物、工程、服务政府采购规模分别为
    9,027.5亿元、15,646.1亿元和10,301.5亿元，占全国政府采购规模比例为25.8%、44.8%和29.4%。

25.8% + 44.8% + 29.4% = 100%: the three are all of the 采购规模, and 9,027.5 + 15,646.1 +
10,301.5 = 34,975.1 is not 34,993.1. The shares must add to 100% within their rounding, and
the amounts are held to the base within theirs.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.checks.base_shares import base_of
from jixiao.review.checks.base_shares import listed_groups
from jixiao.review.checks.percent_findings import HUNDRED
from jixiao.review.checks.sum_claims import figure_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences


def _whole(shares: list[Quantity]) -> bool:
    """The shares add to 100% within the rounding each was written with."""
    added = sum((s.value for s in shares), Decimal(0))
    return abs(added - HUNDRED) <= sum((s.ulp for s in shares), Decimal(0))


def _finding(
    sentences: tuple[Sentence, ...], base: Quantity, parts: list[Quantity], name: str
) -> ReviewFinding | None:
    added = sum((p.value for p in parts), Decimal(0))
    if abs(added - base.value) <= base.ulp + sum((p.ulp for p in parts), Decimal(0)):
        return None
    home = next((s for s in sentences if any(q is base for q in s.quantities)), None)
    if home is None:
        return None
    shown = fmt_quantity(added, base)
    listed = "＋".join(p.text for p in parts)
    message = (
        f"所述{name}{base.text}，其后所列各项占{name}的比例合计为100%，而各项之和为{listed}"
        f"＝{shown}，相差{fmt_quantity(abs(added - base.value), base)}，请核实。"
    )
    return figure_finding(home, base, message, shown)


def check_listed_wholes(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 分别 list whose shares of a base stated before add to 100% against that base."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        for parts, shares, name in listed_groups(sentence):
            base = base_of(sentences, at, parts[0], shares[0], name)
            if base is None or not _whole(shares) or any(p.unit != base.unit for p in parts):
                continue
            finding = _finding(sentences, base, parts, name)
            if finding is not None:
                findings.append(finding)
    return findings

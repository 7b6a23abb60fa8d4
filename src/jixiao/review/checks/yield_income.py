"""A planting project's 收益测算 worked out from its area, in one ；-part:

    村集体投资种植优质李子树30亩，…，预计每年每亩产李子1000公斤，每公斤售价5元，可实现总收入
    15万元，扣除…费用成本每亩4000元，计12万元，…
                                    → 30 × 1000 × 5 = 15万元; 30 × 4000 = 12万元

The area (N亩), the yield per 亩 (每亩产, 亩产) in 公斤 or 斤 and the price per the same
weight give the gross (总收入, 总产值, 销售收入); a cost per 亩 times the area gives the
cost's sum said right after it (计, 合计, 共计).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from jixiao.review.checks.net_income import semicolon_parts
from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_WEIGHT = r"(?:公斤|千克|斤)"
_YIELD = re.compile(r"(?:每亩产|亩产)[\u4e00-\u9fff]{0,4}$")
_PRICE = re.compile(rf"每({_WEIGHT})(?:售价|单价|价格|收购价)?(?:为|约)?$")
_GROSS = re.compile(r"(?:总收入|总收益|销售收入|总产值)(?:为|达|达到|约)?$")
_COST_PER_MU = re.compile(r"(?:成本|费用|投入)每亩$")
_COST_SUM = re.compile(r"^(?:计|合计|共计|总计)?$")
_YEARS = re.compile(r"累计|[两二三四五六七八九十\d]年")


def _area(figures: list[Quantity]) -> Quantity | None:
    areas = [q for q in figures if q.unit == "亩" and not q.label.endswith("每") and not q.approx]
    return areas[0] if len(areas) == 1 else None


def _weight_after(sentence: Sentence, q: Quantity) -> str | None:
    found = re.match(_WEIGHT, sentence.text[q.end :])
    return found.group(0) if found else None


def _gross(sentence: Sentence, figures: list[Quantity], area: Quantity) -> Iterator[ReviewFinding]:
    crop = next((q for q in figures if _YIELD.search(q.label) and not q.approx), None)
    if crop is None or crop.start < area.end:
        return
    weight = _weight_after(sentence, crop)
    money = [q for q in figures if q.kind == MONEY and q.start > crop.end and not q.approx]
    price = next((q for q in money if _PRICE.search(q.label)), None)
    gross = next((q for q in money if _GROSS.search(q.label)), None)
    if weight is None or price is None or gross is None or gross.start < price.end:
        return
    if any(q.kind == PERCENT and crop.end < q.start < gross.start for q in figures):
        return  # “商品果率按80%计”: a share of the yield sold
    if _YEARS.search(gross.label):
        return  # “三年累计可实现总收入”: the gross of several years
    per = _PRICE.search(price.label)
    if per is None or per.group(1) != weight:
        return
    right = area.value * crop.value * price.value
    if abs(right - gross.value) > gross.ulp:
        shown = fmt_quantity(right, gross)
        message = (
            f"{area.text}×{crop.text}{weight}×{price.text}＝{shown}，"
            f"文中总收入为{gross.text}，收益测算有误，请核实。"
        )
        yield _finding(sentence, area, gross, message, shown)


def _cost(sentence: Sentence, figures: list[Quantity], area: Quantity) -> Iterator[ReviewFinding]:
    money = [q for q in figures if q.kind == MONEY and q.start > area.end and not q.approx]
    for per, total in pairwise(money):
        between = sentence.text[per.end : total.start]
        if not _COST_PER_MU.search(per.label) or not _COST_SUM.match(total.label):
            continue
        if not re.fullmatch(r"[，,]\s*", between.removesuffix(total.label)):
            continue
        right = area.value * per.value
        if abs(right - total.value) > total.ulp:
            shown = fmt_quantity(right, total)
            message = (
                f"成本{area.text}×{per.text}＝{shown}，文中为{total.text}，收益测算有误，请核实。"
            )
            yield _finding(sentence, per, total, message, shown)


def _finding(
    sentence: Sentence, first: Quantity, stated: Quantity, message: str, shown: str
) -> ReviewFinding:
    return claim_finding("product-mismatch", sentence, first, stated, message, shown, stated.text)


def check_yield_income(doc: ReportDoc) -> list[ReviewFinding]:
    """Gross income and costs worked out from a planted area that do not hold."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        if "亩" not in sentence.text:
            continue
        for start, end in semicolon_parts(sentence.text):
            figures = [q for q in sentence.quantities if start <= q.start < end]
            area = _area(figures)
            if area is not None:
                findings.extend(_gross(sentence, figures, area))
                findings.extend(_cost(sentence, figures, area))
    return findings

"""A 自评表 a 文库 copy ran together into one paragraph, each block's weight glued to its name:

    …项目产出(35分)数量指标(10分)保障人数…质量指标(5分)…时效指标(5分)…成本指标(10分)…
    项目效益(35分)…                                           → 10 + 5 + 5 + 10 = 30, not 35

The 产出 block's four kinds (数量, 质量, 时效, 成本指标), each named once with its weight
between the block's own label and the next block's, make its weight. Kinds left without a
weight, or named twice (a second 年度绩效目标), leave the block unchecked.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_WEIGHT = r"[（(]\s*(?P<weight>\d+(?:\.\d+)?)\s*分\s*[）)]"
#: A first-level block (项目产出, 产出指标; OCR may misread 项 as 顼), not a second-level kind
#: that ends like one (社会效益指标).
_BLOCK = re.compile(
    r"(?<!社会)(?<!经济)(?<!生态)(?<!对象)(?<!持续)"
    rf"(?P<name>决策|管理|产出|效益|满意度)(?:指标)?{_WEIGHT}"
)
_KINDS = ("数量", "质量", "时效", "成本")
_COST_BLOCK = re.compile(rf"项目成本{_WEIGHT}")
_KIND = re.compile(rf"(?P<kind>数量|质量|时效|成本)指标(?:{_WEIGHT})?")


def _finding(paragraph: Paragraph) -> ReviewFinding | None:
    text = re.sub(r"\s+", "", paragraph.text)
    blocks = list(_BLOCK.finditer(text))
    for at, block in enumerate(blocks):
        if block.group("name") != "产出":
            continue
        end = blocks[at + 1].start() if at + 1 < len(blocks) else len(text)
        own_cost = _COST_BLOCK.search(text, block.end(), end)  # “项目成本(20分)”: a block too
        end = own_cost.start() if own_cost else end
        kinds = list(_KIND.finditer(text, block.end(), end))
        named = [k.group("kind") for k in kinds]
        if sorted(named) != sorted(_KINDS) or any(k.group("weight") is None for k in kinds):
            return None
        weights = [Decimal(k.group("weight")) for k in kinds]
        added = sum(weights, Decimal(0))
        stated = Decimal(block.group("weight"))
        if added == stated:
            return None
        listed = "＋".join(f"{k.group('kind')}指标{k.group('weight')}分" for k in kinds)
        message = (
            f"“{block.group(0)}”下各二级指标分值为{listed}＝{added.normalize():f}分，"
            f"与该一级指标分值{block.group('weight')}分不符。"
        )
        return make_finding(
            "weight-total-mismatch",
            paragraph,
            message,
            stated=f"{block.group('weight')}分",
            recomputed=f"{added.normalize():f}分",
        )
    return None


def check_glued_blocks(doc: ReportDoc) -> list[ReviewFinding]:
    """The 产出 block's weight against its four kinds' in a table glued into one paragraph."""
    found = (_finding(p) for p in doc.paragraphs if len(p.text) > 80)
    return [f for f in found if f is not None]

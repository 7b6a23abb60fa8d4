"""Targets and verdicts in report text: “达到了年初目标”, “目标18亿”, “控制在100%以内”."""

from __future__ import annotations

import re

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.structure import heading_text

VERDICT = re.compile(
    r"(?P<neg>未能?|没有|没)?(?P<verb>达到|完成|实现)了?(年初|年度|全年|预期|既定|预定)(绩效)?目标"
)
OVERCLAIM = re.compile(r"超额完成")
_TARGET_VALUE = re.compile(
    r"(目标值?|指标值|计划数?)[^，。；]{0,8}?(为|是|：|:)?\s*[≥≤＞＜><]?\s*"
    r"(不低于|不高于|不超过|不少于)?\s*\d"
    r"|(不低于|不高于|不超过|不少于|≥|≤|控制在|在)\s*\d+(\.\d+)?\s*"
    r"(%|％|万元|亿元|元|家|个|人|项)?\s*(以内|以上|以下)"
    r"|(不低于|不高于|不超过|不少于|≥|≤)\s*\d"
    r"|目标(?:是|为)[^，。；]{0,4}(?:确保|实现|完成|保障|做到)"  # a qualitative target
)
_TARGET_CUE = re.compile(
    r"(目标值?|指标值|计划数?|不低于|不高于|不超过|不少于|≥|≤|控制在)[为是：:（(\s]*$"
)
_REVERSE_HINT = re.compile(r"控制率|调整率|结余率|变动率|成本|费用|以内|不超过|不高于|≤|以下")


def states_target(text: str) -> bool:
    """True when ``text`` gives a target value (年度指标值) in some form."""
    return _TARGET_VALUE.search(text) is not None


def is_target_figure(text: str, quantity: Quantity) -> bool:
    """True when ``quantity`` (offsets in ``text``) is the target, not the actual value."""
    return _TARGET_CUE.search(text[max(0, quantity.start - 10) : quantity.start]) is not None


def scope_of(doc: ReportDoc, paragraph: Paragraph) -> list[Paragraph]:
    """The paragraph's section: its heading and the body under that heading."""
    heading = [doc.paragraph(paragraph.section)] if paragraph.section else []
    return heading + doc.body_of(paragraph.section)


def indicator_of(doc: ReportDoc, paragraph: Paragraph) -> str:
    """The indicator a paragraph speaks about: its section heading, without numbering."""
    if not paragraph.section:
        return ""
    return heading_text(doc.paragraph(paragraph.section).text)


def target_stated_for(doc: ReportDoc, paragraph: Paragraph) -> bool:
    """True when the section, or any sentence naming the indicator, states a target."""
    if any(states_target(p.text) for p in scope_of(doc, paragraph)):
        return True
    name = indicator_of(doc, paragraph)
    if len(name) < 3:
        return False
    return any(name in p.text and states_target(p.text) for p in doc.paragraphs)


def is_reverse(context: str) -> bool:
    """True for lower-is-better indicators or targets written as a ceiling."""
    return _REVERSE_HINT.search(context) is not None

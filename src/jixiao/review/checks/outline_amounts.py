"""An outline whose items state amounts: a numbered line with one amount over the numbered
lines of the next level right under it, each with one amount of its own (a 彩票公益金 使用
情况公告: “（一）用于援建公共体育场地和设施543.10万元；” over “1.…193.8万元；” “2.…263.3万元；”
“3.…113万元；”). The lower items split the one above them."""

from __future__ import annotations

import re

from jixiao.review.checks.item_claims import OUTLINE_NUMBER
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import qizhong_claims
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.structure import numbered_level

MIN_ITEMS = 2
MAX_ITEMS = 12
#: An item longer than this is a paragraph of prose, not a line of the outline.
MAX_LINE = 80


def _one_amount(paragraph: Paragraph) -> bool:
    text = paragraph.text
    money = [q for q in find_quantities(text) if q.kind == MONEY]
    return len(text) <= MAX_LINE and len(money) == 1 and not money[0].approx and "其中" not in text


def _items(doc: ReportDoc, at: int, level: int) -> list[Paragraph]:
    """The lines right under paragraph ``at``, all of one deeper level, while each states
    one amount (none when one of them states none or several)."""
    following = doc.paragraphs[at + 1 : at + 1 + MAX_ITEMS + 1]
    items: list[Paragraph] = []
    own = numbered_level(following[0].text) if following else 0
    for item in following:
        if numbered_level(item.text) != own or own <= level:
            break
        if not _one_amount(item):
            return []
        items.append(item)
    return items if len(items) <= MAX_ITEMS else []


def outline_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each numbered line with one amount, over the lines of the level under it."""
    claims: list[SumClaim] = []
    for at, paragraph in enumerate(doc.paragraphs):
        level = numbered_level(paragraph.text)
        if not level or not _one_amount(paragraph):
            continue
        items = _items(doc, at, level)
        if len(items) < MIN_ITEMS:
            continue
        head = _BRACKETED.sub(r"\1", paragraph.text.rstrip("；;。. "))
        heads = [_head(OUTLINE_NUMBER.sub("", item.text)) for item in items]
        text = head + "，其中：" + "；".join(heads) + "。"
        joined = Sentence(paragraph, 0, text, tuple(find_quantities(text)))
        claims.extend(c for c in qizhong_claims(joined) if c.parts[-1].start >= len(head))
    return claims


#: “二、省级财政衔接资金（5509万元）”: a heading's amount in brackets after its name.
_BRACKETED = re.compile(r"[（(]\s*([\d.,]+\s*[万亿]?元)\s*[）)]$")


#: “按1%提取项目管理费46.3万元”: the rate the item's amount was drawn at, not a share.
_RATE = re.compile(r"\d+(?:\.\d+)?\s*[%％]")


def _head(text: str) -> str:
    """An item up to its amount, without the rate it was drawn at."""
    money = next(q for q in find_quantities(text) if q.kind == MONEY)
    return _RATE.sub("", text[: money.start]) + money.text

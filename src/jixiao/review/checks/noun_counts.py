"""Counts whose noun follows the figure: “年度目标下设33个三级绩效指标，包括26个数量指标、
2个质量指标、…、2个服务对象满意度指标”. The figures' labels are the words before them, so the
other claims do not see these parts; here each part is named by the noun after it. Only
指标 are read so: their kinds do not overlap, while 3个标准化服务站、4个示范服务站 may."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import doc_sentences

_ITEM = r"\d+\s*个[\u4e00-\u9fff“”]{2,14}"
_LIST = re.compile(
    r"(?P<total>\d+)\s*个(?P<noun>[\u4e00-\u9fff]{2,14})[，,：:]?\s*"
    r"(?:其中|包括|分别是|分别为|含)[:：]?\s*"
    rf"(?P<items>{_ITEM}(?:[、，,]\s*{_ITEM})+)(?=[。；;]|$)"
)
_NOUN = re.compile(r"\d+\s*个(?P<noun>[\u4e00-\u9fff“”]{2,14})")
_HEAD = 2


def _at(quantities: tuple[Quantity, ...], start: int, noun: str) -> Quantity | None:
    found = next((q for q in quantities if q.start == start and q.kind == COUNT), None)
    return replace(found, label=noun) if found is not None else None


def noun_count_claims(doc: ReportDoc) -> list[SumClaim]:
    """Every “N个X，包括a个…X、b个…X” of the document as a total and its parts."""
    claims: list[SumClaim] = []
    for sentence in doc_sentences(doc):
        for match in _LIST.finditer(sentence.text):
            head = match.group("noun")[-_HEAD:]
            if head != "指标":
                continue  # 3个标准化服务站、4个示范服务站: kinds of other things may overlap
            total = _at(sentence.quantities, match.start("total"), match.group("noun"))
            items = list(_NOUN.finditer(sentence.text, match.start("items"), match.end("items")))
            if total is None or not all(i.group("noun").endswith(head) for i in items):
                continue
            parts = [_at(sentence.quantities, i.start(), i.group("noun")) for i in items]
            found = [p for p in parts if p is not None]
            if len(found) == len(items):
                claims.append(SumClaim(sentence, total, tuple(found), ()))
    return claims

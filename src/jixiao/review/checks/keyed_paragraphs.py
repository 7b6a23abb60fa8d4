"""A total announced, then split by one key after another in the paragraphs after it (a 决算
说明's layout):

    本年支出合计964.37万元，按支出性质和功能分类分别说明如下。
    按支出性质分：基本支出712.05万元，…；项目支出252.32万元，…。
    按功能分类分：教育支出812.64万元、社会保障和就业支出78.25万元、…。

Each key's list is the whole total again (not the last part of the key before it).
"""

from __future__ import annotations

import re

from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import parts_after
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import join_sentences

#: “…，按支出性质和功能分类分别说明如下。”: the total's sentence announces the lists.
_ANNOUNCED = re.compile(r"(?:分别)?(?:说明|列示|反映|介绍)?如下[。:：]?\s*$")
_KEY = re.compile(r"^\s*按[^，。；,;:：]{1,12}分类?[:：]")
#: How many paragraphs after the total its keyed lists may run.
REACH = 4


def keyed_paragraph_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each list of a paragraph opening “按…分：” against the total announced before it."""
    sentences = doc_sentences(doc)
    claims: list[SumClaim] = []
    for at, sentence in enumerate(sentences):
        money = [q for q in sentence.quantities if q.kind == MONEY]
        if not _ANNOUNCED.search(sentence.text) or len(money) != 1 or not usable(money[0]):
            continue
        for following in sentences[at + 1 :]:
            if following.paragraph.index - sentence.paragraph.index > REACH:
                break
            if following.start:
                continue  # a later sentence of a keyed paragraph
            key = _KEY.match(following.text)
            if key is None or following.paragraph.is_heading:
                break
            joined = join_sentences(sentence, following)
            mark = len(joined.text) - len(following.text) + key.start()
            claim = parts_after(joined, money[0], mark, len(joined.text))
            if claim is not None:
                claims.append(claim)
    return claims

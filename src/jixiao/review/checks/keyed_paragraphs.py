"""A total announced, then split by one key after another in the paragraphs after it (a 决算
说明's layout):

    本年支出合计964.37万元，按支出性质和功能分类分别说明如下。
    按支出性质分：基本支出712.05万元，…；项目支出252.32万元，…。
    按功能分类分：教育支出812.64万元、社会保障和就业支出78.25万元、…。

Each key's list is the whole total again (not the last part of the key before it). So is a
sentence opening with a key that names the total's subject, right after it:

    2023年政府采购预算17000元，…。其中：集中采购…。按政府采购资金类型划分，一般公共预算
    拨款15000元，财政专户管理的资金0元，上年结转结余资金0元。
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.review.checks.claim_totals import CHANGE_LABEL
from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import parts_after
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
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


#: “按政府采购资金类型划分，…”: a key naming what it splits.
_NAMED_KEY = re.compile(
    r"^\s*按(?P<name>[\u4e00-\u9fff]{2,12}?)(?:资金|项目)?(?:类型|类别|性质|来源|用途)?"
    r"(?:划分|分类|分)[，,:：]"
)
#: How many sentences back the total of a named key may stand (in its paragraph).
SENTENCES_BACK = 3
#: A key's subject names its total with this many characters at least (政府采购).
NAME_LENGTH = 4


def named_key_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each list of a sentence opening “按X…划分，” against the amount that opens one of the
    sentences right before it in its paragraph, named with X (“2023年政府采购预算17000元”)."""
    sentences = doc_sentences(doc)
    claims: list[SumClaim] = []
    for at, sentence in enumerate(sentences):
        key = _NAMED_KEY.match(sentence.text)
        if key is None:
            continue
        name = key.group("name")[:NAME_LENGTH]
        if len(name) < NAME_LENGTH:
            continue  # “按支出性质划分”: 支出 names no one amount (总计 or 本年支出)
        for earlier in reversed(sentences[max(0, at - SENTENCES_BACK) : at]):
            if earlier.paragraph is not sentence.paragraph:
                break
            money = [q for q in earlier.quantities if q.kind == MONEY]
            if not money or name not in money[0].label or not usable(money[0]):
                continue
            joined = join_sentences(earlier, sentence)
            mark = len(joined.text) - len(sentence.text) + key.end()
            claim = parts_after(joined, money[0], mark, len(joined.text))
            # a split by one key names every part of what it splits
            claims.extend([replace(claim, declared=True)] if claim is not None else [])
            break
    return claims


#: “…收入完成28,583万元，…，从征收部门来看：税务部门完成A，…；财政部门完成B，…”: the
#: collecting offices split the income stated before them in the sentence, each named once.
_COLLECTORS = re.compile(r"[，,]\s*(?:从|分|按)征收(?:部门|机关)(?:来看|看|分)[，,:：]")


def collector_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each list after “从征收部门来看：” against the last amount before it in its sentence
    (not a change: 增收…),
    one amount for each office (the first of its ；-clause)."""
    claims: list[SumClaim] = []
    for sentence in doc_sentences(doc):
        key = _COLLECTORS.search(sentence.text)
        if key is None:
            continue
        money = [
            q
            for q in sentence.quantities
            if q.kind == MONEY and q.end <= key.start() and not CHANGE_LABEL.search(q.label)
        ]
        if not money or not usable(money[-1]):
            continue
        claim = parts_after(sentence, money[-1], key.end(), len(sentence.text))
        parts = _first_of_each_clause(sentence.text, key.end(), claim.parts) if claim else ()
        if claim is not None and len(parts) >= 2:
            claims.append(replace(claim, parts=parts, declared=True))
    return claims


def _first_of_each_clause(
    text: str, start: int, parts: tuple[Quantity, ...]
) -> tuple[Quantity, ...]:
    """Each office's first amount, one per ；-clause (its 增收, its own 其中 aside)."""
    seen: set[int] = set()
    kept = []
    for part in parts:
        clause = len(re.findall(r"[；;]", text[start : part.start]))
        if clause not in seen:
            seen.add(clause)
            kept.append(part)
    return tuple(kept)

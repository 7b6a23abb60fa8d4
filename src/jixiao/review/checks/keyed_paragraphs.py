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
from itertools import pairwise

from jixiao.review.checks.claim_totals import CHANGE_LABEL
from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import parts_after
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import join_sentences

#: “…，按支出性质和功能分类分别说明如下。”: the total's sentence announces the lists.
_ANNOUNCED = re.compile(r"(?:分别)?(?:说明|列示|反映|介绍)?如下[。:：]?\s*$")
_KEY = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十][）)]|[一二三四五六七八九十]、)?\s*"
    r"按[^，。；,;:：]{1,12}分类?(?:[:：]|[，,]\s*(?:主要)?包括[:：]?)"  # (二)按支出用途分类,包括…
)
#: How many paragraphs after the total its keyed lists may run.
REACH = 4


def keyed_paragraph_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each list of a paragraph opening “按…分：” against the total announced before it."""
    sentences = doc_sentences(doc)
    claims: list[SumClaim] = []
    for at, sentence in enumerate(sentences):
        money = [q for q in sentence.quantities if q.kind == MONEY]
        if len(money) != 1 or not usable(money[0]):
            continue
        if not (_ANNOUNCED.search(sentence.text) or _alone(sentence)) or _KEY.match(sentence.text):
            continue  # (a keyed paragraph of one amount is no total of the next)
        for following in sentences[at + 1 :]:
            if following.paragraph.index - sentence.paragraph.index > REACH:
                break
            if following.start:
                continue  # a later sentence of a keyed paragraph
            key = _KEY.match(following.text)
            if key is None or (following.paragraph.is_heading and not following.quantities):
                break  # (a key numbered （二） may be read as a heading: its list is not)
            joined = join_sentences(sentence, following)
            mark = len(joined.text) - len(following.text) + key.end()
            claim = parts_after(joined, money[0], mark, len(joined.text))
            if claim is not None:  # each key's list is the whole, unless it says 主要 or 等
                whole = "主要" not in key.group(0) and not _ends_etc(joined, claim)
                claims.append(replace(claim, declared=whole))
    return claims


def _ends_etc(joined: Sentence, claim: SumClaim) -> bool:
    """The list says it leaves items out (“…，住房保障支出130.20万元等”)."""
    return joined.text.startswith("等", claim.parts[-1].end)


def _alone(sentence: Sentence) -> bool:
    """A paragraph of one sentence stating one amount (“本单位2021年支出预算11654.33万元。”):
    the total the keyed paragraphs after it split."""
    return sentence.start == 0 and sentence.text.strip() == sentence.paragraph.text.strip()


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


#: “…财政拨款收支预算3345.33万元。收入包括：…；支出包括：…”: both sides of a 收支 total.
_BOTH_SIDES = re.compile(r"收支(?:总)?(?:预算|决算|总计|总额)")
_SIDE = re.compile(r"(?:^|[；;]\s*)(?:收入|支出)(?:包括|主要包括|为)[:：]?")


def side_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each side's list (收入包括…；支出包括…) in the sentence after a 收支 total that ends
    its own sentence: each side is the whole total."""
    sentences = doc_sentences(doc)
    claims: list[SumClaim] = []
    for previous, sentence in pairwise(sentences):
        money = [q for q in previous.quantities if q.kind == MONEY]
        if previous.paragraph is not sentence.paragraph or len(money) != 1:
            continue
        if not usable(money[-1]) or not _BOTH_SIDES.search(money[-1].label):
            continue
        joined = join_sentences(previous, sentence)
        offset = len(joined.text) - len(sentence.text)
        sides = list(_SIDE.finditer(sentence.text))
        ends = [side.start() for side in sides[1:]] + [len(sentence.text)]
        for side, end in zip(sides, ends, strict=False):
            claim = parts_after(joined, money[-1], offset + side.end(), offset + end)
            if claim is not None:
                whole = "主要" not in side.group(0) and not _ends_etc(joined, claim)
                claims.append(replace(claim, declared=whole))
    return claims

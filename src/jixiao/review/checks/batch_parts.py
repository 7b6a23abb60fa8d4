"""A whole handed down in batches, each batch told after it:

    省住建厅分两批下达农村危改任务16971户，第一批任务8167户，第二批任务8804户。

The figures labelled 第一批, 第二批 … in order right after the whole, of its unit, are its
parts; when the sentence says how many batches there were (分两批), and as many are told,
the list is whole. A figure that is itself a part (after a 其中), or that follows batches
already told (“第一批…，第二批…，两批共计300万元，第一批已拨付…”: what each batch paid), has
no batches after it."""

from __future__ import annotations

import re

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import each_figure_claims
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import chinese_count
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import same_measure

_ORDINALS = "一二三四五六七八九十"
_BATCH = re.compile(r"第(?P<n>[一二三四五六七八九十])批")
_BATCHES = re.compile(r"分(?P<n>[两二三四五六七八九十]|\d)批")
MIN_BATCHES = 2


def _batch(label: str) -> int | None:
    """The batch a figure's label names (第二批任务: 2), read from its last 第N批."""
    found = list(_BATCH.finditer(label))
    return _ORDINALS.index(found[-1].group("n")) + 1 if found else None


def _claim(sentence: Sentence, at: int) -> SumClaim | None:
    """The figure at ``at`` as a whole, its batches the figures after it."""
    total = sentence.quantities[at]
    parts: list[Quantity] = []
    for figure in sentence.quantities[at + 1 :]:
        if _batch(figure.label) != len(parts) + 1 or not same_measure(figure, total):
            break
        parts.append(figure)
    if len(parts) < MIN_BATCHES or _batch(total.label) is not None:
        return None
    before = sentence.text[: total.start]
    if "其中" in before or _BATCH.search(before):
        return None  # a part of a split (其中…省级100万元), or the batches told already
    said = _BATCHES.search(sentence.text, 0, total.start)
    declared = said is not None and chinese_count(said.group("n")) == len(parts)
    return SumClaim(sentence, total, tuple(parts), (), declared=declared)


def batch_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each whole told with its batches after it."""
    return each_figure_claims(doc, _claim)

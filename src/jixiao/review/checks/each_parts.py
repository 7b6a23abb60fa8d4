"""A figure said once for each of the names listed before it (“3个乡镇各10万元”, “湖南日报、
郴州日报经费各40万”): a part that counts as many times as the names."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence

#: “湖南日报、郴州日报经费各40万”: one figure for each of the names listed before it.
EACH = re.compile(r"各(?:安排|下达|拨付|补助|补贴|奖励|支持|投入|为|是|计)?$")
_JOINED = re.compile(r"[\u4e00-\u9fff][和及与][\u4e00-\u9fff]")


def each_count(sentence: Sentence, q: Quantity, start: int) -> int | None:
    """How many times a part counts: once, or under 各 once per name listed before it since
    ``start`` (“3个乡镇各10万元”, “A、B各40万”); None when the names cannot be counted."""
    if not EACH.search(q.label):
        return 1
    cut = max(sentence.text.rfind(mark, start, q.start) for mark in "；;。")
    start = max(start, cut + 1)
    counts = [c for c in sentence.quantities if start <= c.start < q.start and c.kind == COUNT]
    if counts and counts[-1].value == counts[-1].value.to_integral_value():
        return int(counts[-1].value)
    names = sentence.text[start : q.start]
    if "、" in names:
        return names.count("、") + 1
    return 2 if _JOINED.search(names) else None


def counted(q: Quantity, times: int) -> Quantity:
    if times == 1:
        return q
    return replace(q, value=q.value * times, ulp=q.ulp * times, text=f"{q.text}×{times}")

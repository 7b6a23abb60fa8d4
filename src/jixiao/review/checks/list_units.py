"""The units a count's parts are listed in: a list of several units joined by 、 (卷、盘、盒)
names no whole of one, and a set among machines counted one by one (粮食烘干机1组 among …台)
is one of them."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.review.text.quantities import BARE
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence


def _other_unit_sibling(sentence: Sentence, total: Quantity, q: Quantity) -> bool:
    """A count of another unit listed with the parts by 、 (“纸质档案111675卷，声像档案2285盘、
    照片档案906盒、…”): the parts are counted in several units."""
    if total.kind != COUNT or q.kind != COUNT or q.unit == total.unit or q.in_brackets:
        return False
    opened = q.start - len(q.label) - 1
    return opened >= 0 and sentence.text[opened] == "、"


def several_units(sentence: Sentence, total: Quantity, start: int, stop: int) -> bool:
    """The parts from ``start`` to ``stop`` are counted in several units, listed by 、."""
    return any(
        _other_unit_sibling(sentence, total, q)
        for q in sentence.quantities
        if start <= q.start < stop
    )


#: “粮食烘干机1组，打捆机4台”: a set among machines counted one by one, its classifier
#: no counting unit of its own.
_SET = re.compile(r"组(?=[，,、；;。])")
#: A machine's name (粮食烘干机, 喷雾器, 农机具), not a team (服务队6组).
_MACHINE = re.compile(r"[机器具]$")


def with_sets(sentence: Sentence, total: Quantity, start: int, stop: int) -> Sentence:
    """The sentence with each set listed among a count's parts counted in the count's unit."""
    if total.kind != COUNT or "组" not in sentence.text[start:stop]:
        return sentence
    quantities = tuple(
        replace(q, kind=COUNT, unit=total.unit, text=q.text + "组")
        if q.kind == BARE
        and start <= q.start < stop
        and _SET.match(sentence.text, q.end)
        and _MACHINE.search(q.label)
        else q
        for q in sentence.quantities
    )
    return replace(sentence, quantities=quantities)

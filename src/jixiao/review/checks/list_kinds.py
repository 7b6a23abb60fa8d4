"""What kind of list a total's parts make: names of one kind (places, bodies, 指标), whose
first few may add up by chance, and traits of people that overlap (女生, 少数民族 …)."""

from __future__ import annotations

import re

from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity

_NAME_NOISE = re.compile(r"^其中|[^\u4e00-\u9fff]")


#: Kinds of places and bodies, by how their names end (三湾村, 城关镇 and 柳河乡, 东关小学 …).
_PLACE_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("village", ("社区", "村")),
    ("township", ("街道", "镇", "乡")),
    ("school", ("小学", "中学", "学校", "幼儿园", "校")),
    ("body", ("中心", "站", "所", "院")),
    ("county", ("县", "区", "市", "州")),
)


def _place_kind(name: str) -> str | None:
    if len(name) < 2:
        return None
    return next((kind for kind, ends in _PLACE_KINDS if name.endswith(ends)), None)


def one_kind(total: Quantity, parts: tuple[Quantity, ...]) -> bool:
    """Counts of one kind of thing (…指标, …评价), or figures for places of one kind (…村,
    …镇 and …乡), whose first few may add up by chance."""
    names = [_NAME_NOISE.sub("", p.label) for p in parts]
    places = {_place_kind(name) for name in names}
    if len(places) == 1 and None not in places:
        return True
    ends = {name[-2:] for name in names}
    return total.kind == COUNT and len(ends) == 1 and len(ends.pop()) == 2


#: Traits that people counted under one total may share, by what they describe: counts named
#: by traits of different kinds overlap (a woman may be of a minority and from a poor family).
_TRAITS = (
    re.compile(r"女|男"),
    re.compile(r"少数民族|汉族"),
    re.compile(r"脱贫|低保|特困|残疾|困难|监测"),
    re.compile(r"\d+\s*(?:周?岁|年龄)|岁以[上下]|青年|老年"),
    re.compile(r"大专|本科|硕士|博士|研究生|高中|初中"),
    re.compile(r"党员|团员"),
    re.compile(r"高级|中级|初级|职称"),
)


def crossed(parts: tuple[Quantity, ...]) -> bool:
    """The parts are named by traits of two kinds or more (女性…, 45岁以下…), a trait every
    part shares (脱贫户男性…, 脱贫户女性…) aside; or some by sex and some not (女性…,
    退役军人…): sex crosses any other grouping."""
    named = [{n for n, trait in enumerate(_TRAITS) if trait.search(p.label)} for p in parts]
    shared = set.intersection(*named) if named else set()
    if len(set().union(*named) - shared) >= 2:
        return True
    by_sex = [0 in kinds for kinds in named]
    return any(by_sex) and not all(by_sex)

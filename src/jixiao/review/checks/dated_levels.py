"""Levels dated by their year in one sentence, for a change said of the year before
(“2021年…安排7700万元，2020年…资金7650万元，比去年增加50万元”)."""

from __future__ import annotations

import re

from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence

_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def since_change(
    sentence: Sentence, before: list[Quantity], changed: re.Pattern[str]
) -> list[Quantity]:
    """The figures after the last change told before them (“…增加94万元,…,2017年项目支出
    2626万元,2016年项目支出398万元,与上年相比增了…”: 2626 and 398)."""
    told = [
        q.end for q in sentence.quantities if q.end <= before[-1].start and changed.search(q.label)
    ]
    return [q for q in before if q.start > told[-1]] if told else before


def last_years(sentence: Sentence, before: list[Quantity]) -> list[Quantity]:
    """“2021年…安排7700万元，2020年…资金7650万元，比去年增加50万元”: the figure dated the
    year before the year the sentence opens with (the year of the first figure)."""
    opened = _YEAR.search(sentence.text, 0, before[0].start)
    if opened is None:
        return []
    last = f"{int(opened.group(1)) - 1}年"
    return [q for q in before[1:] if _YEAR.search(q.label) and last in q.label.replace(" ", "")]

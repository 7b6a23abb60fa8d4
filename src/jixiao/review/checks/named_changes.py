"""A change said of a named item with no level beside it, whose two levels stand in earlier
paragraphs under the same name:

    2022年度预算：…，公务用车运行费用10万元。
    2021年度决算：…，公务用车运行费用7.73万元。
    公务用车运行费用较上年同期增加2.27万元，增长29.73%。

The two levels confirm the change (10 − 7.73 = 2.27), so its rate is over the older one:
2.27 ÷ 7.73 = 29.37%, not 29.73%. With no older level written, this year's level stated
alone in the sentence right before, under the same name, gives it:

    2018年财政拨款“三公”经费预算总额为2.7万元，其中，…。
    2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%。

0.06 ÷ (2.7 + 0.06) = 2.17%.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from jixiao.review.checks.gaps import agrees
from jixiao.review.checks.prior_bases import over_base
from jixiao.review.checks.year_changes import level_change_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any

#: “其中公务接待较上年同期减少”: the item's name, then the comparison and its way.
_CHANGE = re.compile(
    r"(?:^|[，,；;：:])\s*(?:其中)?[，,：:]?\s*(?P<year>\d{2,4}年度?)?(?P<name>[\u4e00-\u9fff“”\"()（）]{4,20}?)"
    r"(?:较|比)(?:上年|去年|上一年|20\d\d年度?)(?:同期)?(?:预算|决算)?数?(?P<way>增加|减少)$"
)
#: The rate's word right after the change (“，增长”).
RATE_WORD = re.compile(r"^[，,]?\s*(?:增长|下降|降低|减少|增幅|降幅|减幅|涨幅)(?:了|为)?\s*$")
#: How many of the money figures of the document a name is looked for among.
_LEVELS = 400


def check_named_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """Change rates of named items whose two levels earlier paragraphs state."""
    findings: list[ReviewFinding] = []
    levels: deque[Quantity] = deque(maxlen=_LEVELS)  # the sentences' before, gathered once
    years: dict[int, str] = {}  # a level's start in the document → its sentence's one year
    before: list[Quantity] = []  # the levels of the sentence right before
    for sentence in doc_sentences(doc):
        if any(q.kind == PERCENT for q in sentence.quantities):
            findings.extend(_findings(sentence, list(levels), before, years))
        before = [q for q in sentence.quantities if _level(q)]
        levels.extend(before)
        told = set(_YEAR.findall(sentence.text))
        if len(told) == 1:
            years.update(dict.fromkeys((id(q) for q in before), told.pop()))
    return findings


def _level(q: Quantity) -> bool:
    return q.kind == MONEY and not q.approx and not has_any(q.label, COMPARE_WORDS)


def _findings(
    sentence: Sentence, levels: list[Quantity], before: list[Quantity], years: dict[int, str]
) -> Iterator[ReviewFinding]:
    figures = sentence.quantities
    for change, rate in pairwise(figures):
        said = _CHANGE.search(change.label) if change.kind == MONEY else None
        if change.kind != MONEY or rate.kind != PERCENT or change.approx or not change.value:
            continue
        if not RATE_WORD.match(sentence.text[change.end : rate.start]):
            continue
        if said is None:
            base = _clause_subject_base(sentence, change, levels, years)
            finding = base and over_base(sentence, (change, base, rate), change.start)
            if finding:
                yield finding
            continue
        up = said.group("way") == "增加"
        base = _base(said.group("name"), change, levels, up=up) or _this_year(
            said, change, before, up=up
        )
        if base is None:
            finding = _off_levels(sentence, change, said.group("name"), levels, years)
        else:
            finding = over_base(sentence, (change, base, rate), change.start)
        if finding is not None:
            yield finding


def _base(name: str, change: Quantity, levels: list[Quantity], *, up: bool) -> Quantity | None:
    """The older level of ``name``: the one of the only pair of its levels
    whose gap is the change exactly."""
    named = [q for q in levels if q.label.endswith(name) and q.value > 0]
    bases = {
        (older.value, older.text): older
        for newer in named
        for older in named
        if newer is not older
        and newer.value - older.value == (change.value if up else -change.value)
    }
    return next(iter(bases.values())) if len(bases) == 1 else None


_NAME_TAIL = re.compile(r"(?:总额|总数|数)$")
_YEAR = re.compile(r"20\d\d年")


def _this_year(
    said: re.Match[str], change: Quantity, before: list[Quantity], *, up: bool
) -> Quantity | None:
    """Last year's level from this year's, the only level the sentence before states under
    the name and the year the change names: this year's ∓ the change."""
    name = _NAME_TAIL.sub("", said.group("name"))
    year = said.group("year")
    if year is None:
        return None  # the level before may be last year's (a 决算 beside this year's budget)
    # the name ends the level's words (…预算总额为), not 预算执行数为 or 预算调整数为
    ends = re.compile(re.escape(name) + r"(?:总额|总数|数|合计)?(?:为|是|共)?$")
    named = [q for q in before if ends.search(q.label) and _YEAR.search(q.label)]
    named = [q for q in named if year.rstrip("年度") in _YEAR.findall(q.label)[-1]]
    if len(named) != 1 or change.kind != named[0].kind or change.unit != named[0].unit:
        return None
    level = named[0]
    value = level.value - change.value if up else level.value + change.value
    if value <= 0:
        return None
    sign = "－" if up else "＋"
    text = f"({level.text}{sign}{change.text})"
    return replace(level, value=value, ulp=level.ulp + change.ulp, text=text)


#: What a level's name may say after the item's (公务接待费支出决算): all levels compared
#: must say the same.
_KIND = re.compile(r"(?:支出)?(?:决算|预算)?数?(?:为|是)?$")


def _split_kind(label: str) -> tuple[str, str]:
    """A level's name and what it says after the item's (支出决算), which may be nothing."""
    kind = _KIND.search(label)
    return (label[: kind.start()], kind.group(0)) if kind else (label, "")


def _off_levels(
    sentence: Sentence, change: Quantity, name: str, levels: list[Quantity], years: dict[int, str]
) -> ReviewFinding | None:
    """The change of a named item against its two levels, each told in a sentence of one
    year of its own (“2022年度…公务接待11.8万元” and “2021年度…公务接待12.39万元”), when
    their gap is not the change: 11.8 − 12.39 is a fall of 0.59, not of 0.58."""
    said = _CHANGE.search(change.label)
    if said is None or re.search(r"预算|决算", said.group(0)):
        return None  # “较上年预算减少”: over last year's budget, which the levels may not be
    told = [(q, _split_kind(q.label)) for q in levels if q.value > 0 and id(q) in years]
    named = [(q, kind) for q, (head, kind) in told if head.endswith(name)]
    if len(named) != 2 or years[id(named[0][0])] == years[id(named[1][0])]:
        return None
    if named[0][1] != named[1][1]:
        return None  # a budget beside what was spent
    older, newer = sorted((q for q, _ in named), key=lambda q: years[id(q)])
    if newer.unit != change.unit or older.unit != change.unit:
        return None
    gap = newer.value - older.value
    way = said.group("way")
    signed = change.value if way == "增加" else -change.value
    if (gap >= 0) == (signed >= 0) and agrees(change, abs(gap), older, newer):
        return None
    told_years = ((years[id(newer)], newer), (years[id(older)], older))
    return level_change_finding(sentence, change, way, told_years, name)


#: “，比去年增加”: a change whose item its clause named before (“公务接待费支出决算比预算无增减
#: 变化，比去年增加0.5万元”).
_BARE_CHANGE = re.compile(r"^[，,]?\s*(?:比|较)(?:上年|去年)(?:同期)?(?P<way>增加|减少)$")
_SUBJECT = re.compile(r"(?:其中[，,：:]?)?(?P<name>[\u4e00-\u9fff“”()（）]{4,20}?)(?:比|较)")


def _clause_subject_base(
    sentence: Sentence, change: Quantity, levels: list[Quantity], years: dict[int, str]
) -> Quantity | None:
    """Last year's level of the item the change's clause opens with, from this year's level
    stated before under the same name (one value only), less the increase."""
    said = _BARE_CHANGE.match(change.label)
    if said is None:
        return None
    clause = max(sentence.text.rfind(mark, 0, change.start) for mark in "；;。") + 1
    subject = _SUBJECT.match(sentence.text, clause)
    if subject is None:
        return None
    named = {q.value: q for q in levels if q.label.endswith(subject.group("name")) and q.value > 0}
    if len(named) != 1:
        return None
    level = next(iter(named.values()))
    told = set(_YEAR.findall(sentence.text))
    if id(level) in years and told and told != {years[id(level)]}:
        return None  # another year's level
    up = said.group("way") == "增加"
    value = level.value - change.value if up else level.value + change.value
    if value <= 0 or level.unit != change.unit:
        return None
    text = f"({level.text}{'－' if up else '＋'}{change.text})"
    return replace(level, value=value, ulp=level.ulp + change.ulp, text=text)

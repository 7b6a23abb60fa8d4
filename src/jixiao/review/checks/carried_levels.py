"""A change over last year whose level stands in the sentence before it (the 决算说明 template
of Chongqing and others):

    2024年度收入总计2246.97万元，支出总计2246.97万元。收、支与2023年度相比，增加146.94万元，
    增长7.0%。

The change of 收、支 opens its sentence with no amount or percentage before it; its level is the
one value the sentence before states as its totals (收入总计 and 支出总计 equal, or one figure
“均为”). The rate is the change over last year's figure: 146.94 ÷ (2246.97 − 146.94).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence

from jixiao.review.checks.changes import COMPARED
from jixiao.review.checks.percent_findings import level_change
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.names import figure_name
from jixiao.review.text.names import in_order
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any

_CHANGE = re.compile(r"(?P<way>增加|减少|增长|下降)了?\s*$")
#: The totals the sentence before states, and the change said of both of them.
#: (收支总计（含结转和结余）: an aside in brackets may follow the name.)
_TOTALS = re.compile(r"(?:总计|总收入|总支出)(?:[（(][^（()）]*[）)])?(?:均为|各为|为|是)?$|均为$")
_NAME_REACH = 24  # the words before a figure, a bracketed aside included
_BOTH = re.compile(r"收、支|收支")
_NAME = re.compile(r"(?:收入|支出|收、支|收支)总计|总收入|总支出")
_RATE = re.compile(r"(?:增长|下降|降低|上升|增幅|降幅|增加|减少)了?\s*$")
#: “1、收入：792.22万元。同比上年度增加198.25万元，增加31.39%”: a sentence that is a name and
#: its amount alone, then a change said with no subject of its own.
#: Also a name and its amount with what it is, in words alone (“2.上级补助收入8.38万元，为
#: 事业单位开展业务活动取得的收入。较2020年度决算数减少17.40万元，下降67.5%”).
_LABELLED_ALONE = re.compile(
    r"\s*(?:\d+[、.．]\s*)?[\u4e00-\u9fff]{1,12}[:：]?\s*\d[\d,]*(?:\.\d+)?\s*[万亿]?元"
    # (“…，为…的资金。”, “…467.99万元:主要用于…的支出。”: what it is, or what it was for)
    r"(?:[，,]\s*为[^\d%％]*|[:：，,]\s*(?:主要)?用于[^\d%％]*)?[。；]?\s*"
)
_COMPARED_ONLY = re.compile(
    r"\s*(?:同比|比|较|与)(?:上年度?|去年|上一年|(?:19|20)\d\d\s*年度?(?:决算数?)?)(?:相比)?"
    r"[，,]?\s*(?:增加|减少)\s*"
)


def _level(previous: Sentence) -> Quantity | None:
    """The one value the sentence before states (all its money figures equal), when that
    sentence compares nothing itself."""
    if COMPARED.search(previous.text):
        return None
    money = [q for q in previous.quantities if q.kind == MONEY and not q.approx]
    if not money or len({q.value for q in money}) != 1:
        return None
    named = all(
        _TOTALS.search(previous.text[max(0, q.start - _NAME_REACH) : q.start]) for q in money
    )
    return money[-1] if named else None


#: A name long enough to tell one figure from another (公务接待费支出, not 支出).
MIN_NAME = 5


_NUMBERING = re.compile(r"^[\d.．、（()）一二三四五六七八九十]+")


def _core(label: str) -> str:
    return _NUMBERING.sub("", figure_name(label))


#: The flow a name ends with, which the change's subject may leave out (“一般公共预算财政拨款
#: 支出1264.92万元…。与2019年相比，一般公共预算财政拨款增加27.44万元”).
_FLOW = re.compile(r"(?:支出|收入)(?:决算)?数?$")


def _stem(label: str) -> str:
    return _FLOW.sub("", _core(label))


#: The subject a change opening its sentence names, after the comparison and the year.
_YEARS = re.compile(r"(?:19|20)\d\d(?=\s*年)")
_SUBJECT = re.compile(
    r"相比[，,]\s*(?:(?:19|20)\d\d\s*年度?的?)?([^，,\d]{4,16}?)(?:增加|减少|增长|下降)了?\s*$"
)


def _named_level(previous: Sentence, opening: str) -> Quantity | None:
    """“公务接待费支出7.8万元，完成预算100%。公务接待费支出决算比2021年减少1.24万元”: the one
    amount of the sentence before whose name the change's own subject repeats."""
    money = [q for q in previous.quantities if q.kind == MONEY and not q.approx]
    named = [q for q in money if len(core := _core(q.label)) >= MIN_NAME and core in opening]
    subject = _SUBJECT.search(opening)
    said = subject.group(1) if subject else ""
    if not named and len(money) == 1 and len(stem := _stem(money[0].label)) >= MIN_NAME:
        flow = re.search(r"(?:支出|收入)$", said)
        same_flow = flow is None or flow.group(0) in money[0].label
        if same_flow and said.removesuffix(flow.group(0) if flow else "").endswith(stem):
            named = money  # the flow left out, or the same
    if not named and len(money) == 1 and "三公" in said and in_order(said, money[0].label):
        named = money  # “全区“三公”经费总支出为A。与上年相比，…“三公”经费支出减少了C”
    if len(named) != 1 or has_any(named[0].label, COMPARE_WORDS):
        return None
    subject_part = opening.rsplit("相比", maxsplit=1)[-1]
    dated, now = _YEARS.findall(named[0].label), _YEARS.findall(subject_part)
    if dated and now and not set(now) <= set(dated):
        return None  # “2022年度…为A。与上年相比，2023年…减少了C”: last year's level
    if set(dated) & set(_COMPARED_YEARS.findall(opening)):
        return None  # “2021年…费50万元。其中：…费同口径比2021年减少10万元”: the year compared with
    return named[0]


_COMPARED_YEARS = re.compile(r"(?<=[比较与])\s*((?:19|20)\d\d)(?=\s*年)")


def _changes(previous: Sentence, sentence: Sentence) -> Iterator[ReviewFinding]:
    figures = [q for q in sentence.quantities if q.kind in (MONEY, PERCENT)]
    if len(figures) < 2 or figures[0].kind != MONEY or figures[1].kind != PERCENT:
        return
    change, rate = figures[0], figures[1]
    way = _CHANGE.search(change.label)
    opening = sentence.text[: change.start]
    if way is None or change.approx or not COMPARED.search(opening):
        return
    if not _RATE.search(sentence.text[change.end : rate.start]):
        return
    alone = _LABELLED_ALONE.fullmatch(previous.text) and _COMPARED_ONLY.fullmatch(opening)
    named = _named_level(previous, opening)
    level = previous.quantities[-1] if alone else named or _level(previous)
    if level is None and _BOTH.search(opening):
        yield from _over_both(previous, sentence, (change, rate))
        return
    if level is None or level.kind != MONEY or level.approx:
        return
    names = {m.group(0) for q in previous.quantities if (m := _NAME.search(q.label))}
    said = alone or named is not None or _BOTH.search(opening)
    if not said and not any(name in opening for name in names):
        return  # the change of what the sentence before totals, not of a part
    finding = level_change(sentence, level, change, rate, change.start)
    if finding is not None:
        yield finding


def _over_both(
    previous: Sentence, sentence: Sentence, figures: tuple[Quantity, Quantity]
) -> Iterator[ReviewFinding]:
    """A change of 收、支 after two totals that differ (收入总计 23,866.88, 支出总计 23,868.68):
    wrong only when it is wrong over both, and told over the first."""
    if COMPARED.search(previous.text):
        return
    money = [q for q in previous.quantities if q.kind == MONEY and not q.approx]
    if len(money) != 2 or not all(_TOTALS.search(previous.text[: q.start]) for q in money):
        return
    change, rate = figures
    found = [level_change(sentence, level, change, rate, change.start) for level in money]
    if all(f is not None and f.severity == "error" for f in found):
        yield from (f for f in found[:1] if f is not None)


#: “收入较上年减少C，降低p%”: a change said of the income or the spending alone.
_FLOW_SUBJECT = re.compile(r"^\s*(?P<flow>收入|支出)(?:总计|总额)?\s*(?:较|比|与)")
_FLOW_REACH = 3  # sentences back


def _flow_changes(before: list[Sentence], sentence: Sentence) -> Iterator[ReviewFinding]:
    """“收入总计A，支出总计B。收入较上年减少C，降低p%，…。支出较上年减少D，降低q%”: each change
    over the one 收入总计 (支出总计) stated a few sentences back in its paragraph."""
    subject = _FLOW_SUBJECT.match(sentence.text)
    figures = [q for q in sentence.quantities if q.kind in (MONEY, PERCENT)]
    if subject is None or len(figures) < 2 or figures[0].kind != MONEY:
        return
    change, rate = figures[0], figures[1]
    if rate.kind != PERCENT or _CHANGE.search(change.label) is None or change.approx:
        return
    if not _RATE.search(sentence.text[change.end : rate.start]):
        return
    named = re.compile(rf"{subject.group('flow')}总计|总{subject.group('flow')}")
    for earlier in reversed(before[-_FLOW_REACH:]):
        levels = [q for q in earlier.quantities if q.kind == MONEY and named.search(q.label)]
        if len(levels) == 1 and not levels[0].approx and not COMPARED.search(earlier.text):
            finding = level_change(sentence, levels[0], change, rate, change.start)
            if finding is not None:
                yield finding
            return


#: “收入支出总体与上年相比，增加C，增长p%”: a change of both, opening its own paragraph.
_BOTH_SUBJECT = re.compile(r"^\s*(?:收入支出|收支|收、支)(?:总体|总计)?\s*(?:较|比|与|同比)")


def _both_level(earlier: Sequence[Sentence]) -> Quantity | None:
    """The one value the 收入总计 and the 支出总计 of the sentences before both state, each
    named once and comparing nothing."""
    levels = [
        q
        for s in earlier
        if not COMPARED.search(s.text)
        for q in s.quantities
        if q.kind == MONEY and re.search(r"(?:收入|支出)总计$", q.label) and not q.approx
    ]
    flows = {re.search(r"(收入|支出)总计$", q.label).group(1) for q in levels}  # type: ignore[union-attr]
    if len(levels) != 2 or len(flows) != 2 or levels[0].value != levels[1].value:
        return None
    return levels[-1]


def _both_changes(earlier: Sequence[Sentence], sentence: Sentence) -> Iterator[ReviewFinding]:
    """“…收入总计A…。…支出总计A…。收入支出总体与上年相比，增加C，增长p%”: the change over
    last year's level, A − C, the totals stated in the paragraphs right before."""
    figures = [q for q in sentence.quantities if q.kind in (MONEY, PERCENT)]
    if not _BOTH_SUBJECT.match(sentence.text) or len(figures) < 2:
        return
    change, rate = figures[0], figures[1]
    if change.kind != MONEY or rate.kind != PERCENT or _CHANGE.search(change.label) is None:
        return
    level = _both_level(earlier)
    if (
        level is not None
        and not change.approx
        and _RATE.search(sentence.text[change.end : rate.start])
    ):
        finding = level_change(sentence, level, change, rate, change.start)
        if finding is not None:
            yield finding


#: “同口径比2018年减少830万元”: a comparison opening its sentence, with no subject or level.
_BARE_COMPARISON = re.compile(
    r"^\s*(?:同口径)?(?:较|比|与)(?:上年|去年|上一年|20\d\d\s*年度?)(?:同期)?(?:相比)?[，,]?\s*"
)


def _after_parts(before: list[Sentence], sentence: Sentence) -> Iterator[ReviewFinding]:
    """“…预算为3328万元。其中，…。同口径比2018年减少830万元，下降25%。”: a change with no
    subject after a 其中 sentence is said of the total that sentence split, the one amount the
    sentence before it states."""
    figures = [q for q in sentence.quantities if q.kind in (MONEY, PERCENT)]
    if len(before) < 2 or len(figures) < 2 or not before[-1].text.lstrip().startswith("其中"):
        return
    change, rate = figures[0], figures[1]
    opening = sentence.text[: change.start - len(change.label)]
    if change.kind != MONEY or rate.kind != PERCENT or change.approx:
        return
    way = _CHANGE.search(change.label)
    if way is None or not _BARE_COMPARISON.fullmatch(opening + change.label[: way.start()]):
        return
    if not _RATE.search(sentence.text[change.end : rate.start]):
        return
    money = [q for q in before[-2].quantities if q.kind == MONEY]
    if len(money) == 1 and not money[0].approx and money[0].unit == change.unit:
        finding = level_change(sentence, money[0], change, rate, change.start)
        if finding is not None:
            yield finding


def check_carried_levels(doc: ReportDoc) -> list[ReviewFinding]:
    """Changes whose level is the one figure of the sentence before, in the same paragraph,
    or the 收入总计 or 支出总计 a few sentences back that a change of 收入 or 支出 is said of."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        earlier = sentences[max(0, at - _FLOW_REACH) : at]
        before = [s for s in earlier if s.paragraph is sentence.paragraph]
        found = list(_changes(before[-1], sentence)) if before else []
        found = found or list(_flow_changes(before, sentence))
        found = found or list(_after_parts(before, sentence))
        findings.extend(found or _both_changes(earlier, sentence))
    return findings

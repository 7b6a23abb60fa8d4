"""The common indicators a report states by name, recomputed from the amounts it gave for
them before, in the same sentence or up to a few paragraphs back:

    全年预算数为4,558.19万元，其中年初预算3,956.81万元，年中追加601.38万元。……
    预算调整率为13.20%。                      → 601.38 ÷ 3,956.81 = 15.20%
    基本支出包括人员经费2,463.75万元和公用经费431.75万元。……
    公用经费预算436.83万元，公用经费控制率97.64%。  → 431.75 ÷ 436.83 = 98.84%

Each indicator is read by its formula (预算调整率 = 调整数 ÷ 年初预算数; 结转结余率 =
结转结余 ÷ 全年预算数; 公用经费、“三公”经费控制率 = 实际支出 ÷ 预算; 政府采购执行率 =
实际采购 ÷ 采购预算; 超任务 = (实际完成 − 任务) ÷ 任务, in money or in counts of one
unit), each amount from the nearest paragraph that names it, and only when
that paragraph states it once. Where practice differs the rate stands if any accepted way
gives it: an adjustment with or without its sign, or worked from the two budgets; a
结转结余率 of what is left, or of the budget less what was spent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.checks.plan_rates import names_its_budget
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_findings import allowed
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: How many paragraphs back an indicator's amounts may stand.
REACH = 8

_INITIAL = re.compile(r"年初(?:批复)?预算(?:数|金额)?(?:为|是|[:：])?$")
_FINAL = re.compile(r"(?:全年|调整后的?(?:全年)?|年度)预算(?:数|金额)?(?:为|是|[:：])?$")
_ADJUST = re.compile(r"(?:追加|调增|调减|调整)(?:预算)?(?:数|资金|金额)?(?:为|是|[:：])?$")
_LEFT = re.compile(r"(?:年末)?结转(?:和|及)?结余(?:资金|总额|数|金额)?(?:为|是|[:：])?$")
_SPENT = re.compile(r"(?:实际支出|支出决算|全年支出|执行数|决算数)(?:为|是|[:：])?$")
_PUBLIC = re.compile(r"(?<!预算)公用经费(?:实际)?(?:支出)?(?:决算)?(?:数)?(?:为|是|[:：])?$")
_PUBLIC_PLAN = re.compile(r"公用经费(?:年初)?预算(?:数|安排)?(?:为|是|[:：])?$")
_SANGONG = re.compile(r"三公[”\"]?经费(?:实际)?(?:支出|决算)(?:数)?(?:为|是|[:：])?$")
_SANGONG_PLAN = re.compile(r"三公[”\"]?经费(?:年初)?预算(?:数)?(?:为|是|[:：])?$")
_BOUGHT = re.compile(r"(?:政府)?采购(?:实际)?(?:支出|合同)?(?:总额|金额|执行数)(?:为|是|[:：])?$")
_BUY_PLAN = re.compile(r"(?:政府)?采购(?:预算|计划)(?:数|金额)?(?:为|是|[:：])?$")

#: “任务数为115户，实际完成…264户。……实际改造数超任务43%”: what was done past the plan.
_TASK = re.compile(r"(?:任务|计划)(?:数|量)?(?:为|是|[:：])?$")
_DONE = re.compile(r"实际(?:完成|实施|改造|建成)[\u4e00-\u9fff]{0,12}(?:为|是|[:：])?$")

_NAME = re.compile(
    r"(?P<name>预算调整率|结转结余率|公用经费控制率|三公[”\"]?经费控制率|(?:政府)?采购(?:预算)?执行率"
    r"|超(?:额完成)?(?:任务|计划)(?:数|量)?)"
    r"(?:[（(][^）)]{0,20}[）)])?(?:为|是|达到?|[:：])?\s*$"
)


@dataclass(frozen=True, slots=True)
class _Way:
    """One accepted way to work an indicator: the ratio of two amounts, or of the gap
    between two amounts over the second."""

    top: tuple[re.Pattern[str], ...]
    base: re.Pattern[str]
    words: str
    #: The kinds of figure it takes: money, or counts too (户, 个) of one unit.
    kinds: tuple[str, ...] = (MONEY,)


_WAYS: dict[str, tuple[_Way, ...]] = {
    "预算调整率": (
        _Way((_ADJUST,), _INITIAL, "调整数÷年初预算数"),
        _Way((_FINAL, _INITIAL), _INITIAL, "（全年预算数－年初预算数）÷年初预算数"),
    ),
    "结转结余率": (
        _Way((_LEFT,), _FINAL, "结转结余÷全年预算数"),
        _Way((_FINAL, _SPENT), _FINAL, "（全年预算数－支出）÷全年预算数"),
    ),
    "公用经费控制率": (_Way((_PUBLIC,), _PUBLIC_PLAN, "公用经费支出÷公用经费预算"),),
    "三公经费控制率": (_Way((_SANGONG,), _SANGONG_PLAN, "“三公”经费支出÷“三公”经费预算"),),
    "政府采购执行率": (_Way((_BOUGHT,), _BUY_PLAN, "实际采购金额÷采购预算"),),
    "超任务": (_Way((_DONE, _TASK), _TASK, "（实际完成数－任务数）÷任务数", (MONEY, COUNT)),),
}


def _key(name: str) -> str:
    """The indicator a stated name means (“三公”经费控制率, 采购预算执行率)."""
    name = re.sub(r"[”\"]", "", name)
    if name.startswith("超"):
        return "超任务"
    return "政府采购执行率" if "采购" in name else name


def check_indicator_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """Each named indicator rate against the amounts its formula takes."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        for rate, name in _rates(sentence):
            finding = _judged(sentences, at, rate, name)
            if finding is not None:
                findings.append(finding)
    return findings


def _rates(sentence: Sentence) -> Iterator[tuple[Quantity, str]]:
    for q in sentence.quantities:
        if q.kind != PERCENT or q.approx:
            continue
        named = _NAME.search(sentence.text, max(0, q.start - 30), q.start)
        if named is not None:
            yield q, _key(named.group("name"))


def read_elsewhere(sentences: tuple[Sentence, ...], at: int, rate: Quantity) -> bool:
    """Whether a rate is left to the checks that read it by its own words: over the budget
    it names (plan_rates), or as an indicator whose amounts were found (this check)."""
    if names_its_budget(sentences[at], rate):
        return True
    name = next((n for q, n in _rates(sentences[at]) if q is rate), None)
    return name is not None and any(_worked(sentences, at, rate, way) for way in _WAYS[name])


def _worked(
    sentences: tuple[Sentence, ...], at: int, rate: Quantity, way: _Way
) -> list[Quantity] | None:
    """The amounts ``way`` takes, when each is found."""
    patterns = (*way.top, way.base)
    amounts = [_amount(sentences, at, rate, pattern, way.kinds) for pattern in patterns]
    known = [q for q in amounts if q is not None]
    if len(known) != len(amounts) or known[-1].value <= 0:
        return None
    return known if len({q.unit for q in known}) == 1 else None  # 户 over 户, not over 元


def _judged(
    sentences: tuple[Sentence, ...], at: int, rate: Quantity, name: str
) -> ReviewFinding | None:
    worked: list[tuple[Decimal, str]] = []
    for way in _WAYS[name]:
        known = _worked(sentences, at, rate, way)
        if known is None:
            continue
        top = known[0].value - known[1].value if len(known) == 3 else known[0].value
        exact = top / known[-1].value * HUNDRED
        if any(allowed(rate, value, known) for value in (exact, abs(exact))):
            return None
        figures = "、".join(dict.fromkeys(q.text for q in known))
        worked.append((exact, f"按{way.words}（{figures}）复算"))
    if not worked:
        return None
    exact, how = worked[0]
    sentence = sentences[at]
    span = (sentence.start + rate.start, sentence.start + rate.end)
    return rate_finding(sentence.paragraph, rate, abs(exact), how, span)


def _amount(
    sentences: tuple[Sentence, ...],
    at: int,
    rate: Quantity,
    pattern: re.Pattern[str],
    kinds: tuple[str, ...],
) -> Quantity | None:
    """The amount ``pattern`` names nearest before ``rate``: in its sentence, else in the
    nearest paragraph back (within reach) that names it, when that paragraph states one
    value for it."""
    sentence = sentences[at]
    here = [q for q in _figures(sentence, kinds) if q.end <= rate.start and pattern.search(q.label)]
    if here:
        return here[-1]
    by_paragraph: dict[int, dict[Decimal, Quantity]] = {}
    for back in sentences[:at]:
        if sentence.paragraph.index - back.paragraph.index > REACH:
            continue
        for q in _figures(back, kinds):
            if pattern.search(q.label):
                by_paragraph.setdefault(back.paragraph.index, {}).setdefault(q.value, q)
    if not by_paragraph:
        return None
    nearest = by_paragraph[max(by_paragraph)]
    return next(iter(nearest.values())) if len(nearest) == 1 else None


def _figures(sentence: Sentence, kinds: tuple[str, ...]) -> Iterator[Quantity]:
    return (q for q in sentence.quantities if q.kind in kinds and not q.approx)

"""Rates whose base stands outside their own clause: the 安排/下达 amount stated in the
paragraphs before (“资金支付812.3万元，支付率96%” under an earlier “安排资金860.5万元”), or
the budget the stated gap gives (“完成年初预算的70%，比年初预算减少537.35万元”)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Literal

from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.rate_findings import ADJUSTED
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_findings import SHARE_RATE
from jixiao.review.checks.rate_findings import allowed
from jixiao.review.checks.rate_findings import cut_off
from jixiao.review.checks.rate_findings import on_rate
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import role
from jixiao.review.text.sentences import word_pairs

_MONEY_RATE = re.compile(
    r"(?:支付|执行|到位|拨付|支出|使用|结转结余|结余|投资完成)率[^，。；,;0-9]{0,4}$"
)
#: A rate of the money left at the year's end, and that money.
_LEFT_RATE = re.compile(r"(?:结转结余|结余)率[^，。；,;0-9]{0,4}$")
_LEFT = re.compile(r"结转|结余")
_PLANNED_MONEY = re.compile(
    r"安排|下达|批复|总投资|计划投资|预算(?:资金|总额|数)?(?:为|是)?$"
    r"|全年预算收入(?:为|是)?$"  # “全年预算收入8857.97万元”: what the year's spending is over
    r"|^(?:\d{4}年)?[，,]?上级拨付"  # “上级拨付…补助资金1.5147万元”: what the unit received
    r"|^(?:20\d\d年度?)?(?:本|该)?项目资金(?:共计|合计|总额|共)(?:为)?$"  # “项目资金共计860.5万元”
    r"|(?<![实已])(?:共|总)投入(?:资金)?(?:共计|合计)?$"  # “共投入资金1987.08万元”
)
#: “将1400万元中央转移支付资金全部下达至有关部门”, “10441万元资金全部拨付到位”: the verb
#: after the amount.
_PLANNED_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,12}?(?:(?:全部|全额)?(?:下达|安排)(?:至|到|给)|(?:全部|全额|足额)(?:拨付)?到位)"
)
NEARBY_PARAGRAPHS = 2
_ADJUSTED_PLAN = re.compile(r"调整后|全年预算")
#: “三年总预算数为900万元”: a budget of several years, not the year's a rate is over.
_SEVERAL_YEARS = re.compile(r"[两二三四五六七八九十多]年|总预算")
#: Money beside the planned amount that a year's spending may draw on too.
_BESIDE = re.compile(r"结转|结余|自筹|配套")
_ASIDE_AFTER = re.compile(r"另有|另外|此外")


#: A funding stream named with an amount: its rate is over that stream's budget.
_STREAM = re.compile(r"中央|省级|市级|县级|区级|乡镇|地方|本级|其他资金|上年结转|结转|自筹|债券")


#: “学校层面：…”, “专业群层面：…”: paragraphs that speak of different scopes.
_SCOPE = re.compile(r"^\s*([\u4e00-\u9fff]{2,10}(?:层面|层级|部分))[:：]")


def _scope(text: str) -> str | None:
    match = _SCOPE.match(text)
    return match.group(1) if match else None


def _earlier_plan(sentences: tuple[Sentence, ...], at: int) -> tuple[int, Quantity] | None:
    """The nearest amount stated as planned (安排资金860.5万, 下达预算…) in the sentences
    before, within this paragraph and the two before it, and of the same scope; with the
    number of its sentence."""
    here = sentences[at].paragraph
    scope = _scope(here.text)
    passed = {here.index}
    for number in range(at - 1, -1, -1):
        earlier = sentences[number]
        if not earlier.paragraph.is_heading:
            passed.add(earlier.paragraph.index)
        if len(passed) > NEARBY_PARAGRAPHS + 1:
            return None  # headings between do not count
        other = _scope(earlier.paragraph.text)
        if scope and other and other != scope:
            return None  # the plan of another scope (专业群层面 before 学校层面)
        if has_any(earlier.text, COMPARE_WORDS) or earlier.text.lstrip().startswith("其中"):
            continue  # (a comparison, or the parts of the plan stated before)
        planned = _planned(earlier)
        # “下达111万元…调减40万元，实际下达71万元”: which base is meant? (not “年初预算A，年中
        # 追加B、调减C，全年预算D”: the year's plan is D)
        if ADJUSTED.search(earlier.text) and not (planned and _ADJUSTED_PLAN.search(planned.label)):
            return None
        if planned is not None:
            return (number, planned) if planned else None
    return None


#: A sentence that opens by saying what the budget arranged: its one amount is the plan.
_PLAN_SENTENCE = re.compile(r"^[^，。；,;]{0,16}预算安排")


def _planned(sentence: Sentence) -> Quantity | Literal[False] | None:
    """The one planned amount of ``sentence``; False when it states plans but no one base
    (a total and its parts, a budget over years, 结转 money beside it); None: no plan."""
    planned = [
        q
        for q in sentence.quantities
        if q.kind == MONEY
        and not q.approx
        and (_PLANNED_MONEY.search(q.label) or _PLANNED_AFTER.match(sentence.text, q.end))
        and not _SEVERAL_YEARS.search(q.label)
    ]
    money = [q for q in sentence.quantities if q.kind == MONEY]
    if not planned and _PLAN_SENTENCE.match(sentence.text) and len(money) == 1:
        planned = [q for q in money if not q.approx]  # “2023年预算安排…项目共计113个，财政资金X”
    if not planned:
        return None
    if _SEVERAL_YEARS.search(sentence.text):
        return False  # “项目资金共计500万元，分三年实施”: not the year's base
    split = sentence.text.find("其中", planned[0].end)
    aside = _ASIDE_AFTER.search(sentence.text, split) if split >= 0 else None
    # “…，其中中央配套A、省级配套B，另有上年结转资金C”: C stands beside the plan again
    beside = [
        q
        for q in sentence.quantities
        if split < 0 or q.start < split or (aside is not None and q.start > aside.start())
    ]
    if any(_BESIDE.search(q.label) for q in beside):
        return False  # “上级拨付60万元，上年结转资金20万元”: the base may be both (not its
        # own parts after 其中: “预算资金6.46万元，其中：中央配套4.68万元…”)
    adjusted = [q for q in planned if _ADJUSTED_PLAN.search(q.label)]
    if len(planned) > 1 and len(adjusted) == 1:
        return adjusted[0]  # “年初预算A，调整后预算B”: a year's rate is over B
    return planned[0] if len(planned) == 1 else False


def _plan_before_part(
    sentences: tuple[Sentence, ...], at: int, done: Quantity
) -> tuple[int, Quantity] | None:
    """The plan stated in the ；-parts of the rate's own sentence before the one that holds
    what was done (“…，全年预算数21,880,766.76元；全年执行数21,029,410.10元，预算执行率为
    98.11%”)."""
    sentence = sentences[at]
    cut = max(sentence.text.rfind(c, 0, done.start) for c in "；;")
    if cut < 0:
        return None
    before = replace(sentence, quantities=tuple(q for q in sentence.quantities if q.end <= cut))
    planned = _planned(before)
    return (at, planned) if planned else None


def _other_base(between: list[Quantity], rate: Quantity, actual: Quantity) -> bool:
    """“到位资金480万元，资金到位率100%，已支付450万元，支付率93.75%”: the rate is over
    another amount stated between the plan and it (the money that arrived), not the plan."""
    for base in between:
        if base.kind != MONEY or base.value <= 0:
            continue
        if abs(rate.value - actual.value / base.value * HUNDRED) <= 2 * rate.ulp:
            return True
    return False


#: Words of every amount's label, which tie no amount to an item of its own.
_COMMON_PAIRS = frozenset(
    {"资金", "项目", "经费", "预算", "支出", "下达", "补助", "使用", "执行", "财政", "专项", "年度"}
    | {"本年", "全年", "实际", "完成", "拨付", "到位", "安排", "合计", "共计", "总额", "中央"}
)


def _same_item(amount: Quantity, done: Quantity) -> bool:
    """The two amounts' labels name the same item (薅草锣鼓 in both)."""
    return bool((word_pairs(amount.label) & word_pairs(done.label)) - _COMMON_PAIRS)


def _without_own_parts(sentence: Sentence, inputs: list[Quantity]) -> list[Quantity]:
    """“实际到位资金484万元，其中中央300万元、省级120万元、县级64万元，资金到位率96.80%”:
    the amount alone, when the figures after it are its parts after a 其中 and make it."""
    if len(inputs) < 3 or "其中" not in sentence.text[inputs[0].end : inputs[1].start]:
        return inputs
    rest = sum((q.value for q in inputs[1:]), Decimal(0))
    return inputs[:1] if rest == inputs[0].value else inputs


def _done_or_left(amount: Quantity, left: bool) -> bool:
    """An amount spent (done), or left at the year's end (for a 结转结余率)."""
    return role(amount.label) == "actual" or (left and _LEFT.search(amount.label) is not None)


def with_earlier_plan(
    sentences: tuple[Sentence, ...], at: int, rate: Quantity, inputs: list[Quantity]
) -> ReviewFinding | None:
    """“资金支付812.3万元，支付率96%” with the 安排资金 in a paragraph before it."""
    sentence = sentences[at]
    inputs = _without_own_parts(sentence, inputs)
    left = _LEFT_RATE.search(sentence.text[: rate.start]) is not None
    if len(inputs) != 1 or inputs[0].approx or not _done_or_left(inputs[0], left):
        return None
    if not _MONEY_RATE.search(sentence.text[: rate.start]) or inputs[0].kind != MONEY:
        return None
    before = sentence.text[: inputs[0].start]
    clause = before[max(before.rfind(c) for c in "，,；;：:") + 1 :]
    stream = None if left else _STREAM.search(clause)
    if stream is not None:
        return _over_stream_plan(sentences, at, rate, inputs[0], stream.group(0))
    found = _plan_before_part(sentences, at, inputs[0]) or _earlier_plan(sentences, at)
    if found is None or found[1].value <= 0:
        return None
    plan = found[1]
    between = [q for s in sentences[found[0] : at] for q in s.quantities if q is not plan]
    between += [q for q in sentence.quantities if q.start < inputs[0].start]
    if _other_base(between, rate, inputs[0]) or _one_stream_of_several(plan, between):
        return None
    own = _own_budget(sentences[: found[0]], inputs[0], plan)
    return _over_plan(sentence, rate, own or plan, inputs[0])


def _own_budget(sentences: tuple[Sentence, ...], done: Quantity, plan: Quantity) -> Quantity | None:
    """The one budget an item named with the amount done was given paragraphs before, below
    the whole's plan (“…薅草锣鼓保护补助40万元”, then of 42万元 “薅草锣鼓项目资金使用334896元，
    资金使用率83.72%”): the rate is over it, not over the whole's."""
    told = [
        q
        for s in sentences
        for q in s.quantities
        if q.kind == MONEY and _same_item(q, done) and role(q.label) != "actual"
    ]
    values = {q.value for q in told}
    if len(values) != 1 or not 0 < told[0].value < plan.value:
        return None
    return told[0]


def _over_stream_plan(
    sentences: tuple[Sentence, ...], at: int, rate: Quantity, done: Quantity, stream: str
) -> ReviewFinding | None:
    """“中央资金完成636.75万元，执行率81.97%”: over 中央资金's own budget told before, unless
    a figure before it in its own sentence gives the rate."""
    own = _stream_plan(sentences, at, stream)
    sentence = sentences[at]
    near = [q for q in sentence.quantities if q.start < done.start]
    if own is None or _other_base(near, rate, done):
        return None
    return _over_plan(sentence, rate, own, done)


def _stream_plan(sentences: tuple[Sentence, ...], at: int, stream: str) -> Quantity | None:
    """The one amount a funding stream is told with in the paragraphs before the rate's (and
    none after the rate's sentence opens), none of them what was done: its budget."""
    here = sentences[at].paragraph.index
    earlier = [
        q
        for s in sentences[:at]
        if here - NEARBY_PARAGRAPHS <= s.paragraph.index < here and not s.paragraph.is_heading
        for q in s.quantities
        if q.kind == MONEY and stream in q.label and role(q.label) != "actual"
    ]
    values = {q.value for q in earlier}
    if len(values) != 1 or any(q.approx or _BESIDE.search(q.label) for q in earlier):
        return None
    plan = earlier[0]
    return plan if plan.value > 0 else None


def _one_stream_of_several(plan: Quantity, between: list[Quantity]) -> bool:
    """“省级资金预算77.46万元…；县级资金48.50万元…；合计到位390.85万元，总体到位率96.12%”:
    the plan is one stream's, with another stream's money after it: not the whole's base."""
    own = _STREAM.search(plan.label)
    return own is not None and any(
        q.kind == MONEY and (other := _STREAM.search(q.label)) and other.group(0) != own.group(0)
        for q in between
    )


def _over_plan(
    sentence: Sentence, rate: Quantity, plan: Quantity, done: Quantity
) -> ReviewFinding | None:
    """The rate against the amount done over the earlier plan: wrong, or only cut off."""
    exact = done.value / plan.value * HUNDRED
    name = (plan.label.rsplit("项目", 1)[-1] or plan.label).rstrip("为是")[-8:]  # → 共投入资金
    if not re.search(r"[\u4e00-\u9fff]{2}", name):
        name = "下达资金"  # “将1400万元…全部下达”: the amount named by the verb after it
    said = f"按前文{name}{plan.text}与此处{done.text}复算"
    # 98.21% written 99%: wrong at the places written, past what the inputs' rounding allows
    wrong = judge_percent(rate, exact).wrong and not allowed(rate, exact, [done, plan])
    if abs(rate.value - exact) > 2 * rate.ulp or wrong:
        message = f"{said}，该比率应为{fmt(exact)}%，报告列为{rate.text}，请核实。"
        return on_rate("rate-mismatch", sentence, [done], rate, message, f"{fmt(exact)}%")
    return cut_off(sentence, rate, [done], exact, said)


#: “完成年初预算的70%，比年初预算减少537.35万元”: the budget is the result and the gap (also
#: “…100%，决算数大于预算数55.93万元”).
_GAP_AFTER = re.compile(
    r"^[，,]?(?:(?:比|较)[^，。；,;]{0,8}预算数?(?P<way>增加|减少)"
    r"|决算数?(?P<than>大于|小于|超过|低于|少于)[^，。；,;]{0,6}预算数?)$"
)
_MORE_THAN = ("大于", "超过")
_DONE = re.compile(r"完成[^，。；,;0-9]{0,6}预算数?$")  # “完成年初预算100%”: 的 left out


def with_gap(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> ReviewFinding | None:
    """A 完成预算的 rate with one amount before it and the gap to the budget after it (with
    none in its own part, the one level its sentence states before it: “支出总计A，与上年相比
    减少B，降低p%；完成年初预算100%，决算数大于预算数C”)."""
    if not inputs:
        levels = [
            q
            for q in sentence.quantities
            if q.end <= rate.start and q.kind == MONEY and not has_any(q.label, COMPARE_WORDS)
        ]
        inputs = levels if len(levels) == 1 else []
    # (not an amount that is the budget itself: “年初预算1580.00万元，完成年初预算103.88%，…”)
    one = len(inputs) == 1 and inputs[0].kind == MONEY and not inputs[0].approx
    if not one or role(inputs[0].label) == "plan":
        return None
    opening = sentence.text[: rate.start]
    if "预算" not in rate.label or not (SHARE_RATE.search(opening) or _DONE.search(opening)):
        return None
    after = [q for q in sentence.quantities if q.start > rate.end]
    gap = after[0] if after and after[0].kind == MONEY and not after[0].approx else None
    way = _GAP_AFTER.match(gap.label) if gap is not None else None
    if gap is None or way is None:
        return None
    done = inputs[0]
    than = way.group("than")
    said_way = way.group("way") or ("增加" if than in _MORE_THAN else "减少")
    budget = done.value + (gap.value if said_way == "减少" else -gap.value)
    if budget <= 0:
        return None
    exact = done.value / budget * HUNDRED
    if allowed(rate, exact, [done, gap]):
        return None
    message = (
        f"按{done.text}与所述{said_way}{gap.text}，预算应为{fmt_quantity(budget, done)}，"
        f"完成比例应为{fmt(exact)}%，报告列为{rate.text}，请核实。"
    )
    return on_rate("rate-mismatch", sentence, [done, gap], rate, message, f"{fmt(exact)}%")

"""Ratios stated with their inputs (a base stated elsewhere: ``rate_bases``), and 1 − 执行率
complements."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.indicator_rates import read_elsewhere
from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.rate_bases import with_earlier_plan
from jixiao.review.checks.rate_bases import with_gap
from jixiao.review.checks.rate_findings import ADJUSTED
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_findings import SHARE_RATE
from jixiao.review.checks.rate_findings import cut_off
from jixiao.review.checks.rate_findings import on_rate
from jixiao.review.checks.rate_findings import rounding_gap
from jixiao.review.checks.rate_findings import slack
from jixiao.review.checks.rate_inputs import claimed_inputs
from jixiao.review.checks.rate_inputs import rate_inputs
from jixiao.review.checks.rate_readings import ARRIVED
from jixiao.review.checks.rate_readings import REMAINDER
from jixiao.review.checks.rate_readings import SPENDING
from jixiao.review.checks.rate_readings import candidates
from jixiao.review.checks.rate_readings import change_reachable
from jixiao.review.checks.rate_readings import of_its_budget
from jixiao.review.checks.rate_readings import paid_share
from jixiao.review.checks.rate_readings import spent_of_arrived
from jixiao.review.checks.rate_readings import unit_slip
from jixiao.review.checks.rate_savings import saved_of
from jixiao.review.checks.rate_savings import saved_together
from jixiao.review.checks.rate_savings import saving_rate
from jixiao.review.checks.unnamed_plans import done_of
from jixiao.review.checks.unnamed_plans import spent_of
from jixiao.review.checks.year_rates import BEYOND
from jixiao.review.checks.year_rates import CHANGE
from jixiao.review.checks.year_rates import year_change
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import join_sentences
from jixiao.review.text.sentences import role

#: “同口径增加3.72%”, “相比增12.05%”: a change rate worded as an amount's change.
_WORDED_CHANGE = r"(?:增加|减少|相比增|相比减)\s*$"
_RATE_CONTEXT = re.compile(
    rf"率|(?:拨付|支付|执行|支出)进度|(?:使用|执行|支出|拨付)比例|完成全年目标|完成年度目标|目标(?:任务数?)?的|增长|增幅|下降|{BEYOND}"
    r"|完成[^，。；]{0,8}(?:预算|计划)的|完成(?:年初|全年)?预算数?$"  # “完成年初预算的70%”
    rf"|{_WORDED_CHANGE}"
    # “完成年初预算数60999万元的40.4%”, “完成市目标任务数2000人的126%”
    # (“完成区人大常委会第十九次会议批准收入调整预算37.5亿元的103.4%”: the body that passed it)
    r"|完成[^，。；,;\d]{0,30}(?:预算|计划|任务|目标)人?数?[\d.,]+[万亿]?[\u4e00-\u9fff]{1,2}的$"
    # “为年初预算数476万元的98.74%”
    r"|^[，,]?为(?:年初|调整后?|全年)?预算数?[\d.,]+[万亿]?[\u4e00-\u9fff]{1,2}的$"
)
#: (not what was done of a plan: “实际完成数占年度目标任务的100%”)
_SHARE_CONTEXT = re.compile(
    r"占比|比重|占(?![^，。；]{0,10}(?:目标|计划|任务)(?:数|任务)?的$)[^，。；]{0,12}$"
)
_TARGET_CUE = re.compile(
    r"(目标值?|指标值|不低于|不高于|不超过|不少于|≥|≤|＞|＜|>|<|控制在|在|达到了年初目标)\s*(为|是)?\s*$"
)
_TARGET_AFTER = re.compile(r"^\s*(以内|以上|以下|左右)")
_LEFTOVER = re.compile(r"结余|结转|[核审]减率")
#: “与上年的73991万元”, “上年14383.56元”: last year's level (not 上年结转).
_PRIOR_LEVEL = re.compile(r"(?:上年|去年|上一年)(?:同期)?的?$")
_CHANGE_WORD_RATE = re.compile(_WORDED_CHANGE)

#: “计划和实际承保面积8.22万亩”: a figure that is both the plan and the result names no side.
_BOTH = re.compile(r"计划(?:和|与|及)实际|实际(?:和|与|及)计划")


def _side(q: Quantity) -> str:
    return "other" if _BOTH.search(q.label) else role(q.label)


_GROWTH = re.compile(r"增长|增幅|下降|降幅")


def _over_level(amount: Quantity, diff: Quantity) -> Decimal | None:
    """“…申请资金A，比上年净增X，增长P%”: the change over the level it came from, A − X."""
    level = amount.value + (diff.value if "减" in diff.label[-6:] else -diff.value)
    return diff.value / level * HUNDRED if level > 0 else None


def _primary(name: str, inputs: list[Quantity]) -> Decimal | None:
    """The ratio the indicator's name calls for (used to show the recomputed figure)."""
    arrived = spent_of_arrived(name, inputs)
    if arrived is not None:
        return arrived
    actual_at = next((i for i, q in enumerate(inputs) if _side(q) == "actual"), 0)
    plans = [q for q in inputs[:actual_at] if _side(q) == "plan"]
    # “总投资178.7亿元，年度投资计划17.68亿元，完成投资4.28亿元”: the plan nearest the result
    plan = plans[-1] if plans else next((q for q in inputs if _side(q) == "plan"), inputs[0])
    prior = next((q for q in inputs if _PRIOR_LEVEL.search(q.label)), None)
    if prior is not None and CHANGE.search(name):
        plan = prior  # “本年A，与上年的B相比增p%”: the change is over last year's figure
    others = [q for q in inputs if q is not plan]
    amounts = [q for q in others if role(q.label) != "diff"]
    diff = next((q for q in others if role(q.label) == "diff"), None)
    actual = next((q for q in amounts if _side(q) == "actual"), (amounts or others)[-1])
    if plan.value == 0:
        return None
    saving = saving_rate(name, inputs, plan)
    if saving is not None:
        return saving
    if _GROWTH.search(name) and diff is inputs[-1]:
        return _over_level(amounts[-1] if amounts else plan, diff)
    return _of_plan(name, plan, actual, diff if not amounts else None)


def _of_plan(name: str, plan: Quantity, actual: Quantity, diff: Quantity | None) -> Decimal:
    """The change (by ``diff`` when only it is stated), the share left, or the ratio."""
    if CHANGE.search(name):
        change = actual.value - plan.value if diff is None else diff.value
        return change / plan.value * HUNDRED
    if _LEFTOVER.search(name):
        return (plan.value - actual.value) / plan.value * HUNDRED
    return actual.value / plan.value * HUNDRED


#: “…执行率为100%，其中，77万元为社会募集款”: the rate is qualified by the amount after it.
_QUALIFIED = re.compile(r"^\s*[，,]\s*其中\s*[，,：:]?\s*\d")


def _explained(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> bool:
    """A rate qualified by an amount after it (“…执行率为100%，其中，77万元为社会募集款”)
    that gives the rate once it is taken off one input or added to the other."""
    if not _QUALIFIED.match(sentence.text[rate.end :]) or len(inputs) != 2:
        return False
    aside = next((q for q in sentence.quantities if q.start > rate.end), None)
    if aside is None or aside.kind != MONEY:
        return False
    a, b, x = inputs[0].value, inputs[1].value, aside.value
    ratios = [(b - x, a), (b, a + x), (b + x, a), (b, a - x), (a - x, b), (a, b + x)]
    return any(
        den > 0 and abs(num / den * HUNDRED - rate.value) <= 2 * rate.ulp for num, den in ratios
    )


def _is_rate_claim(sentence: Sentence, rate: Quantity) -> bool:
    left = sentence.text[: rate.start]
    clause = left[max(left.rfind("，"), left.rfind("；"), left.rfind("。")) + 1 :]
    if rate.approx or _TARGET_CUE.search(left) or _TARGET_AFTER.match(sentence.text[rate.end :]):
        return False
    return bool(_RATE_CONTEXT.search(clause)) and not _SHARE_CONTEXT.search(clause)


#: A rate of the adjustment itself (预算调整率): the 调增 is its input, not a moved base.
_ADJUSTING_RATE = re.compile(r"调整率|变动率|[核审]减率")


def _near(
    sentence: Sentence,
    rate: Quantity,
    inputs: list[Quantity],
    primary: Decimal,
    candidates: list[Decimal],
) -> ReviewFinding | None:
    """A rate its inputs' rounding allows: right, only cut off, or a last digit away."""
    said = f"按报告所列数据（{'、'.join(q.text for q in inputs)}）复算"
    cut = cut_off(sentence, rate, inputs, primary, said)
    if cut is not None or any(not judge_percent(rate, v).wrong for v in candidates):
        return cut
    return rounding_gap(sentence, rate, inputs, primary, said)


#: A percentage beside another with only blanks or a ≥ between: the 年度指标值 and 实际完成值
#: cells of an indicator row (“服务达标率 80% 80% 20 20”), not a rate of the figures before.
_PAIRED_BEFORE = re.compile(r"\d%\s*[≥≤>=<]*\s*$")
#: also a target followed by what was achieved (“完成率100%,实际完成98.99%”).
_PAIRED_AFTER = re.compile(
    r"^\s*(?:[，,]\s*实际(?:完成值?|达到|值)?[为是:：]?)?\s*[≥≤>=<]*\s*\d+(?:\.\d+)?%"
)


def _target_pair(sentence: Sentence, rate: Quantity) -> bool:
    text = sentence.text
    return bool(
        _PAIRED_BEFORE.search(text[max(0, rate.start - 12) : rate.start])
        or _PAIRED_AFTER.match(text[rate.end : rate.end + 20])
    )


def _not_over(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> bool:
    """The figures before the rate are not what it is over: too few, rough, a year's change,
    a moved base, no plan among them, or a 增加 with no last year's figure."""
    if len(inputs) < 2 or any(q.approx for q in inputs) or year_change(sentence, rate, inputs):
        return True
    if _target_pair(sentence, rate) or _over_adjusted(rate, inputs) or _source_of(inputs):
        return True
    adjusting = _ADJUSTING_RATE.search(sentence.text[max(0, rate.start - 8) : rate.start])
    if not adjusting and any(ADJUSTED.search(q.label) for q in inputs):
        return True  # “下达111万元…调减40万元，实际下达71万元”: the base moved
    name = sentence.text[max(0, rate.start - 8) : rate.start]
    if _GROWTH.search(name) and role(inputs[-1].label) == "diff" and "净" in inputs[-1].label:
        return False  # (“…资金A，比上年净增X，增长P%”: X over A − X)
    remainder = len(inputs) == 2 and any(REMAINDER.search(q.label) for q in inputs)
    planned = (
        any(role(q.label) == "plan" for q in inputs)
        or done_of(sentence, rate, inputs)
        or spent_of(sentence, rate, inputs)
        or saved_of(sentence, rate, inputs)
    )
    if not remainder and not planned:
        return True
    # “…，比上年增加10%” with no last year's figure among the inputs
    worded = _CHANGE_WORD_RATE.search(sentence.text[: rate.start]) is not None
    return worded and not any(_PRIOR_LEVEL.search(q.label) for q in inputs)


#: The source a figure names (“县级配套资金…到位32.00万元”): its rate is over its own plan.
_SOURCE = re.compile(r"中央|省级|市级|[县区]级|本级|配套|自筹")


def _source_of(inputs: list[Quantity]) -> bool:
    """The last figure names a source its plan does not: it is one source's share of the
    plan, whose own plan the sentence does not give."""
    last = _SOURCE.search(inputs[-1].label)
    if last is None or role(inputs[-1].label) == "plan":
        return False  # (“完成市级下达任务人数645人的120%”: the plan, said last)
    return not any(last.group(0) in q.label for q in inputs[:-1])


def _over_adjusted(rate: Quantity, inputs: list[Quantity]) -> bool:
    """“年初预算资金245万元，实际到位资金301万元，到位率100%”: more came than the 年初 plan,
    and a rate within 100% is over the adjusted budget, which the sentence does not state."""
    plans = [q for q in inputs if role(q.label) == "plan"]
    if rate.value > HUNDRED or not plans or not all("年初" in q.label for q in plans):
        return False
    most = max(q.value for q in plans)
    results = [q for q in inputs if role(q.label) == "actual" and not q.in_brackets]
    arrived = [q for q in results if ARRIVED.search(q.label)]
    if arrived and any(SPENDING.search(q.label) for q in results if q not in arrived):
        return False  # what arrived and what was spent both stated: the arrived is the base
    return any(q.value > most for q in results)


_DONE_OF_PLAN = re.compile(r"(?:执行|到位|支付|拨付)率(?:为|是|达到?)?\s*$")
_EXCESS = re.compile(r"超(?:规模|额|出|支|计划)")
_LEFT = re.compile(r"(?:资金)?(?:结余|剩余)(?:资金)?(?:为)?$")


#: What is not yet done of a whole (未分配, 未拨付, 尚未支付).
_NOT_DONE = re.compile(r"^(?:尚)?未[\u4e00-\u9fff]{1,4}$")


def _without_rest(inputs: list[Quantity]) -> list[Quantity]:
    """“合计33.88亿元，已分配33.80亿元，未分配0.08亿元，分配率…”: a whole, what was done of it
    and what was not, the last making up the difference, is the first two."""
    if len(inputs) != 3 or not _NOT_DONE.match(inputs[2].label.strip("，, ")):
        return inputs
    whole, done, rest = inputs
    slack = whole.ulp + done.ulp + rest.ulp
    return inputs[:2] if abs(whole.value - done.value - rest.value) <= slack else inputs


def _rate_finding(
    sentence: Sentence, rate: Quantity, inputs: list[Quantity]
) -> ReviewFinding | None:
    inputs = _without_rest(inputs)
    name = sentence.text[max(0, rate.start - 12) : rate.start]
    done = _DONE_OF_PLAN.search(name) is not None
    if done and len(inputs) == 3 and _LEFT.match(inputs[2].label.lstrip("，, ")):
        inputs = inputs[:2]  # (“资金2.00万元，已使用2.00万元，结余0万元，执行率100%”)
        name = re.split(r"[，,；;]", name)[-1]  # the rate's own words, not the 结余's
    if _not_over(sentence, rate, inputs) or saved_together(sentence, inputs):
        return None
    if done:  # “…超规模配套C，执行率P%”: the excess is no input
        inputs = [q for q in inputs if not _EXCESS.match(q.label.lstrip("，, "))] or inputs
    remainder = len(inputs) == 2 and any(REMAINDER.search(q.label) for q in inputs)
    moved = slack(inputs)
    stated = [q for q in inputs if role(q.label) != "diff"]
    basis = stated if len(stated) >= 2 else inputs  # a stated 调增额 may itself be wrong
    primary = _primary(name, inputs) if not remainder else paid_share(name, inputs)
    changes = not SHARE_RATE.search(sentence.text[: rate.start])
    readings = of_its_budget(name, basis) or candidates(basis, changes=changes)
    matched = any(abs(rate.value - v) <= rate.ulp + abs(v) * moved for v in readings)
    matched = matched or (changes and change_reachable(rate, basis))
    matched = matched or (primary is not None and abs(rate.value - primary) <= rate.ulp)
    if not matched and unit_slip(rate, basis):
        return None
    shown = "、".join(q.text for q in inputs)
    if matched or primary is None or judge_percent(rate, primary).truncated:
        return None if primary is None else _near(sentence, rate, inputs, primary, readings)
    message = (
        f"按报告所列数据（{shown}）复算，该比率应为{fmt(primary)}%，报告列为{rate.text}，请核实。"
    )
    return on_rate("rate-mismatch", sentence, inputs, rate, message, f"{fmt(primary)}%")


def check_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """Ratios (执行率, 控制率, 完成率 …) that the figures stated beside them do not give; a
    支付率/执行率 with one amount beside it is taken against the 安排 amount stated just
    before (the previous paragraphs of a report often state it)."""
    findings: list[ReviewFinding] = []
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences):
        floor, previous = 0, None
        for rate in sentence.quantities:
            if rate.kind != PERCENT:
                continue
            if (
                _is_rate_claim(sentence, rate)
                and not read_elsewhere(sentences, at, rate)
                and not _LISTED.search(sentence.text, 0, rate.start)
            ):
                inputs = claimed_inputs(sentence, rate, floor, previous)
                finding = (
                    _rate_finding(sentence, rate, inputs)
                    or with_gap(sentence, rate, inputs)
                    or with_earlier_plan(sentences, at, rate, inputs)
                    or _after_its_inputs(sentences, at, rate, floor)
                )
                if finding is not None and _explained(sentence, rate, inputs):
                    finding = None
                if finding is not None:
                    findings.append(finding)
            previous = (rate, floor)
            floor = rate.end  # a share before it has used the figures before it too
    return findings


#: “…657.0亿元、…598.0亿元，投资计划下达率分别为99.1%和96.8%”: rates listed one for each
#: amount, each over its own base (not over one another).
_LISTED = re.compile(r"分别(?:为|是|达到?|达)?\s*(?:-?[\d.]+\s*[%％]\s*[、和及与,，]\s*)*$")


#: “预算执行率38.3%”: a sentence that names its rate and nothing else before it.
_RATE_ALONE = re.compile(r"^[^，。；,;\d]{0,8}(?:执行|支出|支付|使用)率(?:为|是|达)?$")


def _after_its_inputs(
    sentences: tuple[Sentence, ...], at: int, rate: Quantity, floor: int
) -> ReviewFinding | None:
    """“资金合计680.315万元，全年预算执行数合计233.64万元。预算执行率38.3%。”: a rate opening
    its sentence is over the amounts closing the sentence before, in the same paragraph."""
    sentence = sentences[at]
    if at == 0 or floor or not _RATE_ALONE.match(sentence.text[: rate.start].strip()):
        return None
    previous = sentences[at - 1]
    if previous.paragraph is not sentence.paragraph:
        return None
    both = join_sentences(previous, sentence)
    shift = sentence.start - previous.start
    moved = next((q for q in both.quantities if q.start == rate.start + shift), None)
    if moved is None:
        return None
    return _rate_finding(both, moved, rate_inputs(both, moved, 0))

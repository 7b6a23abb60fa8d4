"""Which figures of its sentence a rate is computed from: before it, after the previous
rate, within its ；-part; a spending rate right after a rate of what was handed out shares
that rate's figures, and a 到位率 is never over what was spent."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from jixiao.review.text.quantities import BARE
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import part_start
from jixiao.review.text.sentences import role
from jixiao.review.text.sentences import same_measure


def claimed_inputs(
    sentence: Sentence, rate: Quantity, floor: int, previous: tuple[Quantity, int] | None
) -> list[Quantity]:
    """The inputs of a rate claim; ``previous``: the percentage before it in its sentence,
    with the floor it was read from."""
    inputs = rate_inputs(sentence, rate, floor) or _shared_inputs(sentence, rate, previous)
    inputs = _undertaken_before(sentence, rate, inputs, previous)
    if _arrival_over_spending(rate, inputs):
        return []
    if _before_and_after(sentence, inputs) and not _OF_THE_CHANGE.search(rate.label):
        return []
    return inputs


#: “审批时限由上年的12个工作日缩短为7个工作日”: a level before and after a change, not the
#: two sides of a rate told after them.
_CHANGED_TO = re.compile(r"(?:缩短|减少|下降|降低|压缩|提高|增加|提升|上升|延长)(?:为|到|至)\s*$")


#: A rate that may be of the changed level itself (由计划的500人增加到520人，完成率104%).
_OF_THE_CHANGE = re.compile(r"完成|实现|达成|执行|增长|下降|提高|降低|压缩|缩短")


def _before_and_after(sentence: Sentence, inputs: list[Quantity]) -> bool:
    if len(inputs) != 2:
        return False
    first, second = sorted(inputs, key=lambda q: q.start)
    return _CHANGED_TO.search(sentence.text[first.end : second.start]) is not None


_FULL = Decimal(100)
_FINISHED_RATE = re.compile(r"(?:完成|完工)率(?:为|达到?)?\s*$")


def _undertaken_before(
    sentence: Sentence,
    rate: Quantity,
    inputs: list[Quantity],
    previous: tuple[Quantity, int] | None,
) -> list[Quantity]:
    """“实施215.886公里，开工率100%，已完工126.214公里，完工率56.84%”: the work undertaken,
    the one input of the rate before, is the base of the 完工率 after it too."""
    if len(inputs) != 1 or previous is None or not _FINISHED_RATE.search(rate.label):
        return inputs
    if previous[0].value != _FULL:
        return inputs  # a 开工率 below 100% is of the plan, its one input what was started
    before = rate_inputs(sentence, *previous)
    if len(before) != 1 or before[0].unit != inputs[0].unit or before[0].value < inputs[0].value:
        return inputs
    return before + inputs


#: How far a rate may sit from its last input (“支付812.3万元，支付率96%”).
_INPUT_REACH = 40
#: A figure in brackets that is part of the one before it, or left out of it: no input.
_PART_OF = re.compile(r"含|包括|其中|扣除|剔除")
SCHEDULE_GAP = re.compile(r"(?:[超短快慢]于?|低于|高于|落后于?)(?:月|平均|序时|时序|时间)?进度")
_TABLE_WORDS = re.compile(r"分值|得分|指标值|完成值|二级指标|三级指标")


def rate_inputs(sentence: Sentence, rate: Quantity, floor: int) -> list[Quantity]:
    """The figures a rate is computed from: before it in its sentence, after the previous
    rate, within its ；-part (“完成7座，目标7座；优良路率86.3%”: 7座 are not its inputs)."""
    floor = max(floor, _fields_start(sentence, rate, part_start(sentence.text, rate.start)))
    floor = _past_own_bracket(sentence.text, floor)
    if _unit_left_off(sentence, floor, rate):
        return []
    near = [
        q
        for q in sentence.quantities
        if floor <= q.start < rate.start and q.kind in (MONEY, COUNT, MEASURE)
    ]
    # “2640万元（…第三批补助资金2640万）”: a figure restated in brackets is not a second input
    plain = {q.value for q in near if not q.in_brackets}
    before = [q for q in near if not (q.in_brackets and q.value in plain)]
    # “收入76.7亿元（不含某示范区20.7亿元），下降5.9%”: what is left out is no input, nor
    # what is part of it (“支出841.01万元（含上年结转20.51万元），执行率102.5%”)
    # (“执行158.73万元（其中财政拨款120.86万元，上年结转资金37.87万元）”: every figure of a
    # bracket opened by 其中 is a part)
    before = [q for q in before if not (q.in_brackets and _part_of(sentence.text, q))]
    # “完成911万元，…，短月进度1143万元，较上年减收1901万元”: a gap to the schedule is no level
    before = [q for q in before if not SCHEDULE_GAP.search(q.label)]
    if not before:
        return []
    gap = sentence.text[before[-1].end : rate.start]
    if len(gap) > _INPUT_REACH or _TABLE_WORDS.search(gap):
        return []  # a table's cells run together: the figures belong to other rows
    kind = before[-1]
    inputs = [q for q in before if same_measure(q, kind)]
    if any(_enumerated(sentence.text, a, b) for a, b in itertools.pairwise(inputs)):
        return []  # “5000吨稻谷、500吨成品粮储备到位率”: figures of the indicator's name
    if _part_own_rate(sentence.text, inputs):
        return []
    return _plan_past(sentence, rate, floor, inputs)


def _part_own_rate(text: str, inputs: list[Quantity]) -> bool:
    """“直达资金45.66亿元，其中：中央安排直达资金39.46亿元，分配率99.2%”: a whole, then a
    part after 其中 that is not what was done of it: the rate is the part's own, its inputs
    not told."""
    if len(inputs) != 2 or "其中" not in text[inputs[0].end : inputs[1].start]:
        return False
    return role(inputs[1].label) != "actual" or role(inputs[0].label) == "actual"


_OPENS = re.compile(r"\s*[（(]")


def _part_of(text: str, q: Quantity) -> bool:
    """A figure in brackets that is part of the one before them, or left out of it: its
    own label says so, or the words the bracket opens with."""
    opened = max(text.rfind("（", 0, q.start), text.rfind("(", 0, q.start))
    return bool(_PART_OF.search(q.label) or _PART_OF.match(text, opened + 1))


def _past_own_bracket(text: str, floor: int) -> int:
    """Past the bracket that opens right after the previous rate: its figures are that
    rate's own (“执行率97.79%（预算2030万元，支出1985.2万元），其中项目支出执行率97.19%…”)."""
    opened = _OPENS.match(text, floor) if floor else None
    if opened is None:
        return floor
    closes = [at for at in (text.find("）", floor), text.find(")", floor)) if at >= 0]
    return min(closes) + 1 if closes else floor


def _unit_left_off(sentence: Sentence, floor: int, rate: Quantity) -> bool:
    """“全年预算数1080245.79万元，全区执行数1032849.44（含…）”: a plan or result written
    without any unit (not 200宗, whose unit is only unknown) is an input the rate cannot do
    without."""
    return any(
        floor <= q.start < rate.start
        and q.kind == BARE
        and not re.match(r"[\u4e00-\u9fff]", sentence.text[q.end : q.end + 1])
        and role(q.label) in ("plan", "actual")
        for q in sentence.quantities
    )


#: A ；-part that is one field, a label and its figure (“全年预算数：150万元”).
_FIELD = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,16}[:：]\s*[^\s；;，,]+\s*$")


#: The field of a rate over the budget's own money (not 合格率, 履约率, 政府采购执行率 …).
_MONEY_FIELD = re.compile(r"^\s*(?:预算|资金|项目|全年|年度|部门)*(?:执行|支出|支付)率[:：]")


def _fields_start(sentence: Sentence, rate: Quantity, start: int) -> int:
    """Where the rate's figures begin: its ；-part, or — when the rate is a spending rate
    in a run of fields (“全年预算数：150万元；全年执行数：135.6万元；预算执行率：95%”) — the
    first field."""
    text = sentence.text
    if not _FIELD.match(text[start : rate.end]) or start == 0:
        return start
    if not _MONEY_FIELD.match(text[start : rate.end]):
        return start
    while start > 0:
        earlier = part_start(text, start - 1)
        if not _FIELD.match(text[earlier : start - 1]):
            break
        start = earlier
    return start


def _plan_past(
    sentence: Sentence, rate: Quantity, floor: int, inputs: list[Quantity]
) -> list[Quantity]:
    """“全年预算数A，预算调剂比例P%，决算数B，项目预算执行率Q%”: a result alone after an
    earlier rate takes the plan stated nearest before that rate, in the same ；-part."""
    if len(inputs) == 1 and role(inputs[0].label) == "plan":
        return _result_past(sentence, rate, floor, inputs)
    if len(inputs) != 1 or role(inputs[0].label) != "actual":
        return inputs
    start = part_start(sentence.text, rate.start)
    plans = [
        q
        for q in sentence.quantities
        if start <= q.start < floor and same_measure(q, inputs[0]) and role(q.label) == "plan"
    ]
    return [plans[-1], *inputs] if plans else inputs


#: A year-on-year change rate: it leaves the amount before it to the rate after it.
_CHANGE_RATE = re.compile(r"(?:增长|下降|降低|增幅|降幅|增加|减少|同比)[了为]?$")
#: The year's change in money beside a level (减支1122万元): no result of a plan.
_CHANGE_AMOUNT = re.compile(r"(?:增|减)(?:支|收)|增加|减少")


def _result_past(
    sentence: Sentence, rate: Quantity, floor: int, inputs: list[Quantity]
) -> list[Quantity]:
    """“收入540459万元，可比增长4.8%，完成年度收入计划535000万元的101.0%”: a plan alone after
    the year's change rate of an amount takes that amount as its result."""
    changes = [q for q in sentence.quantities if q.end == floor and q.kind == PERCENT]
    if not changes or not _CHANGE_RATE.search(changes[0].label):
        return inputs
    start = part_start(sentence.text, rate.start)
    results = [
        q
        for q in sentence.quantities
        if start <= q.start < changes[0].start
        and same_measure(q, inputs[0])
        and not _CHANGE_AMOUNT.search(q.label)
    ]
    if len(results) != 1 or role(results[0].label) == "plan" or results[0].in_brackets:
        return inputs  # several: a result and its parts (其中…), maybe
    return [results[0], *inputs]


def _enumerated(text: str, first: Quantity, second: Quantity) -> bool:
    """Two figures listed side by side (“A、B”), not a plan and its result."""
    gap = text[first.end : second.start]
    return gap.endswith("、") and role(gap) == "other" and role(second.label) == "other"


#: “…总量19.56亿元，支出金额4.54亿元，分配进度100%，支出进度23.2%”: a spending rate right
#: after a rate of what was handed out shares its figures.
_HANDED_OUT = re.compile(r"(?:分配|下达|到位)(?:进度|率)$")
_SPENT_RATE = re.compile(r"(?:支出|支付|执行)(?:进度|率)$")


_ARRIVAL = re.compile(r"到位(?:率|进度)$")
_SPENDING = re.compile(r"支出|支付|使用|执行")
_ARRIVED = re.compile(r"到位|到账|拨付|下达|收到|拨入")


def _arrival_over_spending(rate: Quantity, inputs: list[Quantity]) -> bool:
    """“预算100万元，实际支出98万元，资金到位率100%”: what was spent is no numerator of
    what arrived."""
    later = inputs[1:]
    spent = any(_SPENDING.search(q.label) for q in later)
    return (
        bool(_ARRIVAL.search(rate.label))
        and spent
        and not any(_ARRIVED.search(q.label) for q in later)
    )


def _shared_inputs(
    sentence: Sentence, rate: Quantity, previous: tuple[Quantity, int] | None
) -> list[Quantity]:
    if previous is None:
        return []
    earlier, floor = previous
    between = sentence.text[earlier.end : rate.start]
    if re.search(r"\d", between) or not _HANDED_OUT.search(earlier.label):
        return []
    if not _SPENT_RATE.search(rate.label):
        return []
    inputs = [q for q in rate_inputs(sentence, earlier, floor) if not q.in_brackets]
    return inputs if any(role(q.label) == "actual" for q in inputs) else []

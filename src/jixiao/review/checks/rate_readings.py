"""What a stated rate may have been computed as from the figures before it: every ratio and
change of one over another, at every reading of their rounding, and with a slipped unit read
as meant."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import permutations

from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import as_unit
from jixiao.review.text.sentences import role

#: “完成年初预算的106.88%”: the result over the plan, never the other way round.
_OF_BUDGET = re.compile(r"完成(?:年初|调整后?|全年)?预算(?:数)?的\s*$")


def of_its_budget(name: str, inputs: list[Quantity]) -> list[Decimal]:
    """The one reading of a 完成…预算的 rate over a plan and a result (else none)."""
    roles = {role(q.label): q for q in inputs}
    if not _OF_BUDGET.search(name) or len(inputs) != 2 or set(roles) != {"plan", "actual"}:
        return []
    plan = roles["plan"].value
    return [roles["actual"].value / plan * HUNDRED] if plan else []


def candidates(inputs: list[Quantity], *, changes: bool = True) -> list[Decimal]:
    """Every ratio a writer could have meant from the inputs, as percentages (with
    ``changes``, also the change of one over the other)."""
    values: list[Decimal] = []
    for a, b in permutations(inputs, 2):
        if a.value == b.value and role(a.label) == role(b.label) == "plan":
            continue  # “年初预算300万元，全年预算300万元”: one plan twice, no ratio of 100%
        if a.value + b.value != 0:
            values.append(a.value / (a.value + b.value) * HUNDRED)  # 支付 over 支付 + 未支付
        if b.value == 0:
            continue
        values.append(a.value / b.value * HUNDRED)
        change = (a.value - b.value) / b.value * HUNDRED
        if changes:
            values.extend((change, abs(change)))  # “下降10.1%” writes a fall unsigned
        if a.value != b.value:
            values.append(a.value / (b.value - a.value) * HUNDRED)
    if len(inputs) > 2:
        values.extend(_against_the_rest(inputs))
    values.extend(_over_named_sums(inputs))
    return values


def _against_the_rest(inputs: list[Quantity]) -> list[Decimal]:
    """Each figure against the sum of the others, both ways: “完成A、B，计划C，完成率” (the
    parts together over the plan), “中央A，省级B，到位C，到位率” (what arrived over the
    sources)."""
    values: list[Decimal] = []
    for b in inputs:
        rest = sum((q.value for q in inputs if q is not b), Decimal(0))
        if b.value != 0:
            values.append(rest / b.value * HUNDRED)
        if rest != 0:
            values.append(b.value / rest * HUNDRED)
    return values


def like_named(inputs: list[Quantity]) -> list[list[Quantity]]:
    """The figures named alike (their labels end in the same two characters: each
    project's 采购预算), in groups of two or more."""
    groups: dict[str, list[Quantity]] = {}
    for q in inputs:
        groups.setdefault(q.label.strip()[-2:], []).append(q)
    return [group for group in groups.values() if len(group) >= 2]


def _over_named_sums(inputs: list[Quantity]) -> list[Decimal]:
    """Ratios over the sum of like-named figures (“A项目采购预算120，中标108.6，B项目采购预算
    80，中标74.2，合计节约17.2，节约率8.6%”: 17.2 over 120 + 80, 182.8 over 200)."""
    sums = [sum((q.value for q in group), Decimal(0)) for group in like_named(inputs)]
    values = [q.value / added * HUNDRED for added in sums if added != 0 for q in inputs]
    values.extend(a / b * HUNDRED for a, b in permutations(sums, 2) if b != 0)
    return values


def unit_slip(rate: Quantity, inputs: list[Quantity]) -> bool:
    """Amounts in two units (“89410万元，比上年的131870.68元减少32.20%”) whose figures as
    written give the rate: a unit slipped, the rate is right."""
    units = {q.unit for q in inputs if q.kind == MONEY}
    if len(units) < 2 or not units <= {"元", "万元", "亿元"}:
        return False
    written = [as_unit(q, "元") for q in inputs if q.kind == MONEY]
    close = any(abs(rate.value - v) <= rate.ulp * 2 for v in candidates(written))
    return close or change_reachable(rate, written)


def change_reachable(rate: Quantity, inputs: list[Quantity]) -> bool:
    """The rate is the change of one input over another at some reading of their rounding
    (73728 over 81381, each ±0.5, gives −9.4027 % to −9.4051 %: −9.41 % may be meant)."""
    for a, b in permutations([q for q in inputs if q.kind != COUNT], 2):
        ends = [
            (a.value + da - b.value - db) / (b.value + db) * HUNDRED
            for da in (-a.ulp, a.ulp)
            for db in (-b.ulp, b.ulp)
            if b.value + db != 0
        ]
        for value in (rate.value, -rate.value):
            if ends and min(ends) - rate.ulp <= value <= max(ends) + rate.ulp:
                return True
    return False


#: What is left unspent; not money left over and put to a use (“教育结余用于项目建设经费”).
REMAINDER = re.compile(r"未支付?|未拨付|尚未|(?:结余|剩余|余额)(?!(?:资金)?用于)")


_BUDGET = re.compile(r"预算|总额|安排|下达")
SPENDING = re.compile(r"执行|实际|完成|使用|(?<!预算)支出")


def paid_share(name: str, inputs: list[Quantity]) -> Decimal | None:
    """“支付A，未支付B，支付率”: A over A + B; a rate of what is left (结转结余率) is B over
    A + B, or over A when A is the budget itself (“预算支出总额A，结转结余B”)."""
    paid = next((q for q in inputs if not REMAINDER.search(q.label)), None)
    rest = next((q for q in inputs if REMAINDER.search(q.label)), None)
    if paid is None or rest is None or paid.value + rest.value == 0:
        return None
    if not REMAINDER.search(re.split(r"[，,；;]", name)[-1]):
        return paid.value / (paid.value + rest.value) * HUNDRED
    budget = _BUDGET.search(paid.label) and not SPENDING.search(paid.label)  # not 预算执行数
    whole = paid.value if budget else paid.value + rest.value
    return rest.value / whole * HUNDRED if whole else None


ARRIVED = re.compile(r"到位")
_SPENT_NAME = re.compile(r"(?:执行|支出|使用)率")


def spent_of_arrived(name: str, inputs: list[Quantity]) -> Decimal | None:
    """“到位资金A，实际支出B，资金执行率P%”: what was spent over what arrived."""
    arrived = next((q for q in inputs if ARRIVED.search(q.label)), None)
    if arrived is None or not arrived.value or not _SPENT_NAME.search(name):
        return None
    spent = [q for q in inputs if q.start > arrived.end and SPENDING.search(q.label)]
    return spent[-1].value / arrived.value * HUNDRED if spent else None

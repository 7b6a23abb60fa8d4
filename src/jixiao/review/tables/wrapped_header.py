"""A 资金 header wrapped over two lines in PDF text (“资金类别 年初 调整后 权重 预算 预算 得分”
over “（万元） 预算 预算数 执行数 执行率”): its column words come out of order, the 得分 read
before the amounts. The columns are then told from the total row's own figures: the one pair
of amounts whose quotient is the 执行率 written is 全年预算数 and 全年执行数, an amount before
them the 年初预算数, a whole number up to 30 among them the 分值, the figure after the rate its
得分. When the figures do not tell, the row is not read (no reading beats a wrong one).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.review.tables.cells import Figure
from jixiao.review.tables.columns import MONEY_ROLES

#: The largest 分值 a 资金 row carries.
_MAX_WEIGHT = Decimal(30)


def misread(roles: list[str]) -> bool:
    """The 得分 read before an amount: no layout prints it there."""
    if "score" not in roles:
        return False
    return any(role in MONEY_ROLES for role in roles[roles.index("score") :])


def _gives(budget: Figure, executed: Figure, rate: Figure) -> bool:
    if budget.percent or executed.percent or not budget.value:
        return False
    exact = executed.value / budget.value * 100
    step = Decimal(1).scaleb(-max(rate.places, 0))
    return exact.quantize(step, rounding=ROUND_HALF_UP) == rate.value


def _weight_like(value: Figure) -> bool:
    return not value.places and not value.percent and 0 < value.value <= _MAX_WEIGHT


def roles_of_figures(figures: list[Figure]) -> list[str] | None:
    """The column of each figure of the total row, or None when its figures do not tell."""
    percents = [i for i, value in enumerate(figures) if value.percent]
    if len(percents) != 1:
        return None
    at = percents[0]
    pairs = [
        (i, j)
        for i in range(at)
        for j in range(i + 1, at)
        if _gives(figures[i], figures[j], figures[at])
    ]
    if len(pairs) != 1:
        return None
    budget, executed = pairs[0]
    rest = [k for k in range(at) if k not in pairs[0]]
    weights = [k for k in rest if _weight_like(figures[k])]
    amounts = [k for k in rest if k not in weights]
    after = len(figures) - at - 1
    if len(weights) > 1 or len(amounts) > 1 or any(k > budget for k in amounts):
        return None
    if after > 1 + (not weights):
        return None
    roles = [""] * len(figures)
    roles[budget], roles[executed], roles[at] = "budget", "executed", "rate"
    for k in amounts:
        roles[k] = "initial"
    for k in weights:
        roles[k] = "weight"
    roles[at + 1 :] = ["weight", "score"][2 - after :] if after else []
    return roles

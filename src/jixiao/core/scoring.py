"""Named scoring rules: how an indicator's value and target become a score.

Every rule returns a score in ``[0, weight]`` rounded half-up to 2 decimals. Rules are
chosen by name in the framework file; their parameters come from there too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from typing import Any

from jixiao.core.numbers import HUNDRED
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import round2


class RuleError(ValueError):
    """A rule's parameters are unusable (a framework problem, reported in Chinese)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleInput:
    """What a rule sees.

    Attributes:
        value: the indicator's value (a rate in percent, or a figure).
        target: the 年度指标值, or None when there is none.
        comparison: ">=", "<=" or "=" (None for qualitative indicators).
        weight: the indicator's 分值.
        coefficient: for qualitative answers, the share of the weight the answer earns.
        params: the rule's parameters from the framework.
    """

    value: Decimal | None
    target: Decimal | None
    comparison: str | None
    weight: Decimal
    coefficient: Decimal | None = None
    params: dict[str, Any] = field(default_factory=dict)


Rule = Callable[[RuleInput], Decimal]


def _clamp(score: Decimal, weight: Decimal) -> Decimal:
    return round2(min(max(score, ZERO), weight))


def _need(value: Decimal | None) -> Decimal:
    if value is None:
        raise RuleError("评分需要的数值缺失")
    return value


def is_met(value: Decimal, target: Decimal, comparison: str) -> bool:
    """Compare a value with its target the way the indicator's comparison says."""
    if comparison == ">=":
        return value >= target
    if comparison == "<=":
        return value <= target
    return value == target


def proportional(rule: RuleInput) -> Decimal:
    """Higher is better: met → full weight, else weight × value ÷ target."""
    value, target = _need(rule.value), _need(rule.target)
    if is_met(value, target, ">=") or target == ZERO:
        return _clamp(rule.weight, rule.weight)
    return _clamp(rule.weight * value / target, rule.weight)


def reverse_ratio(rule: RuleInput) -> Decimal:
    """Lower is better: met → full weight, else weight × target ÷ value."""
    value, target = _need(rule.value), _need(rule.target)
    if is_met(value, target, "<="):
        return _clamp(rule.weight, rule.weight)
    if target <= ZERO:
        return ZERO
    return _clamp(rule.weight * target / value, rule.weight)


def execution(rule: RuleInput) -> Decimal:
    """预算执行率: weight × min(rate, 100%) ("得分 = 分值 × 执行率")."""
    value = _need(rule.value)
    return _clamp(rule.weight * min(value, HUNDRED) / HUNDRED, rule.weight)


def bands(rule: RuleInput) -> Decimal:
    """Points by band: the first band whose ``upto`` the value does not exceed.

    Params: ``bands`` = list of ``{upto, points}``; ``absolute`` (use |value|);
    ``otherwise`` = points above the last band (default 0).
    """
    value = _need(rule.value)
    if rule.params.get("absolute", False):
        value = abs(value)
    for band in rule.params.get("bands", []):
        if value <= Decimal(str(band["upto"])):
            return _clamp(Decimal(str(band["points"])), rule.weight)
    return _clamp(Decimal(str(rule.params.get("otherwise", 0))), rule.weight)


def deduction(rule: RuleInput) -> Decimal:
    """Full weight within target; ``per_point`` off for each point beyond it (扣完为止)."""
    value, target = _need(rule.value), _need(rule.target)
    if is_met(value, target, rule.comparison or "<="):
        return _clamp(rule.weight, rule.weight)
    per_point = Decimal(str(rule.params.get("per_point", "0.1")))
    return _clamp(rule.weight - abs(value - target) * per_point, rule.weight)


def pass_fail(rule: RuleInput) -> Decimal:
    """Full weight when the target is met, otherwise nothing."""
    value, target = _need(rule.value), _need(rule.target)
    met = is_met(value, target, rule.comparison or ">=")
    return _clamp(rule.weight if met else ZERO, rule.weight)


def tiers(rule: RuleInput) -> Decimal:
    """Qualitative: weight × the answer's coefficient (是 1, 部分 0.7, 否 0 by default)."""
    return _clamp(rule.weight * _need(rule.coefficient), rule.weight)


RULES: dict[str, Rule] = {
    "proportional": proportional,
    "reverse_ratio": reverse_ratio,
    "execution": execution,
    "bands": bands,
    "deduction": deduction,
    "pass_fail": pass_fail,
    "tiers": tiers,
}

#: Rules that cannot score without a 年度指标值.
RULES_NEEDING_TARGET = frozenset({"proportional", "reverse_ratio", "deduction", "pass_fail"})

#: The rule for a unit-defined indicator, by its comparison.
RULE_FOR_COMPARISON = {">=": "proportional", "<=": "reverse_ratio", "=": "pass_fail"}

#: How each rule is described in the 自评表 notes and the report.
RULE_TEXT = {
    "proportional": "达到目标得满分，未达到按“实际完成值 ÷ 年度指标值 × 分值”计分",
    "reverse_ratio": "不超过目标得满分，超过按“年度指标值 ÷ 实际完成值 × 分值”计分",
    "execution": "得分 = 分值 × 执行率（执行率超过100%按100%计）",
    "bands": "按区间计分",
    "deduction": "不超过目标得满分，每超过1个百分点扣减相应分值，扣完为止",
    "pass_fail": "达到目标得满分，否则不得分",
    "tiers": "按完成情况分档计分（是/部分/否）",
}

"""The deduction for a target set too low: an actual far above its target."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from jixiao.core.display import show_value
from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.framework import Framework
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import fmt_plain
from jixiao.core.numbers import round2

if TYPE_CHECKING:
    from jixiao.core.model import IndicatorSetting


def overshoot_deduction(
    framework: Framework,
    setting: IndicatorSetting,
    value: Decimal,
    target: Decimal | None,
    score: Decimal,
) -> tuple[Decimal, list[Finding]]:
    rule = framework.overshoot
    if rule is None or target is None or target <= ZERO or setting.comparison != ">=":
        return ZERO, []
    if setting.rule != "proportional":
        return ZERO, []
    over = (value - target) / target * 100
    if over < rule.threshold:
        return ZERO, []
    deduct = min(score, round2(setting.weight * rule.deduct))  # half-up, as every figure
    return deduct, [
        make_finding(
            "target-too-low",
            setting.location,
            indicator=setting.name,
            value=show_value(value, setting.unit),
            target=show_value(target, setting.unit),
            over=fmt_decimal(over),
            deduct=fmt_plain(deduct),
        )
    ]

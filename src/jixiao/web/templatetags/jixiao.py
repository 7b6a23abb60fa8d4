"""Filters that phrase figures the way the pages say them."""

from __future__ import annotations

from django import template

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import Severity

register = template.Library()


@register.filter
def days_left(days: int | None) -> str:
    """剩余 5 天 / 今日截止 / 已逾期 3 天; "—" without a deadline."""
    if days is None:
        return "—"
    if days > 0:
        return f"剩余 {days} 天"
    if days == 0:
        return "今日截止"
    return f"已逾期 {-days} 天"


@register.filter
def times(value: int, step: int) -> int:
    """``value × step``: the offset of the n-th row of a chart."""
    return value * step


@register.filter
def severity_label(severity: str) -> str:
    """错误 / 警告 / 提示."""
    return SEVERITY_LABELS.get(Severity(severity), severity)

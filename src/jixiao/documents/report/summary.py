"""Report sentences about the whole evaluation: budget, how the self-evaluation ran, totals."""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.display import NOT_FILLED
from jixiao.core.framework import Framework
from jixiao.core.model import BudgetRow
from jixiao.core.model import Evaluation
from jixiao.core.model import IndicatorResult
from jixiao.core.model import Origin
from jixiao.core.model import Status
from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import fmt_plain
from jixiao.documents.report.indicators import show_points
from jixiao.documents.report.indicators import tidy


def _money(value: Decimal | None) -> str:
    return f"{fmt_decimal(value)}万元" if value is not None else NOT_FILLED


def _row_label(row: BudgetRow) -> str:
    return row.label.replace("其中：", "").replace("\u3000", "").strip()


def budget_text(evaluation: Evaluation) -> str:
    """年初预算 X 万元，全年预算 Y 万元，全年执行 Z 万元，其中基本支出…、项目支出…；资金来源…"""
    rows = list(evaluation.budget)
    total = next((r for r in rows if r.key == "total"), None)
    parts: list[str] = []
    if total is not None:
        parts.append(
            f"{evaluation.year}年年初预算{_money(total.initial)}，全年预算{_money(total.adjusted)}，"
            f"全年执行{_money(total.executed)}"
        )
    others = [_row_phrase(r) for r in rows if r is not total]
    others = [o for o in others if o]
    if others:
        parts.append(f"其中：{'、'.join(others)}")
    if total is not None and total.rate is not None:
        parts.append(f"预算执行率{fmt_decimal(total.rate)}%")
    text = "，".join(parts)
    source = evaluation.submission.unit.funding_source.strip()
    funding = f"资金来源为{source}。" if source else "资金来源未填写。"
    return f"{text}；{funding}" if text else funding


def _row_phrase(row: BudgetRow) -> str:
    label = _row_label(row)
    if row.initial is None and row.adjusted is None:
        return f"{label}{_money(row.executed)}" if row.executed is not None else ""
    return (
        f"{label}年初预算{_money(row.initial)}、全年预算{_money(row.adjusted)}、"
        f"全年执行{_money(row.executed)}"
    )


def _names(results: list[IndicatorResult]) -> str:
    return "、".join(r.name for r in results)


def work_paragraphs(evaluation: Evaluation, framework: Framework) -> list[str]:
    """What was evaluated, stated from the evaluation itself (counts and gaps)."""
    results = list(evaluation.indicators)
    custom = [r for r in results if r.origin is not Origin.FRAMEWORK]
    qualitative = [r for r in results if r.kind == "qualitative"]
    first = (
        f"对照《{framework.name}》，填报《部门整体支出绩效自评表》，共评价三级指标{len(results)}项"
        f"（定量指标{len(results) - len(qualitative)}项、定性指标{len(qualitative)}项），"
        f"其中单位自定的个性指标{len(custom)}项。"
    )
    if evaluation.projects:
        first += f"同时对{len(evaluation.projects)}个项目开展了项目支出绩效自评。"
    found = [first]
    no_target = [
        r
        for r in results
        if r.kind == "quantitative" and r.target is None and r.status is not Status.NA
    ]
    if no_target:
        found.append(f"以下{len(no_target)}项定量指标未设定年度指标值：{_names(no_target)}。")
    defaulted = [r for r in results if r.target_defaulted and r.status is not Status.NA]
    if defaulted:
        found.append(
            f"以下{len(defaulted)}项指标单位未设定年度指标值，按指标体系默认值评价："
            f"{_names(defaulted)}。"
        )
    return found


def total_paragraphs(evaluation: Evaluation, framework: Framework) -> list[str]:
    """Sum, N/A policy, cap, total and grade, and where the weights come from."""
    found = [f"以上各项指标得分合计{fmt_decimal(evaluation.score_sum)}分。"]
    na = [r for r in evaluation.indicators if r.status is Status.NA]
    if na and evaluation.na_policy == "full_marks":
        found.append(f"其中{len(na)}项指标不适用（{_names(na)}），按指标体系规定按满分计。")
    elif na:
        rest = framework.total - evaluation.na_weight
        found.append(
            f"其中{len(na)}项指标不适用（{_names(na)}），分值合计{show_points(evaluation.na_weight)}分，"
            f"按指标体系规定不计分，总分按“得分合计 × {fmt_plain(framework.total)} ÷ "
            f"{fmt_plain(rest)}”换算为百分制。"
        )
    if evaluation.cap is not None:
        cap = evaluation.cap
        name = _indicator_name(evaluation, cap.indicator)
        found.append(
            f"因{name}为{fmt_decimal(cap.value)}%，低于{fmt_decimal(cap.below)}%，按指标体系规定"
            f"总分不超过{fmt_decimal(cap.max_total)}分，总分由{fmt_decimal(cap.raw_total)}分"
            f"调整为{fmt_decimal(cap.max_total)}分。"
        )
    found.append(
        f"自评总分{fmt_decimal(evaluation.total_score)}分，等级为“{evaluation.grade}”"
        f"（{_bands(framework)}）。"
    )
    note = f"各指标分值及评分规则采用《{framework.name}》的规定，并非本单位自行设定。"
    found.append(f"{note}{tidy(framework.note)}")
    return found


def _indicator_name(evaluation: Evaluation, code: str) -> str:
    try:
        return evaluation.indicator(code).name
    except KeyError:
        return code


def _bands(framework: Framework) -> str:
    """优：90分及以上；良：80分（含）至90分；…；差：60分以下."""
    bands = sorted(framework.grades, key=lambda g: g.min, reverse=True)
    parts: list[str] = []
    for index, band in enumerate(bands):
        low = fmt_plain(band.min)
        if index == 0:
            parts.append(f"{band.name}：{low}分及以上")
        elif index == len(bands) - 1:
            parts.append(f"{band.name}：{fmt_plain(bands[index - 1].min)}分以下")
        else:
            parts.append(f"{band.name}：{low}分（含）至{fmt_plain(bands[index - 1].min)}分")
    return "；".join(parts)

"""Unit-defined indicators (个性指标): weights within their 一级 block, then scoring."""

from __future__ import annotations

from decimal import Decimal

from jixiao.core.display import NOT_FILLED
from jixiao.core.display import show_value
from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.framework import Framework
from jixiao.core.framework import GroupSpec
from jixiao.core.indicators import measure_answer
from jixiao.core.indicators import not_filled
from jixiao.core.indicators import settle
from jixiao.core.model import IndicatorResult
from jixiao.core.model import IndicatorSetting
from jixiao.core.model import Measurement
from jixiao.core.model import Origin
from jixiao.core.model import Status
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_plain
from jixiao.core.numbers import round2
from jixiao.core.scoring import RULE_FOR_COMPARISON
from jixiao.core.submission import CustomIndicator
from jixiao.core.submission import Submission


def evaluate_individual(
    framework: Framework, submission: Submission
) -> tuple[list[IndicatorResult], list[Finding]]:
    """Evaluate every unit-defined indicator, group by group."""
    results: list[IndicatorResult] = []
    findings: list[Finding] = []
    known = framework.individual_names()
    for index, row in enumerate(submission.individual):
        if row.level1 not in known:
            options = "、".join(known)
            detail = (
                f"个性指标“{row.name}”的一级指标“{row.level1}”不在指标体系中（可选：{options}）"
            )
            findings.append(
                make_finding("invalid-field", _where(submission, index, row), detail=detail)
            )
    for group in framework.individual:
        group_results, group_findings = _evaluate_group(framework, submission, group)
        results.extend(group_results)
        findings.extend(group_findings)
    return results, findings


def _where(submission: Submission, index: int, row: CustomIndicator) -> str:
    return row.location or submission.where(f"individual.{index}")


def _evaluate_group(
    framework: Framework, submission: Submission, group: GroupSpec
) -> tuple[list[IndicatorResult], list[Finding]]:
    rows = [(i, r) for i, r in enumerate(submission.individual) if r.level1 in group.accepts]
    if not rows:
        return [_placeholder(group)], [
            make_finding(
                "individual-missing",
                f"individual[{group.level1}]",
                level1=group.level1,
                weight=fmt_plain(group.weight),
            )
        ]
    weights, findings = split_weights(
        group.level1,
        group.weight,
        [r.weight for _, r in rows],
        rows[0][1].location or submission.where("individual"),
    )
    results: list[IndicatorResult] = []
    for (index, row), weight in zip(rows, weights, strict=True):
        result, row_findings = evaluate_custom(
            framework,
            row,
            weight,
            code=f"custom-{index + 1}",
            where=_where(submission, index, row),
        )
        results.append(result)
        findings.extend(row_findings)
    return results, findings


def split_weights(
    level1: str, total: Decimal, given: list[Decimal | None], where: str
) -> tuple[list[Decimal], list[Finding]]:
    """Weights of a block's rows: as given when they add up, else an equal split."""
    if given and all(w is not None for w in given):
        found = sum((w for w in given if w is not None), ZERO)
        if found == total:
            return [w for w in given if w is not None], []
        problem = make_finding(
            "weights-mismatch",
            where,
            level1=level1,
            found=fmt_plain(found),
            expected=fmt_plain(total),
        )
        return _equal_split(total, len(given)), [problem]
    fixed = sum((w for w in given if w is not None), ZERO)
    free = [i for i, w in enumerate(given) if w is None]
    if fixed > total or (not free and fixed != total):
        problem = make_finding(
            "weights-mismatch",
            where,
            level1=level1,
            found=fmt_plain(fixed),
            expected=fmt_plain(total),
        )
        return _equal_split(total, len(given)), [problem]
    shares = iter(_equal_split(total - fixed, len(free)))
    return [w if w is not None else next(shares) for w in given], []


def _equal_split(total: Decimal, count: int) -> list[Decimal]:
    """Split a weight equally at 2 decimals; the last row takes the remainder."""
    if count == 0:
        return []
    share = round2(total / count)
    return [share] * (count - 1) + [total - share * (count - 1)]


def _placeholder(group: GroupSpec) -> IndicatorResult:
    return IndicatorResult(
        code=f"missing-{group.level1}",
        name="（未填报个性指标）",
        level1=group.level1,
        level2="",
        unit="",
        kind="quantitative",
        value=None,
        display=NOT_FILLED,
        target=None,
        target_defaulted=False,
        comparison=None,
        met=None,
        weight=group.weight,
        score=ZERO,
        status=Status.MISSING,
        origin=Origin.MISSING,
    )


def evaluate_custom(
    framework: Framework,
    row: CustomIndicator,
    weight: Decimal,
    *,
    code: str,
    where: str,
) -> tuple[IndicatorResult, list[Finding]]:
    """Evaluate one unit-defined indicator (numeric against its target, or an answer)."""
    qualitative = bool(row.answer.strip()) and row.actual is None
    if qualitative:
        measured = measure_answer(framework, row.name, row.answer, where)
    elif row.actual is None:
        measured = not_filled(
            make_finding("value-missing", where, indicator=row.name, label="实际完成值")
        )
    else:
        measured = Measurement(value=row.actual, display=show_value(row.actual, row.unit))
    setting = IndicatorSetting(
        origin=Origin.UNIT,
        code=code,
        name=row.name,
        level1=row.level1,
        level2=row.level2,
        unit=row.unit,
        kind="qualitative" if qualitative else "quantitative",
        weight=weight,
        rule="tiers" if qualitative else RULE_FOR_COMPARISON[row.comparison],
        params={},
        target=row.target,
        comparison=row.comparison,
        default_target=None,
        cause=row.cause,
        measure=row.measure,
        formula_text="",
        location=where,
    )
    return settle(framework, setting, measured)

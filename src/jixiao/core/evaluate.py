"""evaluate(): one submission and its framework in, one Evaluation out.

The pipeline: normalise facts → check facts → evaluate each indicator → unit-defined
indicators → totals (N/A rescaling, caps) → grade → projects. Problems become findings;
only a bug raises.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jixiao.core.facts import Facts
from jixiao.core.facts import check_facts
from jixiao.core.facts import check_year
from jixiao.core.facts import fact_location
from jixiao.core.facts import normalize_facts
from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.formulas import FORMULAS
from jixiao.core.framework import Framework
from jixiao.core.indicators import evaluate_indicator
from jixiao.core.model import BudgetRow
from jixiao.core.model import Cap
from jixiao.core.model import Evaluation
from jixiao.core.model import IndicatorResult
from jixiao.core.model import Measure
from jixiao.core.model import Status
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import percent
from jixiao.core.numbers import round2
from jixiao.core.own_indicators import evaluate_individual
from jixiao.core.submission import Fact
from jixiao.core.submission import Project
from jixiao.core.submission import Submission
from jixiao.core.submission import UnitInfo

BUDGET_COLUMNS = ("initial", "adjusted", "executed")


def evaluate(
    submission: Submission,
    framework: Framework,
    project_framework: Framework | None = None,
    *,
    year: int | None = None,
) -> Evaluation:
    """Evaluate a unit's submission (and its projects, when a project framework is given).

    ``year``, when given, is the year being evaluated: a submission for another year is
    an error.
    """
    facts, findings = normalize_facts(framework, submission)
    findings = [*submission.intake_findings, *check_year(submission, year), *findings]
    findings.extend(check_facts(framework, submission, facts))
    findings.extend(_unused_entries(framework, submission))
    indicators: list[IndicatorResult] = []
    for spec in framework.indicators:
        result, found = evaluate_indicator(framework, spec, submission, facts)
        indicators.append(result)
        findings.extend(found)
    custom, found = evaluate_individual(framework, submission)
    indicators.extend(custom)
    findings.extend(found)
    order = {name: i for i, name in enumerate(framework.level1_names())}
    indicators.sort(key=lambda r: order.get(r.level1, len(order)))
    projects = (
        tuple(
            evaluate_project(project, index, submission.unit, project_framework)
            for index, project in enumerate(submission.projects)
        )
        if project_framework
        else ()
    )
    return _total(framework, submission, facts, indicators, _dedupe(findings), projects)


def _unused_entries(framework: Framework, submission: Submission) -> list[Finding]:
    """Facts and targets the chosen framework has no place for: what a file names that the
    framework cannot use is said (``invalid-field``), never dropped in silence."""
    named = f"填写了指标体系“{framework.name}”中没有的"
    fields = {spec.id for spec in framework.fields}
    codes = {spec.code for spec in framework.indicators}
    unused = [
        (fact_location(submission, key), f"{named}填报项“{key}”")
        for key in submission.facts
        if key not in fields
    ]
    unused += [
        (submission.where(f"targets.{key}"), f"{named}指标“{key}”")
        for key in submission.targets
        if key not in codes
    ]
    return [make_finding("invalid-field", at, detail=f"{what}，未予采用。") for at, what in unused]


def _dedupe(findings: list[Finding]) -> tuple[Finding, ...]:
    """Keep one finding per place when an intake problem already explains a blank."""
    flagged = {
        f.location
        for f in findings
        if f.code in {"invalid-number", "formula-no-value", "invalid-choice"}
    }
    kept: list[Finding] = []
    seen: set[tuple[str, str, str]] = set()
    for finding in findings:
        if finding.code in {"value-missing", "answer-missing"} and finding.location in flagged:
            continue
        key = (finding.code, finding.location, finding.message)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return tuple(kept)


def _budget_rows(framework: Framework, facts: Facts) -> tuple[BudgetRow, ...]:
    rows = []
    for spec in framework.budget_rows:
        values = [facts.get(f"budget.{spec.key}.{c}") for c in BUDGET_COLUMNS]
        initial, adjusted, executed = (v if isinstance(v, Decimal) else None for v in values)
        rate = (
            percent(executed, adjusted) if executed is not None and adjusted is not None else None
        )
        rows.append(
            BudgetRow(
                key=spec.key,
                label=spec.label,
                initial=initial,
                adjusted=adjusted,
                executed=executed,
                rate=rate,
            )
        )
    return tuple(rows)


def _total(
    framework: Framework,
    submission: Submission,
    facts: Facts,
    indicators: list[IndicatorResult],
    findings: tuple[Finding, ...],
    projects: tuple[Evaluation, ...],
) -> Evaluation:
    score_sum = sum((r.score for r in indicators), ZERO)
    na_weight = ZERO
    if framework.na_policy == "rescale":
        na_weight = sum((r.weight for r in indicators if r.status is Status.NA), ZERO)
    total = score_sum
    if na_weight and framework.total > na_weight:
        total = round2(score_sum * framework.total / (framework.total - na_weight))
    cap = _cap(framework, indicators, total)
    extra: list[Finding] = []
    if cap is not None:
        total = cap.max_total
        extra.append(
            make_finding(
                "score-capped",
                f"indicators.{cap.indicator}",
                rate=fmt_decimal(cap.value),
                below=fmt_decimal(cap.below),
                raw=fmt_decimal(cap.raw_total),
                cap=fmt_decimal(cap.max_total),
            )
        )
    return Evaluation(
        title=submission.unit.name,
        year=submission.unit.year,
        framework_id=framework.id,
        framework_name=framework.name,
        kind=framework.kind,
        budget=_budget_rows(framework, facts),
        indicators=tuple(indicators),
        score_sum=score_sum,
        total_score=round2(total),
        grade=framework.grade(round2(total)),
        na_weight=na_weight,
        na_policy=framework.na_policy,
        cap=cap,
        findings=(*findings, *extra),
        projects=projects,
        submission=submission,
        measures=_measures(framework, facts),
        roles=framework.roles(),
    )


def _measures(framework: Framework, facts: Facts) -> tuple[Measure, ...]:
    """The framework's unscored rates; blank inputs leave a rate blank, never 0."""
    found: list[Measure] = []
    for spec in framework.measures:
        args = {arg: facts.get(name) for arg, name in spec.args.items()}
        numbers = {k: v for k, v in args.items() if isinstance(v, Decimal)}
        value = FORMULAS[spec.formula](numbers) if len(numbers) == len(args) else None
        found.append(Measure(code=spec.code, name=spec.name, value=value, describe=spec.describe))
    return tuple(found)


def _cap(framework: Framework, indicators: list[IndicatorResult], total: Decimal) -> Cap | None:
    values = {r.code: r.value for r in indicators if r.value is not None}
    applicable = [
        c for c in framework.caps if c.indicator in values and values[c.indicator] < c.below
    ]
    if not applicable:
        return None
    strictest = min(applicable, key=lambda c: c.max_total)
    if total <= strictest.max_total:
        return None
    return Cap(
        indicator=strictest.indicator,
        value=values[strictest.indicator],
        below=strictest.below,
        max_total=strictest.max_total,
        raw_total=total,
    )


def project_submission(project: Project, index: int, unit: UnitInfo) -> Submission:
    """A project seen as a submission of its own, for the project framework."""
    where = project.location or f"projects.{index}"
    facts: dict[str, Fact] = {
        **project.facts,
        "budget.total.initial": project.initial,
        "budget.total.adjusted": project.adjusted,
        "budget.total.executed": project.executed,
    }
    return Submission(
        framework="project",
        unit=unit,
        facts=facts,
        individual=project.indicators,
        sources={f"facts.{k}": where for k in facts} | {"individual": where},
        narrative={"goal": project.goal, "achieved": project.achieved},
    )


def evaluate_project(
    project: Project, index: int, unit: UnitInfo, framework: Framework
) -> Evaluation:
    """Evaluate one project against the project framework."""
    result = evaluate(project_submission(project, index, unit), framework)
    return replace(result, title=project.name, project=project)

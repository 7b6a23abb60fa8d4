"""Evaluating one framework indicator: inputs → value → target → score, with findings."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal

from jixiao.core.display import NOT_FILLED
from jixiao.core.display import show_target
from jixiao.core.display import show_value
from jixiao.core.facts import Facts
from jixiao.core.facts import fact_location
from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.formulas import ANSWER
from jixiao.core.formulas import FORMULAS
from jixiao.core.framework import Framework
from jixiao.core.framework import IndicatorSpec
from jixiao.core.model import SCORED
from jixiao.core.model import IndicatorResult
from jixiao.core.model import InputValue
from jixiao.core.model import Origin
from jixiao.core.model import Status
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_plain
from jixiao.core.overshoot import overshoot_deduction
from jixiao.core.scoring import RULE_TEXT
from jixiao.core.scoring import RULES
from jixiao.core.scoring import RULES_NEEDING_TARGET
from jixiao.core.scoring import RuleInput
from jixiao.core.scoring import is_met
from jixiao.core.submission import Submission
from jixiao.core.submission import TargetEntry


@dataclass(slots=True)
class Scored:
    """Intermediate state while one indicator is evaluated."""

    value: Decimal | None = None
    display: str = ""
    status: Status = Status.OK
    na_reason: str = ""
    coefficient: Decimal | None = None
    inputs: list[InputValue] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def evaluate_indicator(
    framework: Framework, spec: IndicatorSpec, submission: Submission, facts: Facts
) -> tuple[IndicatorResult, list[Finding]]:
    """Evaluate one framework indicator against the unit's facts and target."""
    entry = submission.targets.get(spec.code, TargetEntry())
    if spec.formula == ANSWER:
        scored = _answer(framework, spec, submission, facts)
    else:
        scored = _quantity(framework, spec, submission, facts)
    return finish(
        framework,
        submission,
        Pending(
            code=spec.code,
            name=spec.name,
            level1=spec.level1,
            level2=spec.level2,
            unit=spec.unit if spec.kind == "quantitative" else "",
            kind=spec.kind,
            weight=spec.weight,
            rule=spec.rule.name,
            params=spec.rule.params,
            target=entry.target,
            comparison=entry.comparison or spec.comparison,
            default_target=spec.default_target,
            cause=entry.cause,
            measure=entry.measure,
            formula_text=spec.describe,
            location=submission.where(f"targets.{spec.code}"),
        ),
        scored,
    )


def _resolve(spec: IndicatorSpec, facts: Facts) -> tuple[dict[str, Decimal], list[str]]:
    """Sum each argument's fields; list the blank ones."""
    values: dict[str, Decimal] = {}
    blanks: list[str] = []
    for arg, names in spec.args.items():
        total = ZERO
        for name in [names] if isinstance(names, str) else names:
            fact = facts.get(name)
            if isinstance(fact, Decimal):
                total += fact
            else:
                blanks.append(name)
        values[arg] = total
    return values, blanks


def _quantity(
    framework: Framework, spec: IndicatorSpec, submission: Submission, facts: Facts
) -> Scored:
    scored = Scored()
    scored.inputs = [
        InputValue(
            label=framework.field(n).label, value=_num(facts.get(n)), unit=framework.field(n).unit
        )
        for names in spec.args.values()
        for n in ([names] if isinstance(names, str) else names)
    ]
    if spec.na_if_all_zero and all(facts.get(n) == ZERO for n in spec.na_if_all_zero):
        return _not_applicable(scored, spec.na_reason)
    values, blanks = _resolve(spec, facts)
    if blanks:
        return _blank_inputs(framework, spec, submission, facts, scored, blanks)
    scored.value = FORMULAS[spec.formula](values)
    if scored.value is None:
        numerators = [v for k, v in values.items() if k in {"numerator", "current", "used"}]
        if any(v != ZERO for v in numerators):
            scored.display = "无预算但发生支出"
            scored.status = Status.UNBUDGETED
            return scored
        return _not_applicable(scored, spec.na_reason)
    scored.display = show_value(scored.value, spec.unit)
    _check_sample(spec, submission, facts, scored)
    return scored


def _num(fact: Decimal | str | None) -> Decimal | None:
    return fact if isinstance(fact, Decimal) else None


def _not_applicable(scored: Scored, reason: str) -> Scored:
    scored.status = Status.NA
    scored.na_reason = reason
    scored.display = f"不适用（{reason}）"
    return scored


def _blank_inputs(
    framework: Framework,
    spec: IndicatorSpec,
    submission: Submission,
    facts: Facts,
    scored: Scored,
    blanks: list[str],
) -> Scored:
    stated = facts.get(spec.stated) if spec.stated else None
    if isinstance(stated, Decimal):
        scored.value = stated
        scored.display = show_value(stated, spec.unit)
        counts = "、".join(framework.field(b).label for b in blanks)
        scored.findings.append(
            make_finding(
                "rate-without-counts",
                fact_location(submission, spec.stated or ""),
                indicator=spec.name,
                value=fmt_plain(stated),
                counts=counts,
            )
        )
        return scored
    scored.status = Status.MISSING
    scored.display = NOT_FILLED
    scored.findings.extend(
        make_finding(
            "value-missing",
            fact_location(submission, b),
            indicator=spec.name,
            label=framework.field(b).label,
        )
        for b in blanks
    )
    return scored


def _check_sample(
    spec: IndicatorSpec, submission: Submission, facts: Facts, scored: Scored
) -> None:
    if spec.sample and not isinstance(facts.get(spec.sample), Decimal):
        scored.findings.append(
            make_finding(
                "satisfaction-without-sample",
                fact_location(submission, spec.sample),
                indicator=spec.name,
                value=fmt_plain(scored.value),
            )
        )


def _answer(
    framework: Framework, spec: IndicatorSpec, submission: Submission, facts: Facts
) -> Scored:
    field_id = str(spec.args["answer"])
    return score_answer(
        framework, spec.name, facts.get(field_id), fact_location(submission, field_id)
    )


def score_answer(framework: Framework, name: str, answer: object, where: str) -> Scored:
    """Score a qualitative answer (是/部分/否/不涉及) by the framework's coefficients."""
    scored = Scored()
    choices = "/".join(framework.choices)
    text = str(answer).strip() if answer is not None else ""
    if not text:
        scored.status = Status.MISSING
        scored.display = NOT_FILLED
        scored.findings.append(
            make_finding("answer-missing", where, indicator=name, choices=choices)
        )
        return scored
    if text not in framework.choices:
        scored.status = Status.MISSING
        scored.display = NOT_FILLED
        scored.findings.append(
            make_finding("invalid-choice", where, label=name, choices=choices, raw=text)
        )
        return scored
    coefficient = framework.choices[text]
    if coefficient is None:
        return _not_applicable(scored, "不涉及此项工作")
    scored.coefficient = coefficient
    scored.display = text
    return scored


@dataclass(frozen=True, slots=True, kw_only=True)
class Pending:
    """Everything about an indicator except its evaluated value."""

    code: str
    name: str
    level1: str
    level2: str
    unit: str
    kind: str
    weight: Decimal
    rule: str
    params: dict[str, object]
    target: Decimal | None
    comparison: str | None
    default_target: Decimal | None
    cause: str
    measure: str
    formula_text: str
    location: str
    origin: Origin = Origin.FRAMEWORK


def finish(
    framework: Framework, submission: Submission, pending: Pending, scored: Scored
) -> tuple[IndicatorResult, list[Finding]]:
    """Settle target, verdict and score; add the findings a reviewer would raise."""
    del submission  # locations are already resolved into ``pending``
    findings = list(scored.findings)
    target, defaulted = pending.target, False
    if target is None and pending.default_target is not None and pending.kind == "quantitative":
        target, defaulted = pending.default_target, True
        if scored.status in SCORED:
            findings.append(
                make_finding(
                    "target-defaulted",
                    pending.location,
                    indicator=pending.name,
                    target=show_target(target, pending.comparison, pending.unit),
                )
            )
    met: bool | None = None
    score, deduction = ZERO, ZERO
    status = scored.status
    if status is Status.NA:
        score = pending.weight if framework.na_policy == "full_marks" else ZERO
        findings.append(
            make_finding(
                "not-applicable",
                pending.location,
                indicator=pending.name,
                reason=scored.na_reason,
                policy="按满分计"
                if framework.na_policy == "full_marks"
                else "不计分，总分按比例换算为百分制",
            )
        )
    elif status in SCORED:
        met, score, deduction, extra = _score(framework, pending, scored, target)
        findings.extend(extra)
        if met is None and pending.rule in RULES_NEEDING_TARGET:
            status = Status.MISSING
    if met is False and not (pending.cause.strip() and pending.measure.strip()):
        missing = "、".join(
            label
            for label, text in (("偏差原因", pending.cause), ("改进措施", pending.measure))
            if not text.strip()
        )
        findings.append(
            make_finding(
                "deviation-unexplained",
                pending.location,
                indicator=pending.name,
                value=scored.display,
                target=_expected(pending, target),
                missing=missing,
            )
        )
    result = IndicatorResult(
        code=pending.code,
        name=pending.name,
        level1=pending.level1,
        level2=pending.level2,
        unit=pending.unit,
        kind=pending.kind,
        value=scored.value,
        display=scored.display,
        target=target,
        target_defaulted=defaulted,
        comparison=pending.comparison if pending.kind == "quantitative" else None,
        met=met,
        weight=pending.weight,
        score=score,
        status=status,
        na_reason=scored.na_reason,
        inputs=tuple(scored.inputs),
        formula_text=pending.formula_text,
        rule_text=RULE_TEXT.get(pending.rule, pending.rule),
        cause=pending.cause,
        measure=pending.measure,
        deduction=deduction,
        origin=pending.origin,
    )
    return result, findings


def _expected(pending: Pending, target: Decimal | None) -> str:
    """The target as printed in a finding: the full answer for a qualitative indicator."""
    if pending.kind == "qualitative":
        return "是"
    return show_target(target, pending.comparison, pending.unit) or "—"


def _score(
    framework: Framework, pending: Pending, scored: Scored, target: Decimal | None
) -> tuple[bool | None, Decimal, Decimal, list[Finding]]:
    if pending.kind == "qualitative":
        coefficient = scored.coefficient or ZERO
        score = RULES["tiers"](
            RuleInput(
                value=None,
                target=None,
                comparison=None,
                weight=pending.weight,
                coefficient=coefficient,
            )
        )
        return coefficient == 1, score, ZERO, []
    if scored.status is Status.UNBUDGETED or scored.value is None:
        return False, ZERO, ZERO, []
    met = None
    if target is not None and pending.comparison is not None:
        # A rule scoring |value| (a budget cut is an adjustment too) judges |value|.
        judged = abs(scored.value) if pending.params.get("absolute") else scored.value
        met = is_met(judged, target, pending.comparison)
    elif pending.rule in RULES_NEEDING_TARGET:
        return (
            None,
            ZERO,
            ZERO,
            [make_finding("target-missing", pending.location, indicator=pending.name)],
        )
    blank = (
        []
        if target is not None
        else [make_finding("target-blank", pending.location, indicator=pending.name)]
    )
    rule_input = RuleInput(
        value=scored.value,
        target=target,
        comparison=pending.comparison,
        weight=pending.weight,
        params=dict(pending.params),
    )
    score = RULES[pending.rule](rule_input)
    deduction, findings = overshoot_deduction(framework, pending, scored.value, target, score)
    return met, score - deduction, deduction, blank + findings

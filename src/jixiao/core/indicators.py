"""Evaluating one framework indicator: measure (inputs → value), then settle (target →
verdict → score), each step returning a frozen record with its findings."""

from __future__ import annotations

from dataclasses import replace
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
from jixiao.core.model import IndicatorSetting
from jixiao.core.model import InputValue
from jixiao.core.model import Measurement
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


def evaluate_indicator(
    framework: Framework, spec: IndicatorSpec, submission: Submission, facts: Facts
) -> tuple[IndicatorResult, list[Finding]]:
    """Evaluate one framework indicator against the unit's facts and target."""
    if spec.formula == ANSWER:
        measured = _measure_answer(framework, spec, submission, facts)
    else:
        measured = _measure_quantity(framework, spec, submission, facts)
    return settle(framework, setting_of(spec, submission), measured)


def setting_of(spec: IndicatorSpec, submission: Submission) -> IndicatorSetting:
    """The framework's indicator with the unit's target, 偏差原因 and 改进措施."""
    entry = submission.targets.get(spec.code, TargetEntry())
    return IndicatorSetting(
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
    )


# --- measuring --------------------------------------------------------------------------


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


def _inputs(framework: Framework, spec: IndicatorSpec, facts: Facts) -> tuple[InputValue, ...]:
    return tuple(
        InputValue(
            label=framework.field(n).label, value=_num(facts.get(n)), unit=framework.field(n).unit
        )
        for names in spec.args.values()
        for n in ([names] if isinstance(names, str) else names)
    )


def _measure_quantity(
    framework: Framework, spec: IndicatorSpec, submission: Submission, facts: Facts
) -> Measurement:
    inputs = _inputs(framework, spec, facts)
    if spec.na_if_all_zero and all(facts.get(n) == ZERO for n in spec.na_if_all_zero):
        return not_applicable(spec.na_reason, inputs)
    values, blanks = _resolve(spec, facts)
    if blanks:
        return _blank_inputs(framework, spec, submission, facts, inputs, blanks)
    value = FORMULAS[spec.formula](values)
    if value is None:
        numerators = [v for k, v in values.items() if k in {"numerator", "current", "used"}]
        if any(v != ZERO for v in numerators):
            return Measurement(display="无预算但发生支出", status=Status.UNBUDGETED, inputs=inputs)
        return not_applicable(spec.na_reason, inputs)
    return Measurement(
        value=value,
        display=show_value(value, spec.unit),
        inputs=inputs,
        findings=_sample_missing(spec, submission, facts, value),
    )


def _num(fact: Decimal | str | None) -> Decimal | None:
    return fact if isinstance(fact, Decimal) else None


def not_applicable(reason: str, inputs: tuple[InputValue, ...] = ()) -> Measurement:
    """不适用, with its reason written into the value as printed."""
    return Measurement(
        status=Status.NA, na_reason=reason, display=f"不适用（{reason}）", inputs=inputs
    )


def not_filled(*findings: Finding) -> Measurement:
    """Nothing to measure: an input or the answer is missing (the findings say which)."""
    return Measurement(status=Status.MISSING, display=NOT_FILLED, findings=findings)


def _blank_inputs(
    framework: Framework,
    spec: IndicatorSpec,
    submission: Submission,
    facts: Facts,
    inputs: tuple[InputValue, ...],
    blanks: list[str],
) -> Measurement:
    """A rate whose counts are blank: the rate the unit stated, when it did, else nothing."""
    stated = facts.get(spec.stated) if spec.stated else None
    if isinstance(stated, Decimal):
        counts = "、".join(framework.field(b).label for b in blanks)
        found = make_finding(
            "rate-without-counts",
            fact_location(submission, spec.stated or ""),
            indicator=spec.name,
            value=fmt_plain(stated),
            counts=counts,
        )
        shown = show_value(stated, spec.unit)
        return Measurement(value=stated, display=shown, inputs=inputs, findings=(found,))
    missing = tuple(
        make_finding(
            "value-missing",
            fact_location(submission, b),
            indicator=spec.name,
            label=framework.field(b).label,
        )
        for b in blanks
    )
    return replace(not_filled(*missing), inputs=inputs)


def _sample_missing(
    spec: IndicatorSpec, submission: Submission, facts: Facts, value: Decimal
) -> tuple[Finding, ...]:
    if not spec.sample or isinstance(facts.get(spec.sample), Decimal):
        return ()
    return (
        make_finding(
            "satisfaction-without-sample",
            fact_location(submission, spec.sample),
            indicator=spec.name,
            value=fmt_plain(value),
        ),
    )


def _measure_answer(
    framework: Framework, spec: IndicatorSpec, submission: Submission, facts: Facts
) -> Measurement:
    field_id = str(spec.args["answer"])
    return measure_answer(
        framework, spec.name, facts.get(field_id), fact_location(submission, field_id)
    )


def measure_answer(framework: Framework, name: str, answer: object, where: str) -> Measurement:
    """A qualitative answer (是/部分/否/不涉及) as the framework's coefficient."""
    choices = "/".join(framework.choices)
    text = str(answer).strip() if answer is not None else ""
    if not text:
        return not_filled(make_finding("answer-missing", where, indicator=name, choices=choices))
    if text not in framework.choices:
        return not_filled(
            make_finding("invalid-choice", where, label=name, choices=choices, raw=text)
        )
    coefficient = framework.choices[text]
    if coefficient is None:
        return not_applicable("不涉及此项工作")
    return Measurement(coefficient=coefficient, display=text)


# --- settling -------------------------------------------------------------------------


def settle(
    framework: Framework, setting: IndicatorSetting, measured: Measurement
) -> tuple[IndicatorResult, list[Finding]]:
    """Settle target, verdict and score; add the findings a reviewer would raise."""
    target, defaulted, findings = _settle_target(setting, measured)
    met: bool | None = None
    score, deduction = ZERO, ZERO
    status = measured.status
    if status is Status.NA:
        score = setting.weight if framework.na_policy == "full_marks" else ZERO
        findings.append(_not_applicable_finding(framework, setting, measured))
    elif status in SCORED:
        met, score, deduction, extra = _score(framework, setting, measured, target)
        findings.extend(extra)
        if met is None and setting.rule in RULES_NEEDING_TARGET:
            status = Status.MISSING
    if met is False and not (setting.cause.strip() and setting.measure.strip()):
        findings.append(_unexplained(setting, measured, target))
    result = IndicatorResult(
        code=setting.code,
        name=setting.name,
        level1=setting.level1,
        level2=setting.level2,
        unit=setting.unit,
        kind=setting.kind,
        value=measured.value,
        display=measured.display,
        target=target,
        target_defaulted=defaulted,
        comparison=setting.comparison if setting.kind == "quantitative" else None,
        met=met,
        weight=setting.weight,
        score=score,
        status=status,
        na_reason=measured.na_reason,
        inputs=measured.inputs,
        formula_text=setting.formula_text,
        rule_text=RULE_TEXT.get(setting.rule, setting.rule),
        cause=setting.cause,
        measure=setting.measure,
        deduction=deduction,
        origin=setting.origin,
    )
    return result, findings


def _settle_target(
    setting: IndicatorSetting, measured: Measurement
) -> tuple[Decimal | None, bool, list[Finding]]:
    """The unit's target, else the framework's default (said so when it is scored)."""
    findings = list(measured.findings)
    target = setting.target
    if target is not None or setting.default_target is None or setting.kind != "quantitative":
        return target, False, findings
    if measured.status in SCORED:
        findings.append(
            make_finding(
                "target-defaulted",
                setting.location,
                indicator=setting.name,
                target=show_target(setting.default_target, setting.comparison, setting.unit),
            )
        )
    return setting.default_target, True, findings


def _not_applicable_finding(
    framework: Framework, setting: IndicatorSetting, measured: Measurement
) -> Finding:
    full = framework.na_policy == "full_marks"
    return make_finding(
        "not-applicable",
        setting.location,
        indicator=setting.name,
        reason=measured.na_reason,
        policy="按满分计" if full else "不计分，总分按比例换算为百分制",
    )


def _unexplained(
    setting: IndicatorSetting, measured: Measurement, target: Decimal | None
) -> Finding:
    missing = "、".join(
        label
        for label, text in (("偏差原因", setting.cause), ("改进措施", setting.measure))
        if not text.strip()
    )
    return make_finding(
        "deviation-unexplained",
        setting.location,
        indicator=setting.name,
        value=measured.display,
        target=_expected(setting, target),
        missing=missing,
    )


def _expected(setting: IndicatorSetting, target: Decimal | None) -> str:
    """The target as printed in a finding: the full answer for a qualitative indicator."""
    if setting.kind == "qualitative":
        return "是"
    return show_target(target, setting.comparison, setting.unit) or "—"


def _score(
    framework: Framework, setting: IndicatorSetting, measured: Measurement, target: Decimal | None
) -> tuple[bool | None, Decimal, Decimal, list[Finding]]:
    if setting.kind == "qualitative":
        coefficient = measured.coefficient or ZERO
        score = RULES["tiers"](
            RuleInput(
                value=None,
                target=None,
                comparison=None,
                weight=setting.weight,
                coefficient=coefficient,
            )
        )
        return coefficient == 1, score, ZERO, []
    if measured.status is Status.UNBUDGETED or measured.value is None:
        return False, ZERO, ZERO, []
    met = None
    if target is not None and setting.comparison is not None:
        # A rule scoring |value| (a budget cut is an adjustment too) judges |value|.
        judged = abs(measured.value) if setting.params.get("absolute") else measured.value
        met = is_met(judged, target, setting.comparison)
    elif setting.rule in RULES_NEEDING_TARGET:
        return (
            None,
            ZERO,
            ZERO,
            [make_finding("target-missing", setting.location, indicator=setting.name)],
        )
    blank = (
        []
        if target is not None
        else [make_finding("target-blank", setting.location, indicator=setting.name)]
    )
    rule_input = RuleInput(
        value=measured.value,
        target=target,
        comparison=setting.comparison,
        weight=setting.weight,
        params=dict(setting.params),
    )
    score = RULES[setting.rule](rule_input)
    deduction, findings = overshoot_deduction(framework, setting, measured.value, target, score)
    return met, score - deduction, deduction, blank + findings

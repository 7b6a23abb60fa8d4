"""The evaluation: what the engine computes from a submission and a framework.

Frozen records only; nothing here reads or writes files. Every front end (terminal,
JSON, workbook, report, web) renders an :class:`Evaluation` in its own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from enum import StrEnum

from jixiao.core.findings import Finding
from jixiao.core.framework import IndicatorKind
from jixiao.core.framework import NaPolicy
from jixiao.core.submission import Comparison
from jixiao.core.submission import Project
from jixiao.core.submission import Submission


class Status(StrEnum):
    """Whether an indicator could be evaluated."""

    OK = "ok"
    NA = "na"  # 不适用: zero denominator, or the unit answered 不涉及
    MISSING = "missing"  # inputs or target missing: scored 0 and reported
    UNBUDGETED = "unbudgeted"  # spending without a budget: no rate, a missed control


#: The statuses that are scored against a target (the others are 不适用 or not filled).
SCORED = frozenset({Status.OK, Status.UNBUDGETED})


class Origin(StrEnum):
    """Where an indicator comes from."""

    FRAMEWORK = "framework"  # one of the framework's common indicators
    UNIT = "unit"  # a 个性指标 the unit set itself
    MISSING = "missing"  # a 一级指标 group the unit left without its own indicators


@dataclass(frozen=True, slots=True, kw_only=True)
class InputValue:
    """One input that went into an indicator, for the report's "inputs, formula, value"."""

    label: str
    value: Decimal | None
    unit: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Measurement:
    """What was measured for one indicator, before it is scored: its value (or answer
    coefficient) as printed, whether it could be measured, and what was found doing so."""

    value: Decimal | None = None
    display: str = ""
    status: Status = Status.OK
    na_reason: str = ""
    coefficient: Decimal | None = None  # a qualitative answer's share of the weight
    inputs: tuple[InputValue, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class IndicatorSetting:
    """What the framework and the unit set for one indicator: names, weight, rule, target,
    the unit's 偏差原因 and 改进措施, and where it is filled in."""

    code: str
    name: str
    level1: str
    level2: str
    unit: str
    kind: IndicatorKind
    weight: Decimal
    rule: str
    params: dict[str, object]
    target: Decimal | None
    comparison: Comparison | None
    default_target: Decimal | None
    cause: str
    measure: str
    formula_text: str
    location: str
    origin: Origin = Origin.FRAMEWORK


@dataclass(frozen=True, slots=True, kw_only=True)
class IndicatorResult:
    """One evaluated 三级指标.

    Attributes:
        code: framework code (unit-defined indicators get ``custom-N``).
        origin: framework indicator, the unit's own, or a group the unit left empty.
        value: computed or reported value; None when N/A or missing.
        display: the 实际完成值 as printed (``89.98%``, ``是``, ``不适用（无预算、无支出）``).
        target: the 年度指标值 used, or None.
        target_defaulted: True when the target came from the framework, not the unit.
        met: whether the target was met; None when it cannot be said.
        score: points earned, in ``[0, weight]``.
        na_reason: why the indicator is 不适用 ("" otherwise).
        inputs: the figures the formula used.
        formula_text: the formula in words.
        rule_text: the scoring rule in words.
        cause / measure: the unit's 偏差原因 and 改进措施.
        deduction: points taken off for a target set too low.
    """

    code: str
    name: str
    level1: str
    level2: str
    unit: str
    kind: IndicatorKind
    value: Decimal | None
    display: str
    target: Decimal | None
    target_defaulted: bool
    comparison: Comparison | None
    met: bool | None
    weight: Decimal
    score: Decimal
    status: Status
    na_reason: str = ""
    inputs: tuple[InputValue, ...] = ()
    formula_text: str = ""
    rule_text: str = ""
    cause: str = ""
    measure: str = ""
    deduction: Decimal = Decimal(0)
    origin: Origin = Origin.FRAMEWORK


@dataclass(frozen=True, slots=True, kw_only=True)
class BudgetRow:
    """A row of the budget block: 资金总额, 基本支出, 项目支出 (万元)."""

    key: str
    label: str
    initial: Decimal | None
    adjusted: Decimal | None
    executed: Decimal | None
    rate: Decimal | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Measure:
    """A rate the framework computes and shows without scoring it (资金到位率).

    ``value`` is None when an input is blank or the denominator is zero.
    """

    code: str
    name: str
    value: Decimal | None
    describe: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Cap:
    """A score cap that was applied."""

    indicator: str
    value: Decimal
    below: Decimal
    max_total: Decimal
    raw_total: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class Evaluation:
    """The result for one unit (or one project).

    Attributes:
        title: unit name, or project name for a project evaluation.
        framework_id / framework_name: the framework used.
        budget: the budget block rows.
        indicators: all indicators in framework order, unit-defined ones in place.
        score_sum: plain sum of indicator scores.
        total_score: the total after N/A rescaling and caps.
        grade: 优/良/中/差 (or the framework's bands).
        na_weight: weight of indicators left out under the "rescale" policy.
        cap: the cap applied, if any.
        findings: everything found, in order of discovery.
        projects: evaluations of the unit's projects.
        submission: the facts evaluated (for narrative and header fields).
        project: the project evaluated, for a project evaluation.
        measures: rates computed and shown but not scored.
        roles: role → code of the indicator playing it (from the framework).
    """

    title: str
    year: int
    framework_id: str
    framework_name: str
    kind: str
    budget: tuple[BudgetRow, ...]
    indicators: tuple[IndicatorResult, ...]
    score_sum: Decimal
    total_score: Decimal
    grade: str
    na_weight: Decimal
    na_policy: NaPolicy
    cap: Cap | None
    findings: tuple[Finding, ...]
    projects: tuple[Evaluation, ...]
    submission: Submission
    project: Project | None = None
    measures: tuple[Measure, ...] = ()
    roles: dict[str, str] = field(default_factory=dict)

    def indicator(self, code: str) -> IndicatorResult:
        """Return the result for an indicator code (KeyError if absent)."""
        for result in self.indicators:
            if result.code == code:
                return result
        raise KeyError(code)

    def by_role(self, role: str) -> IndicatorResult | None:
        """The indicator playing ``role`` (execution, adjustment, carryover), if any."""
        code = self.roles.get(role)
        return next((r for r in self.indicators if r.code == code), None) if code else None

    def all_findings(self) -> tuple[Finding, ...]:
        """The unit's findings, then each project's: what blocks the documents."""
        return (*self.findings, *(f for p in self.projects for f in p.findings))

    def by_level1(self) -> dict[str, list[IndicatorResult]]:
        """Group indicators by 一级指标, keeping framework order."""
        groups: dict[str, list[IndicatorResult]] = {}
        for result in self.indicators:
            groups.setdefault(result.level1, []).append(result)
        return groups

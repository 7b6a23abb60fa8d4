"""The submission: the facts one budget unit reports for one year, and nothing computed.

Every front end produces this document: the workbook reader, a YAML/JSON file, the web
forms. It is validated with pydantic so that errors carry field paths. Which ``facts``
keys exist is decided by the framework (``fields:`` in its YAML), not by this schema.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from typing import Literal

from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import Field
from pydantic import field_validator

from jixiao.core.findings import Finding
from jixiao.core.numbers import decimal_of_float
from jixiao.core.numbers import parse_number
from jixiao.core.numbers import range_problem

Comparison = Literal[">=", "<=", "="]
Fact = Decimal | str | None


def _float_to_decimal(value: Any) -> Any:
    """Take a float's shortest repr so 7.44 stays 7.44 (YAML and JSON give floats); read
    text as a person's figure (“1e5”, “0x10” are not one); refuse a figure no evaluation
    can hold, in Chinese (it becomes a finding at its field)."""
    if isinstance(value, str):
        parsed = parse_number(value)
        if parsed.problem or parsed.unit:
            raise ValueError(parsed.problem or f"“{value}”应只填数字，不带单位“{parsed.unit}”")
        return parsed.value
    if isinstance(value, float):
        value = decimal_of_float(value)
        if value is None:
            raise ValueError("应为有限数字")
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        problem = range_problem(Decimal(value))
        if problem:
            raise ValueError(problem)
    return value


def _fact(value: Any) -> Any:
    """A raw fact: floats as decimals; what is not a finite number stays text, for the
    number reader to report at its field (the rest of the submission stays usable)."""
    if isinstance(value, float):
        exact = decimal_of_float(value)
        return exact if exact is not None else str(value)
    return value


def _facts_to_decimal(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _fact(v) for k, v in value.items()}
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UnitInfo(_Model):
    """Header facts of the unit (基本信息)."""

    name: str = Field(min_length=1, description="部门（单位）名称")
    year: int = Field(ge=2000, le=2100, description="评价年度")
    code: str = Field("", description="单位编码")
    supervisor: str = Field("", description="主管部门")
    contact: str = Field("", description="联系人")
    phone: str = Field("", description="联系电话")
    fill_date: str = Field("", description="填报日期")
    notice: str = Field("", description="自评通知文号")
    funding_source: str = Field("", description="资金来源")


class TargetEntry(_Model):
    """The 年度指标值 of one framework indicator, with the deviation analysis."""

    target: Decimal | None = None
    comparison: Comparison | None = None
    cause: str = Field("", description="偏差原因")
    measure: str = Field("", description="改进措施")

    _decimal = field_validator("target", mode="before")(_float_to_decimal)


class CustomIndicator(_Model):
    """An indicator the unit defines itself: 个性指标 or a project's indicator."""

    level1: str
    level2: str = ""
    name: str = Field(min_length=1)
    unit: str = ""
    comparison: Comparison = ">="
    target: Decimal | None = None
    actual: Decimal | None = None
    answer: str = Field("", description="定性指标的完成情况（是/部分/否）")
    weight: Decimal | None = None
    cause: str = ""
    measure: str = ""
    location: str = Field("", description="where it was read from (sheet!row)")

    _decimals = field_validator("target", "actual", "weight", mode="before")(_float_to_decimal)


class Project(_Model):
    """One project of the unit (项目支出绩效自评表)."""

    name: str = Field(min_length=1)
    initial: Decimal | None = Field(None, description="年初预算数（万元）")
    adjusted: Decimal | None = Field(None, description="全年预算数（万元）")
    executed: Decimal | None = Field(None, description="全年执行数（万元）")
    goal: str = Field("", description="年度总体目标")
    achieved: str = Field("", description="实际完成情况")
    ex_ante_required: bool | None = Field(None, description="是否应开展事前绩效评估")
    ex_ante_done: bool | None = Field(None, description="是否已开展事前绩效评估")
    monitored: bool | None = Field(None, description="是否开展绩效监控")
    self_evaluated: bool | None = Field(None, description="是否开展绩效自评")
    results_applied: bool | None = Field(None, description="评价结果是否应用于预算安排")
    indicators: tuple[CustomIndicator, ...] = ()
    facts: dict[str, Fact] = Field(
        default_factory=dict,
        description="further facts by the project framework's field ids "
        "(资金来源 rows budget.fiscal.adjusted …, 到位资金 funds.arrived)",
    )
    location: str = ""

    _decimals = field_validator("initial", "adjusted", "executed", mode="before")(_float_to_decimal)
    _facts = field_validator("facts", mode="before")(_facts_to_decimal)


class Submission(_Model):
    """Everything one unit reports for one year.

    Attributes:
        framework: id of the indicator framework the submission is filled against.
        unit: header facts.
        facts: field id (from the framework) → number, answer text, or None (blank).
        targets: indicator code → its 年度指标值 and deviation analysis.
        individual: the unit's own indicators (履职效能, 社会效应 …).
        projects: the unit's projects; they roll up into the 绩效管理 indicators.
        narrative: section key (from the framework) → text the unit wrote.
        sources: field path → where it was read from (``预算执行!D5``), for findings.
        intake_findings: problems the reader found before evaluation.
    """

    framework: str = "bumen-zhengti"
    unit: UnitInfo
    facts: dict[str, Fact] = Field(default_factory=dict)
    targets: dict[str, TargetEntry] = Field(default_factory=dict)
    individual: tuple[CustomIndicator, ...] = ()
    projects: tuple[Project, ...] = ()
    narrative: dict[str, str] = Field(default_factory=dict)
    sources: dict[str, str] = Field(default_factory=dict)
    intake_findings: tuple[Finding, ...] = ()

    _facts = field_validator("facts", mode="before")(_facts_to_decimal)

    def where(self, path: str) -> str:
        """Return where ``path`` was read from, or the path itself."""
        return self.sources.get(path, path)

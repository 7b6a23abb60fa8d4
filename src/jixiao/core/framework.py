"""Indicator frameworks as data: the schema of a framework file and its validation.

A framework (``frameworks/*.yaml``) names its input fields, its 一级/二级/三级 indicators
with weights, formulas and scoring rules (by name, from the registries in
:mod:`jixiao.core.formulas` and :mod:`jixiao.core.scoring`), its N/A policy, score caps,
grade bands and the layout of its 自评表. Reading the file is the caller's job; this
module only validates the parsed mapping, so a broken framework is refused with a
clear Chinese message before any unit is evaluated.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from typing import Literal

from pydantic import BaseModel
from pydantic import ConfigDict
from pydantic import Field
from pydantic import ValidationError
from pydantic import field_validator
from pydantic import model_validator

from jixiao.core.formulas import ANSWER
from jixiao.core.formulas import FORMULA_ARGS
from jixiao.core.formulas import FORMULAS
from jixiao.core.messages import error_path
from jixiao.core.messages import error_text
from jixiao.core.scoring import RULES
from jixiao.core.scoring import RULES_NEEDING_TARGET
from jixiao.core.submission import Comparison

FieldKind = Literal["amount", "count", "percent", "choice", "text"]
#: What an indicator stands for beyond its own row: the 自评表 资金总额 row takes the
#: execution rate's 分值 and 得分; summaries and the dashboard compare units by all three.
Role = Literal["execution", "adjustment", "carryover"]
IndicatorKind = Literal["quantitative", "qualitative"]
NaPolicy = Literal["full_marks", "rescale"]
ROLE_NAMES: dict[str, str] = {
    "execution": "预算执行率",
    "adjustment": "预算调整率",
    "carryover": "结转结余率",
}


class FrameworkError(ValueError):
    """A framework file that cannot be used; the message is Chinese and complete."""


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldSpec(_Spec):
    """One input the unit fills in (a row of the workbook template)."""

    id: str
    label: str
    sheet: str
    unit: str = ""
    kind: FieldKind = "amount"
    note: str = Field("", description="what to enter and where it comes from")
    required: bool = True
    example: Decimal | str | None = None
    choices: list[str] = Field(default_factory=list, description="closed answers, for kind choice")
    rollup: str | None = Field(
        None, description="derive from projects: 'projects' counts them, else a Project flag"
    )
    rollup_add: int = Field(0, description="added to the roll-up (部门整体 itself)")


class RuleSpec(_Spec):
    """A scoring rule by name, with its parameters."""

    name: str
    params: dict[str, Any] = Field(default_factory=dict)


class IndicatorSpec(_Spec):
    """A 三级指标 of the framework."""

    code: str
    name: str
    level1: str
    level2: str
    weight: Decimal = Field(gt=0)
    unit: str = "%"
    kind: IndicatorKind = "quantitative"
    formula: str
    args: dict[str, str | list[str]] = Field(default_factory=dict)
    describe: str = Field("", description="the formula in words, for the report")
    comparison: Comparison | None = None
    default_target: Decimal | None = None
    rule: RuleSpec
    na_if_all_zero: list[str] = Field(default_factory=list)
    na_reason: str = "无预算、无支出"
    stated: str | None = Field(None, description="field with a stated rate when counts are missing")
    sample: str | None = Field(None, description="field with the survey sample size")
    rollup: str | None = Field(None, description="project flag pair that feeds the counts")
    role: Role | None = Field(None, description="what the indicator stands for (execution …)")

    @field_validator("rule", mode="before")
    @classmethod
    def _rule_by_name(cls, value: Any) -> Any:
        return {"name": value} if isinstance(value, str) else value


class GroupSpec(_Spec):
    """A block filled with the unit's own indicators (个性指标).

    Without ``members`` the block is one 一级指标 and its rows carry that name. With
    ``members`` the block's weight is spread freely over rows of several 一级指标 (a
    provincial project layout gives 产出、效益、满意度 90 points together).
    """

    level1: str
    weight: Decimal = Field(gt=0)
    note: str = ""
    members: list[str] = Field(default_factory=list)

    @property
    def accepts(self) -> list[str]:
        """The 一级指标 names a row of this block may carry."""
        return list(self.members) or [self.level1]


class MeasureSpec(_Spec):
    """A rate computed and shown but not scored (项目预算调整率, 资金到位率)."""

    code: str
    name: str
    formula: str
    args: dict[str, str] = Field(default_factory=dict)
    describe: str = ""


class CapSpec(_Spec):
    """Total score at most ``max_total`` when an indicator's value is below ``below``."""

    indicator: str
    below: Decimal
    max_total: Decimal


class OvershootSpec(_Spec):
    """Deduct ``deduct`` × weight when an actual exceeds its target by ``threshold``%."""

    threshold: Decimal
    deduct: Decimal = Field(ge=0, le=1)


class CheckSpec(_Spec):
    """A consistency check on facts: parts add up to a total, or a value stays under a limit."""

    kind: Literal["sum", "not_above"]
    total: str
    parts: list[str] = Field(default_factory=list)


class GradeSpec(_Spec):
    """A grade band: the lowest score that earns ``name``."""

    name: str
    min: Decimal


class ColumnSpec(_Spec):
    """A column of the 自评表 indicator block."""

    key: Literal[
        "level1",
        "level2",
        "name",
        "unit",
        "comparison",
        "target",
        "value",
        "weight",
        "score",
        "deviation",
        "met",
    ]
    header: str
    width: int = 12


class LayoutSpec(_Spec):
    """The 自评表 layout: title, columns of the indicator block, notes printed below."""

    title: str
    columns: list[ColumnSpec]
    notes: list[str] = Field(default_factory=list)


class BudgetRowSpec(_Spec):
    """A row of the budget block; its fields are ``budget.<key>.initial|adjusted|executed``."""

    key: str
    label: str


class SectionSpec(_Spec):
    """A narrative section the unit writes (文字材料)."""

    key: str
    label: str
    note: str = ""
    required: bool = True


class Framework(_Spec):
    """A whole indicator framework (部门整体 or 项目支出)."""

    id: str
    name: str
    kind: Literal["department", "project"] = "department"
    note: str = ""
    total: Decimal = Decimal(100)
    grades: list[GradeSpec]
    na_policy: NaPolicy = "full_marks"
    choices: dict[str, Decimal | None] = Field(
        default_factory=lambda: {
            "是": Decimal(1),
            "部分": Decimal("0.7"),
            "否": Decimal(0),
            "不涉及": None,
        }
    )
    sheets: list[str] = Field(default_factory=list)
    fields: list[FieldSpec] = Field(default_factory=list)
    indicators: list[IndicatorSpec] = Field(default_factory=list)
    individual: list[GroupSpec] = Field(default_factory=list)
    measures: list[MeasureSpec] = Field(default_factory=list)
    caps: list[CapSpec] = Field(default_factory=list)
    overshoot: OvershootSpec | None = None
    checks: list[CheckSpec] = Field(default_factory=list)
    narrative: list[SectionSpec] = Field(default_factory=list)
    layout: LayoutSpec
    budget_rows: list[BudgetRowSpec] = Field(
        default_factory=lambda: [
            BudgetRowSpec(key="total", label="资金总额"),
            BudgetRowSpec(key="basic", label="其中：基本支出"),
            BudgetRowSpec(key="project", label="　　　项目支出"),
        ]
    )
    level1_order: list[str] = Field(default_factory=list)
    project_framework: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Framework:
        problems = [*_weight_problems(self), *_reference_problems(self)]
        if problems:
            raise ValueError("；".join(problems))
        return self

    def field(self, field_id: str) -> FieldSpec:
        """Return the field spec with this id (KeyError if unknown)."""
        for spec in self.fields:
            if spec.id == field_id:
                return spec
        raise KeyError(field_id)

    def roles(self) -> dict[str, str]:
        """Role → the code of the indicator that plays it."""
        return {spec.role: spec.code for spec in self.indicators if spec.role is not None}

    def indicator(self, code: str) -> IndicatorSpec:
        """Return the indicator spec with this code (KeyError if unknown)."""
        for spec in self.indicators:
            if spec.code == code:
                return spec
        raise KeyError(code)

    def individual_names(self) -> list[str]:
        """The 一级指标 names the unit's own rows may carry, in block order."""
        return [name for group in self.individual for name in group.accepts]

    def level1_names(self) -> list[str]:
        """一级指标 in table order: ``level1_order`` first, then order of appearance."""
        names = list(self.level1_order)
        for name in [i.level1 for i in self.indicators] + self.individual_names():
            if name not in names:
                names.append(name)
        return names

    def grade(self, score: Decimal) -> str:
        """Return the grade band a total score falls in."""
        for band in sorted(self.grades, key=lambda g: g.min, reverse=True):
            if score >= band.min:
                return band.name
        return self.grades[-1].name


def _weight_problems(framework: Framework) -> list[str]:
    weights = sum((i.weight for i in framework.indicators), Decimal(0))
    weights += sum((g.weight for g in framework.individual), Decimal(0))
    if weights != framework.total:
        return [f"各指标权重合计为 {weights}，应为 {framework.total}"]
    return []


def _reference_problems(framework: Framework) -> list[str]:
    known = {f.id for f in framework.fields}
    codes = [spec.code for spec in framework.indicators]
    problems = [f"指标代码 {c} 重复" for c in sorted(set(codes)) if codes.count(c) > 1]
    for spec in framework.indicators:
        problems.extend(_indicator_problems(spec, known))
    for measure in framework.measures:
        problems.extend(_measure_problems(measure, known))
    problems.extend(_role_problems(framework))
    problems.extend(
        f"总分上限规则引用了未知指标“{cap.indicator}”"
        for cap in framework.caps
        if cap.indicator not in codes
    )
    problems.extend(
        f"校验规则引用了未定义的填报项“{name}”"
        for check in framework.checks
        for name in [check.total, *check.parts]
        if name not in known
    )
    return problems


def _indicator_problems(spec: IndicatorSpec, known: set[str]) -> list[str]:
    where = f"指标“{spec.name}”"
    problems: list[str] = []
    if spec.formula not in FORMULAS and spec.formula != ANSWER:
        problems.append(f"{where}使用了未知的计算公式“{spec.formula}”")
    elif set(spec.args) != FORMULA_ARGS[spec.formula]:
        expected = "、".join(sorted(FORMULA_ARGS[spec.formula]))
        problems.append(f"{where}的公式“{spec.formula}”需要参数：{expected}")
    if spec.rule.name not in RULES:
        problems.append(f"{where}使用了未知的评分规则“{spec.rule.name}”")
    if spec.rule.name in RULES_NEEDING_TARGET and spec.comparison is None:
        problems.append(f"{where}的评分规则需要比较方式（comparison）")
    problems.extend(
        f"{where}引用了未定义的填报项“{name}”"
        for name in _referenced_fields(spec)
        if name not in known
    )
    return problems


def _role_problems(framework: Framework) -> list[str]:
    roles = [spec.role for spec in framework.indicators if spec.role is not None]
    problems = [
        f"角色“{ROLE_NAMES[r]}”（role: {r}）由多个指标承担"
        for r in sorted(set(roles))
        if roles.count(r) > 1
    ]
    if any(row.key == "total" for row in framework.budget_rows) and "execution" not in roles:
        problems.append(
            "缺少承担预算执行率的指标（role: execution）：自评表“资金总额”行的分值和得分由它给出"
        )
    return problems


def _measure_problems(spec: MeasureSpec, known: set[str]) -> list[str]:
    where = f"测算项“{spec.name}”"
    if spec.formula not in FORMULAS:
        return [f"{where}使用了未知的计算公式“{spec.formula}”"]
    if set(spec.args) != FORMULA_ARGS[spec.formula]:
        expected = "、".join(sorted(FORMULA_ARGS[spec.formula]))
        return [f"{where}的公式“{spec.formula}”需要参数：{expected}"]
    return [
        f"{where}引用了未定义的填报项“{name}”" for name in spec.args.values() if name not in known
    ]


def _referenced_fields(spec: IndicatorSpec) -> list[str]:
    names: list[str] = []
    for value in spec.args.values():
        names.extend([value] if isinstance(value, str) else value)
    names.extend(spec.na_if_all_zero)
    names.extend(n for n in (spec.stated, spec.sample) if n)
    return names


def parse_framework(data: Any, origin: str = "指标体系") -> Framework:
    """Validate a parsed framework mapping, or raise FrameworkError in Chinese."""
    if not isinstance(data, dict):
        raise FrameworkError(
            f"{origin}无法使用：内容应为键值结构（YAML 映射），实际为空或不是映射。"
        )
    try:
        return Framework.model_validate(data)
    except ValidationError as error:
        details = "；".join(_describe(e) for e in error.errors())
        raise FrameworkError(f"{origin}无法使用：{details}") from None


def _describe(error: Any) -> str:
    place = error_path(error["loc"])
    return f"{place}：{error_text(error)}" if place else error_text(error)

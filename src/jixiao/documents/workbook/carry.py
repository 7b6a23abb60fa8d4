"""Next year's template from last year's submission (``jixiao template --from``).

Carried forward: unit header, targets, qualitative answers, the unit's own indicators
and each project's name and indicators (targets kept, actuals and deviation texts
cleared), last year's 三公经费 spending as this year's "上年支出", and a summary of
last year's result and findings as the starting text of the ``previous`` section.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from jixiao.core.evaluate import evaluate
from jixiao.core.findings import Finding
from jixiao.core.findings import Severity
from jixiao.core.framework import Framework
from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import parse_number
from jixiao.core.submission import CustomIndicator
from jixiao.core.submission import Fact
from jixiao.core.submission import Project
from jixiao.core.submission import Submission
from jixiao.core.submission import TargetEntry
from jixiao.documents.loading import load_submission
from jixiao.documents.workbook.template import write_template

SANGONG_ACTUAL = "costs.sangong.actual"
SANGONG_LAST_YEAR = "costs.sangong.last_year"
PREVIOUS_SECTION = "previous"
#: At most this many of last year's findings go into the starting text.
MAX_SUMMARY_FINDINGS = 10


@dataclass(frozen=True, slots=True)
class TemplateResult:
    """Outcome of making a template: whether it was written, and findings on last year's file."""

    written: bool
    findings: list[Finding] = field(default_factory=list)


def make_template(
    framework: Framework, out: Path, *, examples: bool = True, previous: Path | None = None
) -> TemplateResult:
    """Write a template, seeded from last year's filled file when ``previous`` is given."""
    if previous is None:
        write_template(framework, out, examples=examples)
        return TemplateResult(written=True)
    last_year, findings = load_submission(previous, framework)
    if last_year is None:
        return TemplateResult(written=False, findings=findings)
    seed = carry_forward(last_year, framework, previous_summary(last_year, framework))
    write_template(framework, out, submission=seed, examples=examples)
    return TemplateResult(written=True, findings=findings)


def carry_forward(last_year: Submission, framework: Framework, summary: str) -> Submission:
    """This year's starting submission from last year's."""
    unit = last_year.unit.model_copy(
        update={"year": min(last_year.unit.year + 1, 2100), "fill_date": "", "notice": ""}
    )
    return Submission(
        framework=framework.id,
        unit=unit,
        facts=_carried_facts(last_year, framework),
        targets={
            code: TargetEntry(target=entry.target, comparison=entry.comparison)
            for code, entry in last_year.targets.items()
            if entry.target is not None or entry.comparison is not None
        },
        individual=tuple(_cleared(row) for row in last_year.individual),
        projects=tuple(
            Project(name=project.name, indicators=tuple(_cleared(i) for i in project.indicators))
            for project in last_year.projects
        ),
        narrative={PREVIOUS_SECTION: summary},
    )


def _carried_facts(last_year: Submission, framework: Framework) -> dict[str, Fact]:
    facts: dict[str, Fact] = {
        spec.id: last_year.facts[spec.id]
        for spec in framework.fields
        if spec.kind == "choice" and last_year.facts.get(spec.id) not in (None, "")
    }
    spent = parse_number(last_year.facts.get(SANGONG_ACTUAL)).value
    if spent is not None and any(f.id == SANGONG_LAST_YEAR for f in framework.fields):
        facts[SANGONG_LAST_YEAR] = spent
    return facts


def _cleared(row: CustomIndicator) -> CustomIndicator:
    """An indicator with its target kept and last year's results removed."""
    return row.model_copy(
        update={"actual": None, "answer": "", "cause": "", "measure": "", "location": ""}
    )


def previous_summary(last_year: Submission, framework: Framework) -> str:
    """Last year's score, grade, findings and stated measures, as a starting text."""
    result = evaluate(last_year, framework)
    lines = [
        f"上年度（{last_year.unit.year}年度）自评得分 {fmt_decimal(result.total_score)} 分，"
        f"等级为“{result.grade}”。"
    ]
    problems = list(
        dict.fromkeys(
            f.message for f in result.findings if f.severity in (Severity.ERROR, Severity.WARNING)
        )
    )[:MAX_SUMMARY_FINDINGS]
    if problems:
        lines.append("上年度自评发现的主要问题：")
        lines.extend(f"{i}. {message}" for i, message in enumerate(problems, start=1))
    else:
        lines.append("上年度自评未发现需要整改的问题。")
    measures = last_year.narrative.get("measures", "").strip()
    if measures:
        lines.append(f"上年度提出的改进措施：{measures}")
    lines.append("（以上内容由上年度填报表自动带入，请补充问题整改和评价结果应用情况。）")
    return "\n".join(lines)

"""The report template's context: a plain dict of strings, lists and dicts.

Every sentence is made here, from the evaluation; the template only loops and tests.
:data:`CONTEXT_VARIABLES` is the documented contract (docs/report-template.md): a
replacement template may use these names and no others.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.core.framework import Framework
from jixiao.core.model import BudgetRow
from jixiao.core.model import Evaluation
from jixiao.core.model import IndicatorResult
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_decimal
from jixiao.documents.report.indicators import indicator_paragraphs
from jixiao.documents.report.indicators import show_points
from jixiao.documents.report.indicators import tidy
from jixiao.documents.report.summary import budget_text
from jixiao.documents.report.summary import total_paragraphs
from jixiao.documents.report.summary import work_paragraphs

#: How an empty narrative section is written; the writer gives it the 未填写 style.
MISSING = "（未填写）"
#: Anchors replaced by python-docx tables after rendering.
INDICATOR_TABLE_MARK = "〔附表：指标得分表〕"
PROJECT_TABLE_MARK = "〔附表：项目得分表〕"

#: Every top-level variable a template may use, with its meaning (docs/report-template.md).
CONTEXT_VARIABLES: dict[str, str] = {
    "title": "报告标题，如“2023年度××部门整体绩效自评报告”",
    "draft": "是否草稿（真/假）；草稿时标题后加“（草稿）”，页眉印“草稿”",
    "unit_name": "部门（单位）名称",
    "year": "评价年度，如“2023”",
    "overview": "基本情况段落列表（单位填写的“部门职能及基本情况”）",
    "budget_text": "预算及执行情况句，由预算数据生成，含资金来源",
    "basis": "自评依据句（含自评通知文号）；未填文号时为空字符串",
    "team": "自评小组段落列表（单位填写）",
    "scope": "自评范围句",
    "content": "自评内容句（由指标体系的一级、二级指标生成）",
    "work": "自评工作开展情况段落列表（由评价结果生成）",
    "goal": "年度总体目标段落列表（单位填写，首段以“年度总体目标：”开头）",
    "achieved": "年度总体目标完成情况段落列表（单位填写，首段以“实际完成情况：”开头）",
    "level1_groups": "一级指标分析列表，每项含 number、name、heading、intro、sections",
    "total_heading": "总分小节标题，如“（七）自评得分及等级”",
    "total": "总分、等级、不适用指标处理、总分上限及分值来源说明的段落列表",
    "total_score": "自评总分，如“57.30”",
    "grade": "等级（优/良/中/差）",
    "previous": "上年度结果应用情况段落列表（单位填写）",
    "results": "主要成效段落列表（单位填写）",
    "problems": "存在的问题和原因段落列表（单位填写）",
    "measures": "下一步改进措施段落列表（单位填写）",
    "budget_link": "拟与预算安排相结合情况段落列表（单位填写）",
    "table_title": "附表标题，如“2023年度部门整体绩效自评指标得分表”",
    "indicator_table": "指标得分表的位置标记：所在段落在渲染后被替换为表格",
    "projects": "项目自评结果列表，每项含 name、adjusted、executed、rate、score、grade",
    "project_table": "项目得分表的位置标记：所在段落在渲染后被替换为表格",
    "framework_name": "所用指标体系名称",
}

_DIGITS = "零一二三四五六七八九"


def chinese_number(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (for 一、 and （一） headings, 1–99)."""
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[ones] if ones else ''}"


def paragraphs(text: str) -> list[str]:
    """Split a unit's text into paragraphs; drop spaces a folded line left between CJK."""
    lines = (tidy(line) for line in text.splitlines())
    return [line for line in lines if line]


def narrative(evaluation: Evaluation, key: str, prefix: str = "") -> list[str]:
    """A narrative section as paragraphs, or ``[MISSING]`` — never invented text."""
    found = paragraphs(evaluation.submission.narrative.get(key, ""))
    if not found:
        return [f"{prefix}{MISSING}"]
    found[0] = f"{prefix}{found[0]}"
    return found


def report_title(evaluation: Evaluation) -> str:
    """``2023年度<单位>部门整体绩效自评报告`` (项目支出 for a project evaluation)."""
    return f"{evaluation.year}年度{evaluation.title}{_kind(evaluation)}绩效自评报告"


def _kind(evaluation: Evaluation) -> str:
    return "项目支出" if evaluation.kind == "project" else "部门整体"


def build_context(evaluation: Evaluation, framework: Framework, *, draft: bool) -> dict[str, Any]:
    """The template context for one evaluation."""
    unit = evaluation.submission.unit
    groups = level1_groups(evaluation, framework)
    context: dict[str, Any] = {
        "title": report_title(evaluation),
        "draft": draft,
        "unit_name": evaluation.title,
        "year": str(evaluation.year),
        "overview": narrative(evaluation, "overview"),
        "budget_text": budget_text(evaluation),
        "basis": _basis(evaluation, unit.notice),
        "team": narrative(evaluation, "team"),
        "scope": f"对本部门{evaluation.year}年度整体绩效情况开展自评。",
        "content": _content(framework),
        "work": work_paragraphs(evaluation, framework),
        "goal": narrative(evaluation, "goal", "年度总体目标："),
        "achieved": narrative(evaluation, "achieved", "实际完成情况："),
        "level1_groups": groups,
        "total_heading": f"（{chinese_number(len(groups) + 1)}）自评得分及等级",
        "total": total_paragraphs(evaluation, framework),
        "total_score": fmt_decimal(evaluation.total_score),
        "grade": evaluation.grade,
        "table_title": f"{evaluation.year}年度{_kind(evaluation)}绩效自评指标得分表",
        "indicator_table": INDICATOR_TABLE_MARK,
        "projects": [_project(p) for p in evaluation.projects],
        "project_table": PROJECT_TABLE_MARK,
        "framework_name": framework.name,
    }
    for key in ("previous", "results", "problems", "measures", "budget_link"):
        context[key] = narrative(evaluation, key)
    return context


def _basis(evaluation: Evaluation, notice: str) -> str:
    if not notice.strip():
        return ""
    return (
        f"根据{notice.strip()}文件要求，{evaluation.title}开展{evaluation.year}年度"
        "部门整体绩效自评，具体开展情况如下："
    )


def _content(framework: Framework) -> str:
    names = "、".join(framework.level1_names())
    return (
        f"依据《{framework.name}》，从{names}等方面，对部门整体支出绩效目标的完成情况逐项进行评价。"
    )


def level1_groups(evaluation: Evaluation, framework: Framework) -> list[dict[str, Any]]:
    """One entry per 一级指标: heading, intro and its 二级 sections."""
    groups: list[dict[str, Any]] = []
    facts = evaluation.submission.facts
    samples = {
        spec.code: facts[spec.sample]
        for spec in framework.indicators
        if spec.sample and isinstance(facts.get(spec.sample), Decimal)
    }
    for number, (name, results) in enumerate(evaluation.by_level1().items(), start=1):
        sections = _sections(results, framework, evaluation.year, samples)
        groups.append(
            {
                "number": chinese_number(number),
                "name": name,
                "heading": f"（{chinese_number(number)}）{name}指标完成情况",
                "intro": _intro(name, results, sections),
                "sections": sections,
            }
        )
    return groups


def _intro(name: str, results: list[IndicatorResult], sections: list[dict[str, Any]]) -> str:
    weight = sum((r.weight for r in results), ZERO)
    score = sum((r.score for r in results), ZERO)
    aspects = "、".join(s["name"] for s in sections)
    return (
        f"{name}指标分值{show_points(weight)}分，得{show_points(score)}分。"
        f"以下从{aspects}等方面对{name}指标完成情况进行分析。"
    )


def _sections(
    results: list[IndicatorResult], framework: Framework, year: int, samples: dict[str, Any]
) -> list[dict[str, Any]]:
    by_level2: dict[str, list[IndicatorResult]] = {}
    for result in results:
        by_level2.setdefault(result.level2 or "个性指标", []).append(result)
    sections: list[dict[str, Any]] = []
    for number, (name, members) in enumerate(by_level2.items(), start=1):
        suffix = "分析" if name.endswith("指标") else "指标分析"
        items = [
            {
                "number": str(index),
                "name": member.name,
                "heading": f"（{index}）{member.name}",
                "paragraphs": indicator_paragraphs(
                    member, framework, year, samples.get(member.code)
                ),
                "status": member.status.value,
            }
            for index, member in enumerate(members, start=1)
        ]
        sections.append(
            {
                "number": str(number),
                "name": name,
                "heading": f"{number}.{name}{suffix}",
                "indicators": items,
            }
        )
    return sections


def _project(project: Evaluation) -> dict[str, str]:
    total = _total_row(project.budget)
    return {
        "name": project.title,
        "adjusted": fmt_decimal(total.adjusted) if total and total.adjusted is not None else "",
        "executed": fmt_decimal(total.executed) if total and total.executed is not None else "",
        "rate": f"{fmt_decimal(total.rate)}%" if total and total.rate is not None else "",
        "score": fmt_decimal(project.total_score),
        "grade": project.grade,
    }


def _total_row(rows: tuple[BudgetRow, ...]) -> BudgetRow | None:
    return next((row for row in rows if row.key == "total"), rows[0] if rows else None)

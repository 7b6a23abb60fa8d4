"""The sections of the web form, generated from the framework, mirroring the workbook.

Each section reads its initial values from a stored document and writes cleaned form
values back into a copy of it. Field names are flat strings (``facts:budget.total.initial``,
``targets:carryover_rate:target``, ``individual:0:name``) so one generic form can carry them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from typing import Literal

from jixiao.core.framework import Framework
from jixiao.documents.workbook.layout import PROJECT_FACT_COLUMNS

SectionKind = Literal["info", "facts", "targets", "projects", "narrative"]

INFO_FIELDS: dict[str, str] = {
    "name": "部门（单位）名称",
    "code": "单位编码",
    "supervisor": "主管部门",
    "contact": "联系人",
    "phone": "联系电话",
    "fill_date": "填报日期",
    "notice": "自评通知文号",
    "funding_source": "资金来源",
}
TARGET_PARTS: dict[str, str] = {"target": "年度指标值", "cause": "偏差原因", "measure": "改进措施"}
ROW_PARTS: dict[str, str] = {
    "level1": "一级指标",
    "level2": "二级指标",
    "name": "三级指标（个性指标）",
    "unit": "计量单位",
    "comparison": "比较",
    "target": "年度指标值",
    "actual": "实际完成值",
    "cause": "偏差原因",
    "measure": "改进措施",
}
PROJECT_PARTS: dict[str, str] = {
    "name": "项目名称",
    "initial": "年初预算数（万元）",
    "adjusted": "全年预算数（万元）",
    "executed": "全年执行数（万元）",
    "goal": "年度总体目标",
    "achieved": "实际完成情况",
    "ex_ante_required": "应开展事前绩效评估",
    "ex_ante_done": "已开展事前绩效评估",
    "monitored": "开展绩效监控",
    "self_evaluated": "开展绩效自评",
    "results_applied": "结果应用于预算",
}
INDICATOR_PARTS: dict[str, str] = {
    "level1": "一级指标",
    "level2": "二级指标",
    "name": "三级指标",
    "unit": "计量单位",
    "comparison": "比较",
    "target": "年度指标值",
    "actual": "实际完成值",
    "answer": "完成情况（定性指标）",
    "weight": "分值",
    "cause": "偏差原因",
    "measure": "改进措施",
}
#: A project's further amounts (资金来源 rows, 到位资金), kept in ``project["facts"]``; the
#: same columns as the 填报模板's 项目 sheet.
PROJECT_FACT_PARTS: dict[str, str] = {c.key: c.header for c in PROJECT_FACT_COLUMNS}
NUMBER_PARTS = {"target", "actual", "initial", "adjusted", "executed", "weight"}
FLAG_PARTS = {"ex_ante_required", "ex_ante_done", "monitored", "self_evaluated", "results_applied"}
#: Parts that are picked from a list; a row with only these set still counts as blank.
CHOICE_PARTS = {"level1", "comparison", "answer", *FLAG_PARTS}
EXTRA_ROWS = 3
#: Blank projects offered below the stored ones, and blank indicator rows per project.
EXTRA_PROJECTS = 1
EXTRA_INDICATORS = 3
DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Section:
    """One page of the form: key (URL), label, kind, and the workbook sheet for facts."""

    key: str
    label: str
    kind: SectionKind
    sheet: str = ""


def sections(framework: Framework) -> list[Section]:
    """The framework's sections in workbook order."""
    found = [Section("info", "基本信息", "info")]
    sheets = list(dict.fromkeys(f.sheet for f in framework.fields))
    found += [Section(f"sheet{n}", sheet, "facts", sheet) for n, sheet in enumerate(sheets, 1)]
    found.append(Section("targets", "绩效目标", "targets"))
    found.append(Section("projects", "项目", "projects"))
    found.append(Section("narrative", "文字材料", "narrative"))
    return found


def find_section(framework: Framework, key: str) -> Section | None:
    """The section with ``key``, or None."""
    return next((s for s in sections(framework) if s.key == key), None)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def initial_values(framework: Framework, section: Section, doc: dict[str, Any]) -> dict[str, Any]:
    """The form's initial values for ``section`` from a stored document."""
    if section.kind == "info":
        return {f"unit:{k}": _text(doc.get("unit", {}).get(k)) for k in INFO_FIELDS}
    if section.kind == "facts":
        facts = doc.get("facts", {})
        return {
            f"facts:{f.id}": _text(facts.get(f.id))
            for f in framework.fields
            if f.sheet == section.sheet
        }
    if section.kind == "narrative":
        return {
            f"narrative:{s.key}": doc.get("narrative", {}).get(s.key, "")
            for s in framework.narrative
        }
    if section.kind == "targets":
        values = {
            f"targets:{code}:{part}": _text(entry.get(part))
            for code, entry in doc.get("targets", {}).items()
            for part in TARGET_PARTS
        }
        return values | _rows_initial("individual", doc.get("individual", []), ROW_PARTS)
    return _projects_initial(doc.get("projects", []))


def _projects_initial(projects: list[dict[str, Any]]) -> dict[str, Any]:
    values = _rows_initial("projects", projects, PROJECT_PARTS)
    for n, project in enumerate(projects):
        facts = project.get("facts") or {}
        values |= {f"projects:{n}:{key}": _text(facts.get(key)) for key in PROJECT_FACT_PARTS}
    for n, project in enumerate(projects):
        values |= _rows_initial(
            f"projects:{n}:indicators", project.get("indicators", []), INDICATOR_PARTS
        )
    return values


def _rows_initial(prefix: str, rows: list[dict[str, Any]], parts: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for n, row in enumerate(rows):
        for part in parts:
            raw = row.get(part)
            values[f"{prefix}:{n}:{part}"] = _flag_text(raw) if part in FLAG_PARTS else _text(raw)
    return values


def _flag_text(value: Any) -> str:
    return {True: "是", False: "否"}.get(value, "") if isinstance(value, bool) else ""


def row_count(section: Section, doc: dict[str, Any]) -> int:
    """How many rows the section's table shows (stored rows plus blank ones)."""
    key = "individual" if section.kind == "targets" else "projects"
    return len(doc.get(key, [])) + EXTRA_ROWS


def project_shape(doc: dict[str, Any]) -> list[int]:
    """Indicator rows shown for each project of the form (stored ones, then blank ones)."""
    stored = [len(p.get("indicators", [])) + EXTRA_INDICATORS for p in doc.get("projects", [])]
    return stored + [EXTRA_INDICATORS] * EXTRA_PROJECTS


def project_name(doc: dict[str, Any], n: int) -> str:
    """The stored name of project ``n`` ('' for a blank one)."""
    projects = doc.get("projects", [])
    return str(projects[n].get("name") or "") if n < len(projects) else ""


def indicator_name(doc: dict[str, Any], n: int, m: int) -> str:
    """The stored name of indicator ``m`` of project ``n`` ('' for a blank row)."""
    projects = doc.get("projects", [])
    rows = projects[n].get("indicators", []) if n < len(projects) else []
    return str(rows[m].get("name") or "") if m < len(rows) else ""


def _filled(value: Any) -> bool:
    return value not in (None, "", False)


UNNAMED_PROJECT = "已填写项目内容但未填写项目名称；如要删除该项目，请勾选“删除”。"
UNNAMED_INDICATOR = "已填写指标内容但未填写三级指标名称；如要删除该指标，请勾选“删除”。"
ORPHAN_INDICATOR = "已填写项目指标但未填写项目名称。"
NO_LEVEL1 = "请选择一级指标。"


def _has_content(data: dict[str, Any], prefix: str, parts: dict[str, str]) -> bool:
    """Whether a row holds anything typed besides its name (choices do not count)."""
    return any(
        _filled(data.get(f"{prefix}:{p}")) for p in parts if p not in CHOICE_PARTS and p != "name"
    )


def unnamed_rows(doc: dict[str, Any], data: dict[str, Any]) -> dict[str, str]:
    """Field name → problem, for project rows with content but no name (or no 一级指标).

    A row whose name is cleared is dropped on save, so a row that still holds figures
    without a name is refused rather than silently lost.
    """
    problems: dict[str, str] = {}
    for n, count in enumerate(project_shape(doc)):
        prefix = f"projects:{n}"
        if data.get(f"{prefix}:{DELETE}"):
            continue
        project_named = bool((data.get(f"{prefix}:name") or "").strip())
        if not project_named and _has_content(data, prefix, PROJECT_PARTS | PROJECT_FACT_PARTS):
            problems[f"{prefix}:name"] = UNNAMED_PROJECT
        for m in range(count):
            row = f"{prefix}:indicators:{m}"
            if data.get(f"{row}:{DELETE}"):
                continue
            if not (data.get(f"{row}:name") or "").strip():
                if _has_content(data, row, INDICATOR_PARTS):
                    problems[f"{row}:name"] = UNNAMED_INDICATOR
            elif not project_named:
                problems.setdefault(f"{prefix}:name", ORPHAN_INDICATOR)
            elif not data.get(f"{row}:level1"):
                problems[f"{row}:level1"] = NO_LEVEL1
    return problems


def _plain(value: Any) -> Any:
    """A cleaned form value as stored in the JSON document."""
    if isinstance(value, Decimal):
        return f"{value:f}"
    if value == "":
        return None
    return value


def apply_values(
    framework: Framework, section: Section, doc: dict[str, Any], data: dict[str, Any]
) -> dict[str, Any]:
    """A copy of ``doc`` with the section's cleaned form ``data`` written in."""
    new = copy.deepcopy(doc)
    if section.kind == "info":
        for key in INFO_FIELDS:
            new.setdefault("unit", {})[key] = data.get(f"unit:{key}") or ""
    elif section.kind == "facts":
        facts = new.setdefault("facts", {})
        for spec in framework.fields:
            if spec.sheet == section.sheet:
                facts[spec.id] = _plain(data.get(f"facts:{spec.id}"))
    elif section.kind == "narrative":
        for part in framework.narrative:
            new.setdefault("narrative", {})[part.key] = data.get(f"narrative:{part.key}") or ""
    elif section.kind == "targets":
        _apply_targets(framework, new, data)
    else:
        new["projects"] = _apply_projects(doc, data)
    return new


def _apply_projects(doc: dict[str, Any], data: dict[str, Any]) -> list[dict[str, Any]]:
    old_projects: list[dict[str, Any]] = doc.get("projects", [])
    projects: list[dict[str, Any]] = []
    for n, count in enumerate(project_shape(doc)):
        prefix = f"projects:{n}"
        name = data.get(f"{prefix}:name") or ""
        if data.get(f"{prefix}:{DELETE}") or not name.strip():
            continue  # 删除 ticked, or a blank name: the project is removed
        old = old_projects[n] if n < len(old_projects) else {}
        project = _row_values(prefix, PROJECT_PARTS, data, old)
        project["facts"] = _project_facts(prefix, data, old.get("facts") or {})
        old_rows: list[dict[str, Any]] = old.get("indicators", [])
        indicators: list[dict[str, Any]] = []
        for m in range(count):
            row = f"{prefix}:indicators:{m}"
            if data.get(f"{row}:{DELETE}") or not (data.get(f"{row}:name") or "").strip():
                continue
            indicators.append(
                _row_values(row, INDICATOR_PARTS, data, old_rows[m] if m < len(old_rows) else {})
            )
        project["indicators"] = indicators
        projects.append(project)
    return projects


def _project_facts(prefix: str, data: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """The project's stored facts with the form's amounts written in (a blank one removed)."""
    facts = dict(old)
    for key in PROJECT_FACT_PARTS:
        value = _plain(data.get(f"{prefix}:{key}"))
        if value is None:
            facts.pop(key, None)
        else:
            facts[key] = value
    return facts


def _row_values(
    prefix: str, parts: dict[str, str], data: dict[str, Any], old: dict[str, Any]
) -> dict[str, Any]:
    """One table row: the stored row (keeping parts the form lacks) with the form's values."""
    row = dict(old)
    for part in parts:
        raw = data.get(f"{prefix}:{part}")
        if part in FLAG_PARTS:
            row[part] = {"是": True, "否": False}.get(raw or "")
        elif part in NUMBER_PARTS:
            row[part] = _plain(raw)
        elif part == "comparison":
            row[part] = raw or ">="
        else:
            row[part] = (raw or "").strip() if part == "name" else raw or ""
    return row


def _apply_targets(framework: Framework, new: dict[str, Any], data: dict[str, Any]) -> None:
    targets = new.setdefault("targets", {})
    for spec in framework.indicators:
        entry = dict(targets.get(spec.code, {}))
        for part in TARGET_PARTS:
            value = _plain(data.get(f"targets:{spec.code}:{part}"))
            entry[part] = value if part == "target" else (value or "")
        if entry.get("target") is None and not entry.get("cause") and not entry.get("measure"):
            targets.pop(spec.code, None)
        else:
            targets[spec.code] = entry
    new["individual"] = _apply_rows("individual", new.get("individual", []), ROW_PARTS, data)


def _apply_rows(
    prefix: str, old_rows: list[dict[str, Any]], parts: dict[str, str], data: dict[str, Any]
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for n in range(len(old_rows) + EXTRA_ROWS):
        name = data.get(f"{prefix}:{n}:name") or ""
        if not name.strip():
            continue  # a blank name removes the row
        old = old_rows[n] if n < len(old_rows) else {}
        rows.append(_row_values(f"{prefix}:{n}", parts, data, old))
    return rows

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
NUMBER_PARTS = {"target", "actual", "initial", "adjusted", "executed"}
FLAG_PARTS = {"ex_ante_required", "ex_ante_done", "monitored", "self_evaluated", "results_applied"}
EXTRA_ROWS = 3


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
    return _rows_initial("projects", doc.get("projects", []), PROJECT_PARTS)


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
        for spec in framework.narrative:
            new.setdefault("narrative", {})[spec.key] = data.get(f"narrative:{spec.key}") or ""
    elif section.kind == "targets":
        _apply_targets(framework, new, data)
    else:
        new["projects"] = _apply_rows("projects", doc.get("projects", []), PROJECT_PARTS, data)
    return new


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
        row = dict(old_rows[n]) if n < len(old_rows) else {}
        for part in parts:
            raw = data.get(f"{prefix}:{n}:{part}")
            if part in FLAG_PARTS:
                row[part] = {"是": True, "否": False}.get(raw or "")
            elif part in NUMBER_PARTS:
                row[part] = _plain(raw)
            else:
                row[part] = raw or ("" if part != "comparison" else ">=")
        rows.append(row)
    return rows

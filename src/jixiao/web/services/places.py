"""Where a finding is, in the words of the form: 预算执行·资金总额·全年预算数, not a field path.

Places read from a workbook (``预算执行!C13``) are already what the clerk knows and are
kept; field paths of the document are turned into the tab and the row they are shown on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jixiao.core.framework import Framework
from jixiao.core.submission import Submission
from jixiao.web.services.sections import INDICATOR_PARTS
from jixiao.web.services.sections import PROJECT_FACT_PARTS
from jixiao.web.services.sections import PROJECT_PARTS
from jixiao.web.services.sections import ROW_PARTS
from jixiao.web.services.sections import TARGET_PARTS

UNIT_LABELS = {
    "name": "部门（单位）名称",
    "year": "评价年度",
    "supervisor": "主管部门",
    "code": "单位编码",
    "contact": "联系人",
    "phone": "联系电话",
    "fill_date": "填报日期",
    "notice": "文件依据",
    "funding_source": "资金来源",
}


def place_label(location: str, framework: Framework, submission: Submission | None) -> str:
    """The tab and row of ``location``; the location itself when it is not a field path."""
    group = _GROUP.fullmatch(location)  # individual[履职效能]: a whole 一级指标 group
    if group:
        return f"{_individual_tab(framework)}·{group.group(1)}"
    kind, _, rest = location.partition(".")
    if "!" in location or not rest or kind not in _KINDS:
        return location
    return _KINDS[kind](rest, framework, submission) or location


_GROUP = re.compile(r"individual\[(.+)\]")
_PART_LABELS = {**INDICATOR_PARTS, **PROJECT_PARTS, **ROW_PARTS, **TARGET_PARTS}


def _individual_tab(framework: Framework) -> str:
    return "项目指标" if framework.kind == "project" else "个性指标"


def _fact(rest: str, framework: Framework, _submission: Submission | None) -> str:
    labels = {spec.id: f"{spec.sheet}·{spec.label}" for spec in framework.fields}
    return labels.get(rest, "")


def _target(rest: str, framework: Framework, _submission: Submission | None) -> str:
    names = {i.code: i.name for i in framework.indicators}
    return f"绩效目标·{names[rest]}" if rest in names else ""


def _narrative(rest: str, framework: Framework, _submission: Submission | None) -> str:
    labels = {s.key: s.label for s in framework.narrative}
    return f"文字材料·{labels[rest]}" if rest in labels else ""


def _unit(rest: str, _framework: Framework, _submission: Submission | None) -> str:
    return f"基本信息·{UNIT_LABELS.get(rest, rest)}"


def _individual(rest: str, framework: Framework, submission: Submission | None) -> str:
    names = [i.name for i in submission.individual] if submission else []
    return _row_name(_individual_tab(framework), rest, names)


def _project(rest: str, _framework: Framework, submission: Submission | None) -> str:
    names = [p.name for p in submission.projects] if submission else []
    return _row_name("项目", rest, names)


def _row_name(tab: str, rest: str, names: list[str]) -> str:
    index = rest.split(".", maxsplit=1)[0]
    if index.isdigit() and int(index) < len(names):
        return f"{tab}·{names[int(index)]}"
    return ""


_KINDS: dict[str, Callable[[str, Framework, Submission | None], str]] = {
    "facts": _fact,
    "targets": _target,
    "narrative": _narrative,
    "unit": _unit,
    "individual": _individual,
    "projects": _project,
}


#: Field paths whose form field is named after them: kind → (tab, field id pattern).
_PLAIN_FIELDS = {
    "targets": ("targets", "id_targets:{}:target"),
    "narrative": ("narrative", "id_narrative:{}"),
    "unit": ("info", "id_unit:{}"),
}


def field_anchor(location: str, framework: Framework) -> tuple[str, str] | None:
    """The tab (section key) and the form field id a field path is filled in, for a link
    from a finding to its field; None for places the form has no field for."""
    kind, _, rest = location.partition(".")
    if kind == "facts":
        sheets = list(dict.fromkeys(f.sheet for f in framework.fields))
        spec = next((f for f in framework.fields if f.id == rest), None)
        return (f"sheet{sheets.index(spec.sheet) + 1}", f"id_facts:{rest}") if spec else None
    if kind in _PLAIN_FIELDS and rest:
        tab, field = _PLAIN_FIELDS[kind]
        return tab, field.format(rest.split(".")[0])
    if kind == "individual" or _GROUP.fullmatch(location):
        return "targets", ""
    return ("projects", "") if kind == "projects" else None


def change_label(path: str, framework: Framework, submission: Submission | None) -> str:
    """A changed leaf of the document in the form's words: its place, then the part of a
    row it is (绩效目标·结转结余率·年度指标值, 项目·道路养护·指标“养护里程”·实际完成值)."""
    fact = _PROJECT_FACT.fullmatch(path)
    if fact is not None:
        place = change_label(f"projects.{fact['n']}.name", framework, submission)
        project = place.rsplit("·", 1)[0]
        return f"{project}·{PROJECT_FACT_PARTS.get(fact['key'], fact['key'])}"
    row = _ROW_LEAF.fullmatch(path)
    if row is not None:
        key, n = f"{row['kind']}.{row['n']}", int(row["n"])
        place = place_label(key, framework, submission)
        if place == key:
            place = f"第{n + 1}个项目" if row["kind"] == "projects" else f"第{n + 1}行个性指标"
        inner = _indicator_name(submission, n, row["m"])
        names = (
            INDICATOR_PARTS
            if inner
            else (PROJECT_PARTS if row["kind"] == "projects" else ROW_PARTS)
        )
        return "·".join(p for p in (place, inner, names.get(row["part"], row["part"])) if p)
    label = place_label(path, framework, submission)
    if label != path:
        return label
    head, _, last = path.rpartition(".")
    if not head:
        return path
    return f"{change_label(head, framework, submission)}·{_PART_LABELS.get(last, last)}"


_PROJECT_FACT = re.compile(r"projects\.(?P<n>\d+)\.facts\.(?P<key>.+)")
_ROW_LEAF = re.compile(
    r"(?P<kind>projects|individual)\.(?P<n>\d+)(?:\.indicators\.(?P<m>\d+))?\.(?P<part>\w+)"
)


def _indicator_name(submission: Submission | None, project: int, row: str | None) -> str:
    if row is None:
        return ""
    projects = submission.projects if submission else []
    indicators = projects[project].indicators if project < len(projects) else []
    m = int(row)
    return f"指标“{indicators[m].name}”" if m < len(indicators) else f"第{m + 1}行指标"

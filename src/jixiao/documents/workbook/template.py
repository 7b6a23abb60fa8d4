"""The 填报模板 workbook, generated from a framework with XlsxWriter.

One sheet per part (in ``framework.sheets`` order) after a 填写说明 sheet; labels are
locked, input cells unlocked and validated. Example values (the framework's
``example``) fill empty input cells and, per sheet, form the defined name ``示例数据``
so a clerk can select them all from the Name Box and press Delete. A submission, when
given, is written as real values: that is how a filled example and ``--from`` work.
A very hidden sheet ``_jixiao`` carries the framework id and the template version.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from xlsxwriter.workbook import Workbook

from jixiao.core.framework import Framework
from jixiao.core.framework import FrameworkError
from jixiao.core.submission import CustomIndicator
from jixiao.core.submission import Submission
from jixiao.documents.workbook.guide import write_guide
from jixiao.documents.workbook.layout import COMPARISON_SYMBOLS
from jixiao.documents.workbook.layout import EXAMPLE_NAME
from jixiao.documents.workbook.layout import FIRST_ROW
from jixiao.documents.workbook.layout import GUIDE_SHEET
from jixiao.documents.workbook.layout import INDIVIDUAL_COLUMNS
from jixiao.documents.workbook.layout import INDIVIDUAL_TITLE
from jixiao.documents.workbook.layout import INFO_SHEET
from jixiao.documents.workbook.layout import NARRATIVE_HEADERS
from jixiao.documents.workbook.layout import NARRATIVE_SHEET
from jixiao.documents.workbook.layout import NARRATIVE_WIDTHS
from jixiao.documents.workbook.layout import PROJECT_COLUMNS
from jixiao.documents.workbook.layout import PROJECT_FACT_COLUMNS
from jixiao.documents.workbook.layout import PROJECT_INDICATOR_COLUMNS
from jixiao.documents.workbook.layout import PROJECT_INDICATOR_SHEET
from jixiao.documents.workbook.layout import PROJECT_LEVEL1_DEFAULT
from jixiao.documents.workbook.layout import PROJECT_SHEET
from jixiao.documents.workbook.layout import TARGET_COLUMNS
from jixiao.documents.workbook.layout import TARGET_SHEET
from jixiao.documents.workbook.layout import TEMPLATE_VERSION
from jixiao.documents.workbook.layout import UNIT_ROWS
from jixiao.documents.workbook.layout import UNIT_SHEET
from jixiao.documents.workbook.layout import Column
from jixiao.documents.workbook.layout import field_rows
from jixiao.documents.workbook.layout import individual_header_row
from jixiao.documents.workbook.layout import individual_title_row
from jixiao.documents.workbook.layout import narrative_rows
from jixiao.documents.workbook.layout import sheet_order
from jixiao.documents.workbook.sheets import SheetOut
from jixiao.documents.workbook.sheets import define_examples
from jixiao.documents.workbook.sheets import field_columns
from jixiao.documents.workbook.sheets import project_list_source
from jixiao.documents.workbook.sheets import protect
from jixiao.documents.workbook.sheets import start_sheet
from jixiao.documents.workbook.sheets import write_field_rows
from jixiao.documents.workbook.sheets import write_headers
from jixiao.documents.workbook.sheets import write_narrative_rows
from jixiao.documents.workbook.sheets import write_table_rows
from jixiao.documents.workbook.sheets import write_target_rows
from jixiao.documents.workbook.styles import Styles
from jixiao.frameworks import load_framework

Values = Mapping[str, object]


def write_template(
    framework: Framework,
    path: Path,
    *,
    submission: Submission | None = None,
    examples: bool = True,
) -> None:
    """Write the 填报模板 for ``framework`` to ``path`` (an .xlsx file)."""
    workbook = Workbook(str(path))
    workbook.set_properties(
        {"title": f"{framework.name}填报模板", "subject": framework.id, "created": datetime.now()}
    )
    workbook.set_custom_property("jixiao_framework", framework.id)
    workbook.set_custom_property("jixiao_template_version", TEMPLATE_VERSION)
    styles = Styles(workbook)
    guide = workbook.add_worksheet(GUIDE_SHEET)
    outs = [
        _write_sheet(workbook, styles, framework, name, submission, examples=examples)
        for name in sheet_order(framework)
    ]
    for out in outs:
        define_examples(workbook, out, EXAMPLE_NAME)
    write_guide(guide, styles, framework, [o.name for o in outs if o.examples])
    _write_info(workbook, framework)
    workbook.close()


def _write_sheet(
    workbook: Workbook,
    styles: Styles,
    framework: Framework,
    name: str,
    submission: Submission | None,
    *,
    examples: bool,
) -> SheetOut:
    if name == TARGET_SHEET:
        return _targets_sheet(workbook, styles, framework, submission)
    if name == PROJECT_SHEET:
        return _projects_sheet(workbook, styles, submission)
    if name == PROJECT_INDICATOR_SHEET:
        return _project_indicators_sheet(workbook, styles, framework, submission)
    if name == NARRATIVE_SHEET:
        return _narrative_sheet(workbook, styles, framework, submission)
    title = f"{name}（金额单位：万元）" if name != UNIT_SHEET else f"{name}（{framework.name}）"
    out = start_sheet(workbook, styles, name, title, field_columns())
    rows = field_rows(framework, name)
    write_field_rows(out, rows, _field_values(name, submission), examples=examples)
    protect(out)
    return out


def _field_values(sheet: str, submission: Submission | None) -> Values:
    if submission is None:
        return {}
    if sheet == UNIT_SHEET:
        return {row.key: getattr(submission.unit, row.key) for row in UNIT_ROWS}
    return submission.facts


def _targets_sheet(
    workbook: Workbook, styles: Styles, framework: Framework, submission: Submission | None
) -> SheetOut:
    title = "绩效目标（年度指标值；偏差原因和改进措施）"
    out = start_sheet(workbook, styles, TARGET_SHEET, title, TARGET_COLUMNS)
    write_target_rows(out, framework, _target_values(submission))
    groups = "、".join(framework.individual_names())
    heading = f"{INDIVIDUAL_TITLE}（{groups}：按批复的部门整体绩效目标逐项填报，可插入行）"
    out.sheet.write_string(individual_title_row(framework), 0, heading, styles["title"])
    header = individual_header_row(framework)
    write_headers(out.sheet, styles, header, INDIVIDUAL_COLUMNS)
    rows = [_indicator_values(r) for r in submission.individual] if submission else []
    lists = _lists(framework, framework.individual_names())
    write_table_rows(out, INDIVIDUAL_COLUMNS, header + 1, rows, lists)
    protect(out, rows_editable=True)
    return out


def _target_values(submission: Submission | None) -> dict[str, Values]:
    if submission is None:
        return {}
    return {
        code: {
            "comparison": COMPARISON_SYMBOLS.get(entry.comparison or ""),
            "target": entry.target,
            "cause": entry.cause,
            "measure": entry.measure,
        }
        for code, entry in submission.targets.items()
    }


def _indicator_values(row: CustomIndicator, project: str = "") -> Values:
    values: dict[str, object] = row.model_dump(exclude={"location"})
    values["comparison"] = COMPARISON_SYMBOLS[row.comparison]
    values["project"] = project
    return values


def _lists(framework: Framework, level1: list[str]) -> dict[str, list[str] | str]:
    return {
        "level1": level1,
        "answer": list(framework.choices),
        "project": project_list_source(FIRST_ROW),
    }


def _projects_sheet(workbook: Workbook, styles: Styles, submission: Submission | None) -> SheetOut:
    title = "项目（本年度全部预算项目，每行一个项目，可插入行；金额单位：万元）"
    columns = (*PROJECT_COLUMNS, *PROJECT_FACT_COLUMNS)
    out = start_sheet(workbook, styles, PROJECT_SHEET, title, columns)
    projects = submission.projects if submission else ()
    rows = [
        {**p.model_dump(exclude={"indicators", "location", "facts"}), **p.facts} for p in projects
    ]
    write_table_rows(out, columns, FIRST_ROW, rows, {})
    protect(out, rows_editable=True)
    return out


def _project_indicators_sheet(
    workbook: Workbook, styles: Styles, framework: Framework, submission: Submission | None
) -> SheetOut:
    title = "项目指标（按批复的项目绩效目标逐项填报；项目名称须与“项目”表一致）"
    out = start_sheet(workbook, styles, PROJECT_INDICATOR_SHEET, title, PROJECT_INDICATOR_COLUMNS)
    rows = [
        _indicator_values(indicator, project.name)
        for project in (submission.projects if submission else ())
        for indicator in project.indicators
    ]
    lists = _lists(framework, project_level1(framework))
    write_table_rows(out, PROJECT_INDICATOR_COLUMNS, FIRST_ROW, rows, lists)
    protect(out, rows_editable=True)
    return out


def project_level1(framework: Framework) -> list[str]:
    """一级指标 offered for project indicators (from the project framework)."""
    if framework.project_framework:
        try:
            groups = load_framework(framework.project_framework).individual_names()
        except FrameworkError:
            groups = []
        if groups:
            return groups
    return list(PROJECT_LEVEL1_DEFAULT)


def _narrative_sheet(
    workbook: Workbook, styles: Styles, framework: Framework, submission: Submission | None
) -> SheetOut:
    columns = [
        Column(str(i), h, w)
        for i, (h, w) in enumerate(zip(NARRATIVE_HEADERS, NARRATIVE_WIDTHS, strict=True))
    ]
    title = "文字材料（自评报告各部分的内容，请写具体内容和数据）"
    out = start_sheet(workbook, styles, NARRATIVE_SHEET, title, columns)
    write_narrative_rows(out, narrative_rows(framework), submission.narrative if submission else {})
    protect(out)
    return out


def _write_info(workbook: Workbook, framework: Framework) -> None:
    sheet: Any = workbook.add_worksheet(INFO_SHEET)
    pairs = (
        ("模板", "jixiao 填报模板"),
        ("模板版本", TEMPLATE_VERSION),
        ("指标体系", framework.id),
        ("指标体系名称", framework.name),
    )
    for row, (key, value) in enumerate(pairs):
        sheet.write(row, 0, key)
        sheet.write(row, 1, value)
    sheet.very_hidden()

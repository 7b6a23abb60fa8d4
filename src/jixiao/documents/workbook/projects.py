"""Assembling the free tables: 个性指标 (on 绩效目标), 项目 and their 项目指标."""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.core.framework import Framework
from jixiao.core.submission import CustomIndicator
from jixiao.core.submission import Project
from jixiao.documents.workbook.cells import Intake
from jixiao.documents.workbook.grid import SheetGrid
from jixiao.documents.workbook.layout import HEADER_ROW
from jixiao.documents.workbook.layout import INDIVIDUAL_COLUMNS
from jixiao.documents.workbook.layout import PROJECT_COLUMNS
from jixiao.documents.workbook.layout import PROJECT_FACT_COLUMNS
from jixiao.documents.workbook.layout import PROJECT_INDICATOR_COLUMNS
from jixiao.documents.workbook.layout import Column
from jixiao.documents.workbook.layout import individual_header_row
from jixiao.documents.workbook.tables import attach_indicators
from jixiao.documents.workbook.tables import read_facts
from jixiao.documents.workbook.tables import read_indicator
from jixiao.documents.workbook.tables import read_project
from jixiao.documents.workbook.tables import table_rows


def find_header(grid: SheetGrid, columns: Sequence[Column], expected: int) -> int:
    """Row of a free table's header: where the template put it, or where rows moved it.

    Free tables may have rows inserted above them; when no row carries the header the
    expected row is returned and the caller reports what is there instead.
    """
    headers = [c.header for c in columns]

    def matches(row: int) -> bool:
        return [grid.text(row, col) for col in range(len(columns))] == headers

    if matches(expected):
        return expected
    return next((row for row in range(grid.height) if matches(row)), expected)


def read_individual(
    grid: SheetGrid | None, framework: Framework, intake: Intake
) -> tuple[CustomIndicator, ...]:
    """The 个性指标 block under the framework indicators."""
    if grid is None:
        return ()
    header = find_header(grid, INDIVIDUAL_COLUMNS, individual_header_row(framework))
    found: list[CustomIndicator] = []
    for row in table_rows(grid, INDIVIDUAL_COLUMNS, header, intake):
        indicator = read_indicator(row, framework, intake, "个性指标")
        if indicator is not None:
            intake.sources[f"individual.{len(found)}"] = indicator.location
            found.append(indicator)
    return tuple(found)


def _optional_columns(grid: SheetGrid, header: int, columns: Sequence[Column]) -> dict[Column, int]:
    """Where each optional column's header stands in the header row (absent ones left out)."""
    width = len(grid.rows[header]) if header < grid.height else 0
    found = {grid.text(header, col): col for col in range(width)}
    return {column: found[column.header] for column in columns if column.header in found}


def read_projects(
    projects: SheetGrid | None, indicators: SheetGrid | None, framework: Framework, intake: Intake
) -> tuple[Project, ...]:
    """Projects with the indicator rows that name them."""
    if projects is None:
        return ()
    header = find_header(projects, PROJECT_COLUMNS, HEADER_ROW)
    extra = _optional_columns(projects, header, PROJECT_FACT_COLUMNS)
    found: list[Project] = []
    for row in table_rows(projects, PROJECT_COLUMNS, header, intake):
        project = read_project(row, intake, PROJECT_COLUMNS)
        if project is None:
            continue
        facts = read_facts(row, extra, project.name, intake)
        project = project.model_copy(update={"facts": facts}) if facts else project
        if any(p.name == project.name for p in found):
            detail = f"项目“{project.name}”重复填写，请合并为一行。"
            intake.add("invalid-field", project.location, detail=detail)
            continue
        intake.sources[f"projects.{len(found)}"] = project.location
        found.append(project)
    if indicators is None:
        return tuple(found)
    header = find_header(indicators, PROJECT_INDICATOR_COLUMNS, HEADER_ROW)
    rows = table_rows(indicators, PROJECT_INDICATOR_COLUMNS, header, intake)
    parsed = [read_indicator(row, framework, intake, "项目指标") for row in rows]
    return tuple(attach_indicators(found, rows, parsed, intake))

"""Reading the free tables of the template: 个性指标, 项目 and 项目指标.

A table is read from its header row down to the last row read; empty rows are skipped.
Every kept row carries its place (``项目!A5``) in ``location`` and in the sources.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from typing import TypeVar

from pydantic import ValidationError

from jixiao.core.framework import Framework
from jixiao.core.submission import CustomIndicator
from jixiao.core.submission import Project
from jixiao.documents.workbook.cells import Intake
from jixiao.documents.workbook.cells import read_choice
from jixiao.documents.workbook.cells import read_comparison
from jixiao.documents.workbook.cells import read_number
from jixiao.documents.workbook.cells import read_yes_no
from jixiao.documents.workbook.grid import SheetGrid
from jixiao.documents.workbook.layout import Column

T = TypeVar("T", CustomIndicator, Project)


@dataclass(frozen=True, slots=True)
class TableRow:
    """One non-empty row of a table: its grid, row number and column positions."""

    grid: SheetGrid
    row: int
    columns: dict[str, int]

    def text(self, key: str) -> str:
        """Trimmed text of a column."""
        return self.grid.text(self.row, self.columns[key])

    def where(self, key: str = "") -> str:
        """Place of a column's cell (of column A when no key is given)."""
        return self.grid.where(self.row, self.columns[key] if key else 0)


def table_rows(
    grid: SheetGrid, columns: Sequence[Column], header: int, intake: Intake
) -> list[TableRow]:
    """Non-empty rows under a header; none when the header itself was changed."""
    moved = False
    for col, column in enumerate(columns):
        found = grid.text(header, col)
        if found != column.header:
            where = grid.where(header, col)
            intake.add("label-moved", where, expected=column.header, found=found or "（空白）")
            moved = True
    if moved:
        return []
    positions = {column.key: col for col, column in enumerate(columns)}
    return [
        TableRow(grid, row, positions)
        for row in range(header + 1, grid.height)
        if any(grid.text(row, col) for col in range(len(columns)))
    ]


def read_indicator(
    row: TableRow, framework: Framework, intake: Intake, what: str = "指标"
) -> CustomIndicator | None:
    """A unit-defined indicator (个性指标 or project indicator) from one table row."""
    name = row.text("name")
    if not name:
        detail = f"第 {row.row + 1} 行填写了{what}内容，但未填写指标名称。"
        intake.add("invalid-field", row.where("name"), detail=detail)
        return None
    unit = row.text("unit")
    values: dict[str, Any] = {
        key: read_number(row.grid, row.row, row.columns[key], f"{name}·{header}", unit, intake)
        for key, header in (("target", "年度指标值"), ("actual", "实际完成值"), ("weight", "权重"))
    }
    values["comparison"] = (
        read_comparison(row.grid, row.row, row.columns["comparison"], f"{name}·比较方式", intake)
        or ">="
    )
    values["answer"] = read_choice(
        row.grid,
        row.row,
        row.columns["answer"],
        f"{name}·完成情况",
        list(framework.choices),
        intake,
    )
    texts = {k: row.text(k) for k in ("level1", "level2", "unit", "cause", "measure")}
    return _build(CustomIndicator, row, intake, name=name, location=row.where(), **texts, **values)


def _build(model: type[T], row: TableRow, intake: Intake, **values: Any) -> T | None:
    try:
        return model(**values)
    except ValidationError as error:
        for problem in error.errors():
            place = ".".join(str(p) for p in problem["loc"])
            detail = f"第 {row.row + 1} 行（{place}）：{problem['msg']}"
            intake.add("invalid-field", row.where(), detail=detail)
        return None


def read_project(row: TableRow, intake: Intake, columns: Sequence[Column]) -> Project | None:
    """A project (without its indicators) from one row of the 项目 sheet."""
    name = row.text("name")
    if not name:
        detail = f"第 {row.row + 1} 行填写了项目内容，但未填写项目名称。"
        intake.add("invalid-field", row.where("name"), detail=detail)
        return None
    values: dict[str, Any] = {}
    for column in columns:
        col = row.columns[column.key]
        label = f"{name}·{column.header}"
        if column.kind == "number":
            values[column.key] = read_number(row.grid, row.row, col, label, "万元", intake)
        elif column.kind == "yesno":
            values[column.key] = read_yes_no(row.grid, row.row, col, label, intake)
        else:
            values[column.key] = row.text(column.key)
    return _build(Project, row, intake, location=row.where(), **values)


def read_facts(
    row: TableRow, columns: dict[Column, int], name: str, intake: Intake
) -> dict[str, Decimal]:
    """The optional amount columns of a project's row (its 资金来源 rows, 到位资金), by field
    id; blank cells are left out."""
    facts: dict[str, Decimal] = {}
    for column, col in columns.items():
        label = f"{name}·{column.header}"
        value = read_number(row.grid, row.row, col, label, "万元", intake)
        if value is not None:
            facts[column.key] = value
    return facts


def attach_indicators(
    projects: list[Project],
    rows: Sequence[TableRow],
    indicators: Sequence[CustomIndicator | None],
    intake: Intake,
) -> list[Project]:
    """Give each project the indicator rows that name it; report rows naming no project."""
    by_name: dict[str, list[CustomIndicator]] = {p.name: [] for p in projects}
    for row, indicator in zip(rows, indicators, strict=True):
        if indicator is None:
            continue
        project = row.text("project")
        if project in by_name:
            by_name[project].append(indicator)
            continue
        detail = (
            f"项目指标第 {row.row + 1} 行的项目名称“{project}”不在“项目”表中，"
            "请填写与“项目”表完全一致的项目名称。"
            if project
            else f"项目指标第 {row.row + 1} 行未填写项目名称。"
        )
        intake.add("invalid-field", row.where("project"), detail=detail)
    return [p.model_copy(update={"indicators": tuple(by_name[p.name])}) for p in projects]

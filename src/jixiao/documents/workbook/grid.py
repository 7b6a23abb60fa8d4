"""One worksheet as a bounded grid of raw cell values, with the place of every cell.

Small sheets are read with calamine (fast); sheets whose values reach beyond
:data:`MAX_ROWS` rows or :data:`MAX_COLUMNS` columns are streamed with openpyxl in
read-only mode up to those bounds, so no file can exhaust memory. calamine returns ``''``
for a formula saved without its result; such cells are found with openpyxl, and only in
sheets whose XML contains a formula at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from datetime import time
from pathlib import Path
from typing import Any

import openpyxl
from python_calamine import CalamineSheet
from python_calamine import CalamineWorkbook

from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.documents.workbook.layout import FIRST_ROW
from jixiao.documents.workbook.layout import MAX_COLUMNS
from jixiao.documents.workbook.layout import MAX_ROWS
from jixiao.documents.workbook.layout import cell_name
from jixiao.documents.workbook.scan import SheetExtent

Rows = list[list[Any]]


@dataclass(frozen=True, slots=True)
class SheetGrid:
    """Raw values of one sheet (``''`` for empty) and the formula cells among them."""

    name: str
    rows: Rows
    formulas: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def height(self) -> int:
        """Number of rows read."""
        return len(self.rows)

    def value(self, row: int, col: int) -> Any:
        """The raw value at a cell, ``''`` outside the grid."""
        if row >= len(self.rows) or col >= len(self.rows[row]):
            return ""
        value = self.rows[row][col]
        return "" if value is None else value

    def text(self, row: int, col: int) -> str:
        """The cell as trimmed text (numbers without a needless ``.0``)."""
        return as_text(self.value(row, col))

    def where(self, row: int, col: int) -> str:
        """``sheet!C5``."""
        return cell_name(self.name, row, col)

    def error_at(self, row: int, col: int) -> str | None:
        """The error value (``#N/A``, ``#DIV/0!`` …) the cell shows, if it shows one."""
        return self.errors.get((row, col))

    def formula_blank(self, row: int, col: int) -> bool:
        """True when the cell is a formula saved without its computed value."""
        return (row, col) in self.formulas and self.value(row, col) == ""


def as_text(value: object) -> str:
    """Text of a raw cell value: dates as ISO dates, whole floats without ``.0``."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


def load_grid(
    workbook: CalamineWorkbook, path: Path, name: str, extent: SheetExtent
) -> tuple[SheetGrid, list[Finding]]:
    """Read one sheet within the bounds, reporting rows that are left unread."""
    findings: list[Finding] = []
    if extent.rows > MAX_ROWS or extent.cols > MAX_COLUMNS:
        rows = _openpyxl_rows(path, name)
        if extent.rows > MAX_ROWS:
            where = cell_name(name, MAX_ROWS, 0)
            reach = f"第 {extent.rows} 行以后" if extent.cut else f"第 {extent.rows} 行"
            findings.append(
                make_finding("rows-truncated", where, sheet=name, reach=reach, limit=MAX_ROWS)
            )
    else:
        sheet = workbook.get_sheet_by_name(name)
        rows = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS)
        findings.extend(_merged(sheet, name))
    formulas = frozenset(_typed_cells(path, name, "f")) if extent.formulas else frozenset()
    errors = _typed_cells(path, name, "e") if extent.errors else {}
    return SheetGrid(name, rows, formulas, errors), findings


def _openpyxl_rows(path: Path, name: str) -> Rows:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        cells = book[name].iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True)
        return [list(row) for row in cells]
    finally:
        book.close()


def _typed_cells(path: Path, name: str, data_type: str) -> dict[tuple[int, int], str]:
    """Cells of one openpyxl data type, with their value: formulas ("f", read as written)
    or error values ("e", read as shown; calamine reads them as blank, which they are not)."""
    book = openpyxl.load_workbook(path, read_only=True, data_only=data_type != "f")
    try:
        return {
            (cell.row - 1, cell.column - 1): str(cell.value)
            for row in book[name].iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS)
            for cell in row
            if getattr(cell, "data_type", None) == data_type
            and cell.row is not None
            and cell.column is not None
        }
    finally:
        book.close()


def _merged(sheet: CalamineSheet, name: str) -> list[Finding]:
    """Merged ranges in the data area: a merge hides every value but the first."""
    findings: list[Finding] = []
    for (top, left), (bottom, right) in sheet.merged_cell_ranges or []:
        if bottom < FIRST_ROW:
            continue
        span = f"{cell_name(name, top, left)}:{cell_name(name, bottom, right).split('!')[1]}"
        findings.append(make_finding("cells-merged", span, span=span))
    return findings

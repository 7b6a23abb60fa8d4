"""Workbooks: .xlsx/.xlsm with openpyxl (number formats tell a percentage), .xls, .et and
.ods with calamine. Each non-blank row is a table row placed at its sheet and cells."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from decimal import Decimal
from decimal import InvalidOperation
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import openpyxl
from lxml import etree  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter
from python_calamine import CalamineError
from python_calamine import CalamineWorkbook

from jixiao.review.readers.blocks import Block
from jixiao.review.readers.blocks import Read
from jixiao.review.readers.blocks import ReportReadError
from jixiao.review.readers.blocks import row_block

MAX_ROWS = 5000
MAX_COLUMNS = 60


def cell_text(value: Any, number_format: str = "General") -> str:
    """A cell as a reviewer reads it: 95.67% for a percentage-formatted 0.9567, amounts as
    written (never through float arithmetic), dates and text as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if not isinstance(value, int | float):
        return str(value).strip()
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        return str(value)
    code = _QUOTED.sub("", number_format)
    places = _places(code)
    if "%" in code:  # a real percentage format: 0.9567 shows as 95.67%
        return f"{(number * 100).quantize(Decimal(1).scaleb(-(places or 0)))}%"
    shown = number.quantize(Decimal(1).scaleb(-places)) if places is not None else number
    suffix = "%" if "%" in number_format else ""  # 0.00"%": the value is a percentage
    return f"{format(shown if places is not None else shown.normalize(), 'f')}{suffix}"


_QUOTED = re.compile(r'"[^"]*"|\\.')


def _places(code: str) -> int | None:
    """The decimals a number format shows (0.00 → 2, 0 → 0), None for General."""
    if code in {"", "General", "@"}:
        return None
    match = re.search(r"\.(0+)", code)
    if match:
        return len(match.group(1))
    return 0 if re.search(r"0", code) else None


def _rows_blocks(sheet: str, rows: list[list[str]]) -> list[Block]:
    blocks: list[Block] = []
    for number, row in enumerate(rows[:MAX_ROWS], 1):
        cells = row[:MAX_COLUMNS]
        places = tuple(f"{sheet}!{get_column_letter(i)}{number}" for i in range(1, len(cells) + 1))
        block = row_block(cells, f"{sheet}!{number}行", places)
        if block is not None:
            blocks.append(block)
    return blocks


#: What a damaged workbook raises in openpyxl: a bad zip or member, broken XML.
_DAMAGED_FILE_ERRORS = (
    etree.XMLSyntaxError,
    IndexError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ElementTree.ParseError,
    KeyError,
    ValueError,
    OSError,
)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _uncached(archive: zipfile.ZipFile, member: str) -> list[str]:
    """The cells of a sheet part holding a formula saved without its value: a workbook
    written by a program and never opened in Excel or WPS, whose results read as blank."""
    data = archive.read(member)
    if b"<f" not in data and b":f" not in data:
        return []
    cells: list[str] = []
    for _, cell in etree.iterparse(io.BytesIO(data), tag=f"{_MAIN}c"):
        if cell.find(f"{_MAIN}f") is not None and not (cell.findtext(f"{_MAIN}v") or "").strip():
            cells.append(cell.get("r", ""))
        cell.clear()
    return cells


def uncached_note(sheet: str, cells: list[str]) -> str:
    """What to tell the reviewer about formula cells read as blank."""
    shown = "、".join(cells[:5]) + ("等" if len(cells) > 5 else "")
    return (
        f"工作表“{sheet}”中有{len(cells)}个公式单元格（{shown}）未保存计算结果，读作空白，"
        "未予核对；请在 Excel 或 WPS 中打开并保存后再复核"
    )


def _read_xlsx(path: Path) -> tuple[list[Block], tuple[str, ...]]:
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _DAMAGED_FILE_ERRORS:
        raise ReportReadError(f"{path.name} 已损坏或不是有效的 Excel 工作簿。") from None
    blocks: list[Block] = []
    notes: list[str] = []
    try:
        for sheet in book.worksheets:
            rows = [
                [cell_text(c.value, getattr(c, "number_format", "General")) for c in row]
                for row in sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS)
            ]
            blocks.extend(_rows_blocks(sheet.title, rows))
            # openpyxl keeps a read-only sheet's part name only privately
            cells = _uncached(book._archive, sheet._worksheet_path)  # type: ignore[attr-defined]
            if cells:
                notes.append(uncached_note(sheet.title, cells))
    except _DAMAGED_FILE_ERRORS:
        raise ReportReadError(f"{path.name} 的工作表已损坏，无法读取。") from None
    finally:
        book.close()
    return blocks, tuple(notes)


def _read_calamine(path: Path) -> list[Block]:
    try:
        book = CalamineWorkbook.from_path(str(path))
        blocks: list[Block] = []
        for name in book.sheet_names:
            values = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            rows = [[cell_text(v) for v in row] for row in values[:MAX_ROWS]]
            blocks.extend(_rows_blocks(name, rows))
    except (CalamineError, ValueError, OSError) as error:
        raise ReportReadError(f"{path.name} 已损坏或不是有效的电子表格（{error}）。") from None
    return blocks


def read_sheets(path: Path) -> Read:
    """Every sheet's rows, in sheet order."""
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        blocks, notes = _read_xlsx(path)
        return Read(blocks, None, suffix.lstrip("."), notes)
    return Read(_read_calamine(path), None, suffix.lstrip("."))

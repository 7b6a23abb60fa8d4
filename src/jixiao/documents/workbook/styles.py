"""Cell formats of the 填报模板 and the one place where values become spreadsheet cells.

Labels, headers and notes are locked (the sheets are protected without a password);
input cells are unlocked and shaded light yellow. Example values get no format of their
own: a conditional format shows them grey and italic while they are unchanged.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook

BODY_FONT = "宋体"
TITLE_FONT = "黑体"
NOTE_FONT = "仿宋"
INPUT_FILL = "#FFF9E0"

_BASE: dict[str, Any] = {
    "font_name": BODY_FONT,
    "font_size": 11,
    "valign": "vcenter",
    "text_wrap": True,
}
_CELL: dict[str, Any] = {**_BASE, "border": 1}

STYLES: dict[str, dict[str, Any]] = {
    "title": {**_BASE, "font_name": TITLE_FONT, "font_size": 14, "text_wrap": False},
    "guide": {**_BASE, "valign": "top"},
    "guide_head": {**_BASE, "font_name": TITLE_FONT, "font_size": 12},
    "header": {**_CELL, "bold": True, "align": "center", "bg_color": "#D9E1F2"},
    "label": {**_CELL, "bg_color": "#F2F2F2"},
    "fixed": {**_CELL, "align": "center", "bg_color": "#F2F2F2"},
    "note": {**_CELL, "font_name": NOTE_FONT, "font_size": 10, "font_color": "#404040"},
    "input": {**_CELL, "locked": False, "bg_color": INPUT_FILL},
    "input_text": {**_CELL, "locked": False, "bg_color": INPUT_FILL, "num_format": "@"},
    "input_long": {**_CELL, "locked": False, "bg_color": INPUT_FILL, "valign": "top"},
    "open": {**_BASE, "locked": False},
    "example": {"font_color": "#808080", "italic": True},
}


class Styles:
    """The formats of one workbook, made once each."""

    def __init__(self, workbook: Workbook) -> None:
        """Create every format of :data:`STYLES` in ``workbook``."""
        self._formats: dict[str, Format] = {
            name: workbook.add_format(properties) for name, properties in STYLES.items()
        }

    def __getitem__(self, name: str) -> Format:
        """The format called ``name``."""
        return self._formats[name]


def excel_number(value: Decimal) -> float:
    """The single Decimal → float conversion of the template writer."""
    return float(value)


def put(sheet: Any, row: int, col: int, value: object, cell_format: Format) -> None:
    """Write a value as a number, a string or a formatted blank (never as a formula)."""
    if isinstance(value, bool):
        sheet.write_string(row, col, "是" if value else "否", cell_format)
    elif isinstance(value, Decimal | int):
        sheet.write_number(row, col, excel_number(Decimal(value)), cell_format)
    elif value is None or value == "":
        sheet.write_blank(row, col, None, cell_format)
    else:
        sheet.write_string(row, col, str(value), cell_format)

"""Writing cells of the 自评表: styles, safe text, Decimal → number, merges, row heights.

Every value reaches the workbook through :meth:`SheetWriter.write`: text always with
``write_string`` (so user text starting with ``=`` stays text), numbers through
:func:`excel_number`, the one place where a Decimal becomes a float.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import Any

from jixiao.documents.table.layout import BODY_HALF_POINTS
from jixiao.documents.table.layout import Grid
from jixiao.documents.table.layout import Span
from jixiao.documents.table.layout import line_count
from jixiao.documents.table.layout import row_height

if TYPE_CHECKING:
    from collections.abc import Sequence

    from xlsxwriter.format import Format
    from xlsxwriter.workbook import Workbook

SONG = "宋体"
FANGSONG = "仿宋"
GB2312_CHARSET = 134
#: First characters that would make a spreadsheet treat text as a formula.
FORMULA_STARTS = ("=", "+", "-", "@")

_BASE: dict[str, Any] = {
    "font_name": SONG,
    "font_size": 10.5,
    "font_charset": GB2312_CHARSET,
    "text_wrap": True,
    "valign": "vcenter",
    "border": 1,
}
_PLAIN: dict[str, Any] = {"border": 0, "font_name": FANGSONG}
#: Style name → XlsxWriter format properties (on top of the base: 宋体 10.5, wrapped, bordered).
STYLES: dict[str, dict[str, Any]] = {
    "title": {"border": 0, "bold": True, "font_size": 16, "align": "center"},
    "subtitle": {**_PLAIN, "font_size": 12, "align": "center"},
    "draft": {**_PLAIN, "font_size": 12, "bold": True, "font_color": "#C00000", "align": "center"},
    "head": {"bold": True, "align": "center"},
    "label": {"bold": True, "align": "center"},
    "text": {"align": "left"},
    "center": {"align": "center"},
    "amount": {"align": "center", "num_format": "0.00"},
    "rate": {"align": "center", "num_format": '0.00"%"'},
    "weight": {"align": "center", "num_format": "General"},
    "score": {"align": "center", "num_format": "0.00"},
    "note": {**_PLAIN, "align": "left"},
    "sign": {**_PLAIN, "font_size": 12, "align": "left"},
}


@dataclass(frozen=True, slots=True)
class Cell:
    """One value to write and the name of its style (a key of :data:`STYLES`)."""

    value: str | Decimal | None = None
    style: str = "center"


def excel_number(value: Decimal) -> float:
    """The single Decimal → float conversion, at the workbook boundary."""
    return float(value)


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would read the text as a formula if it were typed in."""
    return text.lstrip().startswith(FORMULA_STARTS)


def half_points(style: str) -> int:
    """Font size of a style in half-points."""
    size = STYLES[style].get("font_size", _BASE["font_size"])
    return int(Decimal(str(size)) * 2)


class Formats:
    """Formats of one workbook, created once per style (and per quote-prefixed variant)."""

    def __init__(self, workbook: Workbook) -> None:
        """Bind to a workbook; formats are created on first use."""
        self._workbook = workbook
        self._made: dict[tuple[str, bool], Format] = {}

    def get(self, style: str, *, quoted: bool = False) -> Format:
        """The format for a style; ``quoted`` keeps Excel from reading the text as a formula."""
        key = (style, quoted)
        if key not in self._made:
            properties = {**_BASE, **STYLES[style]}
            if quoted:
                properties["quote_prefix"] = True
            self._made[key] = self._workbook.add_format(properties)
        return self._made[key]


class SheetWriter:
    """One worksheet on a :class:`Grid`, written top to bottom, row by row."""

    def __init__(self, workbook: Workbook, formats: Formats, name: str, grid: Grid) -> None:
        """Add the worksheet and set its column widths."""
        self.sheet: Any = workbook.add_worksheet(name)
        self.formats = formats
        self.grid = grid
        self.row = 0
        self._heights: dict[int, int] = {}
        self._tall: list[tuple[int, int, int]] = []  # first row, last row, points needed
        for index, width in enumerate(grid.widths):
            self.sheet.set_column(index, index, width)

    def write(self, row: int, span: Span, cell: Cell, last_row: int | None = None) -> None:
        """Write a cell over ``span`` (and down to ``last_row``), merging when it covers more."""
        bottom = row if last_row is None else last_row
        text = cell.value if isinstance(cell.value, str) else ""
        fmt = self.formats.get(cell.style, quoted=looks_like_formula(text))
        if (row, span[0]) != (bottom, span[1]):
            self.sheet.merge_range(row, span[0], bottom, span[1], "", fmt)
        if isinstance(cell.value, Decimal):
            self.sheet.write_number(row, span[0], excel_number(cell.value), fmt)
        elif cell.value:
            self.sheet.write_string(row, span[0], cell.value, fmt)
        else:
            self.sheet.write_blank(row, span[0], None, fmt)
        size = half_points(cell.style)
        needed = row_height(line_count(text, self.grid.width(span), size), size)
        if bottom == row:
            self._heights[row] = max(self._heights.get(row, 0), needed)
        else:
            self._tall.append((row, bottom, needed))

    def line(self, cells: Sequence[tuple[Span, Cell]], height: int = 0) -> int:
        """Write one row of cells at the cursor, move down, and return the row written."""
        row = self.row
        for span, cell in cells:
            self.write(row, span, cell)
        self._heights[row] = max(self._heights.get(row, 0), height)
        self.row += 1
        return row

    def full(self, cell: Cell, height: int = 0) -> int:
        """Write one cell across the whole width at the cursor."""
        return self.line([((0, self.grid.last), cell)], height)

    def skip(self, points: int = 8) -> None:
        """Leave a thin empty row (a gap between blocks)."""
        self._heights[self.row] = points
        self.row += 1

    def finish(self) -> None:
        """Set every row's height; merged-down cells stretch their last row when needed."""
        minimum = row_height(1, BODY_HALF_POINTS)
        for row, height in self._heights.items():
            self._heights[row] = height if height else minimum
        for first, last, needed in self._tall:
            have = sum(self._heights.get(r, minimum) for r in range(first, last + 1))
            if have < needed:
                self._heights[last] = self._heights.get(last, minimum) + needed - have
        for row, height in sorted(self._heights.items()):
            self.sheet.set_row(row, height)

    def row_heights(self) -> list[int]:
        """Height in points of every row written so far (after :meth:`finish`)."""
        minimum = row_height(1, BODY_HALF_POINTS)
        return [self._heights.get(row, minimum) for row in range(self.row)]

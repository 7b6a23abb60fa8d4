"""The 自评表 workbook: 《部门整体支出绩效自评表》 or a 项目支出绩效自评表, print-ready.

Sheet 1 is the table itself (blocks in :mod:`jixiao.documents.table.blocks`); sheet 2,
问题清单, lists the evaluation's findings. Every cell holds a value, never a formula, so
readers that do not recalculate (PDF converters, calamine, phone viewers) see the numbers.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import xlsxwriter

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.documents.table.blocks import table_title
from jixiao.documents.table.blocks import write_budget
from jixiao.documents.table.blocks import write_footer
from jixiao.documents.table.blocks import write_goal
from jixiao.documents.table.blocks import write_header
from jixiao.documents.table.blocks import write_indicators
from jixiao.documents.table.blocks import write_title
from jixiao.documents.table.blocks import write_total
from jixiao.documents.table.cells import Cell
from jixiao.documents.table.cells import Formats
from jixiao.documents.table.cells import SheetWriter
from jixiao.documents.table.layout import make_grid
from jixiao.documents.table.layout import page_breaks
from jixiao.documents.table.layout import page_capacity

if TYPE_CHECKING:
    from pathlib import Path

    from jixiao.core.framework import Framework
    from jixiao.core.model import Evaluation
    from jixiao.documents.table.layout import Grid
    from jixiao.documents.table.layout import Span

TABLE_SHEET = "自评表"
FINDINGS_SHEET = "问题清单"
FINDINGS_HEADERS = ("序号", "级别", "代码", "位置", "说明")
FINDINGS_WIDTHS = (6, 8, 22, 28, 60)
A4 = 9
#: Above this total width (character units) the table is printed landscape.
PORTRAIT_MAX_WIDTH = 130
#: Page margins in inches: left, right, top, bottom.
MARGINS_IN = (0.6, 0.6, 0.9, 0.8)
DRAFT_HEADER = "&C&12&KC00000草稿　未经审核，不得报送"
PAGE_FOOTER = "&C第 &P 页，共 &N 页"
#: Text stays text: no string is ever turned into a formula, a number or a link. The
#: parts are assembled in memory, not in a dozen temporary files per workbook (same XML).
WORKBOOK_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
    "in_memory": True,
}


def write_table(evaluation: Evaluation, framework: Framework, path: Path, *, draft: bool) -> None:
    """Write the 自评表 of an evaluation (department or project) to ``path`` as .xlsx."""
    workbook = xlsxwriter.Workbook(str(path), WORKBOOK_OPTIONS)
    try:
        formats = Formats(workbook)
        _write_table_sheet(workbook, formats, evaluation, framework, draft=draft)
        _write_findings_sheet(workbook, formats, evaluation, framework, draft=draft)
    finally:
        workbook.close()


def _write_table_sheet(
    workbook: xlsxwriter.Workbook,
    formats: Formats,
    evaluation: Evaluation,
    framework: Framework,
    *,
    draft: bool,
) -> None:
    grid = make_grid([c.width for c in framework.layout.columns])
    out = SheetWriter(workbook, formats, TABLE_SHEET, grid)
    write_title(out, table_title(framework, draft=draft), evaluation.year, draft=draft)
    write_header(out, evaluation)
    write_budget(out, evaluation)
    write_goal(out, evaluation)
    header, groups = write_indicators(out, framework, evaluation)
    write_total(out, framework, evaluation)
    write_footer(out, framework, evaluation)
    out.finish()
    _print_setup(out, header_row=header, draft=draft)
    _keep_together(out, header_row=header, groups=groups)


def _write_findings_sheet(
    workbook: xlsxwriter.Workbook,
    formats: Formats,
    evaluation: Evaluation,
    framework: Framework,
    *,
    draft: bool,
) -> None:
    grid = make_grid(FINDINGS_WIDTHS, minimum=len(FINDINGS_WIDTHS))
    out = SheetWriter(workbook, formats, FINDINGS_SHEET, grid)
    title = f"{evaluation.title}{FINDINGS_SHEET}{'（草稿）' if draft else ''}"
    write_title(out, title, evaluation.year, draft=draft)
    heads = [Cell(h, "head") for h in FINDINGS_HEADERS]
    header = out.line(list(zip(grid.columns, heads, strict=True)))
    for number, finding in enumerate(evaluation.findings, start=1):
        cells = [
            Cell(str(number)),
            Cell(SEVERITY_LABELS[finding.severity]),
            Cell(finding.code),
            Cell(finding.location, "text"),
            Cell(finding.message, "text"),
        ]
        out.line(list(zip(grid.columns, cells, strict=True)))
    if not evaluation.findings:
        out.full(Cell(f"未发现问题（{framework.name}）", "text"))
    out.finish()
    _print_setup(out, header_row=header, draft=draft)


def _keep_together(
    out: SheetWriter, *, header_row: int, groups: list[tuple[Span, list[Span]]]
) -> None:
    """Break pages between indicator groups rather than through a merged 一级/二级 cell.

    A 一级指标 group up to a third of a page stays on one page; a longer one may break,
    but only between its 二级指标 groups.
    """
    heights = out.row_heights()
    left, right, top, bottom = (int(Decimal(str(m)) * 72) for m in MARGINS_IN)
    capacity = page_capacity(
        out.grid.widths, landscape=_landscape(out.grid), margins_pt=(left + right, top + bottom)
    )
    keep: list[Span] = []
    for (first, last), level2 in groups:
        small = sum(heights[first : last + 1]) <= capacity // 3
        keep.extend([(first, last)] if small else level2)
    breaks = page_breaks(heights, keep, capacity, heights[header_row])
    if breaks:
        out.sheet.set_h_pagebreaks(breaks)


def _landscape(grid: Grid) -> bool:
    return sum(grid.widths) > PORTRAIT_MAX_WIDTH


def _print_setup(out: SheetWriter, *, header_row: int, draft: bool) -> None:
    """A4, 1 page wide, repeated header row, margins, page numbers, draft header."""
    sheet = out.sheet
    sheet.set_paper(A4)
    if _landscape(out.grid):
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row)
    left, right, top, bottom = MARGINS_IN
    sheet.set_margins(left=left, right=right, top=top, bottom=bottom)
    sheet.center_horizontally()
    sheet.hide_gridlines(2)
    sheet.print_area(0, 0, out.row - 1, out.grid.last)
    if draft:
        sheet.set_header(DRAFT_HEADER)
    sheet.set_footer(PAGE_FOOTER)

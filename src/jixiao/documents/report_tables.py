"""The report's appendix tables, built with python-docx after docxtpl has rendered the body.

docxtpl's ``{% vm %}`` merges a whole column, not runs of equal values, so the 一级/二级
columns are merged group by group here (``w:vMerge`` restart/continue). A table replaces
the paragraph that holds its anchor text (see :mod:`jixiao.documents.report_context`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.shared import Pt
from docx.table import Table
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from jixiao.core.model import Evaluation
from jixiao.core.model import IndicatorResult
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import fmt_plain
from jixiao.documents.report_indicators import show_goal

CELL_STYLE = "表格文字"
HEAD_STYLE = "表格表头"
INDICATOR_HEADERS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
INDICATOR_WIDTHS_MM = (16, 22, 40, 22, 28, 12, 16)
DEFAULT_MARK = "*"
DEFAULT_NOTE = "注：标“*”的年度指标值为指标体系默认值（单位未设定年度指标值）。"
PROJECT_HEADERS = ("项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率", "得分", "等级")
PROJECT_WIDTHS_MM = (50, 24, 24, 20, 20, 18)


@dataclass(frozen=True, slots=True)
class Grid:
    """A table to build: header, body rows, column widths."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths_mm: Sequence[int]


def find_anchor(document: DocumentObject, mark: str) -> Paragraph | None:
    """The body paragraph whose text is exactly ``mark``."""
    for paragraph in document.paragraphs:
        if paragraph.text.strip() == mark:
            return paragraph
    return None


def replace_anchor(document: DocumentObject, mark: str, grid: Grid | None) -> Table | None:
    """Put a table where the anchor paragraph is, and remove the anchor.

    With ``grid`` None (nothing to show) the anchor paragraph is just removed.
    """
    anchor = find_anchor(document, mark)
    if anchor is None:
        return None
    table = _build(document, grid) if grid is not None else None
    if table is not None:
        anchor._p.addprevious(table._tbl)
    anchor._p.getparent().remove(anchor._p)
    return table


def _build(document: DocumentObject, grid: Grid) -> Table:
    table: Table = document.add_table(rows=1 + len(grid.rows), cols=len(grid.headers))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table)
    for index, width in enumerate(grid.widths_mm):
        table.columns[index].width = Mm(width)
    for row_index, values in enumerate([grid.headers, *grid.rows]):
        row = table.rows[row_index]
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for index, value in enumerate(values):
            cell = row.cells[index]
            cell.width = Mm(grid.widths_mm[index])
            _fill(document, cell, value, HEAD_STYLE if row_index == 0 else CELL_STYLE)
    header = OxmlElement("w:tblHeader")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    return table


def _fill(document: DocumentObject, cell: _Cell, text: str, style: str) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    if style in document.styles:
        paragraph.style = document.styles[style]
    paragraph.add_run(text)


def _note_after(document: DocumentObject, anchor: Paragraph, text: str) -> None:
    """A left-aligned note in table type, placed after the anchor (so after the table)."""
    style = document.styles[CELL_STYLE] if CELL_STYLE in document.styles else None  # noqa: SIM401 - Styles has no get()
    note = anchor.insert_paragraph_before(text, style=style)
    anchor._p.addnext(note._p)
    note.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    note.paragraph_format.space_before = Pt(6)


def _borders(table: Table) -> None:
    """Single lines on every edge, independent of the template's table styles."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "4")
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), "000000")
        borders.append(line)
    table._tbl.tblPr.append(borders)


def merge_runs(table: Table, column: int, keys: Sequence[tuple[str, ...]], first_row: int) -> None:
    """Merge vertically the cells of ``column`` over each run of equal keys."""
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            for offset in range(start, index):
                if index - start > 1:
                    _vmerge(table.cell(first_row + offset, column), restart=offset == start)
            start = index


def _vmerge(cell: _Cell, *, restart: bool) -> None:
    merge = OxmlElement("w:vMerge")
    if restart:
        merge.set(qn("w:val"), "restart")
    else:
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.text = ""
    cell._tc.get_or_add_tcPr().append(merge)


def span_columns(table: Table, row: int, first: int, last: int) -> None:
    """Merge cells ``first``..``last`` of a row horizontally (gridSpan), keeping the first text."""
    text = table.cell(row, first).text
    merged = table.cell(row, first).merge(table.cell(row, last))
    for paragraph in merged.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    if merged.paragraphs and merged.paragraphs[0].text != text:
        merged.paragraphs[0].runs[0].text = text


def _target_cell(result: IndicatorResult) -> str:
    if result.kind == "qualitative":
        return "—"
    shown = show_goal(result)
    if not shown:
        return "未设定"
    return f"{shown}{DEFAULT_MARK}" if result.target_defaulted else shown


def indicator_grid(evaluation: Evaluation, total: str) -> Grid:
    """All indicators, then 合计 and 自评总分 rows."""
    rows: list[list[str]] = [
        [
            r.level1,
            r.level2,
            r.name,
            _target_cell(r),
            r.display,
            fmt_plain(r.weight),
            fmt_decimal(r.score),
        ]
        for r in evaluation.indicators
    ]
    weight = sum((r.weight for r in evaluation.indicators), ZERO)
    rows.append(["合计", "", "", "", "", fmt_plain(weight), fmt_decimal(evaluation.score_sum)])
    label = f"自评总分（等级：{evaluation.grade}）"
    rows.append([label, "", "", "", "", total, fmt_decimal(evaluation.total_score)])
    return Grid(INDICATOR_HEADERS, rows, INDICATOR_WIDTHS_MM)


def write_indicator_table(
    document: DocumentObject, mark: str, evaluation: Evaluation, total: str
) -> None:
    """Replace the indicator-table anchor with the merged indicator table."""
    anchor = find_anchor(document, mark)
    if anchor is None:
        return
    if any(r.target_defaulted for r in evaluation.indicators):
        _note_after(document, anchor, DEFAULT_NOTE)
    table = replace_anchor(document, mark, indicator_grid(evaluation, total))
    if table is None:
        return
    results = evaluation.indicators
    merge_runs(table, 0, [(r.level1,) for r in results], first_row=1)
    merge_runs(table, 1, [(r.level1, r.level2) for r in results], first_row=1)
    for row in (len(results) + 1, len(results) + 2):
        span_columns(table, row, 0, 4)


def write_project_table(document: DocumentObject, mark: str, evaluation: Evaluation) -> None:
    """Replace the project-table anchor with the project scores (or drop it: no projects)."""
    if not evaluation.projects:
        replace_anchor(document, mark, None)
        return
    rows = []
    for project in evaluation.projects:
        total = next((b for b in project.budget if b.key == "total"), None)
        rows.append(
            [
                project.title,
                fmt_decimal(total.adjusted) if total and total.adjusted is not None else "",
                fmt_decimal(total.executed) if total and total.executed is not None else "",
                f"{fmt_decimal(total.rate)}%" if total and total.rate is not None else "",
                fmt_decimal(project.total_score),
                project.grade,
            ]
        )
    replace_anchor(document, mark, Grid(PROJECT_HEADERS, rows, PROJECT_WIDTHS_MM))

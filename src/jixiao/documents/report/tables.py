"""The report's appendix tables, built with python-docx after docxtpl has rendered the body.

docxtpl's ``{% vm %}`` merges a whole column, not runs of equal values, so the 一级/二级
columns are merged group by group here (``w:vMerge`` restart/continue). A table replaces
the paragraph that holds its anchor text (see :mod:`jixiao.documents.report.context`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tc
from docx.shared import Mm
from docx.shared import Pt
from docx.styles import BabelFish
from docx.styles.style import BaseStyle
from docx.styles.style import ParagraphStyle
from docx.styles.style import StyleFactory
from docx.table import Table
from docx.table import _Cell
from docx.table import _Row
from docx.text.paragraph import Paragraph

from jixiao.core.model import Evaluation
from jixiao.core.model import IndicatorResult
from jixiao.core.numbers import ZERO
from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import fmt_plain
from jixiao.documents.report.indicators import show_goal

CELL_STYLE = "表格文字"
HEAD_STYLE = "表格表头"
INDICATOR_HEADERS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
INDICATOR_WIDTHS_MM = (16, 22, 40, 22, 28, 12, 16)
DEFAULT_MARK = "*"
DEFAULT_NOTE = "注：标“*”的年度指标值为指标体系默认值（单位未设定年度指标值）。"
PROJECT_HEADERS = ("项目名称", "全年预算数（万元）", "全年执行数（万元）", "执行率", "得分", "等级")
PROJECT_WIDTHS_MM = (50, 24, 24, 20, 20, 18)
W_T = qn("w:t")
W_STYLE, W_NAME, W_VAL = qn("w:style"), qn("w:name"), qn("w:val")
#: ``w:vAlign`` value of WD_CELL_VERTICAL_ALIGNMENT.CENTER.
VALIGN_CENTER = "center"


@dataclass(frozen=True, slots=True)
class Grid:
    """A table to build: header, body rows, column widths."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths_mm: Sequence[int]


def find_anchor(document: DocumentObject, mark: str) -> Paragraph | None:
    """The body paragraph whose text is exactly ``mark``."""
    for paragraph in document.paragraphs:
        if may_contain(paragraph, mark) and paragraph.text.strip() == mark:
            return paragraph
    return None


def may_contain(paragraph: Paragraph, text: str) -> bool:
    """False when the paragraph's text cannot contain ``text`` (a character of it is absent).

    A cheap test before :attr:`Paragraph.text`, which is slow (an XPath per paragraph):
    every character of that text, tabs and breaks aside, comes from one of its ``w:t``.
    """
    held = "".join(t.text or "" for t in paragraph._p.iter(W_T))
    return all(char in held for char in text)


def find_style(document: DocumentObject, name: str) -> BaseStyle | None:
    """The style named ``name`` (UI name), as ``document.styles[name]`` gives it, or None.

    One XPath instead of python-docx's ``in`` (a scan in Python) then ``[]``.
    """
    internal = BabelFish.ui2internal(name)
    styles = document.styles.element
    if '"' not in internal:  # the XPath python-docx's Styles[name] runs, minus the scan
        found = styles.xpath(f'w:style[w:name/@w:val="{internal}"]')
        return StyleFactory(found[0]) if found else None
    for style in styles.iterchildren(W_STYLE):
        label = style.find(W_NAME)
        if label is not None and label.get(W_VAL) == internal:
            return StyleFactory(style)
    return None


def replace_anchor(document: DocumentObject, mark: str, grid: Grid | None) -> Table | None:
    """Put a table where the anchor paragraph is, and remove the anchor.

    With ``grid`` None (nothing to show) the anchor paragraph is just removed.
    """
    anchor = find_anchor(document, mark)
    if anchor is None:
        return None
    return _replace(document, anchor, grid)


def _replace(document: DocumentObject, anchor: Paragraph, grid: Grid | None) -> Table | None:
    table = _build(document, grid) if grid is not None else None
    if table is not None:
        anchor._p.addprevious(table._tbl)
    anchor._p.getparent().remove(anchor._p)
    return table


@dataclass(frozen=True, slots=True)
class StyleRef:
    """A paragraph style resolved once per table: whether the template has it, and its id.

    ``style_id`` is None for the document's default paragraph style (python-docx writes no
    ``w:pStyle`` then), exactly as assigning ``paragraph.style`` would.
    """

    present: bool
    style_id: str | None = None


def paragraph_style(document: DocumentObject, name: str) -> StyleRef:
    """Look a paragraph style up by name once (python-docx scans every style per lookup)."""
    style = find_style(document, name)
    if style is None:
        return StyleRef(present=False)
    style_id = document.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[no-untyped-call]
    return StyleRef(present=True, style_id=style_id)


def _build(document: DocumentObject, grid: Grid) -> Table:
    table: Table = document.add_table(rows=1 + len(grid.rows), cols=len(grid.headers))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table)
    # Straight to the XML: Table.columns / Table.rows cache objects that point back at the
    # table, a reference cycle that keeps the whole document tree alive until a full gc.
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, grid.widths_mm, strict=True):
        column.w = Mm(width)
    head, body = paragraph_style(document, HEAD_STYLE), paragraph_style(document, CELL_STYLE)
    widths = [Mm(width) for width in grid.widths_mm]
    # Rows and cells are read once: Table.cell() and Row.cells rebuild the grid on each call.
    rows = table._tbl.tr_lst
    for tr, values in zip(rows, [grid.headers, *grid.rows], strict=True):
        tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for tc, value, width in zip(tr.tc_lst, values, widths, strict=True):
            tc.width = width
            _fill(tc, value, head if tr is rows[0] else body)
    header = OxmlElement("w:tblHeader")
    rows[0].get_or_add_trPr().append(header)
    return table


def _fill(tc: CT_Tc, text: str, style: StyleRef) -> None:
    """Centre a new cell vertically and write its text in ``style``.

    The elements are added directly (python-docx's setters search the schema order on
    every call): a new cell's properties hold only ``w:tcW`` and its paragraph is empty,
    so appending gives the XML that ``vertical_alignment``, ``style`` and ``add_run``
    would.
    """
    tc.get_or_add_tcPr().append(OxmlElement("w:vAlign", {W_VAL: VALIGN_CENTER}))
    p = tc.p_lst[0]
    if style.present:  # python-docx adds w:pPr even for the default style (then empty)
        properties = OxmlElement("w:pPr")
        if style.style_id is not None:
            properties.append(OxmlElement("w:pStyle", {W_VAL: style.style_id}))
        p.insert(0, properties)
    run = p.add_r()  # always a run, even an empty one, as Paragraph.add_run("") makes
    if text:
        run.text = text


def _note_after(document: DocumentObject, anchor: Paragraph, text: str) -> None:
    """A left-aligned note in table type, placed after the anchor (so after the table)."""
    style = cast("ParagraphStyle | None", find_style(document, CELL_STYLE))
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


def merge_runs(
    table: Table,
    column: int,
    keys: Sequence[tuple[str, ...]],
    first_row: int,
    cells: Sequence[_Cell] | None = None,
) -> None:
    """Merge vertically the cells of ``column`` over each run of equal keys.

    ``cells`` is the table's grid (``Table._cells``, slow to build) when the caller has it.
    It may be read before other columns were merged: merging a column changes only that
    column's cells, each after it was looked up, so every lookup here sees what
    ``Table.cell()`` would return at that moment.
    """
    cells = table._cells if cells is None else cells
    columns = len(table._tbl.tblGrid.gridCol_lst)
    start = 0
    for index in range(1, len(keys) + 1):
        if index == len(keys) or keys[index] != keys[start]:
            for offset in range(start, index):
                if index - start > 1:
                    cell = cells[(first_row + offset) * columns + column]
                    _vmerge(cell, restart=offset == start)
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
    cells = _Row(table._tbl.tr_lst[row], table).cells  # one row, not Table.cell()'s grid
    text = cells[first].text
    merged = cells[first].merge(cells[last])
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
    table = _replace(document, anchor, indicator_grid(evaluation, total))
    if table is None:
        return
    results = evaluation.indicators
    cells = table._cells
    merge_runs(table, 0, [(r.level1,) for r in results], first_row=1, cells=cells)
    merge_runs(table, 1, [(r.level1, r.level2) for r in results], first_row=1, cells=cells)
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

"""Write a reviewed workbook back with each finding as a comment on its cell.

The copy keeps every sheet as it was; a finding placed at a cell (自评表!G8) gets a comment
there, one placed at a row (自评表!8行) on the row's first cell, and a sheet 复核意见 lists
them all. Only .xlsx/.xlsm can be written back this way.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.worksheet.worksheet import Worksheet

from jixiao.review.annotate import AUTHOR
from jixiao.review.annotate import comment_text
from jixiao.review.catalogue import finding_title
from jixiao.review.model import ReviewResult

SHEETS = (".xlsx", ".xlsm")
SUMMARY_SHEET = "复核意见"
_CELL = re.compile(r"^(?P<sheet>.+)!(?P<cell>[A-Z]{1,3}\d+)$")
_ROW = re.compile(r"^(?P<sheet>.+)!(?P<row>\d+)行$")
COMMENT_WIDTH = 320
COMMENT_HEIGHT = 160


def _cell_of(place: str) -> tuple[str, str] | None:
    match = _CELL.match(place)
    if match:
        return match.group("sheet"), match.group("cell")
    match = _ROW.match(place)
    return (match.group("sheet"), f"A{match.group('row')}") if match else None


def _comment(sheet: Worksheet, cell: str, text: str) -> None:
    existing = sheet[cell].comment
    body = f"{existing.text}\n\n{text}" if existing is not None else text
    comment = Comment(body, AUTHOR)
    comment.width, comment.height = COMMENT_WIDTH, COMMENT_HEIGHT
    sheet[cell].comment = comment


def write_annotated_sheet(result: ReviewResult, source: Path, out: Path) -> None:
    """Save ``out``: a copy of the workbook ``source`` with the findings as cell comments."""
    book = openpyxl.load_workbook(source)
    for finding in result.findings:
        target = _cell_of(finding.place)
        if target is not None and target[0] in book.sheetnames:
            _comment(book[target[0]], target[1], comment_text(finding))
    if SUMMARY_SHEET in book.sheetnames:
        del book[SUMMARY_SHEET]
    summary = book.create_sheet(SUMMARY_SHEET)
    summary.append(["序号", "类别", "位置", "问题", "所列", "复算"])
    for number, finding in enumerate(result.findings, 1):
        summary.append(
            [
                number,
                finding_title(finding),
                finding.place or f"第{finding.paragraph}段",
                finding.message,
                finding.stated or "",
                finding.recomputed or "",
            ]
        )
    summary.column_dimensions["D"].width = 80
    book.save(out)

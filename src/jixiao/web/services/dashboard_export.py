"""The dashboard's rows as a workbook (the summary a bureau files or sends on)."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import xlsxwriter

from jixiao.web.services.dashboard import Row

HEADERS = [
    "排名",
    "单位",
    "主管部门",
    "状态",
    "总分",
    "等级",
    "预算执行率(%)",
    "预算调整率(%)",
    "结转结余率(%)",
    "结果应用建议",
]


def export_workbook(rows: list[Row], year: int) -> bytes:
    """The summary as a workbook; every text is written as a string, never a formula."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet(f"{year}年度汇总")
    bold = book.add_format({"bold": True})
    for col, header in enumerate(HEADERS):
        sheet.write_string(0, col, header, bold)
    for n, row in enumerate(rows, 1):
        cells: list[Any] = [
            row.rank,
            row.unit,
            row.department,
            row.status,
            row.total_score,
            row.grade,
            row.execution_rate,
            row.adjustment_rate,
            row.carryover_rate,
            "；".join(row.actions),
        ]
        for col, value in enumerate(cells):
            _write(sheet, n, col, value)
    sheet.set_column(1, 2, 28)
    sheet.set_column(9, 9, 60)
    book.close()
    return buffer.getvalue()


def _write(sheet: Any, row: int, col: int, value: Any) -> None:
    if value is None:
        sheet.write_blank(row, col, None)
    elif isinstance(value, Decimal | int):
        sheet.write_number(row, col, float(value))  # output boundary: Excel stores doubles
    else:
        sheet.write_string(row, col, str(value))

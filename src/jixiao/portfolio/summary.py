"""The summary workbook of a batch: one row per unit, ranked by score."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import xlsxwriter

from jixiao.documents.paths import OWN_MARK
from jixiao.portfolio.batch import KEY_RATES
from jixiao.portfolio.batch import BatchRow

HEADERS = (
    "排名",
    "文件",
    "部门（单位）",
    "总分",
    "等级",
    "预算执行率(%)",
    "预算调整率(%)",
    "结转结余率(%)",
    "错误",
    "警告",
    "状态",
    "主要问题",
    "输出文件夹",
)


def ranked(rows: list[BatchRow]) -> list[tuple[int | None, BatchRow]]:
    """Rows by score, highest first; unevaluated rows last with no rank."""
    scored = sorted(
        (r for r in rows if r.total_score is not None),
        key=lambda r: r.total_score or Decimal(0),
        reverse=True,
    )
    rest = [r for r in rows if r.total_score is None]
    return [(i + 1, r) for i, r in enumerate(scored)] + [(None, r) for r in rest]


def _number(value: Decimal | None) -> float | str:
    """The one place a Decimal becomes a float: Excel stores IEEE doubles."""
    return "" if value is None else float(value)


def write_summary(rows: list[BatchRow], path: Path, title: str = "绩效自评汇总表") -> None:
    """Write the summary workbook (values only, text written as text)."""
    book = xlsxwriter.Workbook(
        str(path), {"strings_to_formulas": False, "strings_to_numbers": False}
    )
    book.set_properties({"title": title, "comments": OWN_MARK})
    sheet = book.add_worksheet("汇总")
    head = book.add_format(
        {
            "bold": True,
            "border": 1,
            "bg_color": "#D9E1F2",
            "font_name": "宋体",
            "text_wrap": True,
            "align": "center",
            "valign": "vcenter",
        }
    )
    cell = book.add_format({"border": 1, "font_name": "宋体", "text_wrap": True, "valign": "top"})
    num = book.add_format({"border": 1, "font_name": "宋体", "num_format": "0.00", "valign": "top"})
    sheet.merge_range(
        0,
        0,
        0,
        len(HEADERS) - 1,
        title,
        book.add_format({"bold": True, "font_size": 16, "align": "center"}),
    )
    sheet.write_row(1, 0, HEADERS, head)
    for offset, (rank, row) in enumerate(ranked(rows)):
        line = 2 + offset
        values = [
            rank or "",
            row.file,
            row.unit,
            _number(row.total_score),
            row.grade,
            *(_number(row.rates.get(code)) for code in KEY_RATES),
            row.errors,
            row.warnings,
            row.status,
            row.detail,
            row.folder,
        ]
        for column, value in enumerate(values):
            if isinstance(value, str):
                sheet.write_string(line, column, value, cell)
            else:
                sheet.write_number(line, column, value, num)
    sheet.set_column(0, 0, 6)
    sheet.set_column(1, 2, 24)
    sheet.set_column(3, 10, 11)
    sheet.set_column(11, 12, 40)
    sheet.freeze_panes(2, 0)
    sheet.autofilter(1, 0, 1 + len(rows), len(HEADERS) - 1)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    book.close()

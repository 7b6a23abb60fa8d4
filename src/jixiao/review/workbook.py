"""The folder summary workbook (XlsxWriter): one row per report, then every finding."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import xlsxwriter

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import Severity
from jixiao.documents.paths import OWN_MARK
from jixiao.review.catalogue import CATALOGUE
from jixiao.review.digest import result_digest
from jixiao.review.model import ReviewResult

WORST_SHOWN = 3
_SUMMARY_HEAD = (
    "文件",
    "单位",
    "项目",
    "文件类别",
    "所列总分",
    "复算总分",
    "页数/段落数",
    "错误",
    "警告",
    "提示",
    "主要问题",
    "状态",
    "核对的自评表",
    "未核对事项",
)
_DETAIL_HEAD = ("文件", "类别", "代码", "段落", "位置", "问题", "原文", "报告所列", "复算")


def worst_findings(result: ReviewResult) -> str:
    """The first few findings (already most severe first), one per line."""
    return "\n".join(
        f"第{f.paragraph}段 {CATALOGUE[f.code].title}：{f.message}"
        for f in result.findings[:WORST_SHOWN]
    )


#: Beyond this a figure is no score, and Excel's double cannot hold it exactly (or at all).
_LARGEST_NUMBER = Decimal("1e15")


def _number(value: Decimal | None) -> Decimal | str:
    """A score for the sheet (a number, so that the column sorts), or blank; a figure no
    spreadsheet number can hold (a 400-digit run in a damaged text) is written as text."""
    if value is None:
        return ""
    if not value.is_finite() or abs(value) >= _LARGEST_NUMBER:
        return str(value)
    return value


def _summary_row(result: ReviewResult) -> list[object]:
    status = result.error or ("有错误" if result.count(Severity.ERROR) else "通过")
    facts = result_digest(result)
    return [
        Path(result.file).name,
        facts.unit,
        facts.project,
        result.kind or "—",
        _number(facts.stated_total),
        _number(facts.recomputed_total),
        result.units,
        result.count(Severity.ERROR),
        result.count(Severity.WARNING),
        result.count(Severity.INFO),
        worst_findings(result),
        status,
        result.table or "—",
        "；".join(result.notes),
    ]


def write_summary(results: list[ReviewResult], out: Path) -> None:
    """Write the summary workbook to ``out``."""
    workbook = xlsxwriter.Workbook(str(out))
    workbook.set_properties({"title": "复核汇总", "comments": OWN_MARK})
    bold = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    summary = workbook.add_worksheet("复核汇总")
    summary.write_row(0, 0, _SUMMARY_HEAD, bold)
    for row, result in enumerate(results, 1):
        summary.write_row(row, 0, _summary_row(result), wrap)
    summary.set_column(0, 0, 32)
    summary.set_column(1, 3, 24)
    summary.set_column(4, 8, 10)
    summary.set_column(9, 9, 80)
    summary.set_column(10, 11, 24)
    summary.set_column(12, 12, 40)
    summary.autofilter(0, 0, len(results), len(_SUMMARY_HEAD) - 1)
    summary.freeze_panes(1, 0)
    detail = workbook.add_worksheet("问题明细")
    detail.write_row(0, 0, _DETAIL_HEAD, bold)
    row = 1
    for result in results:
        for f in result.findings:
            detail.write_row(
                row,
                0,
                [
                    Path(result.file).name,
                    SEVERITY_LABELS[f.severity],
                    f.code,
                    f.paragraph,
                    f.place,
                    f.message,
                    f.quote,
                    f.stated or "",
                    f.recomputed or "",
                ],
                wrap,
            )
            row += 1
    detail.set_column(0, 0, 28)
    detail.set_column(4, 4, 16)
    detail.set_column(5, 6, 60)
    detail.freeze_panes(1, 0)
    workbook.close()

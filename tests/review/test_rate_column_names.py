"""A rate column's message names the columns as the header row right above the figures
does, not joined with the form's own lines above it (主管部门 | 县民政局 | 实施单位 …) that a
sheet's merged cells put in the same columns (a real workbook; figures and names our own)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from jixiao.review.service import review_file

_ROWS = [
    ["项目名称", "", "困难群众基本生活救助补助资金"],
    ["主管部门", "", "县民政局", "", "", "实施单位", "县社会救助服务中心"],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "中央资金", "935.33", "994.80", "872.59", "—", "87.72%", "—"],
    ["", "省级资金", "910.57", "968.47", "839.40", "—", "86.67%", "—"],
    ["", "县级资金", "273.63", "291.03", "256.21", "—", "88.04%", "—"],
    ["", "上年结转资金", "520.98", "520.98", "373.54", "—", "75.70%", "—"],
]


def test_the_rate_message_names_the_columns_of_the_row_above_the_figures(
    tmp_path: Path,
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["项目支出绩效自评表"])
    for row in _ROWS:
        sheet.append(row)
    path = tmp_path / "自评表.xlsx"
    book.save(path)
    found = [f for f in review_file(path).findings if f.code == "rate-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("75.70%", "71.70%")]
    assert "执行率应为全年执行数373.54÷全年预算数520.98" in found[0].message
    assert "县民政局" not in found[0].message

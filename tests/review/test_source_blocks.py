"""A 转移支付 project table whose 资金 block is headed 资金来源（万元） with its total row 合计
over 中央/省级/市级/县级资金 (our figures): read as the 年度资金总额 row, so its sums, its
执行率 and the table's 总分 are checked."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from jixiao.review.service import review_file

_ROWS: list[list[object]] = [
    ["2024年度转移支付项目绩效自评表"],
    ["项目名称", "农田水利设施维护资金"],
    ["资金来源（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [None, "合计", 820.5, 900.0, 864.0, 10, "96.00%", 9.6],
    [None, "中央资金", 400.0, 420.0, 420.0, "—", "100.00%", "—"],
    [None, "省级资金", 220.5, 250.0, 234.0, "—", "93.60%", "—"],
    [None, "县级资金", 200.0, 230.0, "{county}", "—", "{rate}", "—"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
    ["产出指标", "数量指标", "维护渠道长度", "≥120公里", "126公里", 50, 50, None],
    ["效益指标", "社会效益指标", "灌溉面积保障", "≥3万亩", "3.2万亩", 30, 30, None],
    ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "95%", 10, 10, None],
    ["总分", None, None, None, None, 100, "{total}", None],
]


def _workbook(path: Path, county: float, rate: str, total: float) -> None:
    values = {"{county}": county, "{rate}": rate, "{total}": total}
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in _ROWS:
        sheet.append([values.get(c, c) if isinstance(c, str) else c for c in row])
    workbook.save(path)


@pytest.mark.parametrize(
    ("county", "rate", "total", "found"),
    [
        (210.0, "91.30%", 99.6, set()),
        (220.0, "95.65%", 99.6, {("sum-mismatch", "864", "874")}),
        (210.0, "91.30%", 98.6, {("score-total-mismatch", "98.6", "99.6")}),
    ],
)
def test_a_block_headed_by_its_sources_is_checked(
    tmp_path: Path, county: float, rate: str, total: float, found: set[tuple[str, str, str]]
) -> None:
    path = tmp_path / "自评表.xlsx"
    _workbook(path, county, rate, total)
    findings = review_file(path).findings
    codes = {"sum-mismatch", "score-total-mismatch", "table-rate-mismatch"}
    assert {(f.code, f.stated, f.recomputed) for f in findings if f.code in codes} == found


@pytest.mark.parametrize(("total", "found"), [(99.6, set()), (96.9, {("96.9", "99.6")})])
def test_a_total_row_giving_only_its_score_is_out_of_a_hundred(
    tmp_path: Path, total: float, found: set[tuple[str, str]]
) -> None:
    # “自评得分 | 99.6 | | 评价等级 | 优”: no 分值 on the row; the table's 分值 make 100
    path = tmp_path / "自评表.xlsx"
    _workbook(path, 210.0, "91.30%", total)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    last = sheet.max_row
    for column in range(1, 9):
        sheet.cell(last, column).value = None
    for column, value in enumerate(["自评得分", total, None, "评价等级", "优"], start=1):
        sheet.cell(last, column).value = value
    workbook.save(path)
    findings = review_file(path).findings
    got = {(f.stated, f.recomputed) for f in findings if f.code == "score-total-mismatch"}
    assert got == found

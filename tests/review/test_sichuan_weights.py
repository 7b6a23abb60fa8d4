"""A Sichuan 项目支出绩效自评表 in a workbook: the 预算执行 block weighs 10, the 绩效指标 block
90, and the 合计 row's 权重 of 100 is the two together (figures our own)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from jixiao.review.service import review_file

_HEAD = ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数"]
_ROWS: list[list[object]] = [
    ["部门预算项目支出绩效自评表（2024年度）"],
    ["项目名称", "某县乡村卫生室运行补助"],
    [*_HEAD, "预算执行率", "权重", "得分"],
    ["总额", None, 120.00, 124.00, 120.28, "97.00%", 10, 9.70],
    ["其中：财政资金", None, 120.00, 124.00, 120.28, "97.00%", "/", "/"],
    ["财政专户管理资金", None, 0.00, 0.00, 0.00, "—", "/", "/"],
    ["单位资金", None, 0.00, 0.00, 0.00, "—", "/", "/"],
    ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标值", "完成值", "权重", "得分"],
    ["产出指标", "数量指标", "补助村卫生室数", "≥120个", "126个", None, 30, 30],
    [None, "质量指标", "补助发放准确率", "100%", "100%", None, "{quality}", "{quality}"],
    ["效益指标", "社会效益指标", "群众就医便利度", "有所提高", "达到预期", None, 20, 20],
    ["满意度指标", "服务对象满意度", "村民满意度", "≥90%", "93%", None, 15, 15],
    ["合计", None, None, None, None, None, 100, "{total}"],
]


def _workbook(tmp_path: Path, quality: int, total: str) -> Path:
    sheet = Workbook()
    for row in _ROWS:
        cells = [quality if c == "{quality}" else c for c in row]
        sheet.active.append([total if c == "{total}" else c for c in cells])
    path = tmp_path / "四川自评表.xlsx"
    sheet.save(path)
    return path


def test_the_total_weight_is_the_two_blocks_together(tmp_path: Path) -> None:
    findings = review_file(_workbook(tmp_path, 25, "99.70")).findings
    assert [f.code for f in findings if f.severity == "error"] == []


def test_indicator_weights_short_of_their_block_are_still_found(tmp_path: Path) -> None:
    # 30 + 20 + 20 + 15 = 85 for the 90 the block heads; with the 10 above, 95 for 100
    findings = review_file(_workbook(tmp_path, 20, "94.70")).findings
    found = [(f.stated, f.recomputed) for f in findings if f.code == "weight-total-mismatch"]
    assert found == [("100", "95")]

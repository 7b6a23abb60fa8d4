"""A national 项目支出绩效自评表 as a PDF or 文库 copy gives it: a row to a line, the cells
glued with no space (figures our own). The 分值 and 得分 glued into one run are split the one
way they can be; the source rows' amounts the one way their decimals allow."""

from __future__ import annotations

import pytest
from review_support import findings_of

from jixiao.review.tables.glued_lines import split_points

TABLE = """项目支出绩效自评表
（2024年度）
项目名称乡村道路安全设施建设
主管部门某县交通运输局实施单位某县公路事务中心
项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分
年度资金总额{total}150.00135.001090.00%9.00
其中：当年财政拨款120.00130.00120.00———
上年结转资金0{carried}15.00———
其他资金000———
绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
产出指标数量指标安装波形护栏≥12公里{length}2020
质量指标验收合格率100%100%1515
时效指标完工时间2024年10月前2024年11月{late}因材料供应延误
效益指标社会效益指标事故发生率下降≥10%12%2020
可持续影响指标设施使用年限≥10年10年1010
满意度指标服务对象满意度指标沿线群众满意度≥90%{satisfied}1010
总分100{sum}
"""
RIGHT = {
    "total": "120.00",
    "carried": "20.00",
    "length": "12.6公里",
    "late": "1512",
    "satisfied": "94%",
    "sum": "96.00",
}


def _found(change: dict[str, str]) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.code, f.stated, f.recomputed) for f in findings_of(TABLE.format(**{**RIGHT, **change}))
    ]


def test_a_right_glued_table_passes() -> None:
    assert _found({}) == []


@pytest.mark.parametrize(
    ("change", "finding"),
    [
        ({"sum": "97.00"}, ("score-total-mismatch", "97.00", "96.00")),
        ({"late": "1518", "sum": "102.00"}, ("table-score-over-weight", "18", "15")),
        ({"late": "2512"}, ("weight-total-mismatch", "100", "110")),
        ({"satisfied": "86%"}, ("score-full-on-missed", "10", "9.56")),  # 10 × 86 ÷ 90
        ({"length": "11.5公里"}, ("score-full-on-missed", "20", "19.17")),  # 20 × 11.5 ÷ 12
        ({"carried": "25.00"}, ("sum-mismatch", "150.00", "155.00")),
    ],
)
def test_a_fault_in_a_glued_table_is_found(
    change: dict[str, str], finding: tuple[str, str, str]
) -> None:
    assert finding in _found(change)


@pytest.mark.parametrize(
    ("run", "points"),
    [
        ("2020", ("20", "20")),
        ("1512", ("15", "12")),
        ("1518", ("15", "18")),
        ("108.5", ("10", "8.5")),
        ("10096.00", ("100", "96.00")),
        ("510", ("51", "0")),
        ("1001", ("100", "1")),  # 10 and 01 is no reading: 01 is no figure
        ("10.510", None),  # 10.5 and 10, or 10.51 and 0
    ],
)
def test_glued_points_split_only_one_way(run: str, points: tuple[str, str] | None) -> None:
    split = split_points(run)
    assert (None if split is None else (split[0].text, split[1].text)) == points


@pytest.mark.parametrize("reason", ["3处护栏待补装", "1.部分路段待验收；2.加强调度"])
def test_a_reason_glued_to_the_points_opening_with_a_digit_misreads_no_row(reason: str) -> None:
    """Where the 偏差原因 runs into the points with a digit of its own (2019.5 then “3处…”),
    the cut is in doubt: the row is not read, and no figure of the reason or of the row's
    values is taken for a score."""
    change = {"length": "12.6公里", "sum": "95.50"}
    text = TABLE.format(**{**RIGHT, **change}).replace("12.6公里2020", f"12.6公里2019.5{reason}")
    assert [f for f in findings_of(text) if f.severity == "error"] == []

"""A sum a table's rows keep though its header does not name it: one column the sum of the
columns beside it on every row but one (an allocation table of 移民 counts, a 绩效自评结果
汇总表 of 预算数 | 执行数 | 结余数, a revenue table with its 增减额; figures our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_COUNTS = """2024年度移民后期扶持资金分配表
区 | 核定人数 | 常规扶持 | 特殊扶持 | 中央资金
东城区 | 812 | 590 | 222 | 36.18
西城区 | 603 | 481 | 122 | 27.40
南湖区 | 1104 | 876 | 228 | 51.09
北岭区 | {north} | 705 | 266 | 44.02
江口区 | 890 | 812 | 78 | 47.33
"""


@pytest.mark.parametrize(
    ("north", "code", "found"),
    [
        ("971", "sum-mismatch", []),
        ("917", "sum-mismatch", [("917", "971")]),
        ("1971", "sum-short", [("1971", "971")]),
    ],
)
def test_a_column_the_sum_of_the_two_after_it_on_every_other_row(
    north: str, code: str, found: list[tuple[str, str]]
) -> None:
    # a whole above its parts may hold a source the table has no column for: told, not an error
    assert stated_recomputed(_COUNTS.format(north=north), code) == found


def test_no_formula_is_read_from_too_few_rows_that_show_it() -> None:
    rows = _COUNTS.format(north="917").splitlines()
    text = "\n".join(rows[:3] + rows[5:6])  # three rows only
    assert "sum-mismatch" not in codes_of(text)


_WIDER = """资金分配表
区 | 合计 | 中央 | 省级 | 县级
东城区 | 120 | 70 | 50 | 0
西城区 | 95 | 60 | 35 | 0
南湖区 | 130 | 80 | 50 | 0
北岭区 | 110 | 65 | 45 | {county}
江口区 | 88 | 40 | 48 | 0
"""


def test_a_formula_kept_on_every_row_is_not_undone_by_a_wider_one() -> None:
    # 合计 = 中央 + 省级 on every row: the 县级 column of zeros is outside the sum, and its one
    # figure (a county's own money beside the allocation) breaks nothing
    assert "sum-mismatch" not in codes_of(_WIDER.format(county="12"))


_RESULTS = """部门绩效自评结果公开汇总表
单位:万元
序号 项目名称 预算数(调整后) 执行数 结余数 自评得分
1 城乡居民医疗保险补助资金 2841.5 2841.5 0 100
2 经办机构运行经费 8 8 0 100
3 信息设备购置经费 3.265 3.265 0 100
4 退休人员社会化管理补助资金 74.112 51.306 {left} 92
5 医疗救助补助资金 64.09 2.418 61.672 81
6 离休干部医药费 288.4 288.4 0 100
"""


@pytest.mark.parametrize(("left", "found"), [("22.806", []), ("22.860", [("22.860", "22.806")])])
def test_a_balance_column_is_the_budget_less_what_was_spent(
    left: str, found: list[tuple[str, str]]
) -> None:
    # one row only shows the formula with both parts above 0; the rows spent in full keep it
    assert stated_recomputed(_RESULTS.format(left=left), "remainder-mismatch") == found


def test_without_a_balance_column_rows_spent_in_full_prove_no_formula() -> None:
    text = _RESULTS.format(left="22.860").replace("结余数", "其他数")
    assert {"remainder-mismatch", "sum-mismatch"}.isdisjoint(codes_of(text))


_REVENUE = """一般公共预算收入表
项目 | 本年预算数 | 上年完成数 | 增减额 | 备注
增值税 | 3120 | 2840 | 280 |
企业所得税 | 1865 | 1702 | 163 |
个人所得税 | 942 | 871 | 71 |
房产税 | 611 | 585 | {house} |
印花税 | 233 | 219 | 14 |
"""


def test_a_change_column_is_this_year_less_the_last() -> None:
    assert stated_recomputed(_REVENUE.format(house="62"), "difference-mismatch") == [("62", "26")]
    assert "difference-mismatch" not in codes_of(_REVENUE.format(house="26"))


def test_small_counts_that_add_up_by_chance_are_no_formula() -> None:
    # 人数 = 户数 + 村数 on every row but one by chance (2 = 1 + 1, 3 = 2 + 1)
    rows = ["1 东街道 2 1 1 3000", "2 西镇 3 2 1 4500", "3 南镇 4 2 2 6000", "4 北镇 2 1 1 2500"]
    rows += ["5 中镇 5 3 2 7500", "6 上镇 7 3 2 9800", "7 下镇 3 2 1 4000"]
    text = "临时救助情况汇总表\n序号 乡镇 救助人数 救助户数 涉及村数 救助金额\n" + "\n".join(rows)
    assert "sum-mismatch" not in codes_of(text)


_ADJUSTED = """部门预算调整情况表
部门 | 调整后预算数 | 年初预算数 | 本年追加数 | 本年调减数
教育局 | 14100.80 | 12864.30 | 1236.50 | 0.00
卫生健康局 | 6060.60 | 5218.60 | 842.00 | 0.00
农业农村局 | 5494.60 | 3976.20 | 1518.40 | 0.00
交通运输局 | 3085.00 | 2845.00 | 620.00 | {cut}
民政局 | 2576.10 | 2310.80 | 265.30 | 0.00
"""


@pytest.mark.parametrize(("cut", "found"), [("380.00", []), ("0.00", [("3085.00", "3465.00")])])
def test_a_row_whose_gap_is_its_own_figure_in_another_column_keeps_a_wider_formula(
    cut: str, found: list[tuple[str, str]]
) -> None:
    # (the 调减 column, 0 on every other row, is no part the rows show)
    assert stated_recomputed(_ADJUSTED.format(cut=cut), "sum-mismatch") == found


def test_a_dashed_row_says_nothing_of_the_formula() -> None:
    # a tax new this year: no last year's figure, no change
    text = _REVENUE.format(house="26").replace(
        "印花税 | 233 | 219 | 14 |", "专项收入 | 860 | — | — |"
    )
    assert {"difference-mismatch", "sum-mismatch"}.isdisjoint(codes_of(text))


_BESIDE_A_TOTAL = """特困人员供养资金发放表
序号 | 地区 | 集中供养户数 | 分散供养户数 | 保障户数 | 供养资金 | 护理补贴 | 集中+分散合计
1 | 东关街道 | 14 | 58 | 72 | 61200.00 | 9800.00 | 71000.00
2 | 西关街道 | 9 | 47 | {west} | 52300.00 | 7400.00 | 59700.00
3 | 南湖镇 | 19 | 112 | 131 | 121800.00 | 15200.00 | 137000.00
4 | 北岭镇 | 12 | 131 | 143 | 140100.00 | 16100.00 | 156200.00
5 | 江口镇 | 17 | 41 | 58 | 58900.00 | 8300.00 | 67200.00
"""


@pytest.mark.parametrize(("west", "found"), [("56", []), ("46", [("46", "56")])])
def test_a_formula_beside_a_column_named_total_is_still_read(
    west: str, found: list[tuple[str, str]]
) -> None:
    # 保障户数 = 集中 + 分散 though the header names 集中+分散合计 (column_groups' column)
    assert stated_recomputed(_BESIDE_A_TOTAL.format(west=west), "sum-mismatch") == found


_UNDER_QIZHONG = """特困人员供养经费明细表
金额单位:元
序号 | 镇别 | 保障对象 | 其中 | 月补金额合计
集中供养 | 分散供养
户 | 人 | 户 | 人 | 月补金额 | 户 | 人 | 月补金额
1 | 东关街道 | 6 | 6 | 6 | 6 | 9120 | 0 | 0 | 0 | 9120
2 | 西关街道 | 5 | 5 | 4 | 4 | 6080 | 1 | 1 | 1520 | {west}
3 | 南湖镇 | 12 | 12 | 12 | 12 | 18240 | 0 | 0 | 0 | 18240
4 | 北岭镇 | {north} | 23 | 20 | 21 | 31920 | 2 | 2 | 3040 | 34960
5 | 江口镇 | 9 | 9 | 9 | 9 | 13680 | 0 | 0 | 0 | 13680
"""


@pytest.mark.parametrize(
    ("west", "north", "found"),
    [
        ("7600", "22", []),
        ("7600", "12", [("12", "22")]),
        ("7060", "22", [("7060", "7600")]),
    ],
)
def test_columns_named_alike_under_a_qizhong_add_up(
    west: str, north: str, found: list[tuple[str, str]]
) -> None:
    # 户 = 集中供养户 + 分散供养户; 月补金额合计 (merged from above) = the two 月补金额
    text = _UNDER_QIZHONG.format(west=west, north=north)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_columns_named_alike_without_a_qizhong_are_no_formula() -> None:
    text = _UNDER_QIZHONG.format(west="7600", north="12").replace("其中", "分类")
    assert "sum-mismatch" not in codes_of(text)


def test_parts_under_a_qizhong_are_some_of_the_whole_and_none_is_short() -> None:
    # 资金总额 holds a county's own 配套 money the 其中 columns leave out
    text = """农业产业发展资金分配表
序号 | 县区 | 资金总额 | 其中 |
| | | 中央资金 | 省级资金
1 | 甲区 | 85.0 | 60.0 | 25.0
2 | 乙区 | 142.0 | 100.0 | 42.0
3 | 丙县 | 98.5 | 70.0 | 28.5
4 | 丁县 | 70.0 | 30.0 | 10.0
5 | 戊县 | 91.0 | 65.0 | 26.0
"""
    assert "sum-short" not in codes_of(text)
    # (without the 其中 the 70.0 of 丁县 would be short of a source)
    assert stated_recomputed(text.replace("其中", "分项"), "sum-short") == [("70.0", "40.0")]


def test_a_task_done_beyond_its_size_leaves_nothing_undone() -> None:
    text = """高标准农田建设任务及资金情况
序号 | 乡镇 | 任务面积 | 完成面积 | 未完成面积 | 中央资金 | 省级资金 | 资金合计
1 | 甲镇 | 120 | 118 | 2 | 60.0 | 36.0 | 96.0
2 | 乙镇 | 95 | 101 | 0 | 47.5 | 28.5 | 76.0
3 | 丙镇 | 140 | 132 | 8 | 70.0 | 42.0 | 112.0
4 | 丁镇 | 88 | 80 | 8 | 44.0 | 26.4 | 70.4
5 | 戊镇 | 76 | 70 | 6 | 38.0 | 22.8 | 60.8
"""
    assert "sum-mismatch" not in codes_of(text)
    # (a column not named as what was left undone: 95 below 101 + 0 is a slip)
    other = text.replace("未完成面积", "其他面积")
    assert stated_recomputed(other, "sum-mismatch") == [("95", "101")]

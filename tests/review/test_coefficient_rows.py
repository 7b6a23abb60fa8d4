"""The Chongqing 自评表 scored by a 得分系数, glued by a 文库 copy or spaced (figures our own):
a count indicator that fell short of its target but kept its whole 权重 is found; rates,
whose direction such a row does not tell, are left alone."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

HEADER = (
    "指标名称计量单位指标性质年初指标值调整指标值全年实际完成值"
    "得分系数(%)指标权重(分)指标得分(分)是否核心指标"
)
ROWS = (
    "人员控制率%定量指标100%95%100%33否"  # a ceiling: 95% is within it
    "结转结余率%定量指标5%2%100%22是"
    "业务培训次数次定量指标12次{done}100%{points}是"
    "发放宣传资料份定量指标3000份3200份100%55否"
)


@pytest.mark.parametrize(
    ("done", "points", "found"),
    [
        ("12次", "1010", []),
        ("9次", "107.5", []),  # 10 × 9 ÷ 12 = 7.5
        ("9次", "1010", [("10", "7.50")]),
    ],
)
def test_a_count_short_of_its_target_with_full_points(
    done: str, points: str, found: list[tuple[str, str]]
) -> None:
    text = "部门整体绩效自评表\n" + HEADER + ROWS.format(done=done, points=points)
    assert stated_recomputed(text, "score-full-on-missed") == found


def test_the_same_rows_with_their_cells_spaced() -> None:
    row = "业务培训次数 次 定量指标 12次 9次 100% 10 10 是"
    text = "部门整体绩效自评表\n" + HEADER + "\n" + row
    missed = [f for f in findings_of(text) if f.code == "score-full-on-missed"]
    assert [(f.stated, f.recomputed, f.message[:7]) for f in missed] == [
        ("10", "7.50", "“业务培训次数")
    ]


@pytest.mark.parametrize(
    ("row", "found"),
    [
        ("政府采购执行率%定量指标100%80%100%44是", [("4", "3.20")]),
        ("政府采购执行率%定量指标100%80%100%43.2是", []),  # 4 × 80% = 3.2
        ("资金到位率%100%100%100%44是", []),
        ("服务对象满意率%≥90%85.5%100%55是", [("5", "4.75")]),
        ("公用经费控制率%100%80%100%44是", []),  # a ceiling: 80% is within it
    ],
)
def test_a_rate_read_only_where_its_name_says_more_is_better(
    row: str, found: list[tuple[str, str]]
) -> None:
    text = "部门整体绩效自评表\n" + HEADER + ROWS.format(done="12次", points="1010") + row
    assert stated_recomputed(text, "score-full-on-missed") == found


@pytest.mark.parametrize(
    ("target", "found"),
    [("=100%", [("5", "0.50")]), ("＝100%", [("5", "0.50")]), ("≥100%", [("5", "0.50")])],
)
def test_an_exact_target_missed_is_scored_by_its_share(target: str, found: list) -> None:
    text = (
        "项目支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
        "| 产出指标 | 数量指标 | 举办讲座次数 | ≥4次 | 4次 | 10 | 10 | |\n"
        f"| 满意度指标 | 服务对象满意度指标 | 讲座知晓率 | {target} | 10% | 5 | 5 | |\n"
    )
    assert stated_recomputed(text, "score-full-on-missed") == found


@pytest.mark.parametrize(
    ("name", "target", "done"),
    [
        ("单位工程成本", "=25万元", "23.6万元"),
        ("返工率", "=3%", "1.5%"),
        ("完工时间", "=6个月", "5个月"),
    ],
)
def test_below_an_exact_cost_time_or_fault_rate_is_no_miss(
    name: str, target: str, done: str
) -> None:
    text = (
        "项目支出绩效自评表\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
        "| 产出指标 | 数量指标 | 举办讲座次数 | ≥4次 | 4次 | 10 | 10 | |\n"
        f"| 产出指标 | 质量指标 | {name} | {target} | {done} | 5 | 5 | |\n"
    )
    assert stated_recomputed(text, "score-full-on-missed") == []

"""The Hebei 预算项目绩效自评表 scores each indicator twice: its 单项指标得分 and, weighted by
its 权重占比(%), its 折算得分 (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

TABLE = """某县2023年度预算项目绩效自评表
四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 实际完成值 完成情况 自评得分
符号 单位 单项指标得分 权重占比(%) 单项指标折算得分
产出指标 数量指标 培训农民人数 >= 500 人 520人 完成 100.00 40.00 {first}
质量指标 培训合格率 >= 90 % 95% 完成 100.00 30.00 30.00
效益指标 社会效益指标 带动增收户数 >= 100 户 96户 未完成 96.00 20.00 {third}
满意度指标 服务对象满意度 >= 90 % 93% 完成 100.00 10.00 10.00
"""


@pytest.mark.parametrize(
    ("first", "third", "found"),
    [
        ("40.00", "19.20", []),
        ("44.00", "19.20", [("44.00", "40.00")]),
        ("40.00", "20.00", [("20.00", "19.20")]),  # 96 × 20% = 19.2
    ],
)
def test_a_converted_score_against_its_score_and_weight_share(
    first: str, third: str, found: list[tuple[str, str]]
) -> None:
    text = TABLE.format(first=first, third=third)
    assert stated_recomputed(text, "weighted-score-mismatch") == found


def test_rows_without_the_header_are_not_read_so() -> None:
    text = TABLE.format(first="44.00", third="19.20").replace("权重占比(%) 单项指标折算得分", "")
    assert stated_recomputed(text, "weighted-score-mismatch") == []


def test_a_table_after_the_scored_rows_is_not_read_as_them() -> None:
    after = "五、资金使用明细\n项目 预算数 执行数 结余\n设备购置 30.5 20.1 10.4\n"
    text = TABLE.format(first="40.00", third="19.20") + after
    assert stated_recomputed(text, "weighted-score-mismatch") == []

"""The Hebei 预算项目绩效自评表 scores each indicator twice: its 单项指标得分 and, weighted by
its 权重占比(%), its 折算得分 (figures our own)."""

from __future__ import annotations

import pytest
from review_support import findings_of
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


#: A table whose unit marked each 单项指标得分 out of the row's 权重占比 (figures our own).
ON_SHARES = """某区2024年度预算项目绩效自评表
四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值
单项指标实际完成值 单项指标完成情况 自评得分
符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分
产出指标 数量指标 改造户数 完成改造的农户户数 >= 120 户(户数) 124户 完成 40.00 40.00 16.00
质量指标 验收合格率 通过验收的户数占改造户数的比例 >= 95 %(百分比) {actual} 完成 30.00 30.00 9.00
效益指标 社会效益指标 群众满意度 >= 90 %(百分比) 92% 完成 {third} 30.00 {converted}
"""


@pytest.mark.parametrize(
    ("actual", "third", "converted", "code", "found"),
    [
        ("97%", "30.00", "9.00", "score-full-on-missed", []),
        # 88 ÷ 95 × 30 = 27.79: full marks on a missed target
        ("88%", "30.00", "9.00", "score-full-on-missed", [("30.00", "27.79")]),
        # a met target marked below its share, no reason given
        ("97%", "25.00", "7.50", "score-withheld", [("25.00", "30.00")]),
    ],
)
def test_a_row_marked_out_of_its_share_against_its_target(
    actual: str, third: str, converted: str, code: str, found: list[tuple[str, str]]
) -> None:
    text = ON_SHARES.format(actual=actual, third=third, converted=converted)
    assert stated_recomputed(text, code) == found


def test_a_row_marked_out_of_100_against_its_target() -> None:
    # 96 户 of ≥100 户 scored 96.00 of 100 is in proportion; 100.00 is full marks on a miss
    text = TABLE.format(first="40.00", third="19.20")
    assert stated_recomputed(text, "score-full-on-missed") == []
    full = text.replace("96.00 20.00", "100.00 20.00")
    assert stated_recomputed(full, "score-full-on-missed") == [("100.00", "低于100")]


def test_the_converted_rows_are_no_weight_and_score_pairs() -> None:
    # 权重占比 40 and 折算得分 16 are not a row scoring 16 of 40 on a met target
    text = ON_SHARES.format(actual="97%", third="30.00", converted="9.00")
    codes = {f.code for f in findings_of(text)}
    assert codes.isdisjoint({"score-withheld", "table-score-over-weight", "table-layout"})

"""A 评分表 run into one line, each 三级指标 glued to its 分值 and 得分 (the shape of a 文库
copy of a county's 项目支出绩效评价报告; labels and figures our own)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from review_support import stated_recomputed

from jixiao.review.checks.glued_pairs import split

HEAD = "某县2019年草原保护项目支出绩效评价报告\n本项目绩效评价得分为88分，具体情况详见下表："


def _line(planning: str = "44", basis: str = "10", effect: str = "108") -> str:
    return (
        HEAD + "一级指标二级指标三级指标分值得分项目决策(20分)绩效目标(6分)目标内容22进度计划22"
        f"目标匹配22决策依据({basis}分)政策依据22实施规划{planning}管理制度44资金分配(4分)"
        f"分配方法22分配过程22项目效益(20分)经济效益{effect}社会效益109。\n"
    )


@pytest.mark.parametrize(
    ("digits", "pair"),
    [
        ("22", ("2", "2")),
        ("108", ("10", "8")),
        ("246", ("24", "6")),  # a 得分 within its 分值 first
        ("510", ("5", "10")),  # no 三级指标 weighs 51
        ("1010", ("10", "10")),
    ],
)
def test_glued_digits_are_read_weight_first(digits: str, pair: tuple[str, str]) -> None:
    assert split(digits) == (Decimal(pair[0]), Decimal(pair[1]))


def test_a_right_table_raises_nothing() -> None:
    text = _line()
    assert stated_recomputed(text, "weight-total-mismatch") == []
    assert stated_recomputed(text, "table-score-over-weight") == []


def test_a_score_glued_above_its_weight() -> None:
    assert stated_recomputed(_line(planning="45"), "table-score-over-weight") == [("5", "4")]


def test_a_weight_its_glued_rows_do_not_make() -> None:
    found = stated_recomputed(_line(basis="12"), "weight-total-mismatch")
    assert ("12分", "10分") in found


def test_a_block_of_third_level_rows_alone_is_not_read_as_a_second_level_one() -> None:
    # 项目效益(20分) holds 三级指标 straight away: it cannot fit under 项目决策's room
    text = (
        HEAD + "一级指标二级指标三级指标分值得分项目效益(20分)经济效益108社会效益109"
        "项目决策(20分)绩效目标(6分)目标内容22进度计划22目标匹配22决策依据(10分)政策依据22"
        "实施规划44管理制度44资金分配(4分)分配方法22分配过程22。\n"
    )
    assert stated_recomputed(text, "weight-total-mismatch") == []


def test_a_reason_with_a_count_is_no_glued_row() -> None:
    text = _line().replace("社会效益109。", "社会效益109实际培训少15人。")
    assert stated_recomputed(text, "table-score-over-weight") == []

"""An indicator row's 实际完成值 told again in the 实际完成情况 cell (figures and names our
own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TABLE = (
    "项目支出绩效自评表\n"
    "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "年度资金总额 | 300 | 300 | 300 | 10 | 100% | 10 |\n"
    "年度总体目标 | 预期目标 | 实际完成情况 |\n"
    " | 改造农村户厕2000户。 | {told} |\n"
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
    "产出指标 | 数量指标 | 完成农村户厕改造数量 | ≥2000 | 2130 | 50 | 50 | |\n"
    "效益指标 | 社会效益指标 | 人居环境改善 | 明显 | 明显 | 30 | 30 | |\n"
    "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 | |\n"
    "总分 | | | | | 100 | 100 | |\n"
)


@pytest.mark.parametrize(
    ("told", "found"),
    [
        ("全年完成农村户厕改造2130户，验收合格率100%。", []),
        ("全年完成农村户厕改造2310户，验收合格率100%。", [("2310", "2130")]),
        ("完成农村户厕改造数量为2310户。", [("2310", "2130")]),
        # the target told, a plan, and a count of something else
        ("计划完成农村户厕改造2100户，已全部完成。", []),
        ("完成农村户厕改造2000户的目标。", []),
        ("全年完成农村户厕改造示范户50户。", []),
        # thousands written with a comma, another year, part of the year, another unit
        ("全年完成农村户厕改造2,130户。", []),
        ("全年完成农村户厕改造2,310户。", [("2310", "2130")]),
        ("2022年完成农村户厕改造1800户，2023年完成2130户。", []),
        ("上半年完成农村户厕改造1200户，全年共完成2130户。", []),
    ],
)
def test_a_row_s_result_told_again_with_another_figure(
    told: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TABLE.format(told=told), "figure-inconsistent") == found


def test_a_count_of_another_unit_or_in_ten_thousands() -> None:
    people = _TABLE.replace("完成农村户厕改造数量 | ≥2000 | 2130", "开展技能培训人数 | ≥500 | 520")
    assert (
        stated_recomputed(people.format(told="开展技能培训6期，共520人次。"), "figure-inconsistent")
        == []
    )
    wan = _TABLE.replace("≥2000 | 2130", "≥2万户 | 2.13万户")
    assert (
        stated_recomputed(wan.format(told="完成农村户厕改造21300户。"), "figure-inconsistent") == []
    )
    assert stated_recomputed(
        wan.format(told="完成农村户厕改造23100户。"), "figure-inconsistent"
    ) == [("23100", "2.13万户")]

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
    ],
)
def test_a_row_s_result_told_again_with_another_figure(
    told: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TABLE.format(told=told), "figure-inconsistent") == found

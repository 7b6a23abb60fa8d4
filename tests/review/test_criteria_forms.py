"""A 部门整体 evaluation form whose 评分标准 stands between each row's 分值 and 得分, its
groups labelled with their weights and nested (一级 “管理 (20分)” over 二级 “资金管理
(8分)”): figures and names our own, in the shape such forms come out of a web export."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_FORM = """
某区市场监督管理局2023年度部门整体支出绩效评价自评表
序号 | 一级 指标 |
二级 指标 |
三级 指标 |
指标分值 | 指标解释 | 评分标准 | 自评得分 | 备注 |
1 | 管理 (20分) |
资金管理 (8分) | 资金使用 合规性 | {use} | 是否合规。 | 无违规得满分。 | {use_score} | |
2 | 会计核算 规范性 | 4 | 是否按规定进行会计核算。 | 核算规范得4分,发现一处问题扣1分。 |
4 |
3 | 资产管理 (6分) | 资产账实 相符率 | 3 | 账实相符比例。 | 相符得满分。 | 3 | |
4 | 资产处置 规范性 | 3 | 资产处置是否履行审批程序。 | 按程序处置得满分。 | 3 | |
5 | 人员管理 (6分) | 编制 控制率 | 6 | 在职人数与编制数之比。 | 不超编得满分。 | 6 | |
6 | 绩效 (10分) |
履职效果 (10分) | 监管任务 完成率 | 10 | 抽检完成比例。 | 每降低1%扣0.5分。 | 9.5 | |
合计 | 30 | | | 29.5 | |
"""


def _form(use: str = "4", use_score: str = "4") -> str:
    return _FORM.replace("{use_score}", use_score).replace("{use}", use)


def test_a_right_form_gives_no_finding_on_its_weights_or_scores() -> None:
    for code in ("weight-total-mismatch", "table-score-over-weight", "score-total-mismatch"):
        assert stated_recomputed(_form(), code) == []


def test_rows_passing_their_group_weight_are_named_at_the_inner_group() -> None:
    # 5 + 4 under 资金管理 (8分): the surplus is the inner group's, not the 一级's
    assert stated_recomputed(_form(use="5"), "weight-total-mismatch") == [("8分", "9分")]


def test_a_score_above_its_weight_in_a_form_with_the_rule_between() -> None:
    found = stated_recomputed(_form(use_score="5"), "table-score-over-weight")
    assert [stated for stated, _ in found] == ["5"]


@pytest.mark.parametrize(
    ("label", "found"),
    [("资产管理 (6分)", []), ("资产管理 (5分)", [("5分", "6分")])],
)
def test_a_group_label_against_its_rows(label: str, found: list[tuple[str, str]]) -> None:
    text = _form().replace("资产管理 (6分)", label)
    assert stated_recomputed(text, "weight-total-mismatch") == found


def test_grades_of_a_rule_wrapped_onto_lines_of_their_own_are_not_groups() -> None:
    # the 评分标准 cell of the first row broken by the export: “完全合规 (4分)” is a grade
    text = _form().replace("无违规得满分。", "分档评分:\n完全合规 (4分)\n基本合规 (2分)\n")
    assert stated_recomputed(text, "weight-total-mismatch") == []


def test_a_group_whose_first_inner_group_weighs_more_than_it() -> None:
    # “绩效 (8分)” over “履职效果 (10分)” on the next line: it hands out more than it has
    text = _form().replace("绩效 (10分)", "绩效 (8分)").replace("合计 | 30", "合计 | 28")
    assert stated_recomputed(text, "weight-total-mismatch") == [("8分", "10分")]


def test_a_group_of_no_points_before_the_next_is_no_fault() -> None:
    text = _form().replace("6 | 绩效 (10分) |", "6 | 其他 (0分) |\n绩效 (10分) |")
    assert stated_recomputed(text, "weight-total-mismatch") == []

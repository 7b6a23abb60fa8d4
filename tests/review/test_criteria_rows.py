"""A 部门整体 评分表 a 文库 copy ran together: labels with their weights in brackets, each
row's 指标解释 and 指标说明, its 自评分 glued to the next row's labels (figures and wording
ours)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

_TABLE = (
    "2023年度部门整体支出绩效评价指标评分表填报单位：某县文化馆一级指标二级指标三级指标指标解释"
    "指标说明自评分决策(20分)目标设定(6分)目标依据充分性({basis}分)部门整体绩效目标是否依据"
    "充分。符合国家政策计1分；符合部门职责计{duty}分；符合中长期规划计1分。{first}目标细化程度"
    "(3分)绩效目标是否细化分解。分解为具体任务计1分；有可衡量的指标值计1分；与预算相匹配计1分。"
    "3\n资源配置(14分)人员控制率(7分)实际在职人数与编制数之比。小于或等于1计7分，否则按比例"
    "计分。7公用经费控制率(7分)公用经费决算数与预算数之比。不高于100%计7分，否则按超出比例"
    "扣分。6过程(30分)预算执行(15分)预算执行率(15分)全年执行数与全年预算数之比。14资金管理"
    "(15分)支出合规性(15分)支出是否符合财经制度。15产出(50分)"
)


@pytest.mark.parametrize(("first", "found"), [("3", []), ("4", [("4", "3")])])
def test_a_score_above_its_rows_weight(first: str, found: list[tuple[str, str]]) -> None:
    text = _TABLE.format(basis="3", duty="1", first=first)
    assert stated_recomputed(text, "table-score-over-weight") == found


@pytest.mark.parametrize(("duty", "found"), [("1", []), ("1.5", [("3", "3.5")])])
def test_points_of_a_rows_criteria_against_its_weight(
    duty: str, found: list[tuple[str, str]]
) -> None:
    text = _TABLE.format(basis="3", duty=duty, first="3")
    assert stated_recomputed(text, "criteria-points-mismatch") == found


def test_a_block_whose_weights_miss_its_label() -> None:
    # 资源配置 over 7 + 7: written 15, named once (决策 holds with it read as 14)
    text = _TABLE.format(basis="3", duty="1", first="3")
    assert codes_of(text) & {"score-mismatch", "weight-total-mismatch"} == set()
    wrong = text.replace("资源配置(14分)", "资源配置(15分)")
    found = [f for f in findings_of(wrong) if "资源配置" in f.message]
    assert [(f.code, f.stated, f.recomputed) for f in found] == [
        ("weight-total-mismatch", "15分", "14分")
    ]
    assert found[0].message.endswith("若该指标分值无误，则其中一项7分应为8分。")

"""A 项目支出绩效自评表 a 文库 copy ran into one paragraph, each block's weight glued to its
name (the shape of a city's OCR'd table; figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

TABLE = (
    "1、某市本级部门项目支出绩效自评表(2022年)项目名称小学公用经费主管部门某市教育局自评得分96"
    "一级指标二级指标三级指标分值指标值全年实际值得分项目决策(10分)项目目标完整性4目标明确4"
    "项目管理(25分)预算执行率10100%10财务制度有效性7制度健全7绩效监控有效性2持续有效2"
    "管理制度有效性6严格执行6顼目产出({out}分)数量指标(10分)保障人数101800人1800人10"
    "质量指标(5分)公用经费标准5符合要求5时效指标(5分)完成时间52022年12月4"
    "成本指标({cost}分)办公成本412万元4维修成本310万元3水电成本38万元3"
    "项目效益(35分)经济效益指标指标1:社会效益指标效果显著15改善办学条件13\n"
)


def test_the_output_block_against_its_four_kinds() -> None:
    assert "weight-total-mismatch" not in codes_of(TABLE.format(out="30", cost="10"))
    assert stated_recomputed(TABLE.format(out="35", cost="10"), "weight-total-mismatch") == [
        ("35分", "30分")
    ]


@pytest.mark.parametrize(
    ("cost", "extra"),
    [("", ""), ("10", "数量指标(5分)培训人次50")],
    ids=["kind-without-weight", "kind-named-twice"],
)
def test_left_alone(cost: str, extra: str) -> None:
    text = TABLE.format(out="35", cost=cost).replace("成本指标()", "成本指标")
    text = text.replace("项目效益(35分)", extra + "项目效益(35分)")
    assert "weight-total-mismatch" not in codes_of(text)


def test_a_cost_block_of_its_own_ends_the_output_block() -> None:
    # 项目产出(20分) over 数量 + 质量 + 时效; 项目成本(10分) over its own 成本指标
    text = TABLE.format(out="20", cost="10").replace(
        "成本指标(10分)", "项目成本(10分)成本指标(10分)"
    )
    assert "weight-total-mismatch" not in codes_of(text)

"""A total that says it adds up everything above it in its sentence (以上合计…), and lists by
funding level that are whole because the document names no other level (figures and names our
own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_ABOVE = (
    "1.第二批中央财政衔接资金80万元拟用于某村约6公里破损路面维修整治，投入资金{road}万元；"
    "对环线900米道路进行黑化，预计投入资金55万元；以上合计投入第二批中央财政衔接资金80万元。\n"
)


@pytest.mark.parametrize(("road", "found"), [("25", []), ("35", [("80万元", "90.00万元")])])
def test_a_total_of_everything_above_in_its_sentence(
    road: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_ABOVE.format(road=road), "sum-mismatch") == found


_LEVELS = (
    "一、资金来源\n"
    "2025年中央财政衔接补助资金12000万元、省级财政衔接补助资金6000万元，共计18000万元。\n"
    "二、资金分配情况\n"
    "1、安排种植产业项目资金3000万元（其中：中央财政衔接资金2000万元、省级财政衔接资金"
    "1000万元）。\n"
    "2、安排养殖产业项目资金4200万元（其中：中央财政衔接资金{central}万元、省级财政衔接资金"
    "1700万元）。\n"
)


@pytest.mark.parametrize(
    ("central", "found"), [("2500", []), ("2000", [("4200万元", "3700.00万元")])]
)
def test_a_list_of_the_only_levels_a_document_names_is_whole(
    central: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_LEVELS.format(central=central), "sum-mismatch") == found


def test_a_list_of_two_levels_beside_a_third_named_may_be_partial() -> None:
    text = _LEVELS.format(central="2000") + "3、县级财政统筹安排配套资金500万元。\n"
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_total_of_the_list_inside_a_larger_whole() -> None:
    text = (
        "2023年县级统筹安排就业补助资金共计268.00万元，其中：职业技能培训补贴98.40万元、社会保险"
        "补贴76.20万元、公益性岗位补贴52.60万元，上述合计{listed}万元；另安排就业见习补贴28.80万元。\n"
    )
    assert stated_recomputed(text.format(listed="227.20"), "sum-mismatch") == []
    assert stated_recomputed(text.format(listed="237.20"), "sum-mismatch") == [
        ("237.20万元", "227.20万元")
    ]

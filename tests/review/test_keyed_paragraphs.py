"""A 决算 total announced, then split by one key after another in the paragraphs after it
(figures our own)."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

_TEXT = (
    "三、支出决算情况说明\n"
    "本年支出合计1250.40万元，按支出性质和功能分类分别说明如下。\n"
    "按支出性质分：基本支出900.30万元，占72.00%，主要用于人员工资和日常运转；"
    "项目支出{project}万元，占28.00%，主要用于业务工作。\n"
    "按功能分类分：一般公共服务支出1000.10万元、社会保障和就业支出{social}万元、"
    "住房保障支出130.20万元。\n"
    "四、年末结转和结余情况"
)


def _sums(project: str, social: str) -> list[tuple[str | None, str | None]]:
    text = _TEXT.format(project=project, social=social)
    codes = ("sum-mismatch", "sum-short")
    return [(f.stated, f.recomputed) for f in findings_of(text) if f.code in codes]


@pytest.mark.parametrize(
    ("project", "social", "found"),
    [
        ("350.10", "120.10", []),
        ("350.10", "210.10", [("1250.40万元", "1340.40万元")]),  # the second key's list
        ("305.10", "120.10", [("1250.40万元", "1205.40万元")]),  # the first key's list
    ],
)
def test_each_keyed_list_is_the_announced_total(
    project: str, social: str, found: list[tuple[str, str]]
) -> None:
    assert _sums(project, social) == found


def test_a_keyed_list_that_says_it_is_partial_is_left_alone() -> None:
    text = _TEXT.format(project="350.10", social="20.10").replace(
        "住房保障支出130.20万元", "住房保障支出130.20万元等"
    )
    assert [f.code for f in findings_of(text) if f.code.startswith("sum-")] == []


PROCUREMENT = (
    "（二）政府采购预算安排情况说明。\n"
    "2024年政府采购预算26000元，同比增加4000元。其中：政府集中采购预算26000元，"
    "占政府采购预算的100%；分散采购0元。按政府采购资金类型划分，一般公共预算拨款{money}元，"
    "财政专户管理的资金安排0元，上年结转结余资金安排0元。\n"
)


def test_a_sentence_keyed_by_the_total_s_own_subject_splits_it_whole() -> None:
    assert stated_recomputed(PROCUREMENT.format(money="26000"), "sum-mismatch") == []
    found = stated_recomputed(PROCUREMENT.format(money="22000"), "sum-mismatch")
    assert found == [("26000元", "22000.00元")]


def test_a_key_naming_another_subject_splits_nothing_before_it() -> None:
    text = PROCUREMENT.format(money="22000").replace("按政府采购资金类型", "按部门资金类型")
    assert stated_recomputed(text, "sum-mismatch") == []


_BARE_TOTAL = """本单位2024年支出预算8426.50万元。
（一）按支出功能分类，包括卫生健康支出（类）8426.50万元。
（二）按支出用途分类，包括人员支出{staff}万元，日常公用支出5230万元，项目支出372.50万元。
"""


@pytest.mark.parametrize(
    ("staff", "found"), [("2824", []), ("2842", [("8426.50万元", "8444.50万元")])]
)
def test_a_total_alone_in_its_paragraph_is_split_by_each_numbered_key(
    staff: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_BARE_TOTAL.format(staff=staff), "sum-mismatch") == found


_SIDES = (
    "本单位2024年财政拨款收支预算{total}万元。收入包括：一般公共预算当年拨款收入2816万元，"
    "上年结转118.40万元；支出包括：卫生健康支出（类）2934.40万元。"
)


@pytest.mark.parametrize(
    ("total", "found"), [("2934.40", []), ("2943.40", [("2943.40万元", "2934.40万元")])]
)
def test_each_side_of_a_budget_of_income_and_spending_is_its_whole(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_SIDES.format(total=total), "sum-mismatch") == found


def test_a_keyed_list_short_of_its_total_is_a_fault_and_no_key_is_a_total() -> None:
    text = _BARE_TOTAL.format(staff="2788")
    # 2788 + 5230 + 372.50 = 8390.50: the key's list is the whole, 36 short; the first key's
    # one amount is no total of the second's list
    assert stated_recomputed(text, "sum-mismatch") == [("8426.50万元", "8390.50万元")]
    assert "sum-short" not in {f.code for f in findings_of(text)}


def test_lists_that_say_they_name_the_main_items_only_are_no_whole() -> None:
    keyed = (
        "本单位2024年支出预算8426.50万元。\n"
        "按支出经济分类，主要包括：工资福利支出3000万元，商品和服务支出2000万元。\n"
    )
    sides = _SIDES.format(total="2934.40").replace(
        "支出包括：卫生健康支出（类）2934.40万元",
        "支出主要包括：工资福利支出2000万元，商品和服务支出600万元",
    )
    for text in (keyed, sides):
        assert "sum-mismatch" not in {f.code for f in findings_of(text)}

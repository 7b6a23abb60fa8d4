"""A 其中 list of a whole's members running on over the sentences after it (figures and
names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_SANGONG = (
    "2023年，全县一般公共预算拨款安排的“三公”经费决算支出数为{total}万元，同比减少40.12万元，"
    "下降4.1%。其中：因公出国（境）费支出0万元。公务用车购置费支出180.40万元，同比减少30.5万元，"
    "下降14.46%；公务用车运行维护费支出520.36万元，同比增加12.3万元，增长2.42%。公务接待费支出"
    "236.58万元，同比减少21.92万元，下降8.48%。"
)


@pytest.mark.parametrize(
    ("total", "found"), [("937.34", []), ("937.43", [("937.43万元", "937.34万元")])]
)
def test_the_members_of_the_sangong_whole_over_three_sentences(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_SANGONG.format(total=total), "sum-mismatch") == found


def test_a_list_of_members_that_leaves_one_out_is_no_whole() -> None:
    # 公务接待费 missing: the members named do not make the “三公” whole
    text = _SANGONG.format(total="937.34").replace(
        "公务接待费支出236.58万元", "另有会议费236.58万元"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(
    ("reception", "found"), [("3.05", []), ("3.50", [("45.63万元", "46.08万元")])]
)
def test_the_car_kind_split_inside_the_list_counts_once(
    reception: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年度“三公”经费财政拨款支出45.63万元，比上年增加18.2万元。其中：因公出国（境）费0万元。"
        "公务用车购置及运行维护费42.58万元，比上年增加19.1万元，其中：公务用车购置费26.80万元，"
        f"公务用车运行维护费15.78万元。公务接待费{reception}万元，比上年减少0.9万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_member_named_again_after_the_list_adds_nothing() -> None:
    text = (
        "2022年度支出合计1000万元，其中：基本支出600万元、项目支出395万元。"
        "项目支出主要用于信息化建设和业务培训，其中信息化建设"
    )
    # the list stands in its sentence, which closed before the excerpt's cut
    assert stated_recomputed(text, "sum-mismatch") == [("1000万元", "995.00万元")]


_OPENING_CLOSES = (
    "2024年度“三公”经费财政拨款支出决算为{total}万元，完成预算的91.20%。其中：\n"
    "因公出国（境）费支出决算为3.40万元，完成预算的85.00%。公务用车购置及运行维护费支出决算为"
    "12.65万元。公务接待费支出决算为2.15万元，完成预算的71.67%。"
)


@pytest.mark.parametrize(
    ("total", "found"), [("18.20", []), ("18.02", [("18.02万元", "18.20万元")])]
)
def test_a_list_whose_opening_closes_its_paragraph_goes_on_in_the_next(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_OPENING_CLOSES.format(total=total), "sum-mismatch") == found


def test_a_next_paragraph_that_opens_with_no_member_is_no_list() -> None:
    text = _OPENING_CLOSES.format(total="18.02").replace(
        "因公出国（境）费支出决算为3.40万元", "本单位无因公出国（境）费支出3.40万元"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(("total", "found"), [("41", []), ("50", [("50万元", "41.00万元")])])
def test_the_cars_money_named_without_the_car_is_its_member(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"2022年本部门“三公”经费支出合计{total}万元，比上年减少3.5万元。其中：因公出国（境）费0万元；"
        "公务用车保有量3辆，购置及运行维护费26万元，比上年减少1.5万元；公务接待费15万元，比上年减少2万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_tax_and_non_tax_income_in_sentences_of_their_own_make_the_income() -> None:
    text = (
        "一、决算情况\n2023年，全县一般公共预算地方收入完成{total}万元，占年计划60000万元的107.1%，"
        "同比增长8.5%。其中，税收收入完成45120万元，占年计划42000万元的107.43%，同比增长10.2%。"
        "非税收入完成19140万元，占年计划18000万元的106.33%。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="64260"))
    assert stated_recomputed(text.format(total="64620"), "sum-mismatch") == [
        ("64620万元", "64260.00万元")
    ]

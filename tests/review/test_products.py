"""Amounts paid at a standard per unit against the standard times the count (the shape of
a real district's 耕地地力保护补贴 notice: area in 亩, a per-亩 standard, the sum paid;
passages our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2021年度耕地地力保护补贴项目支出绩效自评报告\n一、项目基本情况\n"
CODE = "product-mismatch"


def test_an_area_times_its_standard_per_mu() -> None:
    text = HEAD + (
        "本次补贴惠及全区44800户农户，补贴面积160118.88亩，按照每亩补贴91.07元的标准，"
        "共计发放补贴资金1458.32万元。\n"
    )
    assert stated_recomputed(text, CODE) == [("1458.32万元", "1458.20万元")]
    assert CODE not in codes_of(text.replace("1458.32万元", "1458.20万元"))


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("全年为1200名困难群众每人补助500元，共计发放资金60万元。", ("60万元", "66万元")),
        ("按120元/亩的标准，对3500亩耕地发放补贴资金42万元。", ("42万元", "42.5万元")),
        ("为86户每户发放奖补资金3000元，兑付金额25.8万元。", ("25.8万元", "28.5万元")),
        ("（1）奶牛良种冻精：30元/剂×18640剂=55.92万元。", ("55.92万元", "59.52万元")),
        ("新装路灯560盏，单价3280元/盏，金额1836800元。", ("1836800元", "2132000元")),
        (
            "奖励扶助8452人，补助标准960元/人·年，补助资金811.392万元。",
            ("811.392万元", "811.932万元"),
        ),
        ("退耕还林2.5万亩，补助标准125元/亩，补助资金312.5万元。", ("312.5万元", "321.5万元")),
        ("按每人每月1,800元标准，42人享受10个月，发放资金756,000元。", ("756,000元", "757,800元")),
        ("按90元/人·月的标准，为120人发放12个月，补助资金129,600元。", ("129,600元", "126,900元")),
    ],
    ids=[
        "per-head",
        "per-mu-after",
        "per-household",
        "written-product",
        "any-unit",
        "per-head-year",
        "ten-thousands",
        "per-head-month-for-months",
        "per-head-month-after",
    ],
)
def test_a_standard_said_either_way(sentence: str, slip: tuple[str, str]) -> None:
    assert CODE not in codes_of(HEAD + sentence + "\n")
    wrong = HEAD + sentence.replace(*slip) + "\n"
    # the stated figure is given without its thousands commas
    assert [stated for stated, _ in stated_recomputed(wrong, CODE)] == [slip[1].replace(",", "")]


def test_the_rounding_of_the_standard_is_allowed() -> None:
    # 91.07 may stand for 91.074: 160,118.88 × 91.074 = 1,458.26万元
    text = HEAD + "补贴面积160118.88亩，每亩补贴91.07元，共计发放补贴资金1458.26万元。\n"
    assert CODE not in codes_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "每人每月补助300元，全年为100人发放补助资金36万元。",
        "按530元/人·月的标准，为100人发放补助资金6.36万元。",
        "每户补助最高不超过5000元，共补助20户，发放资金8万元。",
        "人均补助1500元，共补助200人，发放资金36万元。",
        "一类耕地每亩补贴100元，二类耕地每亩补贴80元，补贴面积3000亩，共发放资金27万元。",
        "补贴面积3000亩，其中新增500亩，每亩补贴100元，共发放资金27万元。",
        "救助小学生140人、初中生96人，小学生300元/年，共发放资金6万元。",
        "每户1000元/年，共补助20户，发放资金3万元。",
    ],
    ids=[
        "per-month",
        "per-head-month",
        "ceiling",
        "average",
        "two-standards",
        "two-counts",
        "per-year-only",
        "per-household-per-year",
    ],
)
def test_no_standard_of_the_whole_sum(sentence: str) -> None:
    assert CODE not in codes_of(HEAD + sentence + "\n")


_TABLE = """
3.资金分配及使用明细
项目 | 标准（元/人·月） | 数量（人） | 月数 | 金额（元）
困难残疾人生活补贴 | 90 | 2,356 | 12 | {first}
重度残疾人护理补贴 | 100 | 3,108 | 12 | 3,729,600
合计 |  |  |  | 6,274,080
"""


def test_a_table_row_against_its_standard_count_and_months() -> None:
    assert CODE not in codes_of(HEAD + _TABLE.format(first="2,544,480"))
    found = stated_recomputed(HEAD + _TABLE.format(first="2,261,760"), CODE)
    assert found == [("2261760", "2544480")]


def test_a_table_without_its_months_column_is_left_alone() -> None:
    text = HEAD + _TABLE.format(first="2,261,760").replace(" | 月数", "").replace(" | 12", "")
    assert CODE not in codes_of(text)


_PRICED = """
项目 | 标准 | 数量 | 金额（万元）
轮式拖拉机 | 12,800元/台 | 46台 | {first}
谷物联合收割机 | 25,600元/台 | 18台 | 46.08
"""


def test_a_table_with_the_unit_in_each_cell() -> None:
    assert CODE not in codes_of(HEAD + _PRICED.format(first="58.88"))
    assert stated_recomputed(HEAD + _PRICED.format(first="85.88"), CODE) == [("85.88", "58.88")]


def test_a_table_none_of_whose_rows_is_a_product_says_nothing() -> None:
    # the amounts are a share of the cost: no row keeps to standard × count
    text = HEAD + _PRICED.format(first="29.44").replace("46.08", "23.04")
    assert CODE not in codes_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "按每人500元的标准，全年共计发放资金60万元（上年为1000人）。",
        "按每人500元的标准，全年共计发放资金60万元，上年为1000人。",
        "项目预算资金50万元，按每人1000元标准资助学生400人。",
    ],
    ids=["count-in-brackets", "count-of-last-year", "budget-not-paid"],
)
def test_no_count_or_sum_of_the_payment(sentence: str) -> None:
    assert CODE not in codes_of(HEAD + sentence + "\n")


@pytest.mark.parametrize(
    ("paid", "found"), [("158.40", []), ("185.40", [("185.40万元", "158.40万元")])]
)
def test_a_count_of_villages_with_its_measure_word(paid: str, found: list[object]) -> None:
    # 660个行政村 × 2400元 = 158.40万元
    text = (
        "农村电影放映活动，具体标准为每村每年2400元，全县660个行政村，"
        f"各级财政配套资金共{paid}万元。"
    )
    assert stated_recomputed(text, "product-mismatch") == found


def test_one_levels_share_of_a_standard_is_not_the_product() -> None:
    # 2万元 × 128 = 256万元 shared 5:3:2: 51.2万元 is the county's part
    text = (
        "按每村每年2万元的标准，由省、市、县三级财政按5:3:2比例分担，全县128个行政村，"
        "县级配套资金51.2万元。"
    )
    assert stated_recomputed(text, "product-mismatch") == []


_RULED = (
    "截至2023年底，馆藏档案资料合计共{whole}卷（册、盘、盒、件），其中：档案98406卷，资料"
    "5210册，按照规定每卷（册）3元的标准测算，争取到市级财政资金{paid}万元。\n"
)


@pytest.mark.parametrize(
    ("whole", "paid", "found"),
    [("103616", "31.0848", []), ("103616", "30.08", [("30.08万元", "31.08万元")])],
)
def test_a_whole_standard_the_rules_set_is_exact(
    whole: str, paid: str, found: list[tuple[str, str]]
) -> None:
    # 103,616 × 3元 = 31.0848万元: 3元 is the rule, not 2.5 to 3.5 rounded; the whole count is
    # the one named 合计共 before the 其中 (its parts are counted in 卷 too)
    assert stated_recomputed(HEAD + _RULED.format(whole=whole, paid=paid), CODE) == found


@pytest.mark.parametrize(
    ("city", "county", "found"),
    [
        ("182.9", "274.35", []),
        ("18.29", "274.35", [("18.29万元", "182.90万元")]),
        ("182.9", "247.35", [("247.35万元", "274.35万元")]),
    ],
)
def test_amounts_each_with_its_standard_in_brackets(
    city: str, county: str, found: list[tuple[str, str]]
) -> None:
    # three standards in one sentence: each amount is read with the one in its brackets
    text = (
        HEAD + f"两区任务1829户，按2500元/户的标准，市级配套资金{city}万元（1000元/户），"
        f"区级配套资金{county}万元（1500元/户）。\n"
    )
    assert stated_recomputed(text, CODE) == found


@pytest.mark.parametrize(("paid", "found"), [("48", []), ("84", [("84万元", "48.00万元")])])
def test_an_amount_with_a_month_s_standard_in_brackets(
    paid: str, found: list[tuple[str, str]]
) -> None:
    text = HEAD + f"全年为200户困难家庭发放生活补贴{paid}万元（200元/户·月），共发放12个月。\n"
    assert stated_recomputed(text, CODE) == found

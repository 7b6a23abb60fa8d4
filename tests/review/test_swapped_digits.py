"""Amounts written twice with two neighbouring digits swapped (figures our own): the one
written fewer times is the suspect; counts, round figures and two-digit amounts are left
alone, as are figures set side by side on purpose (in one sentence, a plan and what was
done, income and spending, another year, their gap told) and a document full of pairs."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

from jixiao.review.checks.swapped_digits import swapped

_CODE = "figure-digits-swapped"

_TOLD_TWICE = (
    "一、基本情况\n"
    "2023年本年追加预算{first}万元，主要用于防汛物资储备。\n"
    "二、预算管理\n"
    "预算调整率为40.39%，本年预算追加数为{second}万元，年初预算为1922.76万元。\n"
)


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        ("776.86", "776.86", []),
        ("776.86", "767.86", [("767.86万元", "776.86万元")]),
        ("776.86", "786.76", []),  # two digits apart, not neighbours
        ("776.86", "776.68", [("776.68万元", "776.86万元")]),
    ],
)
def test_an_amount_told_again_with_two_neighbouring_digits_swapped(
    first: str, second: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TOLD_TWICE.format(first=first, second=second), _CODE) == found


def test_the_amount_written_fewer_times_is_the_suspect() -> None:
    text = (
        "项目总投资2197万元，其中财政资金1800万元。\n"
        "下达资金2179万元，已全部拨付到位。\n"
        "截至年底，项目实际支出2179万元。\n"
    )
    assert stated_recomputed(text, _CODE) == [("2197万元", "2179万元")]


def test_an_amount_of_the_gaps_size_not_written_as_a_gap_sets_no_pair_apart() -> None:
    # 9万元 is a part, not a change: 87.5 and 78.5 are still one figure told twice
    text = (
        "项目资金总预算为2437.5万元，其中部门预算项目支出87.5万元，专项预算支出2350万元。\n"
        "2021年部门预算项目支出78.5万元，其中交流经费9万元。\n"
    )
    assert stated_recomputed(text, _CODE) == [("78.5万元", "87.5万元")]


def test_money_written_wan_before_its_name_and_a_sentence_opened_by_you() -> None:
    # “141.8万补助资金” is money though 元 is left off; “由区财政局…将” opens the sentence, it
    # sets no figure against another (as “由A提高到B” would)
    text = (
        "2023年全区共完成发放补助资金114.8万元。\n"
        "由区财政局分2批次将141.8万补助资金通过一卡通发放到位。\n"
    )
    assert stated_recomputed(text, _CODE) == [("141.8万", "114.8万元")]
    raised = "补助标准由114.8万元提高到141.8万元。\n"
    assert stated_recomputed(raised, _CODE) == []


def test_a_length_told_twice_is_compared_as_an_amount_is() -> None:
    text = (
        "年度绩效目标：改造国省道32.63公里。\n二、绩效目标设定\n绩效目标为改造国省道32.36公里。\n"
    )
    assert stated_recomputed(text, _CODE) == [("32.36公里", "32.63公里")]


@pytest.mark.parametrize(
    "text",
    [
        "建立预防接种证221人，严重精神障碍患者管理数212人。\n",  # counts, not amounts
        "养老服务资金210.00万元。\n睦邻点建设资金120.00万元。\n",  # round figures
        "下达车购税补助65万元。\n下达资金56万元。\n",  # two digits only
        "屋面防水1,326平方米、外墙保温1,236平方米。\n",  # two figures of one sentence
        "年度目标为新建道路2.45公里。\n实际完成新建道路2.54公里，完成率103.67%。\n",  # plan, done
        "年初预算1,243.50万元。\n年中调减9.00万元。\n调整后预算1,234.50万元。\n",  # gap told
        "本年收入434.16万元。\n本年支出443.16万元。\n",  # income and spending
        "三公经费支出45.67万元。\n上年三公经费支出54.67万元。\n",  # another year
    ],
)
def test_counts_round_figures_and_short_amounts_are_left_alone(text: str) -> None:
    assert stated_recomputed(text, _CODE) == []


def test_a_document_full_of_such_pairs_is_a_table_of_like_figures() -> None:
    pairs = ("123.45", "132.45"), ("234.56", "243.56"), ("345.67", "354.67"), ("456.78", "465.78")
    text = "".join(
        f"第{n}项资金{a}万元。\n第{n}批资金{b}万元。\n" for n, (a, b) in enumerate(pairs, 1)
    )
    assert stated_recomputed(text, _CODE) == []
    assert len(stated_recomputed("".join(text.splitlines(True)[:6]), _CODE)) == 3


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("9765", "9756", True),
        ("148.1", "141.8", True),  # across the point, the point in its place
        ("14.81", "148.1", False),  # the point moved
        ("1883.00", "1838.00", True),
        ("1300", "3100", True),  # (round figures are left out before: too few digits)
        ("9765", "9675", True),
        ("9765", "6795", False),
    ],
)
def test_swapped_neighbours(first: str, second: str, expected: bool) -> None:
    assert swapped(first, second) is expected


@pytest.mark.parametrize(
    ("spent", "found"),
    [
        ("458.96", []),
        ("45.896", [("45.896万元", "458.96万元")]),
        ("4589.6", [("4589.6万元", "458.96万元")]),
        ("45.89", []),  # another figure, not the same digits
    ],
)
def test_an_amount_with_its_point_moved_even_in_one_sentence(
    spent: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"孤儿补助资金项目总预算458.96万元，2022年决算财政资金支出{spent}万元。\n"
        "2022年孤儿补助共支出458.96万元。\n"
    )
    assert stated_recomputed(text, "figure-point-moved") == found


def test_short_figures_with_a_point_moved_may_be_two_figures() -> None:
    text = "培训经费1.5万元，全年培训15期，人均补助15.0元。\n办公经费150万元。\n"
    assert stated_recomputed(text, "figure-point-moved") == []


@pytest.mark.parametrize(
    "text",
    [
        # a share the text tells: the 质保金 is 10% of the contract
        "施工合同金额2,356.8万元。竣工验收后预留合同金额的10%作为质量保证金，即235.68万元。\n",
        # a standard per unit times a count of ten or a hundred
        "对10个重点帮扶村每村安排产业发展资金358.26万元。\n本年度共投入衔接资金3,582.6万元。\n",
        "全县认定困难家庭100户，按照每户365.75元的标准发放补贴，共计发放36575元。\n",
        # a part told after 其中
        "下达奖补资金1,234.5万元，全部用于公益事业建设。其中，城关镇安排123.45万元。\n",
        # areas of one digits by chance
        "全镇核定补贴面积12,485.6亩。\n全镇共有农户1248.56亩耕地实行规模化流转。\n",
    ],
)
def test_figures_of_one_digits_that_are_two_figures(text: str) -> None:
    assert stated_recomputed(text, "figure-point-moved") == []


def test_a_point_moved_in_a_table_row_under_its_qizhong_label() -> None:
    # 其中 is the row's label here: the figure after it is the row's, not a part of 620.82
    text = (
        "项目支出绩效自评表 年度资金总额 628.02万元 620.82万元 620.82万元 100 100% 10 "
        "其中:当年财政拨款 620.82万元 620.82万元 62.082万元 100 100% 10 得分\n"
    )
    assert stated_recomputed(text, "figure-point-moved") == [("62.082万元", "620.82万元")]


@pytest.mark.parametrize(
    ("later", "found"),
    [
        ("实际完成农村危房改造382户", [("382户", "328户")]),  # the same count told again
        ("实际完成农村厕所改造382户", []),  # another count, under other words
    ],
)
def test_a_count_told_again_under_the_same_words(later: str, found: list[tuple[str, str]]) -> None:
    text = (
        "我县2023年农村危房改造任务数为150户，实际完成农村危房改造328户，发放补助资金492万元。\n"
        f"（一）资金投入情况：符合条件均可申报，{later}。\n"
    )
    assert stated_recomputed(text, "figure-digits-swapped") == found

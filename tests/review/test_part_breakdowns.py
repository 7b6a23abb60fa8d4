"""A part's own breakdown inside an outer list (其中 … 其中/包含 …), checked against the part
(figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_SHORT = [("3000.00万元", "2920.00万元")]


@pytest.mark.parametrize(
    ("other", "found"), [("80.00", []), ("60.00", [("3000.00万元", "2980.00万元")])]
)
def test_an_inner_qizhong_list_set_apart_by_semicolons_goes_on(
    other: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年总支出决算数为4300.00万元，其中基本支出决算数为3000.00万元，其中工资福利支出"
        "1800.00万元；商品和服务支出520.00万元；对个人和家庭的补助600.00万元；"
        f"其他资本性支出{other}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") + stated_recomputed(text, "sum-short") == found


@pytest.mark.parametrize(("welfare", "found"), [("1800.00", []), ("1720.00", _SHORT)])
def test_a_breakdown_opened_by_baohan_is_checked_against_its_part(
    welfare: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年总支出决算数为4300.00万元，其中基本支出决算数为3000.00万元，包含工资福利支出"
        f"{welfare}万元；商品和服务支出520.00万元；对个人和家庭的补助600.00万元；"
        "其他资本性支出80.00万元；项目支出决算数为1300.00万元。"
    )
    assert stated_recomputed(text, "sum-short") == found
    assert stated_recomputed(text, "sum-mismatch") == []  # 3000 + 1300 still make 4300


@pytest.mark.parametrize(("welfare", "found"), [("1800.00", []), ("1720.00", _SHORT)])
def test_a_list_that_closed_before_the_cut_of_an_excerpt(
    welfare: str, found: list[tuple[str, str]]
) -> None:
    # the paragraph runs into the excerpt's cut, but the list's sentence ended before it
    text = (
        "2023年基本支出决算数为3000.00万元，包含工资福利支出"
        f"{welfare}万元；商品和服务支出520.00万元；对个人和家庭的补助600.00万元；"
        "其他资本性支出80.00万元。年度决算基本支出总额超过年初预算批"
    )
    assert stated_recomputed(text, "sum-short") == found


@pytest.mark.parametrize(
    ("total", "found"), [("2506", []), ("2509", [("2509万元", "2506.00万元")])]
)
def test_a_closing_total_over_a_subtotal_and_the_part_after_it(
    total: str, found: list[tuple[str, str]]
) -> None:
    # the first part carries its own 合计; the running account after the total is no part
    text = (
        "2024年中央年初下达补贴资金合计2186万元，省内安排配套补贴资金320万元，"
        f"年初预算合计{total}万元，年中调减中央资金200万元，全年预算执行数合计2306万元。"
    )
    assert stated_recomputed(text, "sum-short") + stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("total", "found"), [("186440", []), ("186443", [("186443万元", "186440.00万元")])]
)
def test_a_list_made_before_a_semicolon_and_a_level_and_those_above_it(
    total: str, found: list[tuple[str, str]]
) -> None:
    # 市级及以上 holds 中央 money; the figure after the ； passes the total: another scope
    text = (
        f"2023年，市财政共下达市级及以上农田水利资金{total}万元，其中：中央财政资金131257万元，"
        "市级财政资金55183万元；本次纳入绩效评价范围的市级及以上资金98620万元。"
    )
    assert stated_recomputed(text, "sum-short") + stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    "text",
    [
        # what arrived is no sum of the sources planned
        "中央资金合计760万元，地方配套190万元，到位资金合计874万元，资金到位率92.00%。",
        # a thousands comma inside a part is no clause of its own
        "中央下达资金3,000万元，省级安排600万元，市级安排400万元，资金总计4,000万元。",
        # what arrived over the sum of the sources
        "截至年底，中央下达资金合计1,600万元，省级安排400万元，累计到位资金合计1,800万元，"
        "到位率90.00%。",
    ],
)
def test_sources_planned_and_what_arrived(text: str) -> None:
    found = [
        pair
        for code in ("sum-mismatch", "sum-short", "rate-mismatch")
        for pair in stated_recomputed(text, code)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("total", "found"), [("4,000", []), ("4,300", [("4300万元", "4000.00万元")])]
)
def test_a_closing_total_over_parts_written_with_thousands_commas(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = f"中央下达资金3,000万元，省级安排600万元，市级安排400万元，资金总计{total}万元。"
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("total", "found"), [("31.40", []), ("31.04", [("31.04万元", "31.40万元")])]
)
def test_a_parts_wordy_breakdown_with_no_figure_does_not_end_the_list(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"本单位“三公”经费支出合计{total}万元。其中：因公出国（境）费支出0万元；公务用车购置费支出"
        "0万元；公务用车运行维护费支出12.60万元，主要包括燃料费、维修保养费和保险费；公务接待费"
        "支出18.80万元，主要包括按规定开支的各类公务接待费用。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("upkeep", "found"), [("2648", []), ("2548", [("4070万元", "3970.00万元")])]
)
def test_a_bracket_that_includes_both_car_kinds_is_the_whole_car_money(
    upkeep: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2021年区本级“三公”经费支出预算为4432万元，其中：因公出国（境）费用39万元，公务接待费"
        f"323万元，公务用车购置及运行维护费4070万元（包括：公务用车运行维护费{upkeep}万元、"
        "公务用车购置1422万元）。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_bracket_that_includes_some_items_only_is_not_a_whole() -> None:
    text = "2023年项目支出1300万元（包括：设备购置500万元、培训费300万元）。\n"
    assert stated_recomputed(text, "sum-mismatch") + stated_recomputed(text, "sum-short") == []


@pytest.mark.parametrize(("cash", "found"), [("3.96", []), ("3.86", [("17.80万元", "17.70万元")])])
def test_a_qizhong_after_an_area_splits_the_money_before_it(
    cash: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "二、完善退耕还林政策兑现补助资金17.80万元，计划兑现面积1980亩，其中：粮食折现补贴"
        f"13.84万元、现金补贴{cash}万元，年终列入相关政府收支分类科目。\n"
    )
    assert stated_recomputed(text, "sum-short") + stated_recomputed(text, "sum-mismatch") == found

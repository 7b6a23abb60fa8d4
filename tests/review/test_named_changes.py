"""A change of a named item whose two levels stand in earlier paragraphs (figures and names
our own)."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

_TEXT = """一、2024年“三公”经费预算安排情况
2024年度“三公”经费预算29.6万元，其中：因公出国（境）费0万元，公务接待费9.6万元，公务用车运行维护费20万元。
二、2023年“三公”经费决算情况
2023年度“三公”经费支出27.35万元，其中：因公出国（境）费0万元，公务接待费10.21万元，公务用车运行维护费17.14万元。
2024年度“三公”经费预算较上年增加2.25万元。其中公务接待费较上年减少0.61万元，下降5.97%。公务用车运行维护费较上年增加2.86万元，增长{rate}。
"""


@pytest.mark.parametrize(("rate", "found"), [("16.69%", []), ("16.96%", [("16.96%", "16.69%")])])
def test_a_change_over_the_older_of_two_levels_named_alike(
    rate: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TEXT.format(rate=rate), "rate-mismatch") == found


def test_the_error_is_not_also_a_rounding_gap() -> None:
    codes = [f.code for f in findings_of(_TEXT.format(rate="16.96%"))]
    assert "rate-rounding-gap" not in codes


def test_levels_whose_gap_is_not_the_change_confirm_no_base() -> None:
    text = _TEXT.format(rate="16.96%").replace(
        "公务用车运行维护费17.14万元", "公务用车运行维护费17.41万元"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_two_pairs_of_levels_leave_the_base_unknown() -> None:
    text = (
        _TEXT.format(rate="16.96%")
        + "2022年度公务用车运行维护费14.28万元，2021年度公务用车运行维护费11.42万元。\n"
    )
    # 17.14 − 14.28 = 2.86 as well: which year is compared cannot be told
    text = text.replace("公务用车运行维护费较上年增加2.86万元，增长16.96%。\n", "") + (
        "公务用车运行维护费较上年增加2.86万元，增长16.96%。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_change_over_last_years_budget_named_as_such() -> None:
    text = (
        "2025年“三公”经费财政拨款预算数为22.40万元，其中：因公出国（境）费1.50万元，"
        "公务用车购置及运行费16.10万元，公务接待费4.80万元。\n"
        "2024年“三公”经费财政拨款年初预算数为24.00万元，其中：因公出国（境）费2.00万元，"
        "公务用车购置及运行费17.00万元，公务接待费5.00万元；2024年决算数为21.30万元，其中："
        "因公出国（境）费1.10万元，公务用车购置及运行费15.70万元，公务接待费4.50万元。\n"
        "2025年“三公”经费预算较上年预算减少1.60万元，下降6.67%。其中：因公出国（境）费较上年预算"
        "减少0.50万元，下降25.00%；公务用车购置及运行费较上年预算减少0.90万元，下降{rate}。"
    )
    assert stated_recomputed(text.format(rate="5.29%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(rate="5.92%"), "rate-mismatch") == [("5.92%", "5.29%")]


_ALONE = """二、“三公”经费预算情况说明
2025年财政拨款“三公”经费预算总额为{level}万元，其中，因公出国（境）费支出0万元，公务用车购置及运行费支出2.1万元，公务接待费支出1.5万元。
2025年“三公”经费预算数比2024年预算数减少0.12万元，减幅{rate}。
"""


@pytest.mark.parametrize(("rate", "found"), [("3.23%", []), ("0.03%", [("0.03%", "3.23%")])])
def test_this_years_level_alone_in_the_sentence_before(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 0.12 ÷ (3.6 + 0.12) = 3.23%
    assert stated_recomputed(_ALONE.format(level="3.6", rate=rate), "rate-mismatch") == found


@pytest.mark.parametrize(
    "change",
    [
        # the level is last year's, not this year's
        ("2025年财政拨款“三公”经费预算总额", "2024年财政拨款“三公”经费预算总额"),
        # the level is spent (决算), the change of the budget
        ("“三公”经费预算总额为", "“三公”经费决算支出为"),
        # two levels under the name: which is this year's is not told
        ("其中，", "其中，2025年机关本级“三公”经费预算2.4万元，"),
    ],
)
def test_no_level_of_this_year_under_the_name(change: tuple[str, str]) -> None:
    text = _ALONE.format(level="3.6", rate="0.03%").replace(*change)
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_level_of_another_kind_under_the_name_is_no_base() -> None:
    # 预算执行数 3.50 is what was spent of this year's budget, not the budget itself
    text = _ALONE.format(level="3.6", rate="0.03%").replace(
        "预算总额为3.6万元", "预算执行数为3.50万元"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(("rate", "found"), [("25%", []), ("30%", [("30%", "25%")])])
def test_a_change_whose_clause_names_an_item_stated_before(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 12.5 this year, 2.5 more than last: 2.5 ÷ 10.0 = 25%
    text = (
        "2023年度“三公”经费支出决算中，因公出国（境）费支出决算0万元；公务用车购置及运行费"
        "支出决算8.6万元；公务接待费支出决算12.5万元。\n"
        "其中，因公出国支出决算比预算无增减变化，比去年无增减变化；公务接待费支出决算比预算无增减"
        f"变化，比去年增加2.5万元，增长{rate}，主要是接待任务增加。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found

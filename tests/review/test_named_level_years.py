"""A 三公 budget paragraph that says its year once, at its start, then lists the kinds and
compares each with the year before in sentences of their own (figures our own): each
change's rate against the level stated under the same name, and a change said of nothing
right after the 其中 list against the list's total."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "2022年，本级一般公共预算安排的“三公”经费预算为1260万元。其中，因公出国（境）费40万元，"
    "公务接待费320万元，公务用车购置及运行费900万元。同口径比2021年减少140万元，下降{whole}%。"
    "其中：因公出国（境）费同口径比2021年减少10万元，下降{abroad}%。"
)


@pytest.mark.parametrize(
    ("whole", "abroad", "found"),
    [
        ("10", "20", []),
        ("12", "20", [("12%", "10%")]),
        ("10", "25", [("25%", "20%")]),
    ],
)
def test_changes_of_a_paragraph_that_says_its_year_once(
    whole: str, abroad: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(whole=whole, abroad=abroad)
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    "text",
    [
        # the level of the year the paragraph is of, not the one compared with
        "2021年因公出国（境）费50万元，2022年因公出国（境）费40万元。"
        "其中：因公出国（境）费同口径比2021年减少10万元，下降20%。",
        "2022年，本单位严格控制出国活动。因公出国（境）费40万元，公务接待费20万元。"
        "其中：因公出国（境）费同口径比2021年减少10万元，下降20%。",
    ],
)
def test_the_level_of_the_paragraphs_own_year(text: str) -> None:
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(
    "text",
    [
        # last year's level named as such: the change is over it, 8 ÷ 40 = 20%
        "2023年，本单位压减公务接待。上年公务接待费40万元，本年同口径比2022年减少8万元，下降20%。",
        # the level of the year compared with, in the sentence before the change
        "2023年，本单位压减公务接待，2022年公务接待费40万元。"
        "其中：公务接待费同口径比2022年减少8万元，下降20%。",
    ],
)
def test_a_level_of_the_year_compared_with_is_the_base(text: str) -> None:
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(
    ("income", "spending", "found"),
    [
        ("2.71", "2.18", []),
        ("2.91", "2.18", [("2.91%", "2.71%")]),
        ("2.71", "2.38", [("2.38%", "2.18%")]),
    ],
)
def test_changes_of_income_and_spending_over_their_totals_sentences_back(
    income: str, spending: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "1.收入支出总体情况。2024年度收入总计52180.40万元，支出总计52180.40万元。"
        f"收入较上年减少1452.30万元，降低{income}%，主要原因是土地出让收入减少。"
        f"支出较上年减少1160.20万元，降低{spending}%，主要原因是压减一般性支出。"
    )
    # the totals balance; the spending rate is over 52180.40 + 1160.20
    assert stated_recomputed(text, "rate-mismatch") == found


_KINDS = (
    "2024年度“三公”经费支出合计52.60万元。其中，因公出国（境）费0万元；公务用车购置及运行维护费"
    "44.80万元（公务用车购置费30.00万元、公务用车运行维护费14.80万元）；公务接待费7.80万元。\n"
    "经比较，2024年度“三公”经费较上年增加21.40万元，增长68.59%。其中：公务用车购置费30.00万元，"
    "较年初预算数减少2.00万元；公务用车运行维护费较上年减少3.20万元，下降{car}%；"
    "公务接待费较上年减少{change}万元，下降20.00%。"
)


@pytest.mark.parametrize(
    ("car", "change", "found"),
    [
        ("17.78", "1.95", []),
        ("17.87", "1.95", [("17.87%", "17.78%")]),
        # 1.59 ÷ (7.80 + 1.59) = 16.93%, not the 20.00% stated
        ("17.78", "1.59", [("20.00%", "16.93%")]),
    ],
)
def test_a_kinds_change_after_another_kinds_level_in_its_sentence(
    car: str, change: str, found: list[tuple[str, str]]
) -> None:
    # each ；-part says its own kind; the levels stand in the paragraph before, whose year
    # is said once at its start
    text = _KINDS.format(car=car, change=change)
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("0.6%", []), ("0.8%", [("0.8%", "0.6%")])])
def test_the_amount_named_exactly_is_the_level_not_a_part_whose_name_holds_it(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 12.37 ÷ (2172.38 − 12.37) = 0.57%: not over 92.27, the 政府性基金 part named after it
    text = (
        "二、财政拨款收入支出情况\n2023年度财政拨款收入2334.61万元。财政拨款支出2172.38万元，"
        "其中一般公共预算财政拨款支出2080.11万元，政府性基金预算财政拨款支出92.27万元。"
        f"财政拨款支出比上年增加12.37万元，增长{rate}。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("cut", "found"), [("6.3", []), ("6.8", [("58.3%", "60.2%")])])
def test_a_second_comparison_after_a_semicolon_keeps_the_subject(
    cut: str, found: list[tuple[str, str]]
) -> None:
    # “…较上年决算数减少0.03万元，下降0.6%；较年初预算数减少6.3万元，下降58.3%”: the 三公
    # 经费 of the sentence before, over its budget (4.5 + 6.3)
    text = (
        "2021年度镇本级“三公”经费决算4.5万元，因公出国（境）费0万元，公务接待费0万元。"
        "经比较，2021年度镇本级“三公”经费较上年决算数减少0.03万元，下降0.66%；"
        f"较年初预算数减少{cut}万元，下降58.3%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found

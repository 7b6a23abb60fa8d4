"""A review cut or a purchase saving against the two amounts named beside it, and the
“三公” kinds told without 因公出国 that make one change exactly (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("cut", "found"),
    [("18772", []), ("18906", [("18906万元", "18772万元")])],
)
def test_a_review_cut_is_the_submitted_less_the_approved(
    cut: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"截至11月份，全县共完成财政投资项目评审162个，送审金额115991万元，审定金额97219万元，"
        f"审减金额{cut}万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("saved", "found"),
    [("232.93", []), ("223.93", [("223.93万元", "232.93万元")])],
)
def test_a_saving_is_the_budget_less_the_purchase(saved: str, found: list[tuple[str, str]]) -> None:
    text = (
        "2018年全县采购预算金额为42875.34万元，实际采购金额为42642.41万元，"
        f"节约金额{saved}万元，资金节约率为0.54%。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("budget", "found"),
    [("0.08", []), ("0.04", [("0.04万元", "减少0.08万元")])],
)
def test_kinds_that_make_the_years_change_make_the_budgets_too(
    budget: str, found: list[tuple[str, str]]
) -> None:
    # 2.90 + 12.39 = 15.29 over last year: the two kinds told are the whole
    text = (
        "经比较，2020年度“三公”经费较上年减少15.29万元，下降49.87%，"
        f"较年初预算数减少{budget}万元。主要是严控一般性支出。其中：公务用车购置及运行维护费较上年"
        "减少2.90万元，较年初预算数减少0.04万元；公务接待费较上年减少12.39万元，"
        "较年初预算数减少0.04万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("whole", "found"),
    [("22950.39", []), ("22905.39", [("22905.39万元", "22950.39万元")])],
)
def test_a_total_with_its_spending_progress_before_its_parts(
    whole: str, found: list[tuple[str, str]]
) -> None:
    # 支出进度100% is the total's own rate: the 其中 after it splits the total
    text = (
        f"截至2019年12月18日，全县项目单位共支出财政涉农整合资金{whole}万元，支出进度100%，"
        "其中：部门支出11990.67万元，支出进度100%；乡镇支出10959.72万元，支出进度100%。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("rate", "found"),
    [
        # 480.62 ÷ (4303.58 + 480.62) = 10.05%: of what was bought and saved together
        ("10.05", []),
        # of what was bought: 480.62 ÷ 4303.58 = 11.17%, a base some texts take
        ("11.17", []),
        ("10.5", [("10.5%", "10.0%")]),
    ],
)
def test_a_saving_rate_of_the_budget_it_implies(rate: str, found: list[tuple[str, str]]) -> None:
    text = (
        "截止6月30日，我县完成政府采购额4303.58万元，比去年同期2213万元增加2090.58万元，"
        f"节约资金480.62万元，节约率{rate}%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    ("health", "found"), [("49.59", []), ("49.95", [("14629.33万元", "14629.69万元")])]
)
def test_parts_opened_by_the_total_named_again(health: str, found: list[tuple[str, str]]) -> None:
    # “在项目支出当中”: the total named again opens its parts, like 其中
    text = (
        "本年度我院项目支出14,629.33万元，占总支出的54.19%，在项目支出当中，教育事业支出"
        f"14,412.87万元，科研支出166.87万元，医疗卫生支出{health}万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_phrase_of_time_opens_no_parts() -> None:
    text = "全年项目支出120万元，在执行过程中，调减培训费10万元，调增设备购置费30万元。\n"
    assert stated_recomputed(text, "sum-mismatch") == []

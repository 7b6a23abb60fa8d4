"""A review cut or a purchase saving against the two amounts named beside it, and the
“三公” kinds told without 因公出国 that make one change exactly (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import file_stated_recomputed
from review_support import findings_of
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


_TWO_KINDS = (
    "全年共采购项目312个，采购计划金额共计52340.60万元，实际采购金额共计47815.25万元，"
    "共节约资金{whole}万元，节约率为8.65%，其中货物类采购计划金额共计21066.30万元，"
    "实际采购金额共计18904.12万元，共节约资金2162.18万元，节约率为{rate}%；工程类略。\n"
)


@pytest.mark.parametrize(
    ("whole", "rate", "found"),
    [
        ("4525.35", "10.26", []),
        ("4255.35", "10.26", [("sum-mismatch", "4255.35万元", "4525.35万元")]),
        # the part's rate, one of two triads in the sentence: 2162.18 ÷ 21066.30 = 10.26%
        ("4525.35", "10.62", [("rate-mismatch", "10.62%", "10.26%")]),
    ],
)
def test_each_triad_of_a_sentence_and_the_rate_after_it(
    whole: str, rate: str, found: list[tuple[str, str, str]]
) -> None:
    text = _TWO_KINDS.format(whole=whole, rate=rate)
    codes = ("sum-mismatch", "rate-mismatch")
    assert [(f.code, f.stated, f.recomputed) for f in findings_of(text) if f.code in codes] == found


@pytest.mark.parametrize(
    ("saved", "found"), [("184.46", []), ("148.46", [("148.46万元", "184.46万元")])]
)
def test_a_saving_on_the_budget_it_is_compared_with(saved: str, found: list[object]) -> None:
    text = f"上半年全区实施政府采购总金额3518.44万元，比预算的3702.90万元节约资金{saved}万元。\n"
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("11.10", []), ("11.01", [("11.01%", "11.10%")])])
def test_a_review_cut_rate_of_what_was_sent(rate: str, found: list[object]) -> None:
    text = f"本月共评审金额4620万元，审定金额4107万元，审减金额513万元，审减率{rate}%。\n"
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_parts_gap_is_not_the_wholes() -> None:
    # 3702.90 − 3518.44 = 184.46 is the whole saving, not the 公开招标 part's 95.30
    text = (
        "全年政府采购预算金额3702.90万元，实际采购金额3518.44万元，其中公开招标方式节约资金"
        "95.30万元；全年共节约资金184.46万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_rate_written_twice_in_a_paragraph_is_told_once_for_its_slip() -> None:
    # 3270.00 ÷ 30000.00 = 10.9%, written 10%; the first 10% (10.26%) holds: two checks
    # read the second one the same way, and it is one fault
    text = (
        "货物类采购计划金额21066.30万元，实际采购金额18904.12万元，节约资金2162.18万元，"
        "节约率为10%；工程类采购计划金额30000.00万元，实际采购金额26730.00万元，"
        "节约资金3270.00万元，节约率为10%。\n"
    )
    found = [f.stated for f in findings_of(text) if f.code == "rounding-truncated"]
    assert found == ["10%"]


def test_parts_on_the_line_after_a_qizhong_are_read_with_their_total(tmp_path: Path) -> None:
    # a web page broke the sentence after “其中：”: 4412 + 36 = 4448, not 4484
    text = (
        "本月评审中心共评审金额5030万元，审定金额4484万元，审减金额546万元。其中：\n"
        "工程预算送审金额4980万元，审定金额4412万元，审减金额为568万元；工程决算送审金额"
        "50万元，审定金额为36万元，审减金额为14万元。\n"
    )
    found = file_stated_recomputed(tmp_path / "评审.txt", text, "sum-mismatch")
    assert ("4484万元", "4448.00万元") in found


def test_a_gap_is_named_as_written() -> None:
    text = "本月送审金额4980万元，审定金额4412万元，审减金额为586万元。\n"
    messages = [f.message for f in findings_of(text) if f.code == "sum-mismatch"]
    assert messages == [
        "4980万元与4412万元之差为568万元，报告所列审减金额586万元，两者不符，请核实。"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a rate said to be of what was bought: 325.30 ÷ 3195.10 = 10.18%
        "货物类采购预算金额3520.40万元，实际采购金额3195.10万元，节约资金325.30万元，"
        "按成交金额计算的节约率为10.18%。",
        # a part's saving after 其中, of its own budget (5125.00, not stated here)
        "全年完成政府采购预算金额9800.00万元，实际采购金额9100.00万元，其中工程类节约资金"
        "410.00万元，节约率8.00%；全年共节约资金700.00万元，节约率7.14%。",
        # two purchases, then their saving together: 153.30 ÷ (860.00 + 1420.00) = 6.72%
        "甲项目预算金额860.00万元，中标金额791.20万元；乙项目预算金额1420.00万元，中标金额"
        "1335.50万元，两个项目合计节约资金153.30万元，节约率6.72%。",
        # another subject's cut after a ；: 212.60 ÷ its own 送审 1530.00 = 13.90%
        "其中：工程预算送审金额6240.00万元，审定金额5580.40万元；工程决算评审项目12个，"
        "审减金额212.60万元，审减率13.90%。",
    ],
)
def test_savings_and_cuts_of_another_base_or_scope_get_no_alarm(text: str) -> None:
    codes = {"sum-mismatch", "rate-mismatch", "rounding-truncated"}
    assert [f.code for f in findings_of(text + "\n") if f.code in codes] == []

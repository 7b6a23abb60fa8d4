"""Lists and rates that real 决算 pages misread (figures ours): names after 包括 counted by the
word that ends them, items of what came in under a total of what went out, a part's own rate
after 其中."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("count", "found"), [("6", []), ("7", []), ("5", [("5", "6")])], ids=["all", "more", "fewer"]
)
def test_names_ending_alike_before_their_count_closed_by_deng(
    count: str, found: list[tuple[str, str]]
) -> None:
    # 等 may leave names out (7 for 6 listed), never list more than the count
    text = (
        "某县2024年部门决算公开情况\n今年公开的决算表包括收入决算表、支出决算表、"
        "财政拨款收入支出决算表、一般公共预算财政拨款支出决算表、政府性基金预算财政拨款支出"
        f"决算表、“三公”经费支出决算表等{count}张报表，涵盖部门全部收支。\n"
    )
    assert stated_recomputed(text, "list-count-mismatch") == found


def test_names_that_do_not_end_as_their_count_word_are_not_counted() -> None:
    # the items are no 报表 (…情况): what they are cannot be told
    text = (
        "某县2024年部门决算公开情况\n公开内容包括收支情况、三公经费情况、政府采购情况、"
        "国有资产占用情况等3张报表。\n"
    )
    assert "list-count-mismatch" not in codes_of(text)


def test_items_of_what_came_in_are_no_parts_of_what_went_out() -> None:
    # the lead's last sentence states the spending only; the funds below each state income
    # first (862.40 + 143.60 is this year's income, not the 931.75 spent)
    lines = [
        "某院2023年度部门决算说明",
        "本部门2023年度财政拨款本年收入1006.00万元，比上年增加96.20万元。同时压减了部分项目预算；"
        "本年支出931.75万元，增加85.10万元，增长10%，主要是收入增长原因。具体情况如下：",
        "1.一般公共预算财政拨款本年收入862.40万元，比上年增加20.10万元；本年支出788.15万元。",
        "2.政府性基金预算财政拨款本年收入143.60万元，比上年增加76.10万元；本年支出143.60万元。",
    ]
    assert stated_recomputed("\n".join(lines), "sum-mismatch") == []


def test_a_parts_own_rate_after_qizhong_is_not_the_whole_over_the_part() -> None:
    # 99.2% is what the 中央 stream shared out of itself: neither 45.66 ÷ 39.46 nor its inverse
    text = (
        "某市2021年直达资金使用情况\n市本级直达资金45.66亿元，其中：中央安排直达资金39.46亿元，"
        "分配率99.2%；地方安排资金6.20亿元，分配率99.7%。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == []
    # what was done of the whole, after 其中, is still over it
    done = "某县2023年项目资金情况\n项目预算100万元，其中已支付90万元，支付率95%。\n"
    assert stated_recomputed(done, "rate-mismatch") == [("95%", "90.00%")]

"""The Chongqing 资金 row as a 文库 copy glues it: 执行率, 执行率权重 and 执行率得分 run into
one figure before the 绩效目标 block, the amounts often damaged (figures our own)."""

from __future__ import annotations

import pytest
from review_support import doc_of
from review_support import stated_recomputed

from jixiao.review.checks.layout_notes import layout_note

TABLE = (
    "某区文化旅游委员会2023年度部门整体绩效自评表主管部门某区文化旅游委员会自评总分(分)93.5"
    "年初预算数全年(调整)预算数全年执行数执行率(%)执行率权重执行率得分(分)"
    "年度总金额.40.16.8其中财政拨款.40.16.8{tail}年初绩效目标全年(调整)绩效目标全年目标实际完成情况"
    "保障机关正常运转,完成年度文化旅游工作任务。\n"
)


@pytest.mark.parametrize(
    ("tail", "found"),
    [
        ("86.45108.65", []),  # 10 × 86.45% = 8.645 → 8.65
        ("86.45108.64", []),  # the rate's own rounding allows 8.64
        ("86.45109.65", [("9.65", "8.65")]),
        ("86%108.6", []),
        ("86%1512.9", []),  # 权重 15
        ("86%1513.9", [("13.9", "12.9")]),
        ("100%1010", []),
        ("100%109", [("9", "10")]),
        ("92%1010", [("10", "9")]),  # never 10% | 1 | 0 after the rate's %
        ("921010", [("10", "9")]),  # a 权重 is 5 to 30: never 10 | 1 | 0
    ],
)
def test_the_glued_rate_score(tail: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(TABLE.format(tail=tail), "rate-score-mismatch") == found


def test_a_score_some_cut_explains_is_left_alone() -> None:
    # “….185.00100.50”: the rate may be 85.00 (score 8.5) or 5.00 (0.5): 0.5 holds
    text = TABLE.format(tail="5.00100.50").replace(".16.8", ".16.18")
    assert stated_recomputed(text, "rate-score-mismatch") == []
    text = TABLE.format(tail="5.00109.60").replace(".16.8", ".16.18")
    assert stated_recomputed(text, "rate-score-mismatch") == [("9.60", "8.50")]


def test_without_the_header_nothing_is_read() -> None:
    text = TABLE.format(tail="86.45109.65").replace("执行率权重", "分值")
    assert stated_recomputed(text, "rate-score-mismatch") == []


def test_the_note_says_the_funds_row_was_read() -> None:
    note = layout_note(doc_of(TABLE.format(tail="86.45108.65")))
    assert note is not None and "仅从粘连的文字中核对了资金行" in note


def test_a_last_row_of_amounts_alone_is_not_read() -> None:
    # the rate, 权重 and 得分 stand on the total's row; the 其他资金 row's amounts come last
    text = TABLE.format(tail="").replace(
        "年度总金额.40.16.8其中财政拨款.40.16.8",
        "年度总金额220.00220.00209.3095.141514.27其中财政拨款100.00100.0093.30其他资金120.00120.00106.00",
    )
    assert stated_recomputed(text, "rate-score-mismatch") == []


def test_the_row_on_the_line_after_the_header() -> None:
    text = TABLE.format(tail="86.45109.65").replace("执行率得分(分)", "执行率得分(分)\n")
    assert stated_recomputed(text, "rate-score-mismatch") == [("9.65", "8.65")]


def test_the_amounts_lost_the_run_right_after_the_header() -> None:
    text = TABLE.format(tail="").replace(
        "执行率得分(分)年度总金额.40.16.8其中财政拨款.40.16.8", "执行率得分(分)O86%109.6"
    )
    assert stated_recomputed(text, "rate-score-mismatch") == [("9.6", "8.6")]


@pytest.mark.parametrize(
    ("items", "found"),
    [
        ("1、产出-时效指标-目标完成率-100%，实际完成97.50%", []),
        ("完成率60%", [("60%", "50.00%")]),
    ],
)
def test_a_target_followed_by_what_was_achieved_is_no_rate_of_counts(
    items: str, found: list[tuple[str, str]]
) -> None:
    text = f"本项目年初设置绩效目标6个，实际完成3个，具体情况如下：{items}。"
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("项目计划总投资300.00万元，县级配套资金到位45.00万元，到位率75.00%。", []),
        (
            "项目计划总投资300.00万元，县级配套资金计划60.00万元，到位45.00万元，到位率70.00%。",
            [("70.00%", "75.00%")],
        ),
    ],
)
def test_a_source_that_arrived_is_over_its_own_plan(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(text, "rate-mismatch") == found

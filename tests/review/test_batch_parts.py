"""A whole handed down in batches, each batch told after it (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

HEAD = "某县2023年度农村危房改造项目绩效自评报告\n"


@pytest.mark.parametrize(
    ("second", "found"),
    [("8804", []), ("8840", [("16971户", "17007户")]), ("8800", [("16971户", "16967户")])],
)
def test_two_batches_told_after_the_whole(second: str, found: list[tuple[str, str]]) -> None:
    text = (
        HEAD + f"省住建厅分两批下达农村危改任务16971户，第一批任务8167户，第二批任务{second}户，"
        "已到位补助资金35411.6万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_batches_not_said_to_be_all_may_leave_one_out() -> None:
    # no 分两批: a third batch may come later, so a shortfall is no fault
    text = HEAD + "下达农村危改任务16971户，第一批任务8167户，第二批任务4000户。\n"
    assert stated_recomputed(text, "sum-mismatch") == []
    assert stated_recomputed(text.replace("4000", "9000"), "sum-mismatch") == [
        ("16971户", "17167户")
    ]


def test_a_batch_is_no_whole_of_the_batches_after_it() -> None:
    text = HEAD + "第一批下达资金300万元，第二批200万元，第三批100万元。\n"
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(
    "text",
    [
        # the batches split the whole, not its last level told after 其中
        "省财政分两批下达资金300万元，其中中央资金200万元、省级资金100万元，第一批下达180万元，"
        "第二批下达120万元，资金均已到位。",
        # what each batch paid, after the batches and their sum
        "资金分两批下达：第一批下达资金200万元，第二批下达资金100万元，两批共计300万元，"
        "第一批已拨付180万元，第二批已拨付90万元，剩余30万元待验收后拨付。",
    ],
)
def test_figures_that_are_no_whole_of_the_batches_after_them(text: str) -> None:
    assert stated_recomputed(HEAD + text + "\n", "sum-mismatch") == []

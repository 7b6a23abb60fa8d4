"""A count reported, what was taken off it, and what is left (the shape of a county's 种植补贴
self-evaluation; figures our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2023年度种植补贴项目绩效自评报告\n一、绩效目标完成情况\n"
CODE = "difference-mismatch"
TEXT = (
    "各乡镇审核上报人数为8450户20310人。在实际执行过程中，因死亡等原因减少{off}户9人，"
    "实际享受补贴人员为8443户{left}人，结余资金退回国库。\n"
)


def test_what_is_left_after_the_reduction() -> None:
    assert CODE not in codes_of(HEAD + TEXT.format(off="7", left="20301"))
    assert stated_recomputed(HEAD + TEXT.format(off="5", left="20301"), CODE) == [
        ("8443户", "8445户")
    ]
    assert stated_recomputed(HEAD + TEXT.format(off="7", left="20310"), CODE) == [
        ("20310人", "20301人")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no reported count named as such: the first figure may be anything
        "全县共有8450户20310人。因死亡等原因减少5户9人，实际享受补贴人员为8443户20301人。\n",
        # two reductions: which one leads to the count left cannot be told
        "审核上报8450户。减少5户，其后又减少2户，实际享受补贴8443户。\n",
        # a count added on the way: 8450 − 5 + 3 = 8448
        "审核上报8450户。因死亡等原因减少5户，新增符合条件人员3户，实际享受补贴8448户。\n",
    ],
    ids=["no-report", "two-reductions", "added-on-the-way"],
)
def test_left_alone(text: str) -> None:
    assert CODE not in codes_of(HEAD + text)

"""One part told after 其中, larger than its whole (figures ours)."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("tax", "found"), [("28415", []), ("48215", [("48215万元", "不超过41866万元")])]
)
def test_a_lone_part_after_qizhong_opening_the_next_sentence(
    tax: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "某县2023年财政预算执行情况\n累计完成地方一般公共预算收入41866万元，完成年初预算的"
        f"101.20%。其中：地方税收收入完成{tax}万元，完成全年预算的100.10%。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_part_beside_a_zero_part_that_swapped_two_digits_of_its_whole() -> None:
    text = (
        "某局2023年部门决算说明\n财政拨款支出5217.36万元，与上年相比，增加812.40万元，增长18.44%。"
        "其中：基本支出5271.36万元，项目支出0万元。\n"
    )
    (message,) = [f.message for f in findings_of(text) if f.code == "sum-mismatch"]
    assert message.endswith("两数疑为相邻两位数字颠倒。")
    # told once: a list the sums check reads already is left to it
    plain = (
        "某局2023年部门决算说明\n财政拨款支出5217.36万元，其中：基本支出5271.36万元，"
        "项目支出0万元。\n"
    )
    assert len([f for f in findings_of(plain) if f.code == "sum-mismatch"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the plan the part's rate is of is no whole of it
        "收入41866万元。其中：税收收入完成28415万元，完成预算45000万元的63.1%。\n",
        # a change is no whole
        "支出41866万元，比上年减少5200万元，其中：基本支出完成28415万元。\n",
        # a saving, a liability, an amount per household: no whole of the part after them
        "全年一般公共预算支出386200万元，压减一般性支出3200万元。其中：教育支出62300万元。\n",
        "资产总额5600.00万元，负债总额320.00万元。其中：固定资产4800.00万元。\n",
        "补贴资金2568.30万元，户均补助0.14万元。其中：耕地地力保护补贴1850.60万元。\n",
    ],
    ids=["plan-of-rate", "change", "saving", "liability", "per-household"],
)
def test_left_alone(text: str) -> None:
    found = findings_of("某县2023年财政预算执行情况\n" + text)
    assert [f for f in found if "大于其所属总数" in f.message] == []

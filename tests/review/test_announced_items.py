"""Items a 如下 paragraph announces against the amount of the fund it names, stated before
(figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = """某县第三批衔接资金分配情况公告公示
2024年，第三批衔接资金规模860.5万元，其中上级下达620万元，县级配套240.5万元。
一、分配原则
按照县领导小组文件精神，将2024年第三批财政衔接资金安排使用情况如下：
一是用于2024年5个脱贫村道路硬化项目{first}万元；
二是用于2024年产业发展项目400万元；
三是用于雨露计划补助45.5万元；
四是用于小额信贷贴息100万元。
"""


@pytest.mark.parametrize(("first", "found"), [("315", []), ("351", [("860.5万元", "896.50万元")])])
def test_items_announced_against_the_fund_stated_before(first: str, found: list[object]) -> None:
    assert stated_recomputed(_TEXT.format(first=first), "sum-mismatch") == found


def test_an_item_without_an_exact_amount_leaves_the_list_alone() -> None:
    text = _TEXT.format(first="351").replace(
        "四是用于小额信贷贴息100万元", "四是用于小额信贷贴息约100万元"
    )
    assert stated_recomputed(text, "sum-mismatch") == []

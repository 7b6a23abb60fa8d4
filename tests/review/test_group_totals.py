"""Tables whose rows stand in numbered groups, each group row the sum of the rows under it,
and a 合计 over the groups (figures and names our own)."""

from __future__ import annotations

from review_support import stated_recomputed

_TABLE = """附件1：2023年度农村危房改造补助资金分配表（单位：万元）
乡镇 | 合计 | 中央资金 | 省级资金 | 备注
一、山区乡镇 | 73.00 | 50.00 | 23.00 | 小计
甲镇 | 42.60 | 30.00 | 12.60 | 含应急维修
乙乡 | 30.40 | {second} | 10.40 |
二、平原乡镇 | 83.00 | 60.00 | 23.00 | 小计
丁镇 | 46.30 | 35.00 | 11.30 |
戊镇 | 36.70 | 25.00 | 11.70 |
合计 | 156.00 | {central} | 46.00 |
请各乡镇按规定使用资金。
"""


def test_the_total_is_over_the_groups_and_each_group_over_its_rows() -> None:
    assert stated_recomputed(_TABLE.format(second="20.00", central="110.00"), "sum-mismatch") == []
    total = stated_recomputed(_TABLE.format(second="20.00", central="119.00"), "sum-mismatch")
    assert total == [("119.00", "110.00")]
    group = stated_recomputed(_TABLE.format(second="29.00", central="110.00"), "sum-mismatch")
    assert group == [("50.00", "59.00")]


def test_groups_that_no_column_shows_adding_up_are_left_alone() -> None:
    # no column has every group the sum of its rows: the nesting cannot be told
    text = _TABLE.format(second="20.00", central="110.00").replace("73.00", "75.00")
    text = text.replace("| 23.00 | 小计\n甲镇", "| 25.00 | 小计\n甲镇").replace(
        "| 50.00 |", "| 52.00 |"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


_CLOSED = """附件2：2023年度农村危房改造补助资金分配表（单位：万元）
乡镇 | 合计 | 中央资金 | 省级资金 | 备注
一、山区乡镇 | | | |
甲镇 | 42.60 | 30.00 | 12.60 | 含应急维修
乙乡 | 30.40 | 20.00 | 10.40 |
小计 | 73.00 | 50.00 | 23.00 |
二、平原乡镇 | | | |
丁镇 | 46.30 | 35.00 | 11.30 |
戊镇 | 36.70 | 25.00 | 11.70 |
小计 | 83.00 | 60.00 | 23.00 |
合计 | 156.00 | 110.00 | {province} |
"""


def test_groups_closed_by_their_subtotal_rows() -> None:
    assert stated_recomputed(_CLOSED.format(province="46.00"), "sum-mismatch") == []
    found = stated_recomputed(_CLOSED.format(province="48.00"), "sum-mismatch")
    assert found == [("48.00", "46.00")]

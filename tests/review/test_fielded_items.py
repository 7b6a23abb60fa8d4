"""A total told by its fields (应到位, 实际到位), then its items told by the same fields, ；by ；
(figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TEXT = (
    "2022年度上级安排林业生态保护恢复资金3520万元，应到位3520万元，实际到位{arrived}万元，"
    "到位率36.73%。分项目如下：①森林防火补助应到位120万元，实际到位60万元，到位率50%；"
    "②生态护林员项目应到位1200万元，实际到位1200万元，到位率100%；③退耕还林补助应到位"
    "{owed}万元，实际未到位，到位率0%；④草原有害生物防治补助应到位200万元，实际到位33万元，"
    "到位率16.5%。\n"
)


@pytest.mark.parametrize(
    ("owed", "arrived", "found"),
    [
        ("2000", "1293", []),
        ("2000", "1239", [("1239万元", "1293.00万元")]),
        ("2100", "1293", [("3520万元", "3620.00万元")]),
    ],
)
def test_each_field_of_the_items_against_the_totals(
    owed: str, arrived: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(owed=owed, arrived=arrived)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_an_item_that_does_not_state_a_field_leaves_it_unsummed() -> None:
    text = _TEXT.format(owed="2000", arrived="1239").replace("实际未到位，", "")
    assert "sum-mismatch" not in codes_of(text)

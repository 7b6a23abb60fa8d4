"""The plan / arrived money block of the Zhejiang 财政支出项目绩效评价报告 form, in bar rows
and glued into one line as exports give it (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_BARS = """某县财政支出项目绩效评价报告
一、项目基本信息
计划安排资金(万元) | {plan} | 实际到位资金(万元) | {arrived} |
其中:中央财政 | 120.00 | 其中:中央财政 | 120.00 |
省财政 | | 省财政 | |
市县财政 | 86.40 | 市县财政 | {local} |
其它 | | 其它 | |
实际支出(万元) | 198.20 | |
"""

_GLUED = (
    "某县财政支出项目绩效评价报告 一、项目基本信息 计划安排资金(万元){plan}实际到位资金(万元)"
    "{arrived}其中:中央财政其中:中央财政省财政省财政市县财政{local}市县财政{local}其它其它"
    "实际支出(万元)150.2"
)


@pytest.mark.parametrize(
    ("figures", "found"),
    [
        ({"plan": "206.40", "arrived": "206.40", "local": "86.40"}, []),
        ({"plan": "206.40", "arrived": "206.40", "local": "84.60"}, [("206.40", "204.60")]),
        ({"plan": "260.40", "arrived": "206.40", "local": "86.40"}, [("260.40", "206.40")]),
    ],
)
def test_each_side_against_its_sources_in_bar_rows(
    figures: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_BARS.format(**figures), "sum-mismatch") == found


def test_each_side_against_its_one_source_when_glued() -> None:
    right = _GLUED.format(plan="150.2", arrived="150.2", local="150.2")
    assert stated_recomputed(right, "sum-mismatch") == []
    wrong = _GLUED.format(plan="150.2", arrived="150.2", local="105.2")
    assert stated_recomputed(wrong, "sum-mismatch") == [("150.2", "105.2"), ("150.2", "105.2")]

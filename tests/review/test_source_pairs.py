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


_HAINAN = """某省商务厅项目绩效自评表
一、项目基本情况
计划投资额

(万元)

{plan}

实际到位资金

(万元)

318.50

实际使用情况(万元)

305.20

其中:

中央财政

0

其中:

中央财政

0

省财政

{province}

省财政

318.50

市县财政

0

市县财政

0

其他

0

其他

0

二、绩效评价指标评分
"""


def test_the_plan_by_source_one_cell_to_a_paragraph() -> None:
    # three columns, the first two split by source; each source named once per column
    assert stated_recomputed(_HAINAN.format(plan="450", province="450"), "sum-mismatch") == []
    wrong = _HAINAN.format(plan="450", province="405")
    assert stated_recomputed(wrong, "sum-mismatch") == [("450", "405")]


_FOUR = """某县民政局财政支出项目绩效评价报告
一、项目基本信息
计划安排资金 (万元) |
180 |
实际到位资金 (万元) |
180 |
实际支出 (万元) |
{spent} |
结余 (万元) |
4 |
其中:中央财政 |
|
其中:中央财政 |
|
其中:中央财政 |
|
其中:中央财政 |
|
市财政 |
60 |
市财政 |
60 |
市财政 |
60 |
市财政 |
|
县财政 |
120 |
县财政 |
120 |
县财政 |
116 |
县财政 |
4 |
其它 |
|
其它 |
|
其它 |
|
其它 |
|
二、项目支出明细情况
"""


def test_four_columns_one_cell_to_a_line_split_by_city_and_county() -> None:
    assert stated_recomputed(_FOUR.format(spent="176"), "sum-mismatch") == []
    assert stated_recomputed(_FOUR.format(spent="167"), "sum-mismatch") == [("167", "176")]


def test_glued_sources_with_a_column_left_unsplit_are_not_read() -> None:
    # 到位 144 and 使用 142 run together (“省财政144142”): no split can be told
    text = (
        "某项目绩效评价报告 计划投资额(万元)144实际到位资金(万元)144实际使用情况(万元)142"
        "其中:中央财政其中:中央财政省财政184省财政144142市县财政市县财政其他其他二、绩效"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_sources_of_the_later_columns_when_the_plan_is_given_whole() -> None:
    text = (
        "某县财政支出项目绩效评价报告\n"
        "计划安排资金（万元） | 320 | 实际到位资金（万元） | 300 | 实际支出（万元） | 285\n"
        "其中：中央财政 | 180 | 中央财政 | 171\n省财政 | 120 | 省财政 | 114\n其它 |  | 其它 | \n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_source_by_a_name_not_known_leaves_the_block_alone() -> None:
    cells = ["计划安排资金（万元）", "500", "实际到位资金（万元）", "500"]
    for name, amount in (("中央财政", "200"), ("省级财政", "150"), ("市州财政", "80")):
        cells += [f"其中：{name}" if name == "中央财政" else name, amount] * 2
    cells += ["乡村振兴专项", "70", "乡村振兴专项", "70"]
    text = "某州财政支出项目绩效评价报告\n" + "\n".join(cells) + "\n"
    assert stated_recomputed(text, "sum-mismatch") == []

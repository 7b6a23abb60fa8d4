"""A table a web page saved one cell to a paragraph, no bars, its blank cells lost (figures
and names our own): every row a label and as many figures as the others, the 合计 row last
against the rows above it, figure by figure."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_HEAD = ["市县名称", "资金合计", "中央资金", "省级资金", "市级资金", "备注"]


def _text(rows: list[list[str]]) -> str:
    cells = [cell for row in rows for cell in row]
    body = ["某市财政衔接推进乡村振兴补助资金分配情况表", "单位:万元", *_HEAD, *cells]
    return "\n\n".join([*body, "五、监督电话"]) + "\n"


_ROWS = [["甲市", "150", "150"], ["乙县", "90", "90"], ["丙县", "{third}", "2000"]]


@pytest.mark.parametrize(("third", "found"), [("2000", []), ("2020", [("2240", "2260")])])
def test_the_total_row_against_the_rows_above_figure_by_figure(
    third: str, found: list[tuple[str, str]]
) -> None:
    rows = [[cell.format(third=third) for cell in row] for row in _ROWS]
    text = _text([*rows, ["合计", "2240", "2240"]])
    assert stated_recomputed(text, "sum-mismatch") == found


def test_rows_of_another_width_or_nested_leave_the_table_alone() -> None:
    uneven = [["甲市", "150", "150"], ["乙县", "90"], ["丙县", "2020", "2000"]]
    assert stated_recomputed(_text([*uneven, ["合计", "2240", "2240"]]), "sum-mismatch") == []
    nested = [["甲市", "150", "150"], ["其中乙区", "90", "90"], ["丙县", "2020", "2000"]]
    assert stated_recomputed(_text([*nested, ["合计", "2240", "2240"]]), "sum-mismatch") == []


def test_a_rate_or_a_standard_column_leaves_the_table_alone() -> None:
    rated = [
        ["甲项目", "100", "90", "90%"],
        ["乙项目", "50", "50", "100%"],
        ["丙项目", "30", "30", "100%"],
    ]
    assert (
        stated_recomputed(_text([*rated, ["合计", "180", "170", "94.44%"]]), "sum-mismatch") == []
    )
    # 补助标准 is the same in every row: no sum
    text = _text(
        [
            ["甲镇", "100", "0.2", "20"],
            ["乙镇", "50", "0.2", "10"],
            ["丙镇", "30", "0.2", "6"],
            ["合计", "180", "0.2", "36"],
        ]
    )
    assert stated_recomputed(text.replace("省级资金", "补助标准"), "sum-mismatch") == []


_YEARS_HEAD = [
    "区",
    "2024年移民核定人数",
    "下达补贴资金(万元)",
    "小计",
    "常规扶持人数",
    "特殊扶持人数",
    "中央资金",
    "2024年下达",
]
_COUNTED = [
    ["东城区", "{east}", "590", "222", "48.72"],
    ["西城区", "603", "481", "122", "36.18"],
    ["南湖区", "1104", "876", "228", "66.24"],
    ["北岭区", "971", "705", "266", "58.26"],
]


def _counted(east: str, total: str) -> str:
    rows = [[cell.format(east=east) for cell in row] for row in _COUNTED]
    cells = [cell for row in [*rows, ["合计", total, "2652", "838", "209.40"]] for cell in row]
    body = ["2024年度移民后期扶持资金下达明细表", *_YEARS_HEAD, *cells]
    return "\n\n".join([*body, "抄送：区财政局"]) + "\n"


@pytest.mark.parametrize(
    ("east", "total", "found"),
    [("812", "3490", []), ("812", "3940", [("3940", "3490")])],
)
def test_a_header_naming_a_year_still_heads_the_table(
    east: str, total: str, found: list[tuple[str, str]]
) -> None:
    # 812 + 603 + 1104 + 971 = 3490 (the header's 2024年 words are no figures)
    assert stated_recomputed(_counted(east, total), "sum-mismatch") == found


def test_the_rows_keep_the_sum_of_adjacent_figures() -> None:
    # 核定人数 = 常规 + 特殊 on every row: 803 against 590 + 222 = 812 (its column breaks too)
    found = stated_recomputed(_counted("803", "3490"), "sum-mismatch")
    assert sorted(found) == [("3490", "3481"), ("803", "812")]


def test_a_slip_carried_into_the_total_row_is_the_rows_alone() -> None:
    # 803 against 590 + 222 = 812, and the 合计 3481 added up with it: only the row is wrong
    assert stated_recomputed(_counted("803", "3481"), "sum-mismatch") == [("803", "812")]

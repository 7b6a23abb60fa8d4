"""A numbered table saved with its blank cells dropped, each row spread over lines and
ending with its total pair (户数, 资金): the last pair against the pairs before it, and the
合计 row's against the rows' (figures our own)."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

_HEADER = [
    "某县2024年农村危房改造补助资金计划表",
    "序号 乡镇 C级 D级 无房户 合计",
    "户数 补助资金(万元) 户数 补助资金(万元) 户数 补助资金(万元) 总户数 补助资金(万元)",
]


def _table(third: str, total: str) -> str:
    return "\n".join(
        [
            *_HEADER,
            "1 东山镇",
            "2 4.2",
            "2 4.2",
            "2 西河镇 1 0.75 1 2.1 1 2.1 3 4.95",
            "3 南坪乡",
            f"1 0.75 3 6.3 {third}",
            "4 北岭镇",
            "1 2.1",
            "1 2.1",
            "5 中坝镇",
            "1 0.75 2 4.2 3 4.95",
            f"合计 3 2.25 8 16.8 2 4.2 13 {total}",
            "备注：C级补助标准0.75万元/户，D级及无房户2.1万元/户。",
        ]
    )


@pytest.mark.parametrize(
    ("third", "total", "found"),
    [
        ("4 7.05", "23.25", []),
        # a row's own total: 0.75 + 6.3 = 7.05, written 7.50
        ("4 7.50", "23.25", [("7.50", "7.05")]),
        # the 合计 row's total, off its own pairs and the rows' totals alike: said once
        ("4 7.05", "23.52", [("23.52", "23.25")]),
    ],
)
def test_each_row_ends_with_its_total(third: str, total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_table(third, total), "sum-mismatch") == found


def test_a_wrong_part_of_the_total_row_is_named_as_such() -> None:
    text = _table("4 7.05", "23.25").replace("8 16.8", "6 16.8")
    messages = [m for m in _messages(text) if "分项有误" in m]
    assert len(messages) == 1 and "3＋6＋2＝11" in messages[0]


def _messages(text: str) -> list[str]:
    return [f.message for f in findings_of(text) if f.code == "sum-mismatch"]


def test_a_table_without_a_total_column_is_left_alone() -> None:
    # budget and spending pairs: the last pair is no sum of the others
    text = "\n".join(
        [
            "序号 项目 预算数 执行数",
            "1 办公经费",
            "2 4.2",
            "2 4.2",
            "2 培训经费 1 0.75 1 2.1 1 2.1 3 4.95",
            "3 维修经费",
            "1 0.75 3 6.3 4 7.50",
            "4 宣传经费",
            "1 2.1",
            "1 2.1",
        ]
    )
    assert stated_recomputed(text, "sum-mismatch") == []

"""A table saved one cell to a line, a total over its parts in the header and blank cells
dropped (a 文库 copy's shape; figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_CELLS = [
    "项目抽样明细表",
    "序号",
    "项目名称",
    "安排经费(万元)",
    "实际支出(万元)",
    "总计",
    "拨款",
    "自筹",
    "1",
    "2019-2021",
    "{first}",
    "64",
    "{own}",
    "212",
    "58",
    "2",
    "验收合格",
    "2020-2022",
    "480",
    "120",
    "360",
    "466.25",
    "118.40",
    "347.85",
    "验收合格",
    "3",
    "95.5",
]


def _table(first: str, own: str = "156") -> str:
    return "\n\n".join(_CELLS).format(first=first, own=own) + "\n\n以上项目均已通过验收。\n"


@pytest.mark.parametrize(
    ("first", "own", "found"),
    [
        ("220", "156", []),  # 64 + 156 = 220
        ("202", "156", [("202", "220")]),  # the total, two digits swapped
        ("220", "165", [("165", "156")]),  # a part, two digits swapped
        ("230", "156", []),  # off by another amount: a dropped cell may be why
    ],
)
def test_a_total_that_misses_its_parts_by_a_slip(
    first: str, own: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_table(first, own), "sum-mismatch") == found


def test_runs_are_not_read_unless_two_add_up() -> None:
    text = _table("202").replace("466.25", "470.25")  # 118.40 + 347.85 is 466.25: one run left
    assert stated_recomputed(text, "sum-mismatch") == []

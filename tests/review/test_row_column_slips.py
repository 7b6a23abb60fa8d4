"""One slipped cell of a table of rows and columns that both add up (figures our own): a
合计 row set under rows that open with a 序号 it lacks, a stray header row, a total column
that closes the columns before it and splits into the columns after it, and a slip that
breaks a row's sum and a column's at once."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

_HEADER = (
    "序号 | 地区 | 集中供养人数 | 分散供养人数 | 保障人数 | 集中供养资金 | 分散供养资金 "
    "| 集中+分散合计 | 供养资金 | 护理补贴 |"
)
_ROWS = [
    ("1", "东城街道", "16", "65", "81", "23139.00", "73914.00", "97053.00", "83133.00", "13920.00"),
    ("2", "西城街道", "11", "68", "79", "17025.00", "75364.00", "92389.00", "81034.00", "11355.00"),
    (
        "3",
        "南湖镇",
        "21",
        "128",
        "149",
        "30586.00",
        "134107.00",
        "164693.00",
        "146993.00",
        "17700.00",
    ),
    (
        "4",
        "北山镇",
        "14",
        "150",
        "164",
        "19504.00",
        "162314.00",
        "181818.00",
        "163083.00",
        "18735.00",
    ),
]
_TOTAL = ("合计", "62", "411", "473", "90254", "445699", "535953", "474243", "61710")


def _text(rows: list[tuple[str, ...]], total: tuple[str, ...] = _TOTAL) -> str:
    return "\n".join(
        [
            "单位:人、元 |",
            _HEADER,
            "集中供养救助金额 | 分散供养救助金额 | 发放总金额 |",  # a stray row from elsewhere
            *(" | ".join(row) + " |" for row in rows),
            " | ".join(total) + " |",
        ]
    )


def _with(at: int, column: int, value: str) -> list[tuple[str, ...]]:
    rows = [list(row) for row in _ROWS]
    rows[at][column] = value
    return [tuple(row) for row in rows]


def test_a_correct_table_says_nothing() -> None:
    assert stated_recomputed(_text(list(_ROWS)), "sum-mismatch") == []


def test_a_total_row_without_its_number_is_read_under_its_columns() -> None:
    total = list(_TOTAL)
    total[3] = "437"  # 保障人数 81 + 79 + 149 + 164 = 473
    found = stated_recomputed(_text(list(_ROWS), tuple(total)), "sum-mismatch")
    assert ("437", "473") in found


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        # a part before the total column: 19504.00 + 162134.00 ≠ 181818.00
        (6, "162134.00", ("181818.00", "181638.00")),
        # a part after it: 149693.00 + 17700.00 ≠ 164693.00
        (8, "149693.00", ("164693.00", "167393.00")),
    ],
)
def test_a_total_column_closes_the_columns_before_and_after_it(
    column: int, value: str, expected: tuple[str, str]
) -> None:
    at = 3 if column == 6 else 2
    assert expected in stated_recomputed(_text(_with(at, column, value)), "sum-mismatch")


def test_a_slipped_total_cell_is_one_finding_in_its_row() -> None:
    found = [f for f in findings_of(_text(_with(3, 7, "181188.00"))) if f.code == "sum-mismatch"]
    in_row = [f for f in found if f.message.startswith("表中“北山镇”行“集中+分散合计”栏")]
    assert len(in_row) == 1


def test_a_slip_in_a_row_total_is_named_on_the_column_it_breaks() -> None:
    found = [f for f in findings_of(_text(_with(3, 7, "181881.00"))) if f.code == "sum-mismatch"]
    column = [f for f in found if "“合计”行“集中+分散合计”栏" in f.message]
    assert len(column) == 1 and "应为181881.00有误所致" in column[0].message


def test_a_part_in_a_row_and_a_column_is_named_on_both() -> None:
    found = [f for f in findings_of(_text(_with(3, 6, "162134.00"))) if f.code == "sum-mismatch"]
    named = [f for f in found if "两处共有分项162134.00；该数若为162314.00" in f.message]
    assert len(named) == 2

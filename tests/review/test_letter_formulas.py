"""The national 地方政府债务限额 table: rows named by letters in a 公式 column and related
(A=B+C), saved one cell to a line after captions closed like rows (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import file_stated_recomputed

_ROWS = [
    ("一、2023年地方政府债务限额", "A=B+C", "52,866"),
    ("其中:一般债务限额", "B", "13,666"),
    ("专项债务限额", "C", "39,200"),
    ("二、2024年新增地方政府债务限额", "D=E+F", "{new}"),
    ("其中:一般债务限额", "E", "3,000"),
    ("专项债务限额", "F", "9,500"),
    ("三、2024年地方政府债务限额", "G=A+D", "65,366"),
]


def _text(new: str) -> str:
    lines = ["附件6 |", "||||", "2024年地方政府债务限额调整情况表 |", "||||", "单位:万元 |", "||||"]
    lines += ["项目 |", "公 式 |", "本地区 |", "本级 |"]
    for label, formula, value in _ROWS:
        lines += [
            f"{label} |",
            f"{formula} |",
            f"{value.format(new=new)} |",
            f"{value.format(new=new)} |",
        ]
    lines.append("注：本表反映本地区政府债务限额调整情况，由县级财政部门在预算调整方案批准后公开。")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("new", "found"),
    [
        ("12,500", []),
        # 3,000 + 9,500 = 12,500, written 15,200 in both columns: said once for the row, and
        # not again on G = A + D, which holds with D set right
        ("15,200", [("15200", "12500")]),
    ],
)
def test_each_formula_row_holds_in_each_column(
    tmp_path: Path, new: str, found: list[tuple[str, str]]
) -> None:
    path = tmp_path / "债务限额.txt"
    codes = file_stated_recomputed(path, _text(new), "column-formula-mismatch")
    assert sorted(codes) == sorted(found)

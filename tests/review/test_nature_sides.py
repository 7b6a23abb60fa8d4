"""A 部门整体支出绩效自评表 whose split rows keep their side cell (按收入性质分, 按支出性质分)
before their own label, merged down over them in a workbook (figures our own): each split
against the 年度资金总额, each row's 执行率 against its amounts."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from jixiao.review.service import review_file

_HEAD = ["年度预算（万元）", None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"]


def _rows(basic: str, rate: str) -> list[list[object]]:
    return [
        ["部门整体支出绩效自评表（2024年度）"],
        ["部门（单位）名称", "某县自然资源局"],
        [*_HEAD, "得分"],
        [None, "年度资金总额", None, 1800.00, 1950.00, 1872.00, 10, 96.00, 9.60],
        [None, "按收入性质分", "一般公共预算拨款", 1700.00, 1820.00, 1750.00, "—", 96.15, "—"],
        [None, None, "其他资金", 100.00, 130.00, 122.00, "—", 93.85, "—"],
        [None, "按支出性质分", "基本支出", 900.00, basic, 930.00, "—", rate, "—"],
        [None, None, "项目支出", 900.00, 990.00, 942.00, "—", 95.15, "—"],
        ["年度总体目标", "预期目标", None, None, None, "实际完成情况"],
    ]


def _findings(tmp_path: Path, basic: str, rate: str) -> list[tuple[str, str | None, str | None]]:
    sheet = Workbook()
    for row in _rows(basic, rate):
        sheet.active.append(row)
    path = tmp_path / "部门整体自评表.xlsx"
    sheet.save(path)
    return [(f.code, f.stated, f.recomputed) for f in review_file(path).findings]


@pytest.mark.parametrize(
    ("basic", "rate", "found"),
    [
        ("960.00", "96.88", []),
        # 990.00 + 990.00 = 1980.00 for the 1950.00 stated; 930.00 ÷ 990.00 = 93.94%
        (
            "990.00",
            "96.88",
            [
                ("sum-mismatch", "1950", "1980.00"),
                ("table-rate-mismatch", "96.88", "93.94%"),
            ],
        ),
        ("960.00", "96.78", [("table-rate-mismatch", "96.78", "96.88%")]),
    ],
)
def test_split_rows_after_their_side_cell_are_read(
    tmp_path: Path, basic: str, rate: str, found: list[tuple[str, str, str]]
) -> None:
    got = _findings(tmp_path, basic, rate)
    assert [f for f in got if f[0] in {"sum-mismatch", "table-rate-mismatch"}] == found

"""A project 自评表 whose 资金 block splits 财政拨款 again by level of government (中央, 省级,
市级, 县级 right under it, then 上年结转资金 and 其他资金), as a real workbook (figures and
names our own): the levels are read inside the 财政拨款 row, so a wrong level is reported
against that row, column by column, and the untouched columns stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from jixiao.review.service import review_file

_HEADER = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
_ROWS = [
    ["年度资金总额", "1630.33", "2118.81", "1926.82", "10", "90.94%", "9.09"],
    ["其中：本年财政拨款", "1630.33", "2008.77", "1830.77", "—", "91.14%", "—"],
    ["中央资金", "684.74", "843.68", "733.85", "—", "86.98%", "—"],
    ["省级资金", "305.90", "376.91", "372.65", "—", "98.87%", "—"],
    ["市级资金", "353.58", "435.66", "401.40", "—", "92.14%", "—"],
    ["县级资金", "286.11", "352.52", "322.87", "—", "91.59%", "—"],
    ["上年结转资金", "0.00", "110.04", "96.05", "—", "87.29%", "—"],
    ["其他资金", "0.00", "0.00", "0.00", "—", "—", "—"],
]


def _book(path: Path, city_spent: str) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["项目支出绩效自评表"])
    sheet.append(["项目名称", "困难群众救助补助资金", "主管部门", "县民政局"])
    sheet.append(_HEADER)
    for row in _ROWS:
        cells = list(row)
        if cells[0] == "市级资金":
            cells[3] = city_spent
        sheet.append(cells)
    book.save(path)
    return path


def _sums(path: Path) -> list[tuple[str | None, str | None, str]]:
    found = review_file(path).findings
    return [(f.stated, f.recomputed, f.place) for f in found if f.code == "sum-mismatch"]


def test_levels_that_make_their_fiscal_row_raise_nothing(tmp_path: Path) -> None:
    assert _sums(_book(tmp_path / "ok.xlsx", "401.40")) == []


@pytest.mark.parametrize(("spent", "added"), [("393.40", "1822.77"), ("410.40", "1839.77")])
def test_a_wrong_level_is_reported_against_its_fiscal_row_alone(
    tmp_path: Path, spent: str, added: str
) -> None:
    # only the 全年执行数 column is off, and it is off under 财政拨款, not under the total
    found = _sums(_book(tmp_path / "slip.xlsx", spent))
    assert found == [("1830.77", added, "Sheet!D5")]


def test_levels_left_blank_in_a_column_add_nothing_up(tmp_path: Path) -> None:
    # no level says what it spent: that column is not checked, and no check fails
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(_HEADER)
    for row in _ROWS:
        cells = list(row)
        if cells[0].endswith("级资金") or cells[0] == "中央资金":
            cells[3] = ""
        sheet.append(cells)
    path = tmp_path / "blank.xlsx"
    book.save(path)
    codes = [f.code for f in review_file(path).findings]
    assert "check-failed" not in codes and "sum-mismatch" not in codes

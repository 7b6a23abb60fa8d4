"""The “三公” 经费 table with the kinds as columns (figures and names our own)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from review_support import file_stated_recomputed
from review_support import stated_recomputed

from jixiao.review.service import review_file

_BARS = """2024年度“三公”经费财政拨款支出情况表（单位：万元）
项目 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 |
2024年预算数 | 20.40 | 3.00 | 12.60 | 4.80 |
2024年决算数 | {total} | 2.35 | 11.82 | 4.06 |
比上年增减额 | -1.10 | 0.35 | -0.72 | -0.73 |
"""


@pytest.mark.parametrize(("total", "found"), [("18.23", []), ("18.32", [("18.32", "18.23")])])
def test_each_rows_total_against_the_kind_columns(total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_BARS.format(total=total), "sum-mismatch") == found


def test_a_table_missing_a_kind_column_is_left_alone() -> None:
    text = _BARS.format(total="18.32").replace("公务接待费", "会议费")
    assert stated_recomputed(text, "sum-mismatch") == []


def _merged_table(path: Path, run: str) -> None:
    """A Word table whose header is two rows: 公务用车 over its 小计, 购置费 and 运行费."""
    document = docx.Document()
    document.add_paragraph("2024年度“三公”经费财政拨款支出决算表（单位：万元）")
    rows = [
        ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"],
        ["", "", "", "小计", "公务用车购置费", "公务用车运行费", ""],
        ["预算数", "38.20", "5.00", "28.00", "18.00", "10.00", "5.20"],
        ["决算数", "35.65", "4.12", "27.18", "17.90", run, "4.35"],
    ]
    table = document.add_table(rows=4, cols=7)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 3).merge(table.cell(0, 5))
    for c in (0, 1, 2, 6):
        table.cell(0, c).merge(table.cell(1, c))
    document.save(str(path))


@pytest.mark.parametrize(("run", "found"), [("9.28", []), ("9.82", [("27.18", "27.72")])])
def test_the_car_subtotal_against_its_two_columns_in_a_merged_header(
    tmp_path: Path, run: str, found: list[tuple[str, str]]
) -> None:
    path = tmp_path / "三公.docx"
    _merged_table(path, run)
    result = review_file(path)
    assert [(f.stated, f.recomputed) for f in result.findings if f.code == "sum-mismatch"] == found


_REPEATED = """单位：万元
| 项目 | 合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务用车购置及运行费 | 公务用车购置及运行费 | 公务接待费 | 公务用车保有量（辆） |
| 项目 | 合计 | 因公出国（境）费 | 小计 | 购置费 | 运行费 | 公务接待费 | 公务用车保有量（辆） |
| 预算数 | 61.00 | 5.00 | 48.00 | 30.00 | 18.00 | 8.00 | 9 |
| 决算数 | 57.94 | 4.20 | {car} | 29.60 | 17.35 | 6.79 | 9 |
"""  # noqa: E501


@pytest.mark.parametrize(("car", "found"), [("46.95", []), ("47.95", [("47.95", "46.95")])])
def test_a_merged_header_repeated_over_its_columns_and_a_wrong_car_subtotal(
    car: str, found: list[tuple[str, str]]
) -> None:
    # the 合计 holds with the car's own columns: only the 小计 is reported
    assert stated_recomputed(_REPEATED.format(car=car), "sum-mismatch") == found


def _one_cell_a_line(total: str, run: str) -> str:
    """A web export, one cell to a line with a bar alone after it: 公车购置及运行维护费 merged
    over its own 合计, 车辆购置 and 车辆运行, so the header is a cell wider than the rows."""
    cells = ["年度", "合计", "因公出国（境）经费", "公务接待费", "公车购置及运行维护费"]
    cells += ["合计", "车辆购置", "车辆运行"]
    cells += ["2022年", "1630", "40", "820", "770", "60", "710"]
    cells += ["2023年", total, "25", "790", "705", "45", run]
    lines = ["2023年决算数与2022年决算数对比情况"]
    for cell in cells:
        lines += [cell, "|"]
    return "\n".join(lines) + "\n比上年减少110万元。\n"


@pytest.mark.parametrize(
    ("total", "run", "found"),
    [
        ("1520", "660", []),
        ("1250", "660", [("1250", "1520")]),  # the row's 合计 against the three kinds
        ("1520", "606", [("705", "651")]),  # the car's 合计 against its two columns
    ],
)
def test_a_header_a_cell_wider_than_its_rows(
    tmp_path: Path, total: str, run: str, found: list[object]
) -> None:
    text = _one_cell_a_line(total, run)
    assert file_stated_recomputed(tmp_path / "三公.txt", text, "sum-mismatch") == found

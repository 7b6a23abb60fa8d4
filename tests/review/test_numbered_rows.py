"""A table whose rows number their levels (1. 2. under the 合计; （1）（2） under a row, the
first opened by 其中): in a Word table and in bar-separated lines (figures our own)."""

from __future__ import annotations

from pathlib import Path

from review_support import word_table

from jixiao.review.service import review_file

_SANGONG = [
    ["项目", "本年预算数（万元）"],
    ["合计", "{total}"],
    ["1.因公出国（境）费", "0"],
    ["2.公务接待费", "2.40"],
    ["3.公务用车购置及运行费", "{cars}"],
    ["其中：（1）公务用车运行维护费", "20.15"],
    ["（2）公务用车购置费", "0"],
]


def _found(path: Path) -> list[tuple[str | None, str | None]]:
    return [
        (f.stated, f.recomputed) for f in review_file(path).findings if f.code == "sum-mismatch"
    ]


def _table(tmp_path: Path, **figures: str) -> Path:
    path = tmp_path / "三公经费表.docx"
    rows = [[cell.format(**figures) for cell in row] for row in _SANGONG]
    word_table(path, rows, caption="2023年“三公”经费预算表")
    return path


def test_a_table_whose_levels_add_up_has_no_finding(tmp_path: Path) -> None:
    assert _found(_table(tmp_path, total="22.55", cars="20.15")) == []


def test_a_row_left_blank_over_its_own_rows_is_the_fault(tmp_path: Path) -> None:
    path = _table(tmp_path, total="22.55", cars="0")
    report = review_file(path)
    (finding,) = [f for f in report.findings if f.code == "sum-mismatch"]
    assert (finding.stated, finding.recomputed) == ("0", "20.15")
    assert "22.55" in finding.message and "2.40" in finding.message  # the total holds by it


def test_a_total_off_its_numbered_rows(tmp_path: Path) -> None:
    assert _found(_table(tmp_path, total="23.55", cars="20.15")) == [("23.55", "22.55")]


def test_bar_lines_of_a_table_with_a_row_of_another_shape_are_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "表.txt"
    lines = [
        "项目 | 金额 |",
        "合计 | 30.00 |",
        "1.办公费 | 10.00 |",
        "印刷费 | 5.00 |",  # not numbered: where it belongs cannot be told
        "2.差旅费 | 10.00 |",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _found(path) == []

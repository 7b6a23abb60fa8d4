"""A table's change on the year recomputed from its two levels (figures and names our own):
columns of a Word table, and rows of a web table saved one cell to a line under a header of
merged cells."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import stated_recomputed
from review_support import word_table

from jixiao.review.service import review_file

_COLUMNS = [
    ["项目", "2023年决算数", "2024年决算数", "增减额", "增减率"],
    ["因公出国（境）费", "0", "0", "0", "—"],
    ["公务接待费", "8.40", "7.14", "-1.26", "{rate}"],
    ["公务用车运行维护费", "21.60", "19.80", "{diff}", "-8.33%"],
    ["合计", "30.00", "26.94", "-3.06", "-10.20%"],
]


def _word_table(path: Path, rows: list[list[str]]) -> None:
    word_table(path, rows, "“三公”经费支出情况表")


def _changes(path: Path) -> list[tuple[str, str | None, str | None]]:
    codes = {"rate-mismatch", "difference-mismatch"}
    return [(f.code, f.stated, f.recomputed) for f in review_file(path).findings if f.code in codes]


def test_a_change_and_its_rate_by_columns(tmp_path: Path) -> None:
    path = tmp_path / "三公.docx"
    _word_table(path, [[c.format(rate="-15.00%", diff="-1.80") for c in r] for r in _COLUMNS])
    assert _changes(path) == []
    _word_table(path, [[c.format(rate="-12.50%", diff="-1.80") for c in r] for r in _COLUMNS])
    assert _changes(path) == [("rate-mismatch", "-12.50", "-15.00")]
    _word_table(path, [[c.format(rate="-15.00%", diff="-1.08") for c in r] for r in _COLUMNS])
    assert _changes(path) == [("difference-mismatch", "-1.08", "-1.80")]


def test_signs_fractions_and_a_budget_base(tmp_path: Path) -> None:
    rows = [
        ["支出项目", "年初预算数", "决算数", "下降率"],
        ["基本支出", "420.00", "399.00", "5.00%"],  # a 下降率 written without its sign
        ["项目支出", "180.00", "162.00", "0.10"],  # a fraction, not a per cent
    ]
    path = tmp_path / "预决算.docx"
    _word_table(path, rows)
    assert _changes(path) == []
    rows[1][3] = "6.00%"
    _word_table(path, rows)
    assert _changes(path) == [("rate-mismatch", "6.00", "-5.00")]


def test_levels_rounded_to_the_unit_move_the_rate(tmp_path: Path) -> None:
    rows = [
        ["单位：万元", "上年决算", "本年决算", "增减率（%）"],
        ["公务用车运行费", "58", "41", "{rate}"],
    ]
    path = tmp_path / "整数.docx"
    _word_table(path, [[c.format(rate="-29.0") for c in r] for r in rows])
    assert _changes(path) == []  # 41/58 gives 29.31, but 41.4/58.3 gives 28.99
    _word_table(path, [[c.format(rate="-27.6") for c in r] for r in rows])
    assert _changes(path) == [("rate-mismatch", "-27.6", "-29.3")]


def test_three_levels_leave_the_table_alone(tmp_path: Path) -> None:
    rows = [
        ["项目", "2022年", "2023年", "2024年", "增减率"],
        ["公务接待费", "9.00", "8.00", "7.00", "-30.00%"],
    ]
    path = tmp_path / "三年.docx"
    _word_table(path, rows)
    assert _changes(path) == []


_MERGED = [
    "年度", "合计", "会议费", "培训费", "差旅费", "小计", "国内", "国外",
    "2023年", "640", "120", "200", "320", "300", "20",
    "2024年", "592", "100", "216", "276", "262", "14",
    "2024年比2023年增减%", "-7.50", "-16.67", "8.00", "{rate}", "-12.67", "-30.00",
]  # fmt: skip


def test_rows_of_a_cell_per_line_table_under_merged_headers(tmp_path: Path) -> None:
    path = tmp_path / "对比.txt"

    def write(rate: str) -> None:
        lines = ["2024年与2023年决算数对比情况"]
        for cell in _MERGED:
            lines.extend([cell.format(rate=rate), "|"])
        lines.append("以上数据以决算批复为准。")
        path.write_text("\n".join(lines), encoding="utf-8")

    write("-13.75")
    assert _changes(path) == []
    write("-11.75")
    assert _changes(path) == [("rate-mismatch", "-11.75", "-13.75")]


def _bar_lines(rows: list[str]) -> str:
    return "\n".join(
        ["某县2024年“三公”经费决算情况统计表", "单位：万元", *rows, "注：以上为决算数。"]
    )


def test_a_merged_header_over_the_change_columns(tmp_path: Path) -> None:
    rows = [
        "项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 | |",
        "增、减金额 | 增、减幅度 | |||",
        "合计 | 1250.00 | 1175.00 | -75.00 | {rate} |",
        "1.因公出国（境）费 | 20.00 | 15.00 | -5.00 | -25.00% |",
    ]
    path = tmp_path / "统计表.txt"
    path.write_text(_bar_lines([r.format(rate="-6.00%") for r in rows]), encoding="utf-8")
    assert _changes(path) == []
    path.write_text(_bar_lines([r.format(rate="-7.00%") for r in rows]), encoding="utf-8")
    assert _changes(path) == [("rate-mismatch", "-7.00", "-6.00")]


def test_this_years_budget_against_last_years_result(tmp_path: Path) -> None:
    rows = [
        "项目 | 2025年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% | 备注 |",
        "税收收入 | 5500 | 5000 | {diff} | 10.00 |",
        "非税收入 | 1200 | 1250 | -50 | -4.00 |",
    ]
    path = tmp_path / "预算表.txt"
    path.write_text(_bar_lines([r.format(diff="500") for r in rows]), encoding="utf-8")
    assert _changes(path) == []
    path.write_text(_bar_lines([r.format(diff="550") for r in rows]), encoding="utf-8")
    assert _changes(path) == [("difference-mismatch", "550", "500")]


def _clean(tmp_path: Path, rows: list[str]) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "表.txt"
    path.write_text(_bar_lines(rows), encoding="utf-8")
    return _changes(path)


def test_changes_over_a_base_the_table_does_not_hold_are_left_alone(tmp_path: Path) -> None:
    over_budget = [
        "项目 | 上年决算数 | 本年决算数 | 本年决算比预算增减%",
        "公务接待费 | 4.20 | 3.60 | -10.00%",
    ]
    over_year = ["项目 | 预算数 | 决算数 | 比上年增减额", "公务接待费 | 4.00 | 3.60 | 0.40"]
    averaged = [
        "指标 | 2021年 | 2023年 | 年均增长率",
        "接待游客（万人次） | 150.0 | 181.5 | 10.00%",
    ]
    units = [
        "项目 | 上年决算数（元） | 本年决算数（元） | 增减额（万元）",
        "会议费 | 52,000.00 | 46,000.00 | -0.60",
    ]
    below_zero = ["项目 | 上年决算数 | 本年决算数 | 增减额", "收支结余 | -8.20 | 12.30 | 20.50"]
    for rows in (over_budget, over_year, averaged, units, below_zero):
        assert _clean(tmp_path, rows) == [], rows[0]


_LEFT_ALONE = [
    # rows of two different things are no pair of years
    ["项目 | 金额", "上年结转结余 | 86.40", "本年收入 | 1520.00", "收入增长率 | 6.10%"],
    # a sub-header under a merged cell it does not repeat
    [
        "项目 | 2024年 | 决算比预算增减率",
        "预算 | 决算",
        "人员经费 | 860.00 | 845.38 | -1.70%",
        "公用经费 | 110.00 | 96.25 | -12.50%",
    ],
    # two tables one under the other are read apart
    [
        "项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率",
        "公务接待费 | 12.00 | 10.80 | -1.20 | -10.00%",
        "表2 会议费培训费支出表",
        "项目 | 年初预算数 | 决算数 | 执行率 | 结余",
        "会议费 | 6.00 | 4.80 | 80.00% | 1.20",
        "培训费 | 9.00 | 8.10 | 90.00% | 0.90",
    ],
]


@pytest.mark.parametrize("rows", _LEFT_ALONE)
def test_rows_that_are_no_pair_of_levels_are_left_alone(tmp_path: Path, rows: list[str]) -> None:
    assert _clean(tmp_path, rows) == []


def test_a_row_of_signed_changes_stays_in_its_table(tmp_path: Path) -> None:
    rows = [
        "年度 | 会议费 | 培训费",
        "2023年 | 40.00 | 25.00",
        "2024年 | 36.00 | 20.00",
        "2024年比2023年增减% | -10.00 | {rate}",
    ]
    assert _clean(tmp_path, [r.format(rate="-20.00") for r in rows]) == []
    assert _clean(tmp_path, [r.format(rate="-25.00") for r in rows]) == [
        ("rate-mismatch", "-25.00", "-20.00")
    ]


def test_the_budget_beside_this_and_last_years_result(tmp_path: Path) -> None:
    # 预算数, 决算数, 上年决算数: the change is 决算数 against 上年决算数
    rows = [
        ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
        ["预算数", "36.00", "4.00", "24.00", "8.00"],
        ["决算数", "33.10", "3.20", "22.75", "7.15"],
        ["上年决算数", "30.25", "0.00", "21.50", "8.75"],
        ["增减额", "2.85", "3.20", "1.25", "{diff}"],
        ["增减率", "9.42%", "—", "{rate}", "-18.29%"],
    ]
    path = tmp_path / "三公.docx"
    _word_table(path, [[c.format(diff="-1.60", rate="5.81%") for c in r] for r in rows])
    assert _changes(path) == []
    _word_table(path, [[c.format(diff="-1.06", rate="8.51%") for c in r] for r in rows])
    assert _changes(path) == [
        ("difference-mismatch", "-1.06", "-1.60"),
        ("rate-mismatch", "8.51", "5.81"),
    ]


@pytest.mark.parametrize(("rate", "found"), [("4.2%", []), ("6.2%", [("6.2", "4.2")])])
def test_year_columns_under_a_caption_printed_as_a_row(
    tmp_path: Path, rate: str, found: list[tuple[str, str]]
) -> None:
    # the caption names a year of its own (2024): each column is told by its own, the last
    text = (
        "二、收支情况\n表一  2024年度收支情况对比表（单位：万元）\n"
        "项目 | 2023年 | 2024年 | 增减额 | 增减率\n"
        "基本支出 | 1500.00 | 1562.50 | 62.50 | {rate}\n"
        "项目支出 | 800.00 | 760.00 | -40.00 | -5.0%\n"
    )
    path = tmp_path / "收支.txt"
    path.write_text(text.format(rate=rate), encoding="utf-8")
    assert [(s, r) for code, s, r in _changes(path) if code == "rate-mismatch"] == found


_GROUPED = """某县2024年9月份财政收入完成情况表 |
预算科目 | 年度预算 | 累计 | 当月 | 本期累计为预算% |
本期 | 同期 | 增减额 | 增减率% | 本期 | 同期 | 增减额 | 增减率% |
一、一般公共预算收入 | 96,400 | 70,215 | 66,830 | 3,385 | 5.1 | 8,120 | 7,460 | 660 | 8.8 | 72.8 |
1、增值税50% | 31,250 | 22,480 | 21,960 | 520 | 2.4 | 2,610 | 2,540 | 70 | 2.8 | 71.9 |
2、城市维护建设税 | 5,120 | 3,742 | 4,105 | {change} | -8.8 | 402 | 455 | -53 | -11.6 | {share} |
3、个人所得税40% | 2,960 | 2,215 | 2,050 | 165 | 8.0 | 240 | 228 | 12 | 5.3 | 74.8 |
"""


@pytest.mark.parametrize(("change", "found"), [("-363", []), ("-336", [("-336", "-363")])])
def test_two_merged_cells_over_one_group_of_columns_each(change: str, found: list[object]) -> None:
    # 累计 and 当月 each over 本期 | 同期 | 增减额 | 增减率%: 3,742 − 4,105 = −363
    text = _GROUPED.format(change=change, share="73.1")
    assert stated_recomputed(text, "difference-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("73.1", []), ("77.1", [("77.1", "73.1%")])])
def test_the_share_of_the_budget_done_to_date(share: str, found: list[object]) -> None:
    # 本期累计为预算%: 累计本期 ÷ 年度预算, the formula every other row follows
    text = _GROUPED.format(change="-363", share=share)
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_grouped_header_over_rows_broken_over_lines_is_not_read() -> None:
    # a row's figures went on to a line of their own: the columns cannot be placed
    text = (
        "序号 项目类别 中央资金 省级资金\n下达数 支出数 下达数 支出数\n"
        "1 产业发展 820 786.45 240 218.6\n2 就业帮扶 96 91.2\n30 27.5\n"
        "合计 916 877.65 270 246.1\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []

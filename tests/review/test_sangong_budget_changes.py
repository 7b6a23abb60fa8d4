"""A “三公” kind's change against its budget, said in prose, against its row of the
document's “三公” table (the shape of a district office's 决算 statement: the table one cell
to a line, its last row's blank cells dropped; figures and wording our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

CODE = "difference-mismatch"
TABLE = """一、2022年度一般公共预算财政拨款“三公”经费支出决算表
单位:万元
项目 |
预算数 |
决算数 |
合计 |
36.5 |
12.4 |
因公出国(境)费 |
10 |
|
公务接待费 |
12.5 |
6.3 |
公务用车购置及运行维护费 |
14 |
6.1 |
其中:公务用车运行维护费 |
14 |
6.1 |
公务用车购置费 |
二、2022年度一般公共预算财政拨款“三公”经费支出情况说明
"""


def _found(tmp_path: Path, text: str, code: str = CODE) -> list[tuple[str | None, str | None]]:
    """The stated and recomputed figures of each finding of ``code``, the text read from a
    file as a web page's text is (its one-cell-to-a-line table put back into rows)."""
    path = tmp_path / "juesuan.txt"
    path.write_text(text, encoding="utf-8")
    return [(f.stated, f.recomputed) for f in review_file(path).findings if f.code == code]


RECEPTION = "2.公务接待费支出6.3万元，与2022年度预算相比，减少{change}万元，原因是厉行节约。\n"


def test_a_change_against_the_budget_its_row_does_not_give(tmp_path: Path) -> None:
    assert _found(tmp_path, TABLE + RECEPTION.format(change="6.2")) == []
    wrong = TABLE + RECEPTION.format(change="0.2")
    assert _found(tmp_path, wrong) == [("减少0.2万元", "减少6.20万元")]


def test_no_change_said_of_a_kind_that_spent_below_its_budget(tmp_path: Path) -> None:
    text = TABLE + "1.因公出国(境)费支出0万元，与2022年度预算相比无增减。\n"
    assert _found(tmp_path, text) == [("无增减", "减少10.00万元")]


@pytest.mark.parametrize(
    "sentence",
    [
        # another spending figure than the row's: not the row spoken of
        "2.公务接待费支出4.3万元，与2022年度预算相比，减少0.2万元。\n",
        # a change against last year, not the budget
        "2.公务接待费支出6.3万元，与上年相比，减少0.2万元。\n",
        # last year's budget, not this year's row
        "2.公务接待费支出6.3万元，与上年预算相比，减少0.2万元。\n",
    ],
    ids=["another-figure", "last-year", "last-year-budget"],
)
def test_left_alone(tmp_path: Path, sentence: str) -> None:
    assert _found(tmp_path, TABLE + sentence) == []


BARRED = """一、2022年度一般公共预算财政拨款“三公”经费支出决算表
单位:万元
|
项 目 |
预 算 数 |
决 算 数 |
|
合 计 |
{total} |
140.6 |
|
因公出国(境)费 |
0 |
0 |
|
公务接待费 |
2.5 |
1.35 |
|
公务用车购置及运行维护费 |
180 |
139.25 |
|
其中:公务用车运行维护费 |
100 |
{run} |
|
公务用车购置费 |
80 |
79.30 |
二、2022年度一般公共预算财政拨款“三公”经费支出情况说明
"""


def _sums(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    return _found(tmp_path, text, "sum-mismatch")


def test_a_table_under_its_unit_with_the_last_row_s_blank_cell_dropped(tmp_path: Path) -> None:
    assert _sums(tmp_path, BARRED.format(total="182.5", run="59.95")) == []
    wrong = BARRED.format(total="182.5", run="59.59")
    assert _sums(tmp_path, wrong) == [("139.25", "138.89")]


def test_a_whole_number_in_a_column_with_decimals_is_exact(tmp_path: Path) -> None:
    # 0 + 2.5 + 180 = 182.5: 180 and 0 lost their zeros beside 2.5, and 181.5 is no rounding
    assert _sums(tmp_path, BARRED.format(total="181.5", run="59.95")) == [("181.5", "182.5")]


def test_a_total_written_coarser_than_its_rows_is_their_sum_rounded(tmp_path: Path) -> None:
    text = (
        "“三公”经费支出决算表\n项目 | 预算数 | 决算数\n合计 | 30 | 12.4\n因公出国(境)费 | 0 | 0\n"
        "公务接待费 | 12.46 | 6.3\n公务用车购置及运行维护费 | 17.5 | 6.1\n"
    )
    assert _sums(tmp_path, text) == []


def test_the_explanation_right_under_a_barred_table_is_no_row_of_it(tmp_path: Path) -> None:
    text = (
        "“三公”经费支出决算表\n项目 | 预算数 | 决算数\n合计 | 36.5 | 12.4\n"
        "因公出国(境)费 | 10 | 0\n公务接待费 | 12.5 | 6.3\n公务用车购置及运行维护费 | 14 | 6.1\n"
        "公务接待费支出6.3万元，与预算相比，减少{change}万元。\n"
    )
    assert _found(tmp_path, text.format(change="6.2")) == []
    assert _found(tmp_path, text.format(change="6.0")) == [("减少6.0万元", "减少6.20万元")]

"""An excerpt that opens inside a Sichuan 自评表, its header cut off (figures and names our
own): rows written with their 指标性质 in a cell of their own are still read."""

from __future__ import annotations

from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

_TAIL = (
    "图书借阅人次 | ≥ | 12 | 万人次 | 13.5 | 10 | 10 |\n"
    "| |||\n"
    "可持续影响指标 | 阅读推广机制健全性 | 定性 | 健全 |\n"
    "| 健全 | 5 | 5 |\n"
    "满意度指标 | 服务对象满意度指标 | 读者满意度 | ≥ | 95 | % | {reader} | 5 | 5 |\n"
    "志愿者满意度 | ≥ | 90 | % | 96 | 5 | {volunteer} |\n"
    "合计 | 100 | 98 |\n"
)


def test_rows_after_a_cut_header_are_checked() -> None:
    assert codes_of(_TAIL.format(reader="97", volunteer="5")) == set()
    over = _TAIL.format(reader="97", volunteer="8")
    assert stated_recomputed(over, "table-score-over-weight") == [("8", "5")]
    missed = _TAIL.format(reader="85", volunteer="5")
    assert stated_recomputed(missed, "score-full-on-missed") == [("5", "4.47")]


def test_a_row_without_its_own_nature_cell_opens_nothing() -> None:
    plain = "图书借阅人次 | 12万人次 | 13.5万人次 | 10 | 12 |\n合计 | 100 | 98 |\n"
    assert "table-score-over-weight" not in codes_of(plain)


def test_a_qualitative_row_broken_over_two_lines_is_named_by_its_name() -> None:
    # “定性” is the row's 指标性质 cell, not its name.
    text = _TAIL.format(reader="97", volunteer="5").replace("| 健全 | 5 | 5 |", "| 健全 | 5 | 6 |")
    [over] = [f for f in findings_of(text) if f.code == "table-score-over-weight"]
    assert (over.stated, over.message[:11]) == ("6", "“阅读推广机制健全性”")

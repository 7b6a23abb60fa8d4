"""Calculations written out in a report, checked as written (passages our own)."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2018年度某局部门整体支出绩效自评报告\n"


def test_a_change_rate_written_as_a_calculation() -> None:
    text = HEAD + "三公经费变动率=(本年度预算数-上年度预算数)÷上年度=(70.40-40)÷40=74.00%。\n"
    assert stated_recomputed(text, "formula-mismatch") == [("74.00%", "76.00%")]
    assert "formula-mismatch" not in codes_of(text.replace("74.00%", "76.00%"))


def test_a_ratio_times_a_hundred_percent() -> None:
    text = HEAD + "执行率=1.5÷3.5×100%=42.86%，结余率=2÷3.5×100=57.14%。\n"
    assert "formula-mismatch" not in codes_of(text)
    assert stated_recomputed(text.replace("42.86%", "48.26%"), "formula-mismatch") == [
        ("48.26%", "42.86%")
    ]


def test_dates_and_codes_are_no_calculation() -> None:
    text = HEAD + "联系电话0371-60938058，项目编号2023-0415=第2批。\n"
    assert "formula-mismatch" not in codes_of(text)

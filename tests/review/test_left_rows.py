"""A budget block whose 合计 opens it, with what was left at the year's end (年末结转结余) on
a row after its parts: that row is no part of the 合计 (our words and figures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import word_table

from jixiao.review.service import review_file


@pytest.mark.parametrize(("basic", "found"), [("1402.36", set()), ("1420.36", {"sum-mismatch"})])
def test_the_row_left_over_is_not_added_in(tmp_path: Path, basic: str, found: set[str]) -> None:
    path = tmp_path / "基础数据表.docx"
    rows = [
        ["预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数"],
        ["合计", "2316.80", "2588.14", "2540.02"],
        ["基本支出", basic, "1493.50", "1480.27"],
        ["项目支出", "914.44", "1094.64", "1059.75"],
        ["年末结转结余", "48.12", "48.12", "48.12"],
    ]
    word_table(path, rows, caption="部门整体支出绩效评价基础数据表")
    codes = {f.code for f in review_file(path).findings if f.severity == "error"}
    assert codes & {"sum-mismatch"} == found

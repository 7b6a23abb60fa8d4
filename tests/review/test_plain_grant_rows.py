"""A 部门整体 table whose split by income names its first row 财政拨款 alone (not 本年财政拨款),
under its side cell 按收入性质分 (our figures): the rows are read and added up."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import word_table

from jixiao.review.service import review_file


@pytest.mark.parametrize(("basic", "found"), [("512.40", set()), ("521.40", {"sum-mismatch"})])
def test_a_plain_grant_row_is_a_source(tmp_path: Path, basic: str, found: set[str]) -> None:
    path = tmp_path / "部门整体支出绩效自评表.docx"
    rows = [
        ["预算执行情况（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["资金总额", "", "784.60", "830.25", "801.14", "96.49%"],
        ["按收入性质分", "财政拨款", "720.10", "765.75", "738.32", "96.42%"],
        ["", "其他资金", "64.50", "64.50", "62.82", "97.40%"],
        ["按支出性质分", "基本支出", basic, "530.80", "521.66", "98.28%"],
        ["", "项目支出", "272.20", "299.45", "279.48", "93.33%"],
    ]
    word_table(path, rows, caption="2024年度部门整体支出绩效自评表")
    codes = {f.code for f in review_file(path).findings if f.severity == "error"}
    assert codes == found

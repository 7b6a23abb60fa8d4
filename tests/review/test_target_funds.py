"""The 资金 block of a 绩效目标表 told as words, however the page ran its cells (figures and
names our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import file_stated_recomputed
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("block", "found"),
    [
        ("资金总额:48其中:财政拨款48其他资金", []),
        ("资金总额:48其中:财政拨款36其他资金12", []),
        ("资金总额:84其中:财政拨款48其他资金", [("84", "48")]),  # a blank source holds nothing
        ("资金总额:48其中:财政拨款36其他资金21", [("48", "57")]),
    ],
)
def test_a_block_run_together_on_one_line(block: str, found: list[object]) -> None:
    text = (
        f"附件2 绩效目标表 项目名称 强制免疫补助 资金情况(万元){block}总体目标 按计划完成免疫。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_block_one_cell_to_a_line(tmp_path: Path) -> None:
    cells = ["项目资金 (万元)", "年度资金总额:320", "", "其中:财政拨款 302", "", "其他资金"]
    text = "\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n总 体 目 标 |\n"
    found = file_stated_recomputed(tmp_path / "目标表.txt", text, "sum-mismatch")
    assert found == [("320", "302")]


@pytest.mark.parametrize(
    ("term", "year", "found"),
    [
        ("449.8", "189.8", []),
        ("494.8", "189.8", [("449.8", "494.8")]),
        ("449.8", "169.8", [("189.8", "169.8")]),
    ],
)
def test_the_term_and_the_year_side_by_side_one_cell_to_a_line(
    tmp_path: Path, term: str, year: str, found: list[tuple[str, str]]
) -> None:
    # 中期 and 年度 columns: the two totals, then each source told twice, once for each
    cells = [
        "中期资金总额:", "449.8万", "年度资金总额:", "189.8万", "",
        "其中:财政拨款", f"{term}万", "其中:财政拨款", f"{year}万", "",
        "其他资金", "", "其他资金", "",
    ]  # fmt: skip
    text = "\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n总 体 目 标 |\n"
    assert file_stated_recomputed(tmp_path / "目标表.txt", text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("block", "found"),
    [
        ("年度金额(万元): 397 | 其中:中央补助(万元) | 397 | 地方资金(万元) |", []),
        ("年度金额(万元): 397 | 其中:中央补助(万元) | 379 | 地方资金(万元) |", [("397", "379")]),
        ("年度资金总额:18 其中 :上级资金16", [("18", "16")]),
        ("年度预算资金总额: 321.25 其中:中央补助 166.00 市级资金 136.00 本级资金(包括结转结余) "
         "19.25", []),
        ("年度预算资金总额: 321.25 其中:中央补助 166.00 市级资金 136.00 本级资金(包括结转结余) "
         "20.25", [("321.25", "322.25")]),
    ],
)  # fmt: skip
def test_blocks_of_other_forms_and_sources(block: str, found: list[tuple[str, str]]) -> None:
    text = f"区域绩效目标表 资金情况 {block}\n年度目标 按计划完成。\n"
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # a second 其中 splits 地方资金 into its levels: parts of a part
        ("资金总额 1000 其中：中央资金 600 地方资金 400 其中：省级资金 150 市级资金 100 "
         "县级资金 150", []),
        ("资金总额 1000 其中：中央资金 600 地方资金 410 其中：省级资金 150 市级资金 100 "
         "县级资金 160", [("1000", "1010")]),
        # …, or 财政拨款 into 上级 and 本级, 其他资金 back beside it
        ("资金总额 500 其中：财政拨款 450 其中：上级资金 300 本级资金 150 其他资金 50", []),
        # 年度 and 中期 side by side, each column's sources opened by its own 其中
        ("年度金额： 1200 中期资金总额： 3600 其中：中央补助 800 地方资金 400 "
         "其中：中央补助 2400 地方资金 1200", []),
        ("年度金额： 1200 中期资金总额： 3600 其中：中央补助 800 地方资金 400 "
         "其中：中央补助 2400 地方资金 1300", [("3600", "3700")]),
        # …, or each source's two figures told in a row
        ("年度金额 1200 中期资金总额 3600 其中：中央补助 800 2400 地方资金 400 1200", []),
        ("年度金额 1200 中期资金总额 3600 其中：中央补助 800 2400 地方资金 410 1200",
         [("1200", "1210")]),
    ],
)  # fmt: skip
def test_parts_of_a_source_and_two_columns(block: str, found: list[tuple[str, str]]) -> None:
    text = f"区域绩效目标表 资金情况（万元） {block}\n年度目标 按计划完成。\n"
    assert stated_recomputed(text, "sum-mismatch") == found

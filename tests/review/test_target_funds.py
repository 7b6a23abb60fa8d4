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

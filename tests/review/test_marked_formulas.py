"""A table that numbers its columns ①②③… and writes how one is made from others (⑧=④*⑦,
⑤=③+④): each row is held to it, in the units most rows keep to (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import stated_recomputed
from review_support import word_table

from jixiao.review.service import review_file

_PRODUCT_HEAD = [
    "序号 | 培训机构 | 补助标准（元/人） | 培训人数 | 补助资金（万元） |",
    "① | ② | ③ | ④ | ⑤=③×④ |",
]


def _product_table(third: str) -> str:
    return "\n".join(
        [
            "2023年护工培训补助资金分配表",
            *_PRODUCT_HEAD,
            "1 | 甲培训学校 | 2600 | 842 | 218.92 |",
            "2 | 乙培训学校 | 2600 | 900 | 234 |",
            f"3 | 丙培训学校 | 2600 | 941 | {third} |",
            "合计 | | | 2683 | 697.58 |",
        ]
    )


@pytest.mark.parametrize(
    ("third", "found"),
    [
        ("244.66", []),
        # 2600元 × 941人 = 244.66万元, written with two digits swapped
        ("246.46", [("246.46", "244.66")]),
    ],
)
def test_a_row_is_held_to_the_product_its_header_writes(
    third: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_product_table(third), "column-formula-mismatch") == found


def _sum_table(total: str) -> str:
    return "\n".join(
        [
            "表3 衔接资金分配表（单位：万元）",
            "县区 | 中央资金 | 省级资金 | 合计 |",
            "① | ② | ③ | ④=②+③ |",
            "甲县 | 120.5 | 30 | 150.5 |",
            "乙县 | 80 | 20.25 | 100.25 |",
            f"合计 | 200.5 | 50.25 | {total} |",
        ]
    )


@pytest.mark.parametrize(
    ("total", "found"),
    [("250.75", []), ("257.75", [("257.75", "250.75")])],
)
def test_a_sum_formula_holds_on_the_total_row_too(total: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_sum_table(total), "column-formula-mismatch") == found


def test_a_table_most_of_whose_rows_break_the_formula_says_nothing() -> None:
    # two rows of three do not keep to ⑤=③×④: the column is no product (a cap, a share)
    text = "\n".join(
        [
            *_PRODUCT_HEAD,
            "1 | 甲培训学校 | 2600 | 842 | 200 |",
            "2 | 乙培训学校 | 2600 | 900 | 234 |",
            "3 | 丙培训学校 | 2600 | 941 | 200 |",
        ]
    )
    assert stated_recomputed(text, "column-formula-mismatch") == []


def test_a_word_table_with_a_wrong_rate(tmp_path: Path) -> None:
    # ⑤=④/③ as a percentage: 95 ÷ 100 = 95.00%, 47 ÷ 50 = 94.00% written 49.00%
    rows = [
        ["项目", "预算数", "执行数", "执行率"],
        ["①", "③", "④", "⑤=④/③"],
        ["办公设备购置", "100", "95", "95.00%"],
        ["培训经费", "50", "47", "49.00%"],
        ["维修经费", "40", "40", "100.00%"],
    ]
    path = tmp_path / "执行情况表.docx"
    word_table(path, rows)
    found = [
        (f.stated, f.recomputed)
        for f in review_file(path).findings
        if f.code == "column-formula-mismatch"
    ]
    assert found == [("49.00", "94.00")]

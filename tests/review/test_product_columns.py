"""A table of two standards side by side (低保 and 特困), none of them named 标准: each
standard's amount against the count column before it that most rows keep to, the
standard's own unit (元/人) choosing 人数 over 户数 where the two agree (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_HEADER = (
    "乡镇 | 保障户数 | 保障人数 | 月保障金(元/人/月) | 月发放金额(元) | 特困户数(户) | 特困人数 "
    "| 特困月保障金额(元/人/月) | 特困月发放金额(元) |"
)


def _table(second: str, third: str) -> str:
    return "\n".join(
        [
            "2024年8月份城镇低保和特困人员生活补助经费汇总表",
            _HEADER,
            "东山乡 | 78 | 94 | 386 | 36284 | 2 | 2 | 780 | 1560 |",
            f"南坪镇 | 273 | 332 | 386 | {second} | 10 | 10 | 780 | 7800 |",
            "西河镇 | 9 | 10 | 386 | 3860 | 3 | 3 | 780 | 2340 |",
            f"北岭镇 | 20 | 24 | 386 | 9264 | 11 | {third} | 780 | 8580 |",
            "中坝镇 | 12 | 18 | 386 | 6948 | 0 | 0 | 780 | 0 |",
        ]
    )


@pytest.mark.parametrize(
    ("second", "third", "found"),
    [
        ("128152", "11", []),
        # 386 × 332 = 128152, two digits swapped
        ("128512", "11", [("128512", "128152")]),
        # 780 × 12 = 9360: the 人数 cell, though 户数 still gives the amount
        ("128152", "12", [("8580", "9360")]),
    ],
)
def test_each_standard_holds_its_own_amount(
    second: str, third: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_table(second, third), "product-mismatch") == found


def test_amounts_of_no_product_say_nothing() -> None:
    # amounts that no count column gives in most rows (a cap, a share)
    text = _table("128152", "11").replace("36284", "30000").replace("3860", "3000")
    text = text.replace("9264", "9000")
    assert stated_recomputed(text, "product-mismatch") == []


def _relief(note: str) -> str:
    return "\n".join(
        [
            "序号 | 乡镇 | 家庭人口 | 救助标准(元/人) | 救助金额 | 补贴标准(元/人) | 补贴金额 "
            "| 备注 |",
            "1 | 东关镇 | 2 | 600 | 1200 | 50 | 100 |  |",
            f"2 | 东关镇 | 5 | 600 | 2500 | 50 | 250 | {note} |",
            "3 | 西坪乡 | 3 | 600 | 1800 | 50 | 150 |  |",
            "4 | 西坪乡 | 1 | 600 | 600 | 50 | 50 |  |",
            "合计 |  | 11 |  | 6100 |  | 550 |  |",
        ]
    )


@pytest.mark.parametrize(
    ("note", "found"),
    [
        # a household's relief capped at 2500 (5 × 600 = 3000): its note says so
        ("救助金额按每户2500元封顶", []),
        # with no word of a cap the row is a slip
        ("", [("2500", "3000")]),
    ],
)
def test_a_capped_amount_said_in_its_row_is_no_slip(
    note: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_relief(note), "product-mismatch") == found

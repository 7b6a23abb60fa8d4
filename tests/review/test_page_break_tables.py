"""A 合计 table a page break cuts (figures our own): the running header and the header said
again on the next page do not end it, so its 合计 is read against the rows of both pages;
a numbered heading between two tables of the same header still parts them."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_HEAD = "项目 | 2023年决算数 | 2024年决算数 |"


def _text(between: str, housing: str) -> str:
    return "\n".join(
        [
            "2024年度部门决算公开说明",
            "表6 一般公共预算财政拨款支出决算按功能分类对比表（单位：万元）",
            _HEAD,
            "合计 | 500.00 | 520.00 |",
            "一般公共服务支出 | 300.00 | 310.00 |",
            "教育支出 | 50.00 | 60.00 |",
            between,
            _HEAD,
            "卫生健康支出 | 70.00 | 80.00 |",
            f"住房保障支出 | {housing} | 70.00 |",
            "2024年度一般公共预算财政拨款支出520.00万元，比2023年增加20.00万元。",
        ]
    )


@pytest.mark.parametrize(
    ("housing", "found"),
    [
        ("80.00", []),
        # 300.00 + 50.00 + 70.00 + 8.00 = 428.00 for the 500.00 of 2023
        ("8.00", [("500.00", "428.00")]),
    ],
)
def test_a_table_goes_on_past_a_page_break(housing: str, found: list[tuple[str, str]]) -> None:
    text = _text("某区发展和改革局2024年度部门决算\n— 11 —", housing)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_numbered_heading_parts_two_tables() -> None:
    # under a numbered heading of the outline the rows after it are another table's: the
    # first table's own rows (300.00 + 50.00) are then all its 合计 is read against
    text = _text("（六）政府性基金预算财政拨款支出决算情况", "80.00")
    assert ("500.00", "350.00") in stated_recomputed(text, "sum-mismatch")


def test_a_caption_and_a_unit_between_two_tables_of_one_header_part_them() -> None:
    # the second table is another one (its caption and unit said): 500.00 = 300.00 + 200.00
    text = "\n".join(
        [
            "2024年度部门决算公开说明",
            _HEAD,
            "合计 | 500.00 | 520.00 |",
            "一般公共服务支出 | 300.00 | 310.00 |",
            "教育支出 | 200.00 | 210.00 |",
            "表7 “三公”经费支出决算表",
            "单位：万元",
            _HEAD,
            "公务接待费 | 3.00 | 2.00 |",
            "公务用车运行维护费 | 12.00 | 10.00 |",
            "以上数据均为决算数。",
        ]
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_page_number_of_the_form_di_n_ye_is_furniture() -> None:
    text = _text("第 11 页 共 20 页", "8.00")
    assert stated_recomputed(text, "sum-mismatch") == [("500.00", "428.00")]

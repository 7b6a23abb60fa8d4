"""Where a 目录 ends (names and figures our own): the body's heading may say an entry again
without the unit's name the entry gave, and the table right under it is body, not contents."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

from jixiao.review.text.structure import contents_lines

_TEXT = """附件2
某开发区管委会2021年部门“三公”经费预算
目 录
第一部分 部门“三公”经费预算
1. 某开发区管委会2021年“三公”经费支出预算表
2. 某开发区管委会2021年“三公”经费支出预算情况说明
一、2021年“三公”经费支出预算表
单位:万元
项目 | 预算数 |
合计 | 30.00 |
因公出国(境)费 | 0 |
公务接待费 | {reception} |
公务用车购置及运行费 | 18.00 |
二、2021年“三公”经费支出预算情况说明
某开发区管委会2021年“三公”经费支出预算为30.00万元，与2020年预算持平。
"""


@pytest.mark.parametrize(("reception", "found"), [("12.00", []), ("15.00", [("30.00", "33.00")])])
def test_a_table_under_an_entry_said_again_is_read(
    reception: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TEXT.format(reception=reception), "sum-mismatch") == found


def test_the_national_list_of_tables_stays_one_contents() -> None:
    # “四、财政拨款收入支出决算总表” ends with “收入支出决算总表”, the first entry: no repeat
    lines = [
        "某局2023年度部门决算",
        "目录",
        "一、收入支出决算总表",
        "二、收入决算表",
        "三、支出决算表",
    ]
    lines += [
        "四、财政拨款收入支出决算总表",
        "五、一般公共预算财政拨款支出决算表",
        "第三部分 情况说明",
    ]
    found = contents_lines([*lines, "一、收入支出决算总体情况说明：本年收支总计均为500.00万元。"])
    assert set(range(1, 8)) <= found

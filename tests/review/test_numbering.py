"""The numbers of a list of lines opening with a Chinese numeral (a 部门决算's 目录; names
our own): a number skipped or written twice."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

CODE = "numbering-gap"
ITEMS = ["收入支出决算表", "收入决算表", "支出决算表", "财政拨款收入支出决算表"]
ITEMS += ["“三公”经费支出决算表", "国有资产使用情况表", "部门整体支出绩效自评表"]
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def _contents(numbers: list[str]) -> str:
    lines = [f"{n}、{item}" for n, item in zip(numbers, ITEMS, strict=True)]
    return "某局2023年度部门决算\n目录\n第一部分 部门概况\n一、主要职能\n二、机构设置\n" + (
        "第二部分 2023年度部门决算表\n" + "\n".join(lines) + "\n第三部分 情况说明\n一、收入\n"
    )


def test_numbers_in_order() -> None:
    assert CODE not in codes_of(_contents(NUMERALS[:7]))


def test_a_number_skipped() -> None:
    numbers = [*NUMERALS[:5], "七", "八"]
    assert stated_recomputed(_contents(numbers), CODE) == [("七（第7项）", "六（第6项）")]


def test_a_number_written_twice() -> None:
    numbers = [*NUMERALS[:5], "五", "六"]
    assert stated_recomputed(_contents(numbers), CODE) == [("五（第5项）", "六（第6项）")]


@pytest.mark.parametrize(
    "numbers",
    [
        ["一", "二", "三", "九", "十", "十一", "十二"],  # a jump of more than one: another list
    ],
    ids=["far-jump"],
)
def test_left_alone(numbers: list[str]) -> None:
    assert CODE not in codes_of(_contents(numbers))


def test_a_range_of_quarters_is_no_number() -> None:
    text = (
        "某局2023年度工作总结\n一、基本情况\n本局共有职工20人。\n"
        "一、二季度，我局组织开展了专项督查。\n三、四季度，继续开展督查工作。\n二、主要成效\n"
    )
    assert CODE not in codes_of(text)


def test_a_heading_whose_name_opens_with_a_numeral() -> None:
    numbers = [*NUMERALS[:2], "三", "四", "五", "六", "七"]
    text = _contents(numbers).replace("三、支出决算表", "三、一般公共预算财政拨款支出决算表")
    assert CODE not in codes_of(text)
    skipped = text.replace("四、财政拨款", "五、财政拨款").replace("五、“三公”", "六、“三公”")
    assert stated_recomputed(skipped, CODE) != []

"""A total and a count of items, then the items numbered （1）（2）… each its own sentence to
the end of the paragraph (figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_ITEMS = (
    "2019年，县文旅局共收到各类专项资金905.3万元。\n"
    "1.公共文化服务项目资金{total}万元，实施项目{count}个，分别为：（1）剧团运转资金20万元。"
    "（2）2019年省级公共文化服务体系建设补助资金102.04万元。（3）提前下达2019年中央补助地方"
    "文化服务体系建设专项资金175.78万元。（4）艺术团运转经费25万元。\n"
    "2.旅游市场开发推广专项资金582.48万元。\n"
)


@pytest.mark.parametrize(
    ("total", "found"), [("322.82", []), ("323.82", [("323.82万元", "322.82万元")])]
)
def test_numbered_items_make_the_total_said_with_their_count(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_ITEMS.format(total=total, count="4"), "sum-mismatch") == found


@pytest.mark.parametrize(("count", "found"), [("4", []), ("5", [("5", "4")])])
def test_the_count_against_the_items_numbered_after_it(
    count: str, found: list[tuple[str, str]]
) -> None:
    text = _ITEMS.format(total="322.82", count=count)
    assert stated_recomputed(text, "list-count-mismatch") == found


def test_items_the_next_paragraph_goes_on_numbering_are_not_all_there() -> None:
    text = _ITEMS.format(total="322.82", count="5").replace(
        "2.旅游市场", "（5）市级非遗保护补助资金6.6万元。\n2.旅游市场"
    )
    assert "list-count-mismatch" not in codes_of(text)


_PRICED = (
    "四、安排争创先进乡镇、示范村补助资金{total}万元。其中：争创省级先进乡镇2个：大康镇70万元、"
    "青莲镇70万元；争创省级示范村{count}个：稻香村70万元、鲜花村45万元、文昌村45万元。\n"
)


@pytest.mark.parametrize(("count", "found"), [("3", []), ("2", [("2", "3")])])
def test_a_count_against_the_items_listed_with_their_amounts(
    count: str, found: list[tuple[str, str]]
) -> None:
    text = _PRICED.format(total="300", count=count)
    assert stated_recomputed(text, "list-count-mismatch") == found


def test_items_with_two_amounts_each_set_apart_by_semicolons_are_not_counted_by_commas() -> None:
    text = (
        "实施农村饮水安全提升工程3处：东坑水厂扩建工程总投资186万元、省级补助93万元；"
        "西岭水厂管网延伸工程总投资120万元、省级补助60万元；南山供水站改造工程总投资40万元、"
        "省级补助20万元。\n"
    )
    assert "list-count-mismatch" not in codes_of(text)


def test_an_item_run_over_the_paragraph_break_before_the_next_number() -> None:
    text = (
        "2023年共安排专项项目4个，分别为：（1）乡村道路提升工程，安排资金180万元；（2）污水治理"
        "项目，安排资金96.5万元；（3）高标准农田配套建设项目，主要用于灌排渠系建设，\n"
        "安排资金150万元；（4）村级集体经济发展项目，安排资金60万元。\n"
    )
    assert "list-count-mismatch" not in codes_of(text)


def test_a_priced_list_closed_by_a_semicolon_before_the_next_count() -> None:
    text = (
        "其中：争创省级先进乡镇3个：大康镇70万元、青莲镇70万元；争创省级示范村2个：稻香村70万元、"
        "鲜花村45万元。\n"
    )
    assert stated_recomputed(text, "list-count-mismatch") == [("3", "2")]

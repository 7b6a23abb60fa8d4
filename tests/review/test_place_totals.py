"""Work listed place by place, then its total done, in one paragraph (a 衔接资金 project's
建设内容; figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_PROJECT = (
    "某乡2023年度衔接资金项目绩效自评报告\n"
    "项目建设内容：东山村委会上坝组道路硬化820平方米；东山村委会下坝组道路硬化{second}平方米；"
    "西河村委会河口组道路硬化1150平方米。西河村委会河口组护坡建设240立方米；西河村委会新村组"
    "护坡建设310立方米。项目资金已拨付86.40万元，目前已完成该乡道路硬化2500平方米，"
    "护坡建设{walls}立方米。\n"
)


@pytest.mark.parametrize(
    ("second", "walls", "found"),
    [
        ("530", "550", []),
        ("350", "550", [("2500平方米", "2320平方米")]),
        ("530", "505", [("505立方米", "550立方米")]),
    ],
)
def test_the_places_make_the_total_done(
    second: str, walls: str, found: list[tuple[str, str]]
) -> None:
    text = _PROJECT.format(second=second, walls=walls)
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    "text",
    [
        # no word saying the figure is all of the work: a further road, not the total
        "上坝组道路硬化820平方米；下坝组道路硬化530平方米。另新建连接线道路硬化900平方米。\n",
        # items that name no place, only the work: two stages of one road, not places
        "完成道路硬化820平方米，道路硬化530平方米，已完成道路硬化1000平方米。\n",
        # part of the work done, with the rest said; a total over years; a wider scope
        "甲村道路硬化800平方米；乙村道路硬化700平方米。截至年底已完成道路硬化1000平方米，"
        "剩余500平方米顺延至次年完工。\n",
        "甲村道路硬化800平方米；乙村道路硬化700平方米。项目自2021年启动以来，累计完成道路硬化"
        "6500平方米。\n",
        "上湾村村内道路硬化800平方米；下湾村村内道路硬化700平方米。全镇共完成村内道路硬化"
        "12000平方米。\n",
    ],
    ids=["no-total-word", "no-places", "part-done", "years", "wider"],
)
def test_left_alone(text: str) -> None:
    assert "sum-mismatch" not in codes_of("某乡2023年度项目绩效自评报告\n" + text)

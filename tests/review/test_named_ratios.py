"""Rates of two amounts named in words, stated in the sentences before (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "本项目年初预算260.00万元，年中追加预算30.00万元，调整后预算290.00万元。"
    "全年执行301.86万元，预算执行率104.09%。全年执行数为年初预算的{rate}。"
)


@pytest.mark.parametrize(
    ("rate", "found"), [("116.10%", []), ("116.1%", []), ("116.01%", [("116.01%", "116.10%")])]
)
def test_a_rate_of_two_amounts_named_before(rate: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TEXT.format(rate=rate), "rate-mismatch") == found


def test_a_name_with_two_amounts_gives_no_base() -> None:
    text = "2023年年初预算240.00万元。" + _TEXT.format(rate="116.01%")
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_name_that_ends_another_figures_label_is_not_that_figure() -> None:
    # 保基本民生支出 is no 民生支出: the share is of figures the text does not give
    text = (
        "地方一般公共预算支出347768万元。其中，“三保”支出共计220571万元（保工资支出164401万元，"
        "保运转支出3761万元，保基本民生支出52409万元）。民生支出占地方一般公共预算支出的85%。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_name_stated_in_another_section_is_not_read() -> None:
    text = _TEXT.format(rate="116.01%").replace("。全年执行数", "。\n一、\n二、\n三、\n全年执行数")
    assert stated_recomputed(text, "rate-mismatch") == []


def test_amounts_named_with_their_county_and_the_verb_completed() -> None:
    text = (
        "2023年，全县一般公共预算地方收入完成64200万元，同比增长6.2%。其中，税收收入完成"
        "47100万元，非税收入完成17100万元。非税收入占一般公共预算地方收入的{rate}，比上年下降1.1个百分点。"
    )
    assert stated_recomputed(text.format(rate="26.64%"), "rate-mismatch") == []
    found = stated_recomputed(text.format(rate="26.46%"), "rate-mismatch")
    assert found == [("26.46%", "26.64%")]

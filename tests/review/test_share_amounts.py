"""Amounts told as a share of a base stated before them (the shape of a county's 农业保险
保费补贴 self-evaluation: a premium, then each level's share and amount; passages our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2022年度农业保险保费补贴项目绩效自评报告\n二、资金使用情况\n"
CODE = "share-amount-mismatch"
RIGHT = (
    "2、油菜保险：全县承保9.6万亩，总保费86万元，中央财政补贴40%为34.4万元，"
    "省级财政补贴25%为21.5万元。\n"
)


def test_an_amount_that_is_not_its_share_of_the_base() -> None:
    assert CODE not in codes_of(HEAD + RIGHT)
    wrong = HEAD + RIGHT.replace("34.4万元", "43.4万元")
    assert stated_recomputed(wrong, CODE) == [("43.4万元", "34.40万元")]


def test_shares_over_two_sentences_of_one_paragraph() -> None:
    text = HEAD + RIGHT.replace("。\n", "。县级财政补贴10%为8.6万元。\n")
    assert CODE not in codes_of(text)
    assert stated_recomputed(text.replace("8.6万元", "6.8万元"), CODE) == [("6.8万元", "8.60万元")]


def test_an_amount_rounded_at_its_last_digit_holds() -> None:
    # 100.21 × 50% = 50.105, written to one decimal as 50.1
    text = (
        HEAD
        + "公益林保险总保费100.21万元，中央财政补贴50%为50.1万元，省级财政补贴30%为30.06万元。\n"
    )
    assert CODE not in codes_of(text)


def test_an_amount_in_the_wrong_unit_is_a_unit_slip() -> None:
    text = HEAD + RIGHT.replace("21.5万元", "21.5元")
    assert CODE not in codes_of(text)
    assert stated_recomputed(text, "unit-slip") == [("21.5元", "21.50万元")]


def test_a_share_in_the_wrong_unit_still_says_which_base_the_shares_are_of() -> None:
    # 43.4 is no 40% of 86; 21.5元 is its 25% read in 万元: the base is the premium still
    text = HEAD + RIGHT.replace("34.4万元", "43.4万元").replace("21.5万元", "21.5元")
    assert stated_recomputed(text, CODE) == [("43.4万元", "34.40万元")]
    assert stated_recomputed(text, "unit-slip") == [("21.5元", "21.50万元")]


@pytest.mark.parametrize(
    "text",
    [
        # one share alone: nothing shows the base is the one it is of
        "总保费86万元，中央财政补贴40%为43.4万元。",
        # no share gives its amount: the shares are of another base
        "总保费86万元，中央财政补贴40%为30万元，省级财政补贴25%为20万元。",
        # shares above 100%: no one base
        "总保费86万元，中央补贴80%为68.8万元，省级补贴40%为30万元。",
        # a rate, not a share
        "总保费86万元，执行率95%为81.7万元，到位率90%为70万元。",
    ],
    ids=["one-share", "another-base", "over-hundred", "rates"],
)
def test_left_alone(text: str) -> None:
    assert CODE not in codes_of(HEAD + text + "\n")

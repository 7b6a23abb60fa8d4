"""Figures a real report states twice (each passage written for this test, with its own
figures): the amount a funding document (文号) allocated, cited again further on."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

PROJECT = "2023年度某县耕地保护项目支出绩效自评报告\n一、项目基本情况\n"
FIRST = (
    "根据《关于下达2023年耕地地力保护补贴资金的通知》（某财农〔2023〕15号），"
    "市财政局下达我局补贴资金1605.00万元。\n"
)


def test_a_document_cited_twice_with_two_amounts() -> None:
    text = (
        PROJECT
        + FIRST
        + "二、资金使用情况\n某财农〔2023〕15号文件下达资金1604.75万元，已全部拨付。\n"
    )
    assert stated_recomputed(text, "figure-inconsistent") == [("1604.75万元", "1605.00万元")]


def test_a_document_cited_twice_with_one_amount() -> None:
    text = (
        PROJECT + FIRST + "二、资金使用情况\n某财农［2023］15号文件下达资金1605万元，已全部拨付。\n"
    )
    assert "figure-inconsistent" not in codes_of(text)


def test_another_document_or_a_split_is_not_the_same_amount() -> None:
    other = PROJECT + FIRST + "二、资金使用情况\n某财农〔2023〕16号文件下达资金300.00万元。\n"
    assert "figure-inconsistent" not in codes_of(other)
    split = (
        PROJECT
        + FIRST
        + ("二、资金使用情况\n某财农〔2023〕15号文件下达资金中，其中拨付乡镇1500.00万元。\n")
    )
    assert "figure-inconsistent" not in codes_of(split)
    two = (
        PROJECT
        + FIRST
        + ("二、资金使用情况\n某财农〔2023〕15号、某财农〔2023〕21号文件下达资金1800.00万元。\n")
    )
    assert "figure-inconsistent" not in codes_of(two)

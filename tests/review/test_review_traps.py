"""Ordinary sentences the newer checks must leave alone, and two faults in one paragraph that
must both be told (each passage written for this test)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import findings_of

HEAD = "2023年度某局部门整体支出绩效自评报告\n"

QUIET = [
    "该指标得分=10×95%=9.5分。",
    "偏差率=100%-95%=5%。",
    "资金合计为1234.56+2345.67+3456.78+4567.89+5678.90+6789.01+7890.12+8901.23=40864.16万元。",
    "合计=500+734.56=1,234.56万元。",
    "执行率=1,200.5÷1500=80.03%。",
    "合计=100000000000000000000×100000000=1.00。",
    "全区一般公共预算收入40亿元，加上上级补助收入60亿元，收入总计100亿元；一般公共预算支出"
    "90亿元，加上上解支出5亿元，支出总计95亿元。收支相抵，本年结余5亿元。",
    "本年支出较上年增加100万元，主要是人员经费增加30万元，公用经费增加20万元。",
    "本单位在职人员81人，男职工41人，女职工40人，专业技术人员57人、管理人员1人，工勤人员23人。",
    "本年度部门预算收入500万元。与上年相比，项目支出增加50万元，增长20%。",
    "一般公共预算收入40亿元，其中税收收入30亿元，加上上级补助收入60亿元、上年结余5亿元，"
    "收入总计105亿元。",
    "基本支出300万元，占比60%；其中人员经费250万元，占比50%；项目支出200万元，占比40%。",
    "局机关内设股室5个，主要承担全县农业、农村、水利发展规划工作。",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_no_error_on_an_ordinary_sentence(sentence: str) -> None:
    errors = [f for f in findings_of(HEAD + sentence + "\n") if f.severity.value == "error"]
    assert errors == [], errors


def test_other_moves_after_shouzhi_xiangdi() -> None:
    text = "2023年某市预算执行情况的报告\n" + (
        "全市政府性基金总收入100亿元。\n全市政府性基金总支出95亿元。\n"
        "收支相抵后，提取预算稳定调节基金3亿元，本年结余2亿元。\n"
    )
    assert "sum-mismatch" not in codes_of(text)


def test_one_document_allocating_to_a_county_and_to_a_project() -> None:
    text = "2023年度某县耕地保护项目支出绩效自评报告\n" + (
        "根据渝财农〔2023〕15号文件，下达我县资金500万元，用于耕地保护。\n"
        "渝财农〔2023〕15号文件安排本项目资金120万元。\n"
    )
    assert "figure-inconsistent" not in codes_of(text)


def test_two_rows_with_the_same_wrong_rate_are_two_faults() -> None:
    text = HEAD + (
        "A项目预算100万元，实际支出80万元，执行率90%；B项目预算200万元，实际支出160万元，"
        "执行率90%。\n"
    )
    assert [f.code for f in findings_of(text)].count("rate-mismatch") == 2


def test_a_reason_before_the_total_does_not_hide_it() -> None:
    text = HEAD + (
        "本单位支出增长，主要是人员增加，本年支出合计500万元，其中：基本支出300万元，"
        "项目支出100万元。\n"
    )
    assert "sum-mismatch" in codes_of(text)

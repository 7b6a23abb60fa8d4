"""“三公” 经费 told in prose the way a county's 公开 says them (figures our own): a 其中 after
a semicolon, the kinds opened by “分项情况是：” in the sentence after the total, a list of the
units covered before the total, and the car's own 其中 after the last kind."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


@pytest.mark.parametrize(("car", "found"), [("1500", []), ("1590", [("1800万元", "1890.00万元")])])
def test_a_qizhong_after_a_semicolon_splits_the_total(
    car: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "某市2025年“三公”经费预算情况\n全市“三公”经费预算总额为1800万元，较2024年减少200万元，"
        f"下降10.0%；其中：因公出国（境）经费50万元，较上年持平；公务接待费250万元，较上年减少"
        f"10万元；公务用车购置及运行维护费{car}万元，较上年减少190万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("abroad", "found"), [("100", []), ("120", [("2600万元", "2620.00万元")])])
def test_the_kinds_after_fenxiang_with_the_car_split_after_them(
    abroad: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "某市2023年“三公”经费决算情况\n2023年全市部门，包括行政单位、事业单位和其他单位因公出国"
        "（境）经费、公务接待费、公车购置费、公车运行费（“三公”经费）决算总额2600万元，比上年"
        f"下降2.0%。分项情况是：因公出国（境）经费决算{abroad}万元，比上年增长50.0%；公务接待费"
        "决算1000万元，比上年下降5.0%；公务用车购置及运行费决算1500万元，比上年下降1.0%，"
        "其中：公务用车购置费决算400万元；公务用车运行费决算1100万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found

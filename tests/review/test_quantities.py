"""Figures in text: units, Chinese numerals, precision, signs and approximations."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.text.quantities import find_quantities


def _one(text: str) -> tuple[str, Decimal, str, bool]:
    q = find_quantities(text)[0]
    return q.kind, q.value, q.unit, q.approx


def test_money_is_kept_in_yuan_with_its_precision() -> None:
    q = find_quantities("预算安排159.36万元")[0]
    assert (q.kind, q.value, q.ulp, q.label) == (
        "money",
        Decimal("1593600.00"),
        Decimal("50.000"),
        "预算安排",
    )
    assert _one("目标18亿）") == ("money", Decimal(1_800_000_000), "亿元", False)


def test_chinese_numerals_before_counting_units() -> None:
    assert _one("服务站十二家") == ("count", Decimal(12), "家", False)
    assert _one("两个") == ("count", Decimal(2), "个", False)
    assert _one("一百零五项") == ("count", Decimal(105), "项", False)
    assert find_quantities("第十二届大赛") == []


def test_units_and_signs() -> None:
    assert _one("变动率为-8.24%") == ("percent", Decimal("-8.24"), "%", False)
    assert _one("支出增长-3.5%") == ("percent", Decimal("-3.5"), "%", False)


def test_a_hyphen_joining_names_to_a_figure_is_no_minus() -> None:
    q = find_quantities("产出-质量指标-验收合格率-95%")[0]
    assert (q.value, q.text) == (Decimal(95), "95%")
    assert find_quantities("效益-社会效益，增长率-2%")[0].value == Decimal(-2)


def test_more_units_and_signs() -> None:
    assert _one("60余项") == ("count", Decimal(60), "项", True)
    assert _one("采用102篇次") == ("count", Decimal(102), "篇", False)
    assert _one("3.2万平方米")[0:3] == ("measure", Decimal(32000), "平方米")
    assert _one("18.6万吨")[0] == "measure"
    assert _one("得分9.5分") == ("score", Decimal("9.5"), "分", False)


def test_yue_ends_a_word_before_a_figure_without_making_it_approximate() -> None:
    # 签约, 节约, 合约: the 约 belongs to the word; 约 alone, or after 大, is “about”
    assert _one("完成项目签约44个")[3] is False
    assert _one("通过集中采购节约12.5万元")[3] is False
    assert _one("受益群众约1200人")[3] is True
    assert _one("大约1200人")[3] is True

"""基本支出 against its economic classes told one to a paragraph, each with its share of it
(a 部门预算说明's shape; figures ours)."""

from __future__ import annotations

from review_support import stated_recomputed

_TEXT = """五、一般公共预算基本支出情况说明
工资福利支出预算{wages}元，占基本支出预算80.00%，同比增加21500元，增长2.46%。
商品和服务支出预算96000元，占基本支出预算%，同比增加12000元，增长14.29%。
对个人和家庭补助支出预算{aid}元，占基本支出预算12.00%，同比增加6000元，增长6.67%。
六、人员经费和公用经费说明
2025年一般公共预算基本支出{base}元，其中：
人员经费1000000元，占基本支出预算83.33%。
公用经费200000元，占基本支出预算16.67%。
"""


def _text(wages: str = "960000", aid: str = "144000", base: str = "1200000") -> str:
    return _TEXT.format(wages=wages, aid=aid, base=base)


def test_classes_that_make_the_whole() -> None:
    # 960000 + 96000 + 144000 = 1200000
    assert stated_recomputed(_text(), "sum-mismatch") == []


def test_a_class_short_of_the_whole() -> None:
    found = stated_recomputed(_text(aid="64000"), "sum-mismatch")
    assert found == [("1200000元", "1120000元")]


def test_two_classes_alone_are_not_the_whole() -> None:
    text = _text(aid="64000").replace("对个人和家庭补助支出预算", "其他支出预算")
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_whole_no_share_confirms_is_not_theirs() -> None:
    # 1300000: 960000 ÷ 1300000 = 73.85%, not the 80.00% told: another year's or scope's
    text = _text(aid="64000", base="1300000").replace("人员经费1000000元", "人员经费1100000元")
    text = text.replace("83.33%", "84.62%").replace("16.67%", "15.38%")
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_whole_in_another_unit() -> None:
    text = _text(aid="64000").replace("基本支出1200000元", "基本支出120万元")
    assert stated_recomputed(text, "sum-mismatch") == [("120万元", "112万元")]


def test_the_class_named_without_zhichu() -> None:
    # 对个人和家庭的补助 (the classification's own name, no 支出)
    text = _text(aid="64000").replace("对个人和家庭补助支出预算", "对个人和家庭的补助预算")
    assert stated_recomputed(text, "sum-mismatch") == [("1200000元", "1120000元")]


def test_another_class_told_leaves_the_three_alone() -> None:
    # a 资本性支出 of 80000 told without its share makes the whole with the three
    text = _text(aid="64000").replace(
        "六、人员经费", "资本性支出预算80000元，用于办公设备购置。\n六、人员经费"
    )
    assert stated_recomputed(text, "sum-mismatch") == []
    # a class the three do not name, told with its share of 基本支出
    other = _text(aid="64000").replace(
        "六、人员经费", "对企业补助预算80000元，占基本支出预算6.67%。\n六、人员经费"
    )
    assert stated_recomputed(other, "sum-mismatch") == []

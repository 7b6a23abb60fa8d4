"""A share of a base the text named with its amount before it, “A元，占B的P%” (our figures):
the share is A over the one amount stated for B."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TEXT = (
    "十、政府采购支出情况\n"
    "2024年度政府采购支出总额8,240,516.30元，其中：政府采购货物支出3,105,220.00元、"
    "政府采购工程支出4,018,300.50元、政府采购服务支出1,116,995.80元。"
    "授予中小企业合同金额6,172,400.00元，占政府采购支出总额的{share}，其中：授予小微企业"
    "合同金额4,930,118.20元，占授予中小企业合同金额的79.87%。\n"
)


@pytest.mark.parametrize(("share", "found"), [("74.90%", []), ("79.40%", [("79.40%", "74.90%")])])
def test_a_share_of_a_base_named_before(share: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TEXT.format(share=share), "share-mismatch") == found


def test_a_base_named_with_two_amounts_leaves_the_share_unread() -> None:
    text = _TEXT.format(share="79.40%").replace(
        "。授予中小企业", "。上年政府采购支出总额7,980,000.00元。授予中小企业"
    )
    assert stated_recomputed(text, "share-mismatch") == []


@pytest.mark.parametrize(("share", "found"), [("97.6%", []), ("96.7%", [("96.7%", "97.57%")])])
def test_a_base_named_without_the_noun_it_shares_with_its_part(
    share: str, found: list[tuple[str, str]]
) -> None:
    # 占年度计划的: the 年度计划投资, named without the 投资 of the 完成投资 (2.41 ÷ 2.47)
    text = (
        "2020年票决确定10项民生实事项目，总投资3.82亿元，年度计划投资2.47亿元，截至12月底，"
        f"完成投资2.41亿元，占年度计划的{share}。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("bid", "found"), [("1580.62", []), ("1508.62", [("72.84%", "69.52%")])])
def test_a_base_named_twice_in_the_paragraph_is_the_one_in_the_shares_sentence(
    bid: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "全市政府采购预算执行16368.51万元，实际采购金额14993.34万元，实际采购金额中公开招标"
        "10243.85万元，占实际采购金额的68.32%。市本级政府采购预算执行2434.80万元，实际采购金额"
        f"2170.10万元，实际采购金额中公开招标{bid}万元，占实际采购金额的72.84%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("59.0%", []), ("58.0%", [("58.0%", "58.99%")])])
def test_a_base_named_by_the_ends_of_its_amounts_words(
    share: str, found: list[tuple[str, str]]
) -> None:
    # 全市总量: the 全市中央直达资金总量 (28.71 ÷ 48.67 = 58.99%)
    text = (
        "截至2021年4月底，全市中央直达资金总量为48.67亿元，支出19.28亿元，支付率为39.62%。"
        f"其中市本级中央直达资金总额为28.71亿元，占全市总量的{share}，对全市支出进度影响最大。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("51.87%", []), ("51.78%", [("51.78%", "51.87%")])])
def test_a_share_said_past_its_parts_own_rate(share: str, found: list[tuple[str, str]]) -> None:
    # 占…的比重为: of the 全口径税收收入 the paragraph before completed (37614 ÷ 72515)
    text = (
        "1-12月份全市累计完成一般公共预算收入90870万元，完成全年预算的96.58%。其中：全口径"
        "税收收入完成72515万元，完成全年预算的94.19%；非税收入完成18355万元。\n"
        "其中：地方税收收入完成37614万元，完成全年预算的100.03%，占全口径税收收入的比重为"
        f"{share}；\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("66.19%", []), ("66.91%", [("66.91%", "66.19%")])])
def test_a_share_whose_clause_names_its_part_again(
    share: str, found: list[tuple[str, str]]
) -> None:
    # 税收收入占地方财政收入: the 税收收入 completed before, over the 地方财政收入 (66342 ÷ 100223)
    text = (
        "1-4月，全市地方财政收入完成100223万元，同比增长12.5%。其中：税收收入完成66342万元，"
        f"较上年同期增长18.39%，增收10304万元，税收收入占地方财政收入{share}。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


def test_shares_of_an_unstated_base_held_to_the_amount_written_in_their_range() -> None:
    # the category shares put 采购总量 between 71.32 and 71.46亿元; 71.35 is written
    # just before: 21.35 ÷ 71.35 = 29.92% and 50.00 ÷ 71.35 = 70.08%
    text = (
        "2023年，全市共实施政府采购预算76.90亿元，实际完成采购金额71.35亿元，节约资金5.55亿元。\n"
        "从项目类别看，货物类采购14.20亿元，占采购总量的19.9%；工程类采购40.12亿元，"
        "占采购总量的56.2%；服务类采购17.03亿元，占采购总量的23.9%。\n"
        "从项目层级看，市级政府采购规模21.35亿元，占采购总量的19.92%；"
        "区县级政府采购规模50.00亿元，占采购总量的80.08%。\n"
    )
    found = stated_recomputed(text, "share-mismatch")
    assert found == [("19.92%", "29.92%"), ("80.08%", "70.08%")]


@pytest.mark.parametrize(("first", "found"), [("35.10%", []), ("31.50%", [("31.50%", "35.10%")])])
def test_each_amount_of_a_list_against_the_base_stated_before(
    first: str, found: list[object]
) -> None:
    text = (
        "2024年一季度全县政府采购规模为2.45亿元。从组织形式看，政府集中采购、部门集中采购、"
        "分散采购规模分别为0.86亿元、0.12亿元和1.47亿元，占全县政府采购规模的"
        f"{first}、4.90%和60.00%。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("28.0%", []), ("27.0%", [("27.0%", "28.04%")])])
def test_a_share_past_its_parts_change_and_growth(share: str, found: list[object]) -> None:
    # 2420.10 ÷ 8630.50 = 28.04%: the share is of the part, not of its 增收 before it
    text = (
        "2024年全县财政总收入累计完成8630.50万元，比上年同期增收412.30万元，增长5.0%。其中，"
        "税收收入6210.40万元，比上年增收300.10万元，同比增长5.1%，占财政总收入的比重为72.0%；"
        f"非税收入2420.10万元，比上年同期增收112.20万元，增长4.9%，占财政总收入的比重为{share}。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("77.6%", []), ("76.7%", [("76.7%", "77.57%")])])
def test_a_share_of_all_of_a_base_named_with_its_own_words(share: str, found: list[object]) -> None:
    # 630.15 ÷ 812.40 = 77.57%: 全部采购额 is the 采购额 stated, not the part's own 采购额
    text = (
        "2024年全市共完成政府采购额812.40亿元，比上年增长6.2%。全市通过公开招标完成采购额"
        f"630.15亿元，占全部采购额的{share}，比上年提高1.2个百分点。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("86.43%", []), ("84.63%", [("84.63%", "86.43%")])])
def test_a_base_named_with_its_kind_after_and_no_de(
    share: str, found: list[tuple[str, str]]
) -> None:
    # 占基本支出预算: the 一般公共预算基本支出 stated above, 的 left out (836415.20 ÷ 967740.18)
    text = (
        "六、一般公共预算基本支出情况说明\n"
        "2023年一般公共预算基本支出967740.18元，其中：\n"
        f"人员经费836415.20元，占基本支出预算{share}。主要包括：基本工资、津贴补贴。\n"
    )
    assert stated_recomputed(text, "share-mismatch") == found


def test_a_base_with_a_long_name_stated_sections_before() -> None:
    # 本年支出合计 in the 支出决算 section, its share in the 一般公共预算 section below
    text = (
        "三、支出决算情况说明\n2023年本年支出合计5126.40万元，其中：基本支出3108.52万元，"
        "项目支出2017.88万元。\n支出决算结构图\n四、财政拨款收入支出决算总体情况说明\n"
        "2023年财政拨款收入总计2210.35万元。\n财政拨款收、支决算总计变动情况\n"
        "五、一般公共预算财政拨款支出决算情况说明\n（一）总体情况\n"
        "2023年一般公共预算财政拨款支出1894.20万元，占本年支出合计的{share}。\n"
    )
    assert stated_recomputed(text.format(share="36.95%"), "share-mismatch") == []
    assert stated_recomputed(text.format(share="36.59%"), "share-mismatch") == [
        ("36.59%", "36.95%")
    ]

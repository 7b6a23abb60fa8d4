"""A total told by its fields (应到位, 实际到位), then its items told by the same fields, ；by ；
(figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TEXT = (
    "2022年度上级安排林业生态保护恢复资金3520万元，应到位3520万元，实际到位{arrived}万元，"
    "到位率36.73%。分项目如下：①森林防火补助应到位120万元，实际到位60万元，到位率50%；"
    "②生态护林员项目应到位1200万元，实际到位1200万元，到位率100%；③退耕还林补助应到位"
    "{owed}万元，实际未到位，到位率0%；④草原有害生物防治补助应到位200万元，实际到位33万元，"
    "到位率16.5%。\n"
)


@pytest.mark.parametrize(
    ("owed", "arrived", "found"),
    [
        ("2000", "1293", []),
        ("2000", "1239", [("1239万元", "1293.00万元")]),
        ("2100", "1293", [("3520万元", "3620.00万元")]),
    ],
)
def test_each_field_of_the_items_against_the_totals(
    owed: str, arrived: str, found: list[tuple[str, str]]
) -> None:
    text = _TEXT.format(owed=owed, arrived=arrived)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_an_item_that_does_not_state_a_field_leaves_it_unsummed() -> None:
    text = _TEXT.format(owed="2000", arrived="1239").replace("实际未到位，", "")
    assert "sum-mismatch" not in codes_of(text)


_LEVELS = (
    "2021年，我县重点工程项目共25项。总投资500.00亿元，当年计划投资60.00亿元。1-12月份，"
    "完成投资{done}亿元，投资完成率122.50%。其中：\n"
    "省级5项，概算投资140.00亿元，当年计划投资19.00亿元。1-12月份完成投资28.70亿元，投资"
    "完成率151.05%。\n"
    "市级5项，概算投资220.00亿元，当年计划投资21.00亿元。1-12月份完成投资26.40亿元，投资"
    "完成率125.71%。\n"
    "县级15项，概算投资140.00亿元，当年计划投资20.00亿元。1-12月份完成投资18.40亿元，投资"
    "完成率92.00%。\n"
)


@pytest.mark.parametrize(
    ("done", "found"), [("73.50", []), ("75.30", [("75.30亿元", "73.50亿元")])]
)
def test_items_told_paragraph_by_paragraph_after_a_closing_qizhong(
    done: str, found: list[tuple[str, str]]
) -> None:
    text = _LEVELS.format(done=done)
    assert [p for p in stated_recomputed(text, "sum-mismatch") if p[0] == f"{done}亿元"] == found


def test_items_no_field_shows_whole_are_left_alone() -> None:
    # no 计划投资 beside the total: nothing shows the three levels are all of it
    text = _LEVELS.format(done="75.30").replace("当年计划投资60.00亿元。", "")
    assert [p for p in stated_recomputed(text, "sum-mismatch") if p[0] == "75.30亿元"] == []


@pytest.mark.parametrize(("saved", "found"), [("412", []), ("421", [("421万元", "412.00万元")])])
def test_items_after_a_qizhong_in_the_totals_own_sentence(saved: str, found: list[object]) -> None:
    # 交易金额 adds up within the rounding of 0.962亿元: the items are the whole, so 节约 must too
    text = (
        "今年一季度，全县实施公开招标项目9个，交易金额1.2418亿元，节约建设资金412万元，"
        "节约率3.2%；其中：房屋市政类项目5个，交易金额0.962亿元，节约建设资金250万元；"
        "交通类项目1个，交易金额498万元，节约建设资金40万元；水利类项目3个，交易金额2300万元，"
        "节约建设资金122万元。\n"
    ).replace("节约建设资金412万元", f"节约建设资金{saved}万元")
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("county", "found"), [("38410.25", []), ("38401.25", [("86210.40万元", "86201.40万元")])]
)
def test_items_in_the_sentence_after_opening_with_qizhong(county: str, found: list[object]) -> None:
    # the 节约资金 field adds up (412.30 + 1680.45 = 2092.75): the two levels are the whole
    text = (
        "本月全市公共资源交易中心共完成交易项目96项，完成交易金额86210.40万元，节约资金"
        "2092.75万元。其中：市级中心完成交易项目41项，完成交易金额47800.15万元，节约资金"
        f"412.30万元；县（区）级中心完成交易项目55项，交易金额{county}万元，节约资金1680.45万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("county", "found"), [("6.2207", []), ("6.2270", [("117.7703亿元", "117.7766亿元")])]
)
def test_items_after_a_key_in_the_next_paragraph(county: str, found: list[object]) -> None:
    # 节约金额 adds up (4.1025 + 0.6412 + 0.8843 = 5.6280): the three places are the whole
    text = (
        "九月份，我市公共资源交易项目共402项，交易额117.7703亿元，节约金额5.6280亿元，资金节约率"
        "4.6%。\n从地区分布看，市、区两级交易数286项，交易额102.4316亿元，节约金额4.1025亿元；"
        f"甲县交易数55项，交易额{county}亿元，节约金额0.6412亿元；乙县交易数61项，交易额9.1180亿元，"
        "节约金额0.8843亿元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


_NAMED_APART = (
    "实施比选项目{count}个，交易金额{whole}万元，节约建设资金318万元；节约率5.10%；其中："
    "房屋市政类项目31个，交易额5210万元，节约金额276万元；交通类项目4个，交易额{road}万元，"
    "节约金额30万元；水利类项目3个，交易额402万元，节约金额12万元。\n"
)


@pytest.mark.parametrize(
    ("whole", "road", "found"),
    [("5918", "306", []), ("5918", "360", [("5918万元", "5972.00万元")])],
)
def test_items_fields_named_with_other_money_words(
    whole: str, road: str, found: list[object]
) -> None:
    # 交易额 is the total's 交易金额, 节约金额 its 节约建设资金 (276 + 30 + 12 = 318: whole)
    text = _NAMED_APART.format(count="38", whole=whole, road=road)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_items_counts_against_the_totals_count() -> None:
    # 31 + 4 + 3 = 38 projects; the money adds up, so 83 is a slip
    text = _NAMED_APART.format(count="83", whole="5918", road="306")
    assert stated_recomputed(text, "sum-mismatch") == [("83个", "38个")]


def test_items_of_another_unit_are_not_counted() -> None:
    text = _NAMED_APART.format(count="83", whole="5918", road="306").replace("3个", "3处")
    assert "sum-mismatch" not in codes_of(text)


def test_items_with_another_told_after_them_are_not_all_of_the_total() -> None:
    # the 节约 of the two items makes the whole only because the third saved nothing
    text = (
        "实施公开招标项目30个，交易金额2.1000亿元，节约建设资金1100万元；其中：房屋市政类项目18个，"
        "交易金额1.4000亿元，节约建设资金800万元；交通类项目5个，交易金额4000万元，节约建设资金"
        "300万元。另有水利类项目7个，交易金额3000万元，均按控制价成交，未产生节约资金。\n"
    )
    assert "sum-mismatch" not in codes_of(text)


def test_items_whose_rest_is_told_after_them_are_not_all_of_the_total() -> None:
    text = (
        "实施比选项目57个，交易金额6581万元，节约建设资金514万元；其中：房屋市政类项目53个，交易额"
        "6125万元，节约金额486万元；交通类项目2个，交易额198万元，节约金额28万元。其余2个项目流标，"
        "未产生交易额。\n"
    )
    assert "sum-mismatch" not in codes_of(text)

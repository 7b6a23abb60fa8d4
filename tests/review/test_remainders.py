"""What is left of the money available once spent, and what makes it (figures and names our
own): a 结转 or 未支付 figure is a remainder like 结余; the available amount may close the
sentence before, in the same paragraph; 上级 and 本级 money make the whole."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_CARRIED = "市财政下达项目资金共计8,640.00万元，项目实际使用资金5,212.40万元，资金结转{left}万元。"


def test_money_carried_forward_is_what_was_not_used() -> None:
    assert stated_recomputed(_CARRIED.format(left="3,427.60"), "remainder-mismatch") == []
    wrong = _CARRIED.format(left="3,472.60")
    assert stated_recomputed(wrong, "remainder-mismatch") == [("3472.60万元", "3427.60万元")]


_BEFORE = (
    "某省农村危房改造补助资金预算总额为12600万元，由省财政厅和省住建厅共同管理。"
    "全年实际支出11835.42万元，结余资金{left}万元。"
)


def test_the_available_amount_may_close_the_sentence_before() -> None:
    assert stated_recomputed(_BEFORE.format(left="764.58"), "remainder-mismatch") == []
    wrong = _BEFORE.format(left="746.58")
    assert stated_recomputed(wrong, "remainder-mismatch") == [("746.58万元", "764.58万元")]


def test_an_opening_balance_is_no_remainder() -> None:
    text = "下达资金100万元，实际支出80万元，上年结转资金12万元。"
    assert stated_recomputed(text, "remainder-mismatch") == []


def test_money_from_above_and_own_money_make_the_whole() -> None:
    text = "本项目资金由县财政统筹安排，共计186万元，其中上级资金120.50万元，本级{own}万元。"
    assert stated_recomputed(text.format(own="65.50"), "sum-mismatch") == []
    wrong = text.format(own="56.50")
    assert stated_recomputed(wrong, "sum-mismatch") == [("186万元", "177.00万元")]


def test_a_remainder_in_the_sentence_after_both_amounts() -> None:
    text = (
        "项目实际下达预算1280万元，全年度实际总支出1279.4126万元，项目预算执行率99%。"
        "项目资金未执行完的主要原因是剩余未执行完的{left}万元为应征入伍学生资助经费。"
    )
    assert stated_recomputed(text.format(left="0.5874"), "remainder-mismatch") == []
    assert stated_recomputed(text.format(left="0.5784"), "remainder-mismatch") == [
        ("0.5784万元", "0.5874万元")
    ]


def test_an_excess_over_the_plan() -> None:
    text = "2023年租赁补贴计划发放420户，实际发放468户，超额{c}户。"
    assert stated_recomputed(text.format(c="48"), "difference-mismatch") == []
    assert stated_recomputed(text.format(c="68"), "difference-mismatch") == [("68户", "48户")]


def test_money_not_yet_paid_named_after_its_figure() -> None:
    text = (
        "中央拨付财政资金1500万元，当前资金已全部拨付至区财政局，区财政局拨付园区项目专项资金"
        "900万元，还有{left}万元暂未拨付。"
    )
    assert stated_recomputed(text.format(left="600"), "remainder-mismatch") == []
    assert stated_recomputed(text.format(left="500"), "remainder-mismatch") == [
        ("500万元", "600.00万元")
    ]


_DONE = "全年共受理行政复议申请{whole}件，已审结{done}件，尚未审结{left}件，审结率92.31%。"


def test_what_is_done_and_what_is_not_make_the_count() -> None:
    assert stated_recomputed(_DONE.format(whole="52", done="48", left="4"), "sum-mismatch") == []
    wrong = _DONE.format(whole="52", done="48", left="6")
    assert stated_recomputed(wrong, "sum-mismatch") == [("52件", "54件")]
    plan = "年度计划轮训村级财会人员{plan}人次，实际完成轮训612人次，未完成{left}人次。"
    assert stated_recomputed(plan.format(plan="650", left="38"), "sum-mismatch") == []
    assert stated_recomputed(plan.format(plan="650", left="48"), "sum-mismatch") == [
        ("650人次", "660人次")
    ]


def test_three_states_or_a_whole_that_is_a_state_are_not_read() -> None:
    three = "改造项目共14个，已完工9个，在建3个，未开工1个。"
    assert stated_recomputed(three, "sum-mismatch") == []
    nested = "今年已发放补助对象930户，其中已发放到户的810户，未发放到户的90户。"
    assert stated_recomputed(nested, "sum-mismatch") == []


def test_a_whole_broken_down_or_changed_before_the_done_part_is_not_read() -> None:
    texts = [
        "全年共受理来信来访124件，其中来信40件、来访84件，已办结118件，未办结6件。",
        "全年受理投诉举报96件（其中网上受理30件），已办结90件，未办结6件。",
        "受理消费投诉180件，较上年增加27件，已办结174件，未办结6件。",
        "承办人大代表建议22件、政协提案31件，已办结51件，未办结2件。",
        "审计反馈问题26个，整改到位20个，基本完成整改4个，尚未完成整改2个。",
        "排查隐患96个，涉及企业35个，已整改90个，未整改6个。",
    ]
    for text in texts:
        assert stated_recomputed(text, "sum-mismatch") == [], text


@pytest.mark.parametrize(
    ("carried", "found"), [("120.00", []), ("20.00", [("31.61万元", "151.61万元")])]
)
def test_an_amount_carried_to_next_year_beside_the_remainder(
    carried: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"纳入自评的项目共7个，预算数合计2540.55万元，执行数2388.94万元，结余31.61万元，"
        f"结转下年{carried}万元。"
    )
    assert stated_recomputed(text, "remainder-mismatch") == found


@pytest.mark.parametrize(
    ("used", "left", "found"),
    [
        ("2.00", "0", []),
        ("1.80", "0.20", []),
        ("1.80", "0", [("0万元", "0.20万元")]),  # nothing left, said of two amounts apart
    ],
)
def test_money_named_by_its_kind_alone_is_what_the_remainder_is_left_of(
    used: str, left: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"基本公共卫生服务项目州级补助资金2.00万元，截至2023年12月31日，资金已使用{used}万元，"
        f"结余{left}万元。"
    )
    assert stated_recomputed(text, "remainder-mismatch") == found


def test_a_remainder_of_nothing_beside_an_amount_written_coarsely_is_within_its_rounding() -> None:
    text = "项目预算资金2596万元，实际支出2595.6208万元，结余0万元。"
    assert stated_recomputed(text, "remainder-mismatch") == []
    fine = "项目预算资金2596.00万元，实际支出2595.62万元，结余0万元。"
    assert stated_recomputed(fine, "remainder-mismatch") == [("0万元", "0.38万元")]


@pytest.mark.parametrize(
    "text",
    [
        "全年收到补助资金40万元，其中省级资金25万元、市级资金15万元，已支付36万元，结余4万元。",
        "上级下达补助资金12.00万元，因项目调整收回资金0.35万元，已使用11.65万元，结余0万元。",
    ],
)
def test_a_part_or_money_taken_back_is_not_what_the_remainder_is_left_of(text: str) -> None:
    assert stated_recomputed(text, "remainder-mismatch") == []

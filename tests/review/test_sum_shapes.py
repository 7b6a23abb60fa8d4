"""Totals and parts in shapes seen in allocation notices and project reports (figures and
names our own)."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

_PURPOSE = (
    "根据省财政厅通知，共下达3200万元中央资金用于农村供水保障项目建设，其中甲县800万元、"
    "乙县{b}万元、丙县700万元、丁县900万元。"
)


def test_a_total_with_what_it_is_for_before_its_parts() -> None:
    assert stated_recomputed(_PURPOSE.format(b="800"), "sum-mismatch") == []
    wrong = _PURPOSE.format(b="860")
    assert stated_recomputed(wrong, "sum-mismatch") == [("3200万元", "3260.00万元")]


def test_a_point_typed_for_a_stop_between_parts() -> None:
    text = "2023年省级拨付补贴资金48万元，中央拨付12万元.上年度结余资金{c}万元，共计65.30万元。"
    assert stated_recomputed(text.format(c="5.30"), "sum-mismatch") == []
    assert stated_recomputed(text.format(c="8.30"), "sum-mismatch") == [("65.30万元", "68.30万元")]


def test_a_heading_weight_whose_bracket_an_export_left_open() -> None:
    text = (
        "一、投入({w}分)\n（一）项目立项(10分):立项程序规范，自评得10分。\n"
        "（二）资金落实(6分资金到位率100%，自评得6分。\n二、过程(40分)\n"
    )
    assert stated_recomputed(text.format(w="16"), "score-mismatch") == []
    assert stated_recomputed(text.format(w="18"), "score-mismatch") == [("18分", "16分")]


def test_a_breakdown_in_brackets_with_no_qizhong_is_the_whole() -> None:
    text = "预拨资金{t}万元（中央资金1860万元、省级资金540万元）分配到各县。"
    assert stated_recomputed(text.format(t="2400"), "sum-mismatch") == []
    assert stated_recomputed(text.format(t="2420"), "sum-mismatch") == [("2420万元", "2400.00万元")]
    years = "其中：中央补助{t}万元（2023年结转46.20万元，2024年下达138.5万元），省级80万元。"
    assert stated_recomputed(years.format(t="184.70"), "sum-mismatch") == []
    found = stated_recomputed(years.format(t="184.07"), "sum-mismatch")
    assert found == [("184.07万元", "184.70万元")]
    staff = "目前在编在岗{t}人（管理人员9人，工勤人员3人）。"
    assert stated_recomputed(staff.format(t="14"), "sum-mismatch") == [("14人", "12人")]


def test_a_bracket_of_some_parts_or_of_rates_is_no_breakdown() -> None:
    some = "核定编制20人（其中行政编制8人、事业编制9人），实有19人。"
    assert stated_recomputed(some, "sum-mismatch") == []
    rates = "直接补助费187万元（每亩197元、每户300元）。"
    assert stated_recomputed(rates, "sum-mismatch") == []


def test_a_total_handed_down_to_you_before_its_parts() -> None:
    text = (
        "现将补助资金{t}万元下达给你们，其中：一般公共预算资金40.20万元、彩票公益金资金60.00万元。"
    )
    assert stated_recomputed(text.format(t="100.20"), "sum-mismatch") == []
    assert stated_recomputed(text.format(t="96.20"), "sum-mismatch") == [
        ("96.20万元", "100.20万元")
    ]


def test_this_years_income_and_last_years_carried_make_the_whole() -> None:
    text = (
        "2025年收入合计{t}万元，其中：本年收入4200.00万元，主要是一般公共预算拨款3900.00万元，"
        "其他收入300.00万元；上年结转收入1100.00万元。"
    )
    assert stated_recomputed(text.format(t="5300.00"), "sum-mismatch") == []
    assert stated_recomputed(text.format(t="5330.00"), "sum-mismatch") == [
        ("5330.00万元", "5300.00万元")
    ]


def test_a_parts_own_reason_naming_retirees_does_not_end_the_list() -> None:
    text = (
        "一般公共预算财政拨款支出{t}万元，比上年增加50.00万元。其中：基本支出800.00万元，"
        "比上年增加20.00万元，主要原因是人员增资，用于离休人员离休费、退休人员补助等；"
        "项目支出400.00万元，比上年增加30.00万元。"
    )
    assert stated_recomputed(text.format(t="1200.00"), "sum-mismatch") == []
    assert stated_recomputed(text.format(t="1220.00"), "sum-mismatch") == [
        ("1220.00万元", "1200.00万元")
    ]


def test_shares_after_a_bare_zhan_of_the_three_public_expenses() -> None:
    text = (
        "2023年度“三公”经费财政拨款支出决算中，因公出国（境）费10.00万元，占20.0%；"
        "公务用车购置及运行维护费支出25.00万元，占{p}；公务接待费支出15.00万元，占30.0%。"
    )
    assert stated_recomputed(text.format(p="50.0%"), "share-total-mismatch") == []
    assert stated_recomputed(text.format(p="53.0%"), "share-total-mismatch") != []


def test_a_han_list_opening_the_sentence_after_its_total() -> None:
    text = (
        "一是中央自然灾害救灾资金5.2000亿元。含生活救助资金1.2000亿元、农房恢复重建资金"
        "{b}亿元、地质灾害救灾资金1.0000亿元。"
    )
    assert stated_recomputed(text.format(b="3.0000"), "sum-mismatch") == []
    assert stated_recomputed(text.format(b="3.2000"), "sum-mismatch") == [
        ("5.2000亿元", "5.4000亿元")
    ]


def test_areas_in_hectares_written_hm_add_up() -> None:
    text = (
        "治理水土流失面积{t}hm，其中坡改梯20.50hm，封育治理900.00hm，保土耕作400.00hm，"
        "经果林30.00hmm。"
    )
    assert stated_recomputed(text.format(t="1350.50"), "sum-short") == []
    assert stated_recomputed(text.format(t="1380.50"), "sum-short") != []


def test_parts_of_a_named_whole_before_its_total_in_the_next_sentence() -> None:
    text = (
        "2023年度一般公共预算财政拨款安排的“三公”经费支出决算中，因公出国（境）费支出决算"
        "0万元；公务用车购置及运行费支出决算{car}万元；公务接待费支出决算2.40万元。2023年度"
        "一般公共预算财政拨款安排的“三公”经费支出决算总额为8.00万元，比上年减少0.60万元。"
    )
    assert stated_recomputed(text.format(car="5.60"), "sum-mismatch") == []
    assert stated_recomputed(text.format(car="5.06"), "sum-mismatch") == [("8.00万元", "7.46万元")]


_MONEY_BLOCK = """
项目支出绩效目标表
项目资金（万元） 年度资金总额 金额（万元）
（一）财政拨款小计 {subtotal}
1、一般公共预算 12.50
2、政府性基金 3.00
3、国有资本经营预算 0.00
（二）自有资金小计 0.00
1、事业收入 0.00
2、经营性收入 0.00
（三）其他收入 0.00
"""


def test_a_subtotal_line_over_the_numbered_lines_under_it() -> None:
    assert stated_recomputed(_MONEY_BLOCK.format(subtotal="15.50"), "sum-mismatch") == []
    wrong = stated_recomputed(_MONEY_BLOCK.format(subtotal="15.80"), "sum-mismatch")
    assert wrong == [("15.80", "15.50")]


def test_numbered_lines_with_bare_figures_under_a_heading_that_is_no_subtotal() -> None:
    text = "（一）工作开展情况 3\n1、召开推进会 2\n2、开展督查 4\n"
    assert stated_recomputed(text, "sum-mismatch") == []


_BATCHES = (
    "第一批改造项目批复投资1218.40万元（其中设备购置906万元），第二批改造项目批复投资"
    "{second}万元（其中设备购置402.25万元），合计批复投资1865.75万元。"
)


def test_a_closing_total_with_its_own_noun_after_the_parts_and_their_asides() -> None:
    assert stated_recomputed(_BATCHES.format(second="647.35"), "sum-mismatch") == []
    wrong = _BATCHES.format(second="674.35")
    assert stated_recomputed(wrong, "sum-mismatch") == [("1865.75万元", "1892.75万元")]


_INLINE = (
    "2024年部门“三公”经费预算安排86万元，比上年减少4万元：一、因公出国（境）费预算12万元，"
    "与上年持平，二、公务用车购置及运行维护费预算{car}万元，较上年减少4万元，主要是压减"
    "车辆运行费用，三、公务接待费预算28万元，与上年持平。"
)


def test_parts_numbered_inline_after_a_colon() -> None:
    assert stated_recomputed(_INLINE.format(car="46"), "sum-mismatch") == []
    wrong = _INLINE.format(car="64")
    assert stated_recomputed(wrong, "sum-mismatch") == [("86万元", "104.00万元")]


def test_shares_inside_a_parts_own_breakdown_are_the_breakdowns() -> None:
    text = (
        "2024年度“三公”经费支出决算为{car}万元。\n"
        "2024年度“三公”经费支出决算中，因公出国（境）费0万元，占0.00%；公务用车购置及运行"
        "维护费{car}万元，占{share}%（其中：公务用车购置费0万元，占0.00%；公务用车运行维护费"
        "{car}万元，占{share}%）；公务接待费0万元，占0.00%。"
    )
    assert stated_recomputed(text.format(car="58.30", share="100"), "share-mismatch") == []
    wrong = text.format(car="58.30", share="10")
    assert stated_recomputed(wrong, "share-mismatch") == [("10%", "100.00%")]


def test_a_part_with_its_own_bracketed_breakdown_and_budget_changes() -> None:
    text = (
        "一般公共预算安排“三公”经费支出1256.40万元，比年初预算增加120.40万元。其中：因公出国"
        "（境）经费0万元，和年初预算持平；公务用车购置及运行维护费{car}万元（其中：公务用车购置费"
        "300.00万元，公务用车运行维护费{run}万元），比年初预算增加{more}万元；公务接待费216.40万元，"
        "比年初预算减少29.60万元。"
    )
    right = text.format(car="1040.00", run="740.00", more="150.00")
    assert stated_recomputed(right, "sum-mismatch") == []
    wrong = text.format(car="1070.00", run="770.00", more="150.00")
    assert stated_recomputed(wrong, "sum-mismatch") == [("1256.40万元", "1286.40万元")]
    changed = text.format(car="1040.00", run="740.00", more="180.00")
    assert stated_recomputed(changed, "sum-mismatch") == [("120.40万元", "增加150.40万元")]


_OWN_BASES = [
    # income and spending, each of its own adjusted budget
    "2024年，全县一般公共预算收入预计完成62400万元，占调整预算的100%，同比增长3.1%；"
    "全县一般公共预算支出预计完成298800万元，占调整预算的100%，同比增长6.2%。",
    # a base each subject has of its own (任务数)
    "其中国库部门完成12840万元，占任务数的52.4%，同比增长8.1%；非税部门完成9620万元，"
    "占任务数的47.3%，同比下降2.2%。",
]


@pytest.mark.parametrize("text", _OWN_BASES)
def test_shares_of_a_base_each_subject_has_of_its_own(text: str) -> None:
    assert stated_recomputed(text, "share-mismatch") == []


def test_a_list_running_into_the_cut_end_of_an_excerpt_is_not_short() -> None:
    text = (
        "2024年全区一般公共预算收入总计98650万元。其中：当年组织收入41200万元、上级补助收入"
        "50300万元、债券转贷收入2100万元（其中：新增债券"
    )
    assert [f.code for f in findings_of(text) if f.code == "sum-short"] == []


def test_named_shares_after_a_share_of_the_plan() -> None:
    text = (
        "全县一般公共预算收入完成36,480万元。从征收部门看：税务部门完成20,064万元，占调整预算"
        "98.60%，占一般公共预算收入的{tax}%；财政部门完成16,416万元，占调整预算109.40%，"
        "占一般公共预算收入的45.00%。"
    )
    assert [
        f.code for f in findings_of(text.format(tax="55.00")) if f.code == "share-mismatch"
    ] == []
    wrong = [f.code for f in findings_of(text.format(tax="52.00")) if f.code == "share-mismatch"]
    assert wrong == ["share-mismatch"]


def test_inline_items_that_are_no_parts_of_the_total() -> None:
    texts = [
        "下达衔接资金2400.00万元，资金使用成效明显：一、带动村集体增收860.00万元，"
        "二、撬动小额信贷1320.00万元，三、发放劳务报酬310.00万元。",
        "安排资金900.00万元，主要用于：一、校舍维修420.00万元，二、设备购置300.00万元，"
        "三、师资培训130.00万元，其余用于学前教育。",
        "预算150.00万元，比上年减少6.00万元：一、因公出国（境）费预算30.00万元，二、公务用车"
        "购置费预算40.00万元，公务用车运行维护费预算66.00万元，三、公务接待费预算14.00万元。",
    ]
    for text in texts:
        assert stated_recomputed(text, "sum-mismatch") == [], text
        assert stated_recomputed(text, "sum-short") == [], text


def test_a_closing_total_named_as_another_figure_than_its_parts() -> None:
    text = (
        "甲项目概算投资640.00万元，乙项目概算投资420.00万元，合计完成投资985.60万元，"
        "投资完成率92.98%。"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one digit typed wrong (2068 for 2088) leaves a gap of one digit, a hundredth at most
        (
            "项目预算10441万元，其中中央补助8353万元、省级配套2068万元。",
            [("10441万元", "10421.00万元")],
        ),
        # two digits swapped (95.34 for 95.43) leave a multiple of nine
        (
            "资金248.73万元，其中上年结转95.34万元、本年下达153.30万元。",
            [("248.73万元", "248.64万元")],
        ),
        # a part left out: a gap of no slip's shape, or too large a share of the total
        ("项目预算10441万元，其中中央补助8353万元、省级配套2075万元。", []),
        ("项目资金200万元，其中中央100万元、省级50万元。", []),
    ],
)
def test_two_parts_short_of_their_total_by_a_slip_of_one_digit(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(text, "sum-short") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # 337 written for 373: a gap of 36, more than a hundredth, that the swap closes
        (
            "下达补助资金787.45万元，其中：中央资金414.45万元，省级资金337万元，已足额到位。",
            [("787.45万元", "751.45万元")],
        ),
        # the total's own digits swapped (671307 for 671037)
        (
            "资金合计671307万元，其中：约束性任务资金575218万元，指导性任务资金95819万元。",
            [("671307万元", "671037.00万元")],
        ),
        # a swap in the hundreds of the largest of six items: a gap of 270, more than a
        # tenth of the total (1470 written for 1740)
        (
            "资金规模共计2535.4万元，其中：特殊人群医疗保险基金项目资金500万元，城乡居民医疗"
            "保险区级配套资金项目资金1470万元，医疗救助资金项目资金200万元，基金监管运行费项目"
            "资金20万元，网络专线服务费项目资金15.4万元，参保筹资代办工作经费项目资金60万元。",
            [("2535.4万元", "2265.40万元")],
        ),
        # a gap no swap of a written figure closes is a part left out
        ("下达补助资金787.45万元，其中：中央资金414.45万元，省级资金331万元。", []),
        ("下达补助资金787.45万元，其中：中央资金414.45万元，省级资金193万元。", []),
    ],
)
def test_parts_short_of_their_total_by_two_swapped_digits(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(text, "sum-short") == found


@pytest.mark.parametrize(
    ("first", "found"),
    [
        # 2.2 written for 22: the list falls short by nine times the figure written
        ("2.2", [("85.98万元", "66.18万元")]),
        ("22", []),
        # a gap of nine times a round figure may be a part left out
        ("2.0", []),
    ],
)
def test_parts_short_of_their_total_by_a_point_moved_in_one(
    first: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "专项资金总计85.98万元，其中一期工程监理费{first}万元，测绘费4.98万元，青苗补偿费"
        "16.11万元；二期工程监理费12.66万元，测绘费2.68万元，青苗补偿费27.55万元。"
    )
    assert stated_recomputed(text.format(first=first), "sum-short") == found


@pytest.mark.parametrize(
    ("province", "found"),
    [
        ("120000", []),
        # a zero dropped from a round part: short by nine times it, a gap of several digits
        ("12000", [("1355344万元", "1247344.00万元")]),
    ],
)
def test_a_round_part_with_a_zero_dropped(province: str, found: list[tuple[str, str]]) -> None:
    text = (
        "专项资金年度预算总额为1355344万元，其中中央财政专项资金预算总额为1235344万元，"
        f"省级奖补引导资金预算总额为{province}万元，全部为财政拨款。"
    )
    assert stated_recomputed(text, "sum-short") == found
    round_total = "项目资金共计1000万元，其中中央资金900万元，省级资金10万元。"
    assert stated_recomputed(round_total, "sum-short") == []


@pytest.mark.parametrize(
    "text",
    [
        "2024年商品和服务支出41.3万元，其中：办公费18.3万元、差旅费2.3万元，主要用于日常运转。",
        "2024年日常公用经费支出35.47万元，其中会议费23.47万元，邮电费0.12万元。",
    ],
)
def test_some_parts_only_short_by_nine_times_one_by_chance(text: str) -> None:
    # the parts hold less than three quarters of the total: some only, not a moved point
    assert stated_recomputed(text, "sum-short") == []


@pytest.mark.parametrize(
    ("basic", "project", "found"),
    [
        ("70.36", "6", []),
        # 基本支出 and 项目支出 make the whole; 结余结转 0 beside them adds nothing
        ("70.36", "0", [("76.36万元", "70.36万元")]),
        # a part as large as the whole beside the other kind of spending
        ("76.36", "6", [("76.36万元", "82.36万元")]),
    ],
)
def test_spending_told_by_its_two_kinds_beside_nothing_carried(
    basic: str, project: str, found: list[tuple[str, str]]
) -> None:
    text = f"2022年支出76.36万元，其中基本支出{basic}万元，项目支出{project}万元，结余结转0万元。\n"
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("text", "right", "wrong", "found"),
    [
        (  # 收入总量 closes a base and what is added to it
            "全市一般公共预算收入80.50亿元，加上上级补助收入12.30亿元、上年结转8.79亿元，"
            "收入总量为{x}亿元。",
            "101.59",
            "110.59",
            ("110.59亿元", "101.59亿元"),
        ),
        (  # “，包括：” opens the parts like 其中
            "养老事业发展项目23370.18万元，包括：政府购买服务3067.9万元、养老机构补助12000.00万元、"
            "居家养老服务{x}万元。",
            "8302.28",
            "8320.28",
            ("23370.18万元", "23388.18万元"),
        ),
    ],
)
def test_a_total_of_the_whole_quantity_and_parts_opened_by_baokuo(
    text: str, right: str, wrong: str, found: tuple[str, str]
) -> None:
    assert stated_recomputed(text.format(x=right), "sum-mismatch") == []
    assert stated_recomputed(text.format(x=wrong), "sum-mismatch") == [found]


def test_parts_after_zhuyao_yongyu_with_a_programme_named_jihua() -> None:
    # “主要用于：” opens the parts; 全民健身计划相关支出 is spending, not a plan
    text = (
        "（二）群众体育支出{total}万元，主要用于：体育场地设施支出1,236.50万元；体育竞赛支出"
        "420.00万元；全民健身计划相关支出183.50万元。"
    )
    assert stated_recomputed(text.format(total="1,840.00"), "sum-short") == []
    assert stated_recomputed(text.format(total="1,940.00"), "sum-short") == [
        ("1940.00万元", "1840.00万元")
    ]


def test_parts_after_a_colon_and_zhuyao_yongyu() -> None:
    text = (
        "（二）公共体育场地设施支出{total}万元：主要用于：笼式篮球场建设210.50万元、健身路径器材"
        "采购96.30万元、原有场地维修维护41.20万元。"
    )
    assert stated_recomputed(text.format(total="348.00"), "sum-short") == []
    assert stated_recomputed(text.format(total="384.00"), "sum-short") == [
        ("384.00万元", "348.00万元")
    ]


def test_parts_after_zhuyao_yongyu_without_a_colon() -> None:
    # “，主要用于A…、B…” may leave items out, yet its items cannot exceed the total
    text = (
        "2023年度项目资金共计{total}万元，主要用于设备购置120.00万元、人员培训80.00万元、"
        "场地租赁160.00万元。"
    )
    assert stated_recomputed(text.format(total="360.00"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="350.00"), "sum-mismatch") == [
        ("350.00万元", "360.00万元")
    ]
    assert stated_recomputed(text.format(total="390.00"), "sum-mismatch") == []


def test_a_list_opened_by_where_the_money_came_from() -> None:
    text = (
        "示范项目总预算28,450万元，经调整后资金的来源为：中央财政补助12,000万元，"
        "省级财政补助6,000万元，市级财政补助{city}万元，其他资金3,250万元。"
    )
    assert stated_recomputed(text.format(city="7,200"), "sum-mismatch") == []
    found = stated_recomputed(text.format(city="7,020"), "sum-mismatch")
    assert [stated for stated, _ in found] == ["28450万元"]


def test_batches_the_sentence_counts_make_the_whole() -> None:
    text = (
        "中央分两批向我区下达城乡居民医疗救助资金58,460万元（其中，第一批{first}万元，"
        "第二批6,200万元），有效保障了困难群众医疗救助。"
    )
    assert stated_recomputed(text.format(first="52,260"), "sum-mismatch") == []
    found = stated_recomputed(text.format(first="50,260"), "sum-mismatch")
    assert [stated for stated, _ in found] == ["58460万元"]
    # two batches of training, and two of the costs listed: the list is not the batches
    training = (
        "2023年分两批次组织培训，共培训900人次，培训经费支出30万元，其中师资费10万元、场地费6万元。"
    )
    assert stated_recomputed(training, "sum-mismatch") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the parts belong to the 其中 of the batch; the year's running total is another figure
        (
            "近日，市财政局下拨农村饮水安全补助资金2460.50万元，其中：中央补助1800.20万元，"
            "省级补助620.10万元，市级40.20万元，全年累计下达该项资金共1.36亿元。",
            [],
        ),
        # a list opened by 其中 with no total before it: its first part counts
        (
            "项目资金到位情况：其中中央资金100万元，省级资金50万元，市级资金30万元，合计180万元。",
            [],
        ),
        (
            "项目资金到位情况：其中中央资金100万元，省级资金50万元，市级资金30万元，合计190万元。",
            [("190万元", "180.00万元")],
        ),
    ],
)
def test_a_total_after_a_list_opened_by_qizhong(text: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(text, "sum-mismatch") == found


def test_the_parts_after_an_adjustment_split_the_adjusted_level() -> None:
    text = (
        "一般公共预算收入由年初的52300万元调整为60300万元，调增8000万元，其中：税收收入调整为"
        "36100万元，非税收入调整为24200万元。政府性基金预算由年初的60000万元调整为42000万元，"
        "其中：土地出让收入由年初预算的50000万元调整为32000万元，城市基础设施配套费7000万元、"
        "其他收入3000万元。全县一般公共预算收入由66.2亿元调整为113.4亿元，其中：县本级收入由"
        "41.2亿元调整为88.6亿元，调增47.4亿元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_total_and_parts_mixing_yuan_and_wan_that_add_up_read_in_wan() -> None:
    text = (
        "一般公共预算收入60300元，完成调整预算的100.0%，其中：税收收入36100元，下降3%；"
        "非税收入24200万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == []
    assert stated_recomputed(text, "unit-slip") == [("60300元", "60300.00万元")]


@pytest.mark.parametrize(("local", "found"), [("260", []), ("250", [("1310万元", "1370.00万元")])])
def test_sources_listed_after_the_spending_split_the_budget(
    local: str, found: list[tuple[str, str]]
) -> None:
    # 1120 + 260 make the 1380 budget, not the 1310 spent
    text = (
        f"该项目预算1380万元，实际支出1310万元，资金来源为：中央补助1120万元、县级配套{local}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


_ONE_LINE = (
    "某县实验小学专项资金绩效自评报告一、基本情况我校2023年按生均800元安排,共计150万元,"
    "其中上级资金100.5万元,本级{own}万元{rest}"
)
_REST = (
    ",项目绩效目标是保障学校的正常运转二、项目资金使用及管理情况资金严格按照上级文件要求使用,"
    "主要用于办公费、水电费、差旅费等公用支出,没有用于人员支出三、预算支出组织实施情况我校"
)


@pytest.mark.parametrize(
    ("own", "rest", "found"),
    [
        ("49.5", _REST, []),
        ("46.5", _REST, [("150万元", "147.00万元")]),
        ("46.5", ",另", []),  # cut off right after the part: the list may go on
    ],
)
def test_a_report_pasted_as_one_line_without_stops_ends_its_list_at_a_clause(
    own: str, rest: str, found: list[tuple[str, str]]
) -> None:
    text = _ONE_LINE.format(own=own, rest=rest)
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("last", "found"), [("150", []), ("165", [("1500万元", "1515.00万元")])])
def test_a_total_all_spent_on_one_purpose_before_its_qizhong(
    last: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "实际支付1500万元，全部用于设备购置和系统开发。其中：用于综合服务中心建设项目450万元、"
        f"数据平台建设项目600万元、培训基地建设项目300万元、品牌推广项目{last}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("total", "found"),
    [
        ("860.47", [("860.47万元", "860.40万元")]),  # off by a hair: a slip
        ("960.40", []),  # short by a ninth: the parts left out may follow past the cut
    ],
)
def test_a_closed_list_in_a_paragraph_an_excerpt_cuts_off(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"1.资金到位情况。2023年项目资金共到位{total}万元，其中：财政衔接资金800.25万元，"
        "预拨资金60.15万元。各项目到位情况如下：某村道路硬化项目到位资金320.5万元；某村灌溉"
    )
    assert stated_recomputed(text, "sum-short") == found


@pytest.mark.parametrize(
    ("total", "found"),
    [
        ("88.31", []),  # short by a part's worth: the rest may follow past the cut
        # short by a fiftieth, what two swapped digits leave (80.25 for 82.05): a slip
        ("88.20", [("88.20万元", "86.40万元")]),
    ],
)
def test_a_closed_list_short_by_a_swap_in_a_paragraph_an_excerpt_cuts_off(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"1.资金到位情况。2023年项目资金共到位{total}万元，其中：财政衔接资金80.25万元，"
        "预拨资金6.15万元，已拨付到项目单位。各项目到位情况如下：某村道路硬化项目到位资金"
    )
    assert stated_recomputed(text, "sum-short") == found


def test_a_list_that_ends_in_deng_leaves_items_out() -> None:
    text = "2022年度项目支出1000万元，其中：设备购置300万元、软件开发695万元等。项目进展顺利。"
    assert stated_recomputed(text, "sum-short") == []


def test_a_purpose_clause_with_no_figure_opens_no_list() -> None:
    # pasted as one line: each part has its use after it, the list ends at a clause
    text = (
        "2023年度项目支出90万元，其中培训费15万元，主要用于业务培训，印刷费30万元，"
        "用于宣传资料印制，委托业务费{last}万元，全部按合同支付，绩效目标基本完成"
        "，各项工作有序推进，群众满意度较高，项目管理制度健全，资金使用规范"
    )
    assert stated_recomputed(text.format(last="45"), "sum-mismatch") == []


@pytest.mark.parametrize(("part", "found"), [("40", []), ("45", [("150万元", "155.00万元")])])
def test_last_years_figure_beside_the_total_before_its_qizhong(
    part: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年“三公”经费财政拨款支出决算为150万元，2022年为180万元。其中，因公出国（境）费"
        f"30万元，公务用车购置及运行维护费80万元，公务接待费{part}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("second", "found"), [("230", []), ("203", [("380万元", "353.00万元")])])
def test_a_total_handed_down_in_batches_respectively(
    second: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "文物修缮工程审定预算控制数为380万元，分别于2022年3月下达第一笔经费150万元，"
        f"10月下达第二批专项经费{second}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # counts by traits of different kinds overlap: no sum
        ("共资助困难学生900人，其中女生430人，少数民族学生520人，脱贫家庭学生300人。", []),
        ("全年培训农民1,100人次，其中女性460人次，45岁以下青年农民720人次。", []),
        # one kind of trait splits the total
        ("共资助困难学生900人，其中男生450人，女生460人。", [("900人", "910人")]),
    ],
)
def test_counts_named_by_traits_of_different_kinds_overlap(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("total", "found"), [("91.5", []), ("92.5", [("92.5分", "91.5分")])])
def test_a_score_total_with_its_grade_before_its_parts(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"经综合评价，该项目自评得分{total}分，评价等级为“优”。其中：决策指标得分19分，"
        "过程指标得分18.5分，产出指标得分36分，效益指标得分18分。"
    )
    assert stated_recomputed(text, "score-mismatch") == found


@pytest.mark.parametrize(
    ("excess", "found"), [("1640.50", []), ("1604.50", [("1604.50万元", "增加1640.50万元")])]
)
def test_an_excess_over_the_plan_is_the_result_less_the_plan(
    excess: str, found: list[tuple[str, str]]
) -> None:
    text = f"地方应配套2000.00万元，实际配套到位资金3640.50万元，超规模配套{excess}万元。"
    assert stated_recomputed(text, "difference-mismatch") == found


@pytest.mark.parametrize(("gap", "found"), [("0.9", []), ("1.6", [("1.6万元", "0.90万元")])])
def test_a_gap_in_a_sentence_that_opens_with_its_year(
    gap: str, found: list[tuple[str, str]]
) -> None:
    text = f"2023年度本部门“三公”经费支出3.15万元，年初预算为4.05万元，差值为{gap}万元。"
    assert stated_recomputed(text, "difference-mismatch") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("培训学员400人，其中女性210人、退役军人40人、返乡农民工170人。", []),
        ("参训教师250人，其中中级职称130人、女教师140人。", []),
        # a trait every part shares: the parts split by sex
        (
            "全县脱贫劳动力1000人，其中脱贫户男性劳动力540人，脱贫户女性劳动力470人。",
            [("1000人", "1010人")],
        ),
        ("年度计划新增就业岗位400个，实际新增就业岗位450个，比上年超出70个。", []),
    ],
)
def test_sex_crosses_other_groupings(text: str, found: list[tuple[str, str]]) -> None:
    codes = ("sum-mismatch", "difference-mismatch")
    assert [pair for code in codes for pair in stated_recomputed(text, code)] == found


@pytest.mark.parametrize(("total", "found"), [("640", []), ("646", [("646万元", "640.00万元")])])
def test_a_total_itemised_after_juti_wei_without_a_colon(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"2022年共下达文物保护专项经费{total}万元，具体为下达古建筑修缮工程420万元、"
        "馆藏文物预防性保护90万元、防雷工程130万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("total", "found"), [("250.40", []), ("250.47", [("250.47万元", "250.40万元")])]
)
def test_a_clause_of_where_the_money_went_before_its_items(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"市财政将预留资金{total}万元统一计入我中心财政拨款收入，具体为医疗救助补助收入"
        "10.40万元、公务员医疗补助收入240.00万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found
    # the clause set apart from the amount by a comma too
    apart = text.replace("万元统一计入", "万元，统一计入")
    assert stated_recomputed(apart, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("project", "found"), [("1300.00", []), ("1400.00", [("4300.00万元", "4400.00万元")])]
)
def test_a_parts_breakdown_opened_by_baohan_runs_across_semicolons(
    project: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年总支出决算数为4300.00万元，其中基本支出决算数为3000.00万元，包含工资福利支出"
        "1800.00万元；商品和服务支出500.00万元；对个人和家庭的补助600.00万元；"
        f"其他资本性支出60.00万元；项目支出决算数为{project}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("88.00", []), ("80.00", [("80.00%", "88.00%")])])
def test_a_rate_over_the_one_amount_a_budget_sentence_arranged(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年预算安排我局专项资金项目共计60个，财政资金2500.00万元。各科室定期督导检查项目支出"
        f"进度，至2023年底我局项目执行金额2200.00万元，执行率{rate}%。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    ("local", "found"), [("8264", []), ("8246", [("12570万元", "12552.00万元")])]
)
def test_a_total_with_its_share_of_the_budget_before_a_qizhong_sentence(
    local: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "前三季度，全县完成一般公共预算收入12570万元，为预算的71.8%，同比增长5.6%。其中：地方一般"
        f"公共预算收入{local}万元，为预算的73%，同比增长4.1%；上划收入4306万元，为预算的69.6%。"
    )
    assert stated_recomputed(text, "sum-short") + stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("carried", "found"), [("312.40", []), ("231.40", [("2860.00万元", "2779.00万元")])]
)
def test_a_final_accounts_total_and_the_two_items_it_is_made_of(
    carried: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2024年度收入总计2,860.00万元，包括本年收入2,601.35万元和年初结转和结余258.65万元。"
        f"支出总计2,860.00万元，包括本年支出2,547.60万元和年末结转和结余{carried}万元。"
    )
    assert stated_recomputed(text, "sum-short") == found


@pytest.mark.parametrize(("guided", "found"), [("800", []), ("880", [("5000万元", "5080.00万元")])])
def test_a_count_said_in_the_first_parts_name_opens_no_subset(
    guided: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年农业发展资金合计5000万元。其中，安排耕地保护、农机购置等6项约束性任务资金合计"
        f"4200万元，安排指导性任务资金合计{guided}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("county", "found"), [("2910", []), ("3210", [("1.69亿元", "1.72亿元")])])
def test_a_total_restated_in_another_unit_in_brackets(
    county: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "项目总投资1.69亿元（16900万元），其中争取中央补助资金9800万元，省级财政资金4190万元，"
        f"市县配套资金{county}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_prose_total_after_a_flattened_tables_qizhong_cells() -> None:
    # The 资金 block's “其中:本年财政拨款…” cells run into the 目标 cell's prose: its 40万元 is
    # the total the next sentence's 其中 splits, not the last part of the cells' list.
    text = (
        "年度资金总额: 40 38.5 38.5 10 96.25% 9.63 其中:本年财政拨款 40 38.5 38.5 上年结转资金 "
        "其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请资金40万元。其中:12万元用于"
        "档案数字化加工;{b}万元用于库房设备购置;10万元用于档案修复。"
    )
    assert stated_recomputed(text.format(b="18"), "sum-mismatch") == []
    assert stated_recomputed(text.format(b="21"), "sum-mismatch") == [("40万元", "43.00万元")]


def test_project_spending_after_the_basic_kinds_is_the_lists_last_part() -> None:
    # 人员经费 and 公用经费 make 基本支出; the 项目支出 after the ； is the rest of the whole
    text = "年度预算支出{total}万元，其中人员经费580.27万元，公用经费167.75万元；项目支出162万元。"
    assert stated_recomputed(text.format(total="910.02"), "sum-mismatch") == []
    wrong = stated_recomputed(text.format(total="910.47"), "sum-mismatch")
    assert wrong == [("910.47万元", "910.02万元")]


def test_a_whole_named_before_the_semicolon_ends_the_list() -> None:
    # 在职, 离休 and 退休 make 实有人数; the 其他人员 after the ； are told apart
    text = "年末实有人数{total}人，其中在职人员89人，离休人员3人，退休人员41人；年末其他人员14人。"
    assert stated_recomputed(text.format(total="133"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="131"), "sum-mismatch") == [("131人", "133人")]


def test_nil_kinds_after_the_parts_keep_them_the_list() -> None:
    text = (
        "2023年度支出合计798.15万元，其中：基本支出540.63万元；项目支出{project}万元；"
        "上缴上级支出0万元；经营支出0万元；对附属单位补助支出0万元。"
    )
    assert stated_recomputed(text.format(project="257.52"), "sum-rounding-gap") == []
    gap = stated_recomputed(text.format(project="257.53"), "sum-rounding-gap")
    assert gap == [("798.15万元", "798.16万元")]


def test_last_years_balance_after_the_semicolon_is_no_part_of_this_years_income() -> None:
    # 60.5 brings 1500 near 1563.2, but 上年结转结余 is not named as the 本年收入 total is
    text = (
        "2022年度本年收入合计1563.2万元，其中一般公共预算财政拨款收入1380万元，事业收入120万元；"
        "上年结转结余60.5万元，收入总计1623.7万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_fish_released_counted_in_ten_thousands_add_up() -> None:
    text = (
        "计划投放子一代体长6-20cm的鲢鱼30万尾、鳙鱼60万尾、草鱼20万尾，3-15cm长春鳊20万尾、"
        "团头鲂10万尾，总计{total}万尾。"
    )
    assert stated_recomputed(text.format(total="140"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="150"), "sum-mismatch") == [("150万尾", "140万尾")]


_WATER_BATCHES = (
    "我市获得2023年度中央水污染防治专项资金{total}万元，其中第一批资金9910万元，分别支持南塘湖"
    "综合治理项目3000万元、外青岚湖上游排水渠治理项目3375.17万元、扬子洲电排站修复项目3534.83万元；"
    "第二批资金7437万元，分别支持南塘湖综合治理项目3000万元、桃花河环境提升项目3688万元、"
    "化工集中区地下水调查项目703万元、加油站地下水调查项目19万元。"
)


def test_batches_each_with_the_projects_it_went_to() -> None:
    # each batch's projects (分别支持…) are its own parts, not the total's, even when one
    # batch's projects do not make it (7410 of 7437)
    short = [("7437万元", "7410.00万元")]
    assert stated_recomputed(_WATER_BATCHES.format(total="17347"), "sum-short") == short
    wrong = stated_recomputed(_WATER_BATCHES.format(total="17437"), "sum-short")
    assert wrong == [("17437万元", "17347.00万元"), *short]

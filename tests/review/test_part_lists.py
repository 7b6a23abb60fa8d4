"""Where a list of parts runs and where it stops (figures and names our own, shapes from real
budget reports): a part's own rate or change does not end it, a split by use, the money that
arrived or a document's number does; words that only look like a list (分别是 naming items,
“具体情况如下：”, 一期 as a phase) open none; a total's own name, or a count of items, says
the list is whole."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


def test_a_parts_own_rate_against_its_plan_and_its_change_do_not_end_the_list() -> None:
    text = (
        "全县收入完成{total}万元，增长4%，占预算（调整预算数，下同）的101%，其中税收收入52,310万元，"
        "占预算的102.4%，非税收入18,650万元，增长2.1%，占预算的98.7%，税收占全县收入的比重为73.7%。"
    )
    assert stated_recomputed(text.format(total="70,960"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="70,690"), "sum-mismatch") == [
        ("70690万元", "70960.00万元")
    ]
    # 税收 names 税收收入, not the 非税收入 that also holds the word
    assert stated_recomputed(text.format(total="70,960"), "share-mismatch") == []


def test_a_share_of_the_general_budget_is_of_the_total_not_of_a_plan() -> None:
    text = (
        "全县一般公共预算支出累计完成98,400万元，完成预算的30.2%，增长8.1%。其中民生支出80,520万元，"
        "增长9.4%，民生支出占一般公共预算支出的{share}。"
    )
    assert stated_recomputed(text.format(share="81.83%"), "share-mismatch") == []
    assert stated_recomputed(text.format(share="81.38%"), "share-mismatch") == [
        ("81.38%", "81.83%")
    ]


def test_a_split_by_use_after_a_semicolon_ends_the_split_by_source() -> None:
    text = (
        "共下达我县移民后扶资金{total}万元，其中：中央资金1,240万元，省级资金386万元；"
        "用于直发直补资金420.50万元、项目扶持资金1,205.50万元。"
    )
    assert stated_recomputed(text.format(total="1626"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="1600"), "sum-mismatch") == [
        ("1600万元", "1626.00万元")
    ]


def test_the_money_that_arrived_and_a_documents_number_end_the_list() -> None:
    arrived = (
        "下达福彩公益金36万元，其中：甲敬老院运营补贴14万元，乙敬老院运营补贴13万元，"
        "老年服务中心运营补贴9万元，到位资金36万元，资金到位率100%。"
    )
    assert stated_recomputed(arrived, "sum-mismatch") == []
    cited = (
        "提前下达动物防疫补助经费共{total}万元，其中强制免疫241.30万元，无害化处理经费38.45万元"
        "某财农〔2023〕18号下达省级动物疫病防控经费72.10万元。"
    )
    assert stated_recomputed(cited.format(total="279.75"), "sum-mismatch") == []
    assert stated_recomputed(cited.format(total="279.57"), "sum-mismatch") == [
        ("279.57万元", "279.75万元")
    ]


def test_names_listed_after_a_count_open_no_list_of_their_own() -> None:
    text = (
        "当年纳入实施计划项目{total}个，其中产业项目3个，分别是甲村大棚建设、乙村冷库建设、丙村"
        "养殖基地；民生项目2个，分别是丁村道路硬化、戊村饮水改造。"
    )
    assert stated_recomputed(text.format(total="5"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="4"), "sum-mismatch") == [("4个", "5个")]


def test_details_left_to_a_table_and_a_phase_named_yiqi_open_nothing() -> None:
    table = (
        "下达我市文化专项资金{total}万元，其中：一般项目资金1,260万元，重点项目资金300万元，"
        "绩效奖励资金980万元，具体情况如下：\n一、资金分配情况。资金已全部分配到位。\n"
    )
    assert stated_recomputed(table.format(total="2,540"), "sum-short") == []
    assert stated_recomputed(table.format(total="2,580"), "sum-short") == [
        ("2580万元", "2540.00万元")
    ]
    phase = (
        "专项资金总计{total}万元，其中甲河一期治理工程监理费18万元，测绘费3.60万元，青苗补偿费"
        "12.40万元；乙河治理工程监理费10.50万元，测绘费2.20万元，青苗补偿费21.30万元。"
    )
    assert stated_recomputed(phase.format(total="68.00"), "sum-mismatch") == []
    assert stated_recomputed(phase.format(total="67.40"), "sum-mismatch") == [
        ("67.40万元", "68.00万元")
    ]


def test_an_issue_split_by_its_nature_is_shown_to_the_digits_written() -> None:
    text = (
        "2023年全县由省级代为发行地方政府债券{total}亿元。\n按债券性质分：由省级代为发行新增债券"
        "4.2081亿元，由省级代为发行再融资债券6.517亿元。\n"
    )
    assert stated_recomputed(text.format(total="10.7251"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="10.7215"), "sum-mismatch") == [
        ("10.7215亿元", "10.7251亿元")
    ]


def test_a_totals_own_name_that_lists_its_parts_makes_the_list_whole() -> None:
    text = (
        "截至季末，共有享受基本生活保障孤儿、事实无人抚养儿童{total}人，其中孤儿86人、"
        "事实无人抚养儿童241人。"
    )
    assert stated_recomputed(text.format(total="327"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="345"), "sum-mismatch") == [("345人", "327人")]


def test_items_the_text_counts_make_the_whole() -> None:
    text = (
        "建议将新增一般债券资金{total}万元用于以下2个项目：1.某县城区道路及给排水工程260万元；"
        "2.S215某段公路改建工程4,380万元；二、县级预算调整方案"
    )
    assert stated_recomputed(text.format(total="4,640"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="4,680"), "sum-mismatch") == [
        ("4680万元", "4640.00万元")
    ]


def test_a_sentence_opening_with_yongyu_splits_the_total_before_it() -> None:
    text = (
        "动物防疫等补助资金共{total}万元。用于购买强制免疫疫苗资金168.40万元，扑杀补助经费"
        "12.35万元，无害化处理补助经费9.25万元。"
    )
    assert stated_recomputed(text.format(total="190.00"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="189.00"), "sum-mismatch") == [
        ("189.00万元", "190.00万元")
    ]


_NOTICE = (
    "2024年本级体育彩票公益金使用情况公告\n"
    "用于群众体育支出{total}万元，占总数的100.0%。其中：\n"
    "（一）用于援建公共体育场地和设施{venues}万元；\n"
    "1.公共体育场馆建设、维护126.4万元；\n"
    "2.全民健身路径工程{paths}万元；\n"
    "3.青少年体育场地设施建设82万元；\n"
    "（二）用于资助群众体育组织和队伍建设8.30万元；\n"
    "1.社会体育指导员8.3万元；\n"
    "（三）用于组织开展全民健身活动136.50万元；\n"
    "1.示范性全民健身活动97.2万元；\n"
    "2.青少年阳光体育活动39.3万元；\n"
    "三、其他事项\n本年度未发生其他支出。\n"
)


_USES_BELOW = (
    "2024年本级体育彩票公益金使用情况公告\n"
    "2024年，我局体育彩票公益金支出总额为{total}元，结余65210.50元。具体资金用途如下：\n"
    "1.更新社区健身器材915.40元，项目支出进度100%。\n"
    "2.举办全民健身运动会12000元，项目支出进度100%。\n"
    "3.资助少年儿童体育训练24500元，项目支出进度100%。\n"
    "区文化体育局\n"
)


def test_numbered_uses_below_a_spending_add_up_to_it_not_to_the_balance() -> None:
    assert stated_recomputed(_USES_BELOW.format(total="37415.40"), "sum-mismatch") == []
    wrong = stated_recomputed(_USES_BELOW.format(total="37145.40"), "sum-mismatch")
    assert wrong == [("37145.40元", "37415.40元")]


def test_an_outline_of_amounts_adds_up_level_by_level() -> None:
    right = _NOTICE.format(total="566.70", venues="421.90", paths="213.5")
    assert stated_recomputed(right, "sum-mismatch") == []
    # a line under (一) typed wrong: (一) against its lines
    lines = _NOTICE.format(total="566.70", venues="421.90", paths="231.5")
    assert stated_recomputed(lines, "sum-mismatch") == [("421.90万元", "439.90万元")]
    # the total against the (一)(二)(三) lines, their own lines passed over
    total = _NOTICE.format(total="556.70", venues="421.90", paths="213.5")
    assert stated_recomputed(total, "sum-mismatch") == [("556.70万元", "566.70万元")]


def test_a_bracketed_breakdown_with_each_parts_rate_against_its_plan() -> None:
    text = (
        "上级补助收入8.62亿元，完成年初预算41.2%。其中返还性收入{total}亿元（税收返还3.84亿元，"
        "完成年初预算50.12%；非税返还2.6亿元，完成年初预算30.55%；税收基数返还0.52亿元），"
        "一般性转移支付收入1.66亿元。"
    )
    assert stated_recomputed(text.format(total="6.96"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="6.69"), "sum-mismatch") == [
        ("6.69亿元", "6.96亿元")
    ]


def test_a_list_closed_by_the_rest_names_the_whole() -> None:
    text = (
        "调入资金{total}亿元。其中从其他财政专户调入0.42亿元，从政府性基金调入1.05亿元，"
        "从国有资本经营预算调入0.31亿元，其他调入0.12亿元。"
    )
    assert stated_recomputed(text.format(total="1.90"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="2.10"), "sum-mismatch") == [
        ("2.10亿元", "1.90亿元")
    ]
    # a category that only opens with 其他 is not the rest (其他资本性支出 under 资本性支出)
    category = (
        "基本支出1,860.40万元，其中：工资福利支出1,512.00万元，商品和服务支出281.30万元，"
        "对个人和家庭的补助62.10万元，其他资本性支出4.5万元。"
    )
    assert stated_recomputed(category, "sum-mismatch") == []


def test_an_adjustment_after_the_list_and_a_cited_document_in_brackets() -> None:
    text = (
        "2023年困难群众救助补助资金下达我区{total}万元（某财社〔2022〕58号），其中低保、特困和"
        "临时救助资金84万元，孤儿基本生活保障金12万元，调减30万元（某财社〔2023〕17号），全年实际"
        "下达66万元。"
    )
    assert stated_recomputed(text.format(total="96"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="90"), "sum-mismatch") == [("90万元", "96.00万元")]
    # parts that are themselves adjustments keep the 调减 among them
    kept = "全年预算数500万元，其中年初预算450万元，追加80万元，调减30万元。"
    assert stated_recomputed(kept, "sum-mismatch") == []


def test_more_openers_of_a_list_of_parts() -> None:
    # “，分别支持…”, “，包括…” with no colon, a bracket opened by 含, a closing “总计下达…”
    cases = (
        (
            "第二批资金{total}万元，分别支持甲湖治理项目2,400万元、乙河生态修复项目3,150万元、"
            "丙渠清淤项目610万元。",
            "6,160",
            ("6106万元", "6160.00万元"),
        ),
        (
            "市对区转移支付和税收返还{total}亿元，比上年减少120.4亿元，包括一般性转移支付198.6亿元、"
            "专项转移支付41.2亿元、税收返还96.3亿元。",
            "336.1",
            ("333.1亿元", "336.10亿元"),
        ),
        (
            "收到福彩公益金{total}万元（含中央福彩公益金6万元，省级福彩公益金72.4万元，地方分成"
            "福彩公益金13.66万元）。",
            "92.06",
            ("90.06万元", "92.06万元"),
        ),
        (
            "下达老年人福利类项目158万元、儿童福利类项目84万元、社会公益类项目计36万元，总计下达"
            "{total}万元。",
            "278",
            ("268万元", "278.00万元"),
        ),
    )
    for text, right, (wrong, added) in cases:
        assert stated_recomputed(text.format(total=right), "sum-mismatch") == [], text
        stated = wrong.removesuffix("万元").removesuffix("亿元")
        found = stated_recomputed(text.format(total=stated), "sum-mismatch")
        assert found == [(wrong, added)], text


def test_a_comparable_change_is_the_parts_own() -> None:
    text = (
        "全市一般公共预算收入468.2亿元。其中，税收收入386.4亿元，可比下降6.2%，占一般公共预算"
        "收入比重{share}。"
    )
    assert stated_recomputed(text.format(share="82.5%"), "share-mismatch") == []
    assert stated_recomputed(text.format(share="85.2%"), "share-mismatch") == [("85.2%", "82.53%")]


def test_a_remainder_of_bonds_issued_and_used() -> None:
    text = "债券资金发行金额600万元，利率3.12%，截止目前已使用{used}万元，剩余318.45万元未使用。"
    assert stated_recomputed(text.format(used="281.55"), "remainder-mismatch") == []
    assert stated_recomputed(text.format(used="218.55"), "remainder-mismatch") == [
        ("318.45万元", "381.45万元")
    ]


def test_a_figure_both_planned_and_done_is_the_rate_s_result() -> None:
    text = "油菜种植16万亩，计划和实际承保面积{done}万亩，承保率为{rate}，总保费58万元。"
    assert stated_recomputed(text.format(done="6.56", rate="41%"), "rate-mismatch") == []
    assert stated_recomputed(text.format(done="6.56", rate="44.1%"), "rate-mismatch") == [
        ("44.1%", "41.00%")
    ]


def test_a_rest_of_spending_closing_budget_parts_is_no_plan_beside_a_result() -> None:
    text = (
        "2024年年初预算数520.40万元，其中：一般公共服务支出预算0万元，教育支出预算410.20万元，"
        "卫生健康支出预算{health}万元，其他支出15万元。"
    )
    assert stated_recomputed(text.format(health="95.20"), "sum-mismatch") == []
    assert stated_recomputed(text.format(health="59.20"), "sum-mismatch") == [
        ("520.40万元", "484.40万元")
    ]


_BY_CLASS = (
    "2023年度一般公共预算财政拨款支出320.40万元，主要用于以下方面(按大类)：教育支出{edu}万元，"
    "占本年财政拨款支出的75.00%；社会保障和就业支出48.06万元，占本年财政拨款支出的15.00%；"
    "住房保障支出32.04万元，占本年财政拨款支出10.00%。"
)


def test_parts_whose_shares_of_the_years_spending_make_a_whole_must_add_up() -> None:
    assert stated_recomputed(_BY_CLASS.format(edu="240.30"), "sum-mismatch") == []
    wrong = _BY_CLASS.format(edu="240.03")
    assert stated_recomputed(wrong, "sum-mismatch") == [("320.40万元", "320.13万元")]


def test_a_share_of_the_units_own_spending_is_a_share_of_its_total() -> None:
    # the 单位 in “占单位总支出的” is the unit whose 年度总支出 it is, not another base
    text = (
        "年度总支出为1542.14万元(其中:基本支出247.28万元,占单位总支出的{basic}%;"
        "项目支出1294.86万元,占单位总支出的83.97%)。"
    )
    assert stated_recomputed(text.format(basic="16.03"), "share-mismatch") == []
    wrong = stated_recomputed(text.format(basic="61.03"), "share-mismatch")
    assert wrong == [("61.03%", "16.03%")]


def test_shares_of_another_whole_after_a_part_list_are_not_the_totals() -> None:
    text = (
        "高校资助总额900.00亿元。其中：财政资金450.00亿元。财政资金中，中央财政270.00亿元，"
        "占高校资助总额30.00%，地方财政180.00亿元，占高校资助总额20.00%。"
    )
    assert stated_recomputed(text, "share-mismatch") == []


def test_a_per_item_word_in_a_later_clause_does_not_undo_the_list() -> None:
    text = (
        "2024年度安排财政衔接资金1500万元，其中中央资金1000万元、省级资金{province}万元、"
        "县级资金100万元，建设12个项目，每个项目资金严格按照实施细则使用。\n二、下一步工作\n"
    )
    assert stated_recomputed(text.format(province="400"), "sum-mismatch") == []
    wrong = text.format(province="310")
    assert stated_recomputed(wrong, "sum-mismatch") == [("1500万元", "1410.00万元")]


@pytest.mark.parametrize(
    ("fee", "found"), [("55.09", []), ("56.09", [("5509万元", "5510.00万元")])]
)
def test_an_outline_heading_with_its_amount_in_brackets_over_items_drawn_at_a_rate(
    fee: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "二、省级财政衔接资金（5509万元）\n（一）支持巩固脱贫攻坚成果项目1843.72万元；\n"
        "（二）支持产业发展2705.39万元；\n（三）支持数字乡村建设项目20万元；\n"
        "（四）支持乡村建设行动项目844.8万元；\n（五）支持乡村治理项目40万元；\n"
        f"（六）按1%提取项目管理费{fee}万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") + stated_recomputed(text, "sum-short") == found


_SANGONG = (
    "2020年“三公”经费支出{total}万元，比上年累计支出433万元减少2万元，下降0.46%，“三公”经费支出"
    "减少主要原因是从严控制开支。其中，因公出国（境）费用没有；公务用车运行维护费支出251万元，"
    "比上年累计支出285万元下降34万元，下降12%；公务用车购置支出56万元，比上年增加56万元；"
    "公务接待支出124万元，比上年累计支出148万元下降24万元，下降16%。\n"
)


@pytest.mark.parametrize(("total", "found"), [("431", []), ("421", [("421万元", "431.00万元")])])
def test_last_years_spending_and_a_reason_naming_the_change_end_no_list(
    total: str, found: list[tuple[str, str]]
) -> None:
    # 比上年累计支出285万元 is last year's level, not how far the money has gone; the reason
    # opens with what changed (“…经费支出减少主要原因是…”)
    assert stated_recomputed(_SANGONG.format(total=total), "sum-mismatch") == found


def test_the_rest_of_a_total_told_after_its_list() -> None:
    text = (
        "2023年全县共安排农村人居环境整治资金108万元，具体为：1.农村厕所改造提升30万元；"
        "2.村庄垃圾收运体系建设45万元；3.村庄清洁行动奖补25万元。\n"
        "上述合计100万元。另安排项目前期工作经费{rest}万元，由县财政统筹安排。\n"
    )
    assert stated_recomputed(text.format(rest="8"), "sum-mismatch") == []
    assert stated_recomputed(text.format(rest="6"), "sum-mismatch") == [("108万元", "100.00万元")]


_CUT_SHARES = (
    "2023年度支出合计798.15万元，其中：基本支出{basic}万元，占67.73%；项目支出257.53万元，"
    "占32.26%。"
)


def test_a_share_cut_off_is_told_beside_a_wrong_one() -> None:
    cut = stated_recomputed(_CUT_SHARES.format(basic="540.63"), "rounding-truncated")
    assert cut == [("67.73%", "67.74%"), ("32.26%", "32.27%")]
    slipped = _CUT_SHARES.format(basic="504.63")
    assert stated_recomputed(slipped, "share-mismatch") == [("67.73%", "63.22%")]
    assert stated_recomputed(slipped, "rounding-truncated") == [("32.26%", "32.27%")]


_CIRCLED = (
    "区级年初预算{total}万元专项资金，具体用于支付：①东城小区提质改造工程尾款34.96万元，"
    "该项目已完成竣工结算；②第二批次改造项目缺口资金105.04万元，其余150.04万元待竣工后支付；"
    "③片区配套基础设施前期费用45万元；④项目管理费15万元。"
)


def test_uses_circled_after_a_colon_add_up_to_the_total_before_it() -> None:
    assert stated_recomputed(_CIRCLED.format(total="200"), "sum-short") == []
    short = stated_recomputed(_CIRCLED.format(total="210"), "sum-short")
    assert short == [("210万元", "200.00万元")]


def test_a_share_of_the_units_spending_under_a_part_of_it_is_of_another_base() -> None:
    text = (
        "2022年度单位总支出3560万元。本年项目支出1460万元，其中专项业务费800万元，占单位总支出的"
        "22.47%，设备购置费660万元，占单位总支出的18.54%。"
    )
    assert stated_recomputed(text, "share-mismatch") == []


_PROVINCE = (
    "2020年度省级老旧小区改造对下补助资金预算总额{total}万元，其中中央资金178172万元，省级资金"
    "8000万元。资金主要用于支持老旧小区综合整治。"
)


def test_a_provinces_money_is_the_centres_and_its_own() -> None:
    assert stated_recomputed(_PROVINCE.format(total="186172"), "sum-mismatch") == []
    wrong = stated_recomputed(_PROVINCE.format(total="258172"), "sum-mismatch")
    assert wrong == [("258172万元", "186172.00万元")]


def test_a_level_below_the_totals_is_another_fund() -> None:
    # 中央 money handed down to 省级 and 市级: not the centre's and the province's own
    text = "中央财政补贴资金120万元，其中下达省级财政补贴资金15万元，市级财政补贴资金30万元。"
    assert stated_recomputed(text, "sum-mismatch") == []

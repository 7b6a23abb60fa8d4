"""Counts split into kinds (figures and names our own): 三级指标 by their 二级 kind down to
满意度 make the whole; a noun after each count (“包括9个数量指标、3个质量指标”) names the part;
a list of counts joined by 、 ends at its comma; counts of one kind are not cut short because
their first few happen to make the total, nor are amounts for places of one kind (…村)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

_KINDS = (
    "共设置三级指标{total}个，其中数量指标5个、质量指标2个、时效指标1个、成本指标2个、"
    "满意度指标1个。"
)


def test_indicator_kinds_down_to_satisfaction_make_the_whole() -> None:
    assert stated_recomputed(_KINDS.format(total="11"), "sum-mismatch") == []
    assert stated_recomputed(_KINDS.format(total="13"), "sum-mismatch") == [("13个", "11个")]


def test_indicator_kinds_that_stop_short_of_satisfaction_may_be_some_only() -> None:
    text = "共设置三级指标13个，其中数量指标5个、质量指标2个、时效指标1个。"
    assert stated_recomputed(text, "sum-mismatch") == []


_NOUNS = (
    "本年度设定{total}个三级指标，包括9个数量指标、3个质量指标、2个时效指标、{last}个满意度指标。"
)


def test_counts_named_by_the_noun_after_them() -> None:
    assert stated_recomputed(_NOUNS.format(total="15", last="1"), "sum-mismatch") == []
    wrong = _NOUNS.format(total="15", last="3")
    assert stated_recomputed(wrong, "sum-mismatch") == [("15个", "17个")]


def test_a_list_of_counts_ends_at_its_comma_and_is_not_cut_by_chance() -> None:
    text = "全年共对12个项目开展重点评价，其中项目评价7个、政策评价5个、部门评价2个，涉及单位9个。"
    assert stated_recomputed(text, "sum-mismatch") == [("12个", "14个")]
    right = text.replace("政策评价5个", "政策评价3个")
    assert stated_recomputed(right, "sum-mismatch") == []


def test_staff_by_status_count_those_retired_when_the_list_opens_with_in_service() -> None:
    text = "实有人员{total}人，其中在职人员2,486人，离休人员29人，退休人员1,072人。"
    assert stated_recomputed(text.format(total="3,587"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="3,588"), "sum-mismatch") == [("3588人", "3587人")]
    two = "单位编制人数45人，实有人数43人，其中：在职人员30人，退休人员12人。"
    assert stated_recomputed(two, "sum-mismatch") == [("43人", "42人")]


def test_retired_staff_after_a_list_by_post_stand_beside_it() -> None:
    text = "编制25人，实有在职人员23人，其中行政18人、事业5人，退休人员10人。"
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_list_of_units_ending_its_line_without_a_full_stop() -> None:
    text = (
        "一、单位基本情况\n"
        "本单位设{n}个内设机构,分别为办公室、人事科、财务科、业务一科、业务二科、信息中心\n"
        "二、收支情况\n本年收入合计1,250.30万元。"
    )
    assert stated_recomputed(text.format(n="6"), "list-count-mismatch") == []
    assert stated_recomputed(text.format(n="7"), "list-count-mismatch") == [("7", "6")]
    # the document's last line may be cut off by an excerpt: left alone
    cut = text.format(n="7").split("\n二、")[0]
    assert stated_recomputed(cut, "list-count-mismatch") == []


@pytest.mark.parametrize(("count", "found"), [("7", []), ("6", [("6", "7")])])
def test_a_list_wrapped_onto_the_next_line_is_counted_whole(
    count: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"一、单位基本情况\n本局设{count}个内设机构，分别为办公室、政策法规科、计划财务科\n"
        "项目管理科、质量监督科、安全生产科、信息中心。\n二、部门预算收支情况\n收入合计860.20万元。"
    )
    assert stated_recomputed(text, "list-count-mismatch") == found


@pytest.mark.parametrize(("units", "found"), [("2", []), ("3", [("9", "7")])])
def test_two_counts_joined_before_one_list_are_both_listed(
    units: str, found: list[tuple[str, str]]
) -> None:
    # 6 + 2 names, one item joining a 科 and a 队 (read as two)
    text = (
        f"一、单位基本情况\n本局共有6个内设机构和{units}个直属单位，分别为办公室、财务科、规划科、"
        "建设科、审批科、信息科和县勘测队、县档案馆\n二、部门预算收支情况\n收入合计860.20万元。"
    )
    assert stated_recomputed(text, "list-count-mismatch") == found


def test_amounts_for_places_of_one_kind_are_not_cut_by_chance() -> None:
    # 3.2 + 2.1 + 2.4 make 7.7, the total; the fourth village is still one of its parts
    text = (
        "全年新修村组道路7.7公里，其中东坪村3.2公里，石桥村2.1公里，柳湾村2.4公里，新庄村1.6公里。"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("7.7公里", "9.3公里")]
    right = text.replace("7.7公里，其中", "9.3公里，其中")
    assert stated_recomputed(right, "sum-mismatch") == []
    # 镇 and 乡 are places of one kind, and so are schools; counts for villages too
    towns = "全年新修道路7.7公里，其中城关镇3.2公里，新安镇2.1公里，柳河乡2.4公里，石门乡1.6公里。"
    assert stated_recomputed(towns, "sum-mismatch") == [("7.7公里", "9.3公里")]
    schools = (
        "共发放助学金77万元，其中东关小学32万元，西街小学21万元，南湖中学24万元，北山中学16万元。"
    )
    assert stated_recomputed(schools, "sum-mismatch") == [("77万元", "93.00万元")]
    counts = "共培训农民770人次，其中东坪村320人次，石桥村210人次，柳湾村240人次，新庄村160人次。"
    assert stated_recomputed(counts, "sum-mismatch") == [("770人次", "930人次")]
    # parts of other kinds that happen to make the total: the list may have ended there
    mixed = "全年支出7.7万元，其中办公费3.2万元，差旅费2.1万元，会议费2.4万元，另有结余1.6万元。"
    assert stated_recomputed(mixed, "sum-mismatch") == []


def test_a_list_counted_in_several_units_names_no_whole_of_one() -> None:
    # 卷, 盘, 盒 and 件 side by side: the 卷 parts alone are not the whole's 卷
    text = (
        "馆藏档案86450卷，包括纸质档案80120卷，声像档案1650盘、照片档案720盒、实物档案1340件、"
        "特色档案2620卷。\n"
    )
    assert "sum-short" not in codes_of(text)
    one_unit = (
        text.replace("1650盘", "1650卷").replace("720盒", "720卷").replace("1340件", "1340卷")
    )
    assert stated_recomputed(one_unit.replace("86450卷", "86540卷"), "sum-short") == [
        ("86540卷", "86450卷")
    ]


@pytest.mark.parametrize(("whole", "found"), [("52", []), ("48", [("48台", "52台")])])
def test_a_set_among_machines_counted_one_by_one_is_one_of_them(
    whole: str, found: list[tuple[str, str]]
) -> None:
    # 粮食烘干机1组 is one of the 52 machines: 9 + 1 + 8 + 33 + 1
    text = (
        f"累加补贴机具{whole}台。其中：花生收获机9台，轮式拖拉机1台，深松机8台，"
        "果蔬烘干机33台，粮食烘干机1组。\n"
    )
    assert stated_recomputed(text, "sum-short") == []
    assert stated_recomputed(text, "sum-mismatch") == found


def test_teams_counted_in_groups_are_no_machines() -> None:
    text = (
        "全年累计补贴机具128台，其中：拖拉机56台，旋耕机40台，播种机32台，组建农机作业服务队6组，"
        "培训农机手300人次。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(
    ("count", "found"), [("3家", []), ("5家", [("5", "3")]), ("共5个", [("5", "3")])]
)
def test_units_named_before_their_count_and_the_word_for_units(
    count: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "财务科负责项目的组织和管理，市群艺馆、市少儿图书馆、市歌舞剧团"
        f"{count}下属单位及各区县文旅局负责实施。\n"
    )
    assert stated_recomputed(text, "list-count-mismatch") == found


@pytest.mark.parametrize(("count", "found"), [("5", []), ("6", [("6", "5")])])
def test_places_named_before_their_count(count: str, found: list[tuple[str, str]]) -> None:
    text = (
        "培训分5个专业开班，分别在伯岗镇、胡襄镇、岗王镇、皇集乡、大仵乡"
        f"{count}个乡镇进行，已全部完成。\n"
    )
    assert stated_recomputed(text, "list-count-mismatch") == found
    # 等 may leave places out
    left_out = text.replace("大仵乡", "大仵乡等")
    assert stated_recomputed(left_out, "list-count-mismatch") == []


@pytest.mark.parametrize(("count", "found"), [("4", []), ("5", [("5", "4")])])
def test_offices_counted_before_a_bracketed_word_and_a_colon(
    count: str, found: list[tuple[str, str]]
) -> None:
    text = f"我局内设{count}个职能科（室）：办公室、综合调研科、老干部管理科、关工科。\n"
    assert stated_recomputed(text, "list-count-mismatch") == found


def test_units_named_before_a_count_closed_by_deng_may_be_more_only() -> None:
    text = "市群艺馆、市少儿图书馆、市歌舞剧团等{n}家单位负责实施。\n"
    assert stated_recomputed(text.format(n="5"), "list-count-mismatch") == []
    assert stated_recomputed(text.format(n="2"), "list-count-mismatch") == [("2", "3")]


@pytest.mark.parametrize(
    "text",
    [
        "2023年，市第一人民医院、市妇幼保健院和各县区人民医院共12家医院纳入监控范围。\n",
        "全年开展培训4期，县人民医院、县妇幼保健院及所辖乡镇卫生院共18家医院参训。\n",
    ],
)
def test_units_named_before_a_count_with_a_group_among_them_are_not_counted(text: str) -> None:
    assert stated_recomputed(text, "list-count-mismatch") == []


def test_a_broadcasting_station_is_a_unit_s_name() -> None:
    text = "市图书馆、市博物馆、市电视台5家下属单位纳入评价范围。\n"
    assert stated_recomputed(text, "list-count-mismatch") == [("5", "3")]


@pytest.mark.parametrize(("retired", "found"), [("5", []), ("4", [("6人", "5人")])])
def test_the_retired_are_the_whole_of_a_count_of_the_retired(
    retired: str, found: list[tuple[str, str]]
) -> None:
    text = f"单位编制20人，实有在职人员18人。离退休人员6人，其中：离休1人，退休{retired}人。\n"
    assert stated_recomputed(text, "sum-mismatch") == found


def test_the_retired_are_some_only_of_a_count_of_all_staff() -> None:
    text = "实有人员30人，其中：离休2人，退休8人。\n"
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(("public", "found"), [("1", []), ("2", [("2个", "3个")])])
def test_units_of_two_kinds_cannot_overlap_when_one_kind_makes_the_total(
    public: str, found: list[tuple[str, str]]
) -> None:
    text = f"纳入部门决算编制范围的独立核算单位共2个，其中行政单位1个，事业单位{public}个。\n"
    assert stated_recomputed(text, "sum-mismatch") == found


def test_counts_of_steps_may_overlap_when_one_makes_the_total() -> None:
    text = "全年实施项目30个，其中已完工30个、已验收25个。\n"
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("本次评价指标分项目决策、项目过程、项目产出、项目效益四大部分，总分100分。", []),
        ("本次评价指标分项目决策、项目过程、项目产出、项目效益五大部分，总分100分。", [("5", "4")]),
        # aspects joined by 和 are two, however their names end
        ("从资金管理、项目实施和群众满意度三个方面开展自评。", []),
        ("从资金管理、项目实施和群众满意度四个方面开展自评。", [("4", "3")]),
        # 等 may leave aspects out, never name more than the count
        ("从资金管理、项目实施等三个方面开展自评。", []),
        ("本次评价重点关注资金管理、项目实施和群众满意度四个方面。", [("4", "3")]),
        ("从资金管理、项目实施、产出效益、群众满意度等三个方面开展自评。", [("3", "4")]),
    ],
)
def test_aspects_named_then_counted(text: str, found: list[tuple[str, str]]) -> None:
    head = "2023年度残疾人康复项目绩效自评报告\n二、绩效自评工作开展情况\n"
    assert stated_recomputed(head + text + "\n", "list-count-mismatch") == found


@pytest.mark.parametrize(
    "text",
    [
        # an aspect whose name holds 及 or 与 is one aspect or two: either reading may be meant
        "评价组从项目决策、资金管理和使用、项目产出及效益三个方面开展评价。",
        "从决策与立项、过程管理、产出与效益三个方面开展评价。",
    ],
)
def test_aspects_joined_inside_their_names_are_not_miscounted(text: str) -> None:
    head = "2023年度残疾人康复项目绩效自评报告\n二、绩效自评工作开展情况\n"
    assert stated_recomputed(head + text + "\n", "list-count-mismatch") == []


def test_the_words_leading_into_the_aspects_are_not_named_as_one() -> None:
    head = "2023年度残疾人康复项目绩效自评报告\n二、自评情况\n"
    text = head + "本次评价，从项目完成、效益和满意度五个方面开展。\n"
    found = [f.message for f in findings_of(text) if f.code == "list-count-mismatch"]
    assert len(found) == 1 and "（项目完成、效益、满意度）" in found[0]


_FUNDS = (
    "中央财政下拨2016年林业补助资金共16项，金额合计333,001万元；其中省林业厅共{n}项，合计金额"
    "{total}万元，其中森林生态效益补偿资金40,671万元、森林抚育补贴资金16,800万元、湿地补助资金"
    "13,909万元、国有林场改革补助资金27,652万元{more}。"
)


@pytest.mark.parametrize(
    ("n", "total", "more", "found"),
    [
        ("4", "99,032", "", []),
        ("5", "99,032", "", [("5项", "4项")]),
        ("5", "99,032", "等", []),  # 等: the list says it leaves items out
        ("5", "99,132", "", []),  # the amounts fall short: an item may be left out
    ],
)
def test_a_count_of_funds_against_a_list_that_makes_their_total(
    n: str, total: str, more: str, found: list
) -> None:
    text = _FUNDS.format(n=n, total=total, more=more)
    assert stated_recomputed(text, "list-count-mismatch") == found


def test_projects_counted_with_their_amount_then_listed_below() -> None:
    # “项目共4个，项目支出609.74万元。…具体如下：” and four numbered projects: they make 609.74
    lines = [
        "某中心2023年度项目支出绩效自评报告",
        "本中心2023年参与绩效评价的项目共4个，项目支出609.74万元。其中：财政拨款项目支出15万元，"
        "其他项目支出594.74万元。具体如下：",
        "1、档案整理费{first}万元，主要用于档案整理方面；",
        "2、政策宣传费5万元，主要用于政策宣传方面；",
        "3、就业工作经费5万元，主要用于就业工作开展方面；",
        "4、就业专项资金594.74万元，主要用于专项培训相关费用方面。",
    ]
    text = "\n".join(lines)
    assert stated_recomputed(text.format(first="5"), "sum-mismatch") == []
    found = stated_recomputed(text.format(first="3"), "sum-mismatch")
    assert found == [("609.74万元", "607.74万元")]


@pytest.mark.parametrize(("count", "found"), [("3", []), ("5", [("5", "3")])])
def test_projects_counted_then_listed_below_in_fewer_items(
    count: str, found: list[tuple[str, str]]
) -> None:
    lines = [
        "某中心2024年度项目支出绩效自评报告",
        f"本中心2024年参与绩效评价的项目共{count}个，项目支出14.97万元。具体如下：",
        "1、档案整理费5万元，主要用于档案整理方面；",
        "2、稽查核查费用8万元，主要用于稽查核查方面；",
        "3、门面税金1.97万元，主要用于出租门面的税金缴纳。",
        "（二）绩效目标设定情况",
    ]
    assert stated_recomputed("\n".join(lines), "list-count-mismatch") == found


@pytest.mark.parametrize(("paid", "found"), [("7.8", [("14.97万元", "14.77万元")]), ("8", [])])
def test_a_budget_and_its_payment_over_items_told_with_both(
    paid: str, found: list[tuple[str, str]]
) -> None:
    # each numbered item states its budget and what it paid: the payment adds up to its own
    lines = [
        "某中心2024年度项目支出绩效自评报告",
        "（二）项目资金",
        "2024年项目资金为14.97万元，实际已支付14.97万元，支付率为100%。具体如下：",
        "1、档案整理费5万元，实际已支付5万元，资金支付率100%；",
        f"2、稽查核查费用8万元，实际已支付{paid}万元；",
        "3、门面税金1.97万元，实际已支付1.97万元，资金支付率100%。",
        "（三）项目组织情况",
    ]
    assert stated_recomputed("\n".join(lines), "sum-mismatch") == found


def test_amounts_of_one_kind_before_a_list_below_are_no_totals() -> None:
    # the last of three 三公 amounts is a part of their whole, not the items' total
    lines = [
        "某局2021年度部门决算说明",
        "“三公”经费支出决算中，因公出国（境）费支出决算0万元；公务接待费支出决算5.21万元；"
        "公务用车购置及运行维护费支出决算2.48万元。具体情况如下：",
        "1.因公出国（境）费支出0万元。",
        "2.公务接待费支出5.21万元。",
        "3.公务用车购置及运行维护费支出2.48万元。",
    ]
    assert stated_recomputed("\n".join(lines), "sum-mismatch") == []


@pytest.mark.parametrize(
    ("lead", "items"),
    [
        # a balance beside the budget and the payment is no total of the items
        (
            "项目预算资金20万元，实际支出18万元，结余2万元。具体如下：",
            ["1、办公设备购置预算12万元，实际支出11万元。", "2、宣传费预算8万元，实际支出7万元。"],
        ),
        # an item told with its price per unit: its first amount is no part
        (
            "项目预算资金50万元，实际支出48万元。资金主要用途具体如下：",
            [
                "1、村级道路维修，惠及群众1200人，支出20万元。",
                "2、购置保洁设备15台，每台0.8万元，支出12万元。",
                "3、聘用保洁员40名，支出16万元。",
            ],
        ),
    ],
)
def test_amounts_below_that_make_no_total_of_the_lead(lead: str, items: list[str]) -> None:
    lines = ["某村2024年度项目支出绩效自评报告", "二、资金使用情况", lead, *items, "三、项目绩效"]
    text = "\n".join(lines)
    assert stated_recomputed(text, "sum-mismatch") == []
    assert stated_recomputed(text, "sum-short") == []

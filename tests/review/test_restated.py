"""Figures a real report states twice (each passage written for this test, with its own
figures): the amount a funding document (文号) allocated, cited again further on."""

from __future__ import annotations

from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

PROJECT = "2023年度某县耕地保护项目支出绩效自评报告\n一、项目基本情况\n"
FIRST = (
    "根据《关于下达2023年耕地地力保护补贴资金的通知》（某财农〔2023〕15号），"
    "市财政局下达我局补贴资金1605.00万元。\n"
)


def test_a_document_cited_twice_with_two_amounts() -> None:
    text = (
        PROJECT
        + FIRST
        + "二、资金使用情况\n某财农〔2023〕15号文件下达资金1604.75万元，已全部拨付。\n"
    )
    assert stated_recomputed(text, "figure-inconsistent") == [("1604.75万元", "1605.00万元")]


def test_a_document_cited_twice_with_one_amount() -> None:
    text = (
        PROJECT + FIRST + "二、资金使用情况\n某财农［2023］15号文件下达资金1605万元，已全部拨付。\n"
    )
    assert "figure-inconsistent" not in codes_of(text)


def test_another_document_or_a_split_is_not_the_same_amount() -> None:
    other = PROJECT + FIRST + "二、资金使用情况\n某财农〔2023〕16号文件下达资金300.00万元。\n"
    assert "figure-inconsistent" not in codes_of(other)
    split = (
        PROJECT
        + FIRST
        + ("二、资金使用情况\n某财农〔2023〕15号文件下达资金中，其中拨付乡镇1500.00万元。\n")
    )
    assert "figure-inconsistent" not in codes_of(split)
    two = (
        PROJECT
        + FIRST
        + ("二、资金使用情况\n某财农〔2023〕15号、某财农〔2023〕21号文件下达资金1800.00万元。\n")
    )
    assert "figure-inconsistent" not in codes_of(two)


# --- a change's rate in brackets -----------------------------------------------------------

SANGONG = "2022年度某局“三公”经费支出决算说明\n"


def test_a_change_with_its_rate_in_brackets() -> None:
    text = SANGONG + "公务接待费3.40万元，较上年减少2.6万元（46.15%），主要是压减接待。\n"
    # 2.6 ÷ (3.40 + 2.6) = 43.33%; the rounding of 2.6 reaches 42.6%–44.0%, never 46.15%
    assert stated_recomputed(text, "rate-mismatch") == [("46.15%", "43.33%")]
    right = text.replace("46.15%", "43.33%")
    assert "rate-mismatch" not in codes_of(right)


# --- a part with its own bracketed breakdown -------------------------------------------------


def test_a_part_with_its_own_breakdown_in_brackets_stays_a_part() -> None:
    text = "2025年度某县衔接资金项目支出绩效自评报告\n" + (
        "中央衔接资金安排3215万元（其中新型农村集体经济资金80万元），省级衔接资金412万元，"
        "市级衔接资金150万元，共计3777万元用于示范村建设。\n"
    )
    assert "sum-mismatch" not in codes_of(text)
    wrong = text.replace("共计3777万元", "共计3787万元")
    assert stated_recomputed(wrong, "sum-mismatch") == [("3787万元", "3777.00万元")]


# --- figures that agree only within their rounding -------------------------------------------


def test_parts_that_miss_their_total_by_a_last_digit_are_a_note() -> None:
    text = "2023年度某局部门决算说明\n" + (
        "本年支出合计864.37万元，其中基本支出512.18万元，项目支出352.18万元。\n"
    )
    (finding,) = [f for f in findings_of(text) if f.code == "sum-rounding-gap"]
    assert (finding.severity.value, finding.stated, finding.recomputed) == (
        "info",
        "864.37万元",
        "864.36万元",
    )
    assert "sum-mismatch" not in codes_of(text)
    exact = text.replace("864.37", "864.36")
    assert "sum-rounding-gap" not in codes_of(exact)
    coarse = text.replace("864.37万元", "864万元")  # a total written coarser: 864.36 is 864
    assert "sum-rounding-gap" not in codes_of(coarse)


def test_a_rate_within_its_inputs_rounding_is_a_note() -> None:
    text = PROJECT + "全年预算数12.4万元，全年执行数11.8万元，预算执行率95.6%。\n"
    # 11.8 ÷ 12.4 = 95.16%, but each may be off by 0.05 (94.4%–95.9%)
    assert stated_recomputed(text, "rate-rounding-gap") == [("95.6%", "95.2%")]
    assert "rate-mismatch" not in codes_of(text)
    assert "rate-rounding-gap" not in codes_of(text.replace("95.6%", "95.2%"))


def test_a_parts_own_breakdown_opened_by_zhuyaoshi_is_not_added() -> None:
    text = "2025年度某中学部门预算公开说明\n" + (
        "2025年收入合计6512.40万元，其中：本年收入4310.20万元，主要是一般公共预算拨款"
        "3900.20万元，财政专户管理资金收入410.00万元；上年结转收入2202.20万元。\n"
    )
    assert "sum-mismatch" not in codes_of(text)
    wrong = text.replace("上年结转收入2202.20万元", "上年结转收入2212.20万元")
    assert stated_recomputed(wrong, "sum-mismatch") == [("6512.40万元", "6522.40万元")]


# --- shares of a list, shares of each part's own kind, 万 inside a figure of 亿 ----------------

NEWS = "2023年全国政府采购简要情况\n"


def test_two_amounts_with_two_shares_are_paired_in_order() -> None:
    text = NEWS + (
        "全国政府采购规模为31250.0亿元。\n"
        "中央、地方预算单位政府采购规模分别为2500.0亿元和28750.0亿元，"
        "占全国政府采购规模的8.0%和92.0%。\n"
    )
    assert "share-mismatch" not in codes_of(text)


def test_shares_of_each_parts_own_kind_have_no_common_base() -> None:
    text = NEWS + (
        "全国强制和优先采购节能、节水产品580.5亿元，占同类产品采购规模的88.2%；"
        "优先采购环保产品702.3亿元，占同类产品采购规模的85.6%。\n"
    )
    assert "share-mismatch" not in codes_of(text)


def test_a_figure_of_yi_with_its_wan_place_in_words() -> None:
    text = NEWS + "全国政府采购规模为3万1250.0亿元，较上年减少1220.0亿元，下降3.8%。\n"
    # 1220.0 ÷ (31250.0 + 1220.0) = 3.76%, written 3.8%: right
    assert "rate-mismatch" not in codes_of(text)
    assert "rate-mismatch" in codes_of(text.replace("下降3.8%", "下降4.8%"))


def test_shares_evened_out_for_no_reason_are_a_warning() -> None:
    text = "2023年度某局部门决算说明\n" + (
        "本年支出合计2000.00万元，其中：基本支出1687.52万元，占84.37%；"
        "项目支出312.48万元，占15.63%。\n"
    )
    # 84.376% and 15.624% round to 84.38% and 15.62%, which make 100% already
    assert stated_recomputed(text, "share-last-digit") == [
        ("84.37%", "84.38%"),
        ("15.63%", "15.62%"),
    ]
    assert not {"share-mismatch", "rounding-truncated"} & set(codes_of(text))


def test_shares_evened_out_to_make_a_hundred_are_a_note() -> None:
    text = "2023年度某局部门决算说明\n" + (
        "本年支出合计300.00万元，其中：工资福利支出100.00万元，占33.33%；商品和服务支出"
        "100.00万元，占33.33%；对个人和家庭的补助100.00万元，占33.34%。\n"
    )
    # each is 33.333%: rounded they make 99.99%, so one was raised to make 100%
    (finding,) = [f for f in findings_of(text) if f.code == "rate-rounding-gap"]
    assert (finding.severity.value, finding.stated, finding.recomputed) == (
        "info",
        "33.34%",
        "33.33%",
    )
    assert not {"share-mismatch", "share-last-digit"} & set(codes_of(text))


def test_shares_listed_after_yixia_fangmian() -> None:
    text = "2021年度某中心部门决算说明\n" + (
        "一般公共预算财政拨款支出410.26万元，主要用于以下方面：一般公共服务支出330.18万元，"
        "占80.48%；社会保障和就业支出45.20万元，占11.02%；住房保障支出34.88万元，占8.52%。\n"
    )
    # 34.88 ÷ 410.26 = 8.502%: 8.52% is two digits off, though the shares make 100.02%
    assert stated_recomputed(text, "share-mismatch") == [("8.52%", "8.50%")]


def test_a_qizhong_after_a_full_stop_with_a_part_above_the_last_figure() -> None:
    text = "某镇卫生院2023年度部门决算说明\n" + (
        "我院人员编制数为56人，在编职工50人，退休人员21人。其中卫生技术人员44人，"
        "高级职称5人、中级职称12人。\n"
    )
    assert "sum-mismatch" not in codes_of(text)
    own = "某局2023年度部门决算说明\n" + (
        "项目资金共120.00万元。其中中央资金70.00万元，地方资金40.00万元。\n"
    )
    assert stated_recomputed(own, "sum-mismatch") == [("120.00万元", "110.00万元")]


def test_an_excess_over_the_task() -> None:
    text = PROJECT + "改造任务数120户，实际完成270户，超任务45%。\n"
    # (270 − 120) ÷ 120 = 125%: the excess, not the ratio (225%), shown as the rate is written
    assert stated_recomputed(text, "rate-mismatch") == [("45%", "125%")]
    assert "rate-mismatch" not in codes_of(text.replace("超任务45%", "超任务125%"))


def test_shares_of_a_whole_that_add_to_more_than_a_hundred() -> None:
    text = NEWS + (
        "全市政府采购规模为2.4亿元。其中，货物、工程、服务政府采购规模分别为1.2亿元、"
        "0.6亿元和0.6亿元，占全市政府采购规模比例为51.00%、26.00%和25.00%。\n"
    )
    # amounts to a tenth of 亿 allow each share, but together they make 102%
    assert stated_recomputed(text, "share-total-mismatch") == [("102.00%", "100%")]
    precise = text.replace("2.4亿元", "2.40亿元").replace(
        "1.2亿元、0.6亿元和0.6亿元", "1.20亿元、0.60亿元和0.60亿元"
    )
    # with amounts to the hundredth the wrong shares are named one by one instead
    codes = codes_of(precise)
    assert "share-mismatch" in codes and "share-total-mismatch" not in codes


def test_shares_of_a_larger_base_may_add_to_less() -> None:
    text = "2023年度某街道部门决算说明\n" + (
        "2023年“三公”经费财政拨款支出决算中，因公出国（境）费0万元，占0%；公务用车购置及"
        "运行维护费1.40万元，占0.02%；公务接待费0.28万元，占0.01%。\n"
    )
    assert "share-total-mismatch" not in codes_of(text)


def test_numbered_items_running_into_a_cut_end_are_not_added() -> None:
    body = "2023年度某局部门决算说明\n" + (
        "一般公共服务支出1250.00万元，其中：\n"
        "1.政府办公厅(室)及相关机构事务支出600.00万元。\n"
        "2.党委办公厅(室)及相关机构事务支出400.00万元，占年初预算80.00%。其中其他事务支出1"
    )
    assert "sum-short" not in codes_of(body)
    whole = body.removesuffix("其中其他事务支出1") + "\n3.其他一般公共服务支出200.00万元。\n"
    assert stated_recomputed(whole, "sum-short") == [("1250.00万元", "1200.00万元")]


def test_parts_whose_change_is_none_in_words() -> None:
    text = SANGONG + (
        "2023年“三公”经费预算8.40万元，比上年减少0.60万元。其中：因公出国（境）费用0万元，"
        "较上年无增减；公务接待费0.40万元，较上年无增减；公务用车运行维护费8.00万元，"
        "比上年减少1.20万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("0.60万元", "减少1.20万元")]
    right = text.replace("比上年减少0.60万元", "比上年减少1.20万元")
    assert "sum-mismatch" not in codes_of(right)


def test_respective_amounts_and_shares_with_no_total() -> None:
    text = NEWS + (
        "全市货物、工程、服务政府采购规模分别为12.00亿元、6.00亿元和12.00亿元，"
        "占全市政府采购规模比例为40.00%、22.00%和40.00%。\n"
    )
    assert stated_recomputed(text, "share-total-mismatch") == [("102.00%", "100%")]
    right = text.replace("22.00%", "20.00%")
    assert not {"share-total-mismatch", "share-mismatch"} & set(codes_of(right))


def test_a_saving_rate_over_the_plan() -> None:
    text = NEWS + "市本级政府采购规模为9.00亿元，较采购计划节约资金1.00亿元，资金节约率达11.00%。\n"
    # 1.00 ÷ (9.00 + 1.00) = 10.00%
    assert stated_recomputed(text, "rate-mismatch") == [("11.00%", "10.00%")]


def test_a_figure_of_yi_with_a_short_part_below_wan() -> None:
    text = NEWS + (
        "货物、工程、服务政府采购规模分别为9000.0亿元、1万5000.0亿元和1万200.0亿元，"
        "占全国政府采购规模比例为26.8%、44.6%和30.4%。\n"
    )
    # 1万200.0 is 10200.0: the shares of 34200.0 are 26.3%, 43.9% and 29.8%; 101.8% in all
    assert stated_recomputed(text, "share-total-mismatch") == [("101.80%", "100%")]


def test_staff_by_post_after_their_total_with_no_qizhong() -> None:
    text = "2024年度某农业技术服务中心单位决算说明\n" + (
        "人员概况：在职人员75人，专业技术人员50人、管理人员2人，工勤人员20人。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("75人", "72人")]
    other = text.replace("专业技术人员50人、管理人员2人，工勤人员20人", "退休人员50人，临聘人员2人")
    assert "sum-mismatch" not in codes_of(other)


def test_units_listed_after_a_comma() -> None:
    text = "2024年度某市民政局部门整体支出绩效自评报告\n" + (
        "下设直属单位7个，市民政事务中心、市殡葬事务中心、市救助站、市社会福利院、"
        "市福利彩票发行中心。\n"
    )
    assert stated_recomputed(text, "list-count-mismatch") == [("7", "5")]
    assert "list-count-mismatch" not in codes_of(text.replace("7个", "5个"))
    funds = "2024年度某项目支出绩效自评报告\n实施项目5个，资金共计120万元，涉及甲村、乙村、丙村。\n"
    assert "list-count-mismatch" not in codes_of(funds)


def test_parts_in_the_next_sentence_opened_by_fenbiewei() -> None:
    text = "2024年度某站大气监测专项经费项目支出绩效自评报告\n" + (
        "大气监测专项经费预算数为20.00万元。分别为监测站委托第三方运行维护经费12.00万元和"
        "监测站电费、专线网络费9.00万元。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("20.00万元", "21.00万元")]


def test_a_count_with_its_noun_and_verb_before_the_qizhong() -> None:
    text = "2022年度某市财政局绩效评价工作情况\n" + (
        "2022年共对9个重点项目进行了评价，其中项目支出评价4个、政策评价3个、部门整体评价3个。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("9个", "10个")]


def test_a_figure_of_yi_with_its_wan_place_in_traditional_characters_and_spaced() -> None:
    text = NEWS + (
        "貨物、工程、服務政府採購規模分別為9000.0億元、1萬5000.0億元和1萬 200.0億元，"
        "占全國政府採購規模比例為26.8%、44.6%和30.4%。\n"
    )
    assert stated_recomputed(text, "share-total-mismatch") == [("101.80%", "100%")]


_SANGONG = """
某县农业技术推广中心2023年度部门决算情况说明
七、“三公”经费财政拨款支出决算情况说明
2023年度一般公共预算财政拨款安排的“三公”经费支出决算中，因公出国（境）费支出决算0万元；公务用车购置及运行费支出决算{first}万元；公务接待费支出决算1.20万元。
（一）因公出国（境）费支出0万元。全年未安排因公出国（境）团组。
（二）公务用车购置及运行费支出{again}万元。其中：公务用车购置支出0万元，公务用车运行支出{again}万元。
（三）公务接待费支出1.20万元。全年国内公务接待15批次。
"""


_CODE = "figure-inconsistent"


def test_a_sangong_item_restated_under_its_own_heading_in_a_final_account() -> None:
    assert stated_recomputed(_SANGONG.format(first="4.60", again="4.60"), _CODE) == []
    wrong = stated_recomputed(_SANGONG.format(first="4.06", again="4.60"), _CODE)
    assert wrong == [("4.60万元", "4.06万元")]


def test_a_document_whose_title_names_a_year_before_its_amount() -> None:
    # the 2023年 of the title and of the money's name are no amount of the document
    cite = "某财农指【2023】41号文件《关于下达2023年水利发展资金预算的通知》，下达本县2023年{}。\n"
    text = PROJECT + cite.format("资金8万元") + "二、资金使用情况\n" + cite.format("设施维养9万元")
    assert stated_recomputed(text, "figure-inconsistent") == [("9万元", "8万元")]
    same = PROJECT + cite.format("资金8万元") + "二、资金使用情况\n" + cite.format("设施维养8万元")
    assert "figure-inconsistent" not in codes_of(same)

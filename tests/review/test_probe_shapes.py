"""Shapes a probe review of this stop's rules found misread (figures and names our own):
each correct form gives no finding, and the wrong figure is still found."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import findings_of
from review_support import stated_recomputed

from jixiao.review.service import review_file


def test_a_line_after_a_list_that_says_its_names_again_is_no_wrap() -> None:
    text = (
        "一、单位基本情况\n本局设3个内设机构，分别为办公室、财务股、业务股\n"
        "办公室、财务股、业务股均配备专职人员。\n二、部门预算收支情况\n收入合计420.50万元。"
    )
    assert stated_recomputed(text, "list-count-mismatch") == []


@pytest.mark.parametrize(("count", "found"), [("3", []), ("4", [("4", "3")])])
def test_and_inside_a_units_name_joins_no_two_units(
    count: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"本局下设{count}个二级单位，分别为县林业和草原服务中心、县自然资源和规划监察大队、"
        "县测绘队。"
    )
    assert stated_recomputed(text, "list-count-mismatch") == found


@pytest.mark.parametrize(
    ("rates", "found"), [("下降20.9%和14.7%", []), ("下降21.3%和14.7%", [("21.3%", "20.9%")])]
)
def test_a_pairs_total_between_is_not_one_of_the_pair(
    rates: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "因公出国（境）费12.9万元和公务接待费38.4万元，两项共计51.3万元，比上年分别减少"
        f"3.4万元和6.6万元，{rates}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("got", "found"), [("10", []), ("9", [("20分", "19分")])])
def test_a_score_the_unit_gives_itself_this_year(got: str, found: list[tuple[str, str]]) -> None:
    text = (
        "（二）项目效益（分值20分），自评20分。\n1、经济效益（分值10分），自评10分。\n"
        f"2、社会效益（分值10分），去年同项得分8分，今年自评{got}分。"
    )
    assert stated_recomputed(text, "score-mismatch") == found


def test_a_bonus_denied_in_the_body_adds_nothing() -> None:
    text = (
        "（一）资金保障情况（分值10分），自评10分。\n1、本级资金安排（分值5分），自评5分。\n"
        "2、资金匹配进度（分值5分），自评4分。\n本项不存在加分情形。"
    )
    assert stated_recomputed(text, "score-mismatch") == [("10分", "9分")]


@pytest.mark.parametrize(("rate", "found"), [("96%", []), ("98%", [("98%", "96.00%")])])
def test_a_bare_amount_with_its_unit_said_as_a_bracketed_unit_note(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = f"中央下达资金1.2亿元，全县执行数11520.00（单位：万元），执行率{rate}。"
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("6.03%", []), ("6.30%", [("6.30%", "6.03%")])])
def test_parts_in_brackets_without_qizhong_are_not_what_changed(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "全县一般公共预算收入完成61500万元（县本级55350万元，园区6150万元），"
        f"比上年增加3500万元，增长{rate}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == found


def test_a_deduction_row_scored_zero_took_nothing_off() -> None:
    text = (
        "项目支出绩效自评表\n"
        "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分\n"
        "产出指标 (50分) |\n数量指标 | 维修校舍面积 | 50 | 800平方米 | 800平方米 | 50\n"
        "扣分指标 | 发生安全责任事故 | 5 | 0起 | 0起 | 0\n"
    )
    assert not [f for f in findings_of(text) if f.code == "score-withheld"]


@pytest.mark.parametrize(("saved", "found"), [("2.4", []), ("2.6", [("2.6万元", "减少2.40万元")])])
def test_a_parts_saving_against_its_own_budget_after_qizhong(
    saved: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "本年度“三公”经费预算38万元，实际支出33.5万元，其中公务接待费预算12万元，"
        f"实际支出9.6万元，比预算节省{saved}万元。"
    )
    assert stated_recomputed(text, "difference-mismatch") == found


def test_a_saving_against_a_bare_budget_may_be_over_the_initial_one() -> None:
    text = "年初预算860万元，调整后预算812.4万元，全年实际开支798.65万元，比预算节省61.35万元。"
    assert stated_recomputed(text, "difference-mismatch") == []


def test_a_qizhong_list_closed_by_its_own_heji_is_its_sum() -> None:
    text = (
        "下达资金3280.60万元，其中：中央补助2400.00万元，省级补助760.40万元，"
        "市级补助120.20万元，合计3380.60万元。"
    )
    found = stated_recomputed(text, "sum-mismatch")
    assert ("3380.60万元", "3280.60万元") in found


def test_a_qizhong_list_closed_by_heji_with_the_rest_named_after() -> None:
    # the list's own 合计 is no twin that makes the 其中 list whole
    text = (
        "项目总投资6000万元，其中：中央补助2500万元，省级补助1800万元，市级补助700万元，"
        "合计5000万元，其余1000万元由县级自筹。"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_last_item_joining_two_names_may_count_as_two() -> None:
    text = "本所设部门五个，分别为办公室、财务科、科技科、中心实验室和科研示范基地。"
    assert stated_recomputed(text, "list-count-mismatch") == []


def test_a_last_name_qualified_by_a_joined_pair_is_one_name() -> None:
    """生态环境和农业农村服务中心 is one centre: seven named, six listed."""
    text = (
        "所属事业单位7个，分别为：城乡建设服务中心、社会保障服务中心（加挂“退役军人服务站”牌子）、"
        "文体服务中心、党群服务中心、综合执法队、生态环境和农业农村服务中心。"
    )
    assert stated_recomputed(text, "list-count-mismatch") == [("7", "6")]


def test_a_last_item_joining_two_names_of_the_list_s_kind_counts_as_two() -> None:
    text = "预算管理中区分了三个时点数，即：年初数、调整数和决算数。"
    assert stated_recomputed(text, "list-count-mismatch") == []


_BONUS_TABLE = """项目支出绩效自评表
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 新建村级活动场所 | ≥6个 | 6个 | 40 | 40 |
| 产出指标 | 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 |
| 效益指标 | 社会效益指标 | 服务群众人次 | ≥5000人次 | 4800人次 | 30 | 27.5 |
| 满意度指标 | 满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 |
| 加分项 | 创新工作 | 获评省级示范 | 获评 | 获评 | {weight} | 2 |
| 总分 |  |  |  |  | 100 | {total} |
"""


@pytest.mark.parametrize(
    ("weight", "total", "found"),
    [
        ("2", "99.5", []),  # 97.5 and the 加分 2
        ("2", "97.5", []),  # the 总分 without its 加分
        ("2", "100.5", [("100.5", "99.5")]),
        ("—", "99.5", []),  # a 加分 row with no 分值 is not read; the total may hold it
    ],
)
def test_a_bonus_row_beyond_the_hundred_points(
    weight: str, total: str, found: list[tuple[str, str]]
) -> None:
    text = _BONUS_TABLE.format(weight=weight, total=total)
    assert stated_recomputed(text, "score-total-mismatch") == found
    assert stated_recomputed(text, "weight-total-mismatch") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("机关下设5个股室：办公室、人事股、财务股、法规股、项目股、监督股。", [("5", "6")]),
        ("机关下设6个股室：办公室、人事股、财务股、法规股、项目股、监督股。", []),
        ("所属事业单位3个，分别为：县图书馆（县文化馆、县美术馆）和县文化执法队。", [("3", "2")]),
        ("所属事业单位2个，分别为：县图书馆（县文化馆、县美术馆）和县文化执法队。", []),
    ],
)
def test_a_list_after_its_noun_s_colon_and_two_units_joined(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(text, "list-count-mismatch") == found


@pytest.mark.parametrize(("other", "found"), [("0.78%", []), ("0.87%", [("0.87%", "0.78%")])])
def test_a_part_described_with_wei_ends_its_clause_at_an_ascii_semicolon(
    other: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "本年收入合计958.10万元,来源构成如下。\n"
        "财政拨款收入930.00万元,占本年收入的97.07%;事业收入20.60万元,占2.15%,为学校代收的"
        f"住宿费;其他收入7.50万元,占{other},主要为存款利息收入。"
    )
    assert [c for c in stated_recomputed(text, "share-mismatch") if c[0] == other] == found
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(
    ("spent", "found"), [("20.13", []), ("19.13", [("19.13万元", "20.13万元")])]
)
def test_outline_items_with_a_budget_and_a_result_add_in_the_totals_role(
    spent: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"“三公”经费财政拨款支出预算为24.50万元，支出决算为{spent}万元。其中：\n"
        "（一）因公出国（境）费全年预算为0万元，支出决算为0万元。\n"
        "（二）公务用车购置及运行维护费全年预算为18.00万元，支出决算为15.86万元。\n"
        "（三）公务接待费全年预算为6.50万元，支出决算为4.27万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("rate", "found"), [("21.36%", []), ("12.36%", [("12.36%", "21.36%")])])
def test_a_change_said_of_the_next_subject_is_not_the_last_ones(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 运行维护费 10.42万元 this year, 13.25万元 last: 2.83 ÷ 13.25 = 21.36%, not 2.83 ÷ 26.69
    text = (
        "其中：公务用车购置费23.86万元，较年初预算数减少1.14万元，系政府采购节约；"
        f"公务用车运行维护费较上年减少2.83万元，下降{rate}。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []
    # with its own level in its clause, the rate is still checked
    own = text.replace("运行维护费较上年", "运行维护费10.42万元，较上年")
    assert stated_recomputed(own, "rate-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("26.60%", []), ("26.06%", [("26.06%", "26.60%")])])
def test_parts_after_the_key_they_split_by_are_the_totals(
    share: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年度一般公共预算财政拨款支出566.20万元，按支出功能分类（类级），主要用于以下方面："
        "一般公共服务支出312.84万元，占55.25%；社会保障和就业支出58.52万元，占10.34%；"
        f"卫生健康支出20.44万元，占3.61%；农林水支出150.62万元，占{share}；"
        "住房保障支出23.78万元，占4.20%。"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("total", "found"), [("95.09", []), ("95.59", [("95.59分", "95.09分")])])
def test_a_score_list_adds_what_each_item_got_not_its_weight(
    total: str, found: list[tuple[str, str]]
) -> None:
    text = (
        f"本项目自评得分{total}分，评价等级为“优”。其中：预算执行率指标分值10分，按执行率计算"
        "得9.59分；产出指标分值50分，因时效指标未按期完成扣2分，得48分；效益指标分值30分，"
        "因可持续影响指标佐证资料不完整扣2分，得28分；满意度指标分值10分，满意度95%，得9.5分。"
    )
    assert stated_recomputed(text, "score-mismatch") == found


def test_a_staff_quota_is_no_whole_of_the_staff_in_post_and_retired() -> None:
    text = "本校核定人员编制104人，实有在职教职工98人，退休人员46人。"
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_rate_whose_amount_before_it_is_the_budget_is_not_read_with_the_gap() -> None:
    text = (
        "本单位财政拨款支出总计1641.29万元，与上年相比减少61.26万元，降低3.60%；"
        "年初预算1580.00万元，完成年初预算103.88%，决算数大于预算数61.29万元。"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(
    ("project", "found"), [("808.87", []), ("880.87", [("2295.37万元", "2367.37万元")])]
)
def test_a_level_in_brackets_is_no_total_of_budget_and_result_pairs(
    project: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2023年度全年预算2386.50万元（年初预算2264.00万元，年中追加项目资金122.50万元），"
        "全年实际支出2295.37万元。其中：基本支出预算1486.50万元，实际支出1486.50万元；"
        f"项目支出预算900.00万元，实际支出{project}万元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_streams_budget_and_spending_leave_no_remainder_of_the_whole() -> None:
    text = (
        "调整后全年预算971.40万元，全年实际支出950.66万元。分资金来源看：财政拨款全年预算"
        "951.40万元，执行938.26万元；其他资金全年预算20.00万元，执行12.40万元。"
        "年末结转结余20.74万元，其中财政拨款结转13.14万元，其他资金结余7.60万元。"
    )
    assert stated_recomputed(text, "remainder-mismatch") == []


_PUSHED = [  # a PDF export: a figure that did not fit leaves its line short
    "某中心2025年部门预算公开说明",
    "三、支出预算情况说明",
    "2025 年支出总预算 1164111.15 元，",
    "其中：基本支出预算 1112011.15 元，占支",
    "出总预算的 95.52%，同比减少",
    "36852.68 元，下降 3.21%；项目支出预",
    "算 52100 元，占支出总预算的 4.48%，同",
    "比无增减变化。",
    "（一）社会保障和就业支出类科目 128640 元，",
    "占支出总预算 11.05%，同比增加",
    "12206.88 元，增长 {rate}。",
    "（二）卫生健康支出类科目 46210.35 元，占",
    "支出总预算 3.97%，同比减少 1500.00 元，下",
    "降 3.14%。",
]


@pytest.mark.parametrize(("rate", "found"), [("10.48%", []), ("9.49%", [("9.49%", "10.48%")])])
def test_a_figure_pushed_to_the_next_printed_line_stays_in_its_sentence(
    tmp_path: Path, rate: str, found: list[tuple[str, str]]
) -> None:
    path = tmp_path / "预算说明.txt"
    path.write_text("\n".join(_PUSHED).replace("{rate}", rate), encoding="utf-8")
    findings = review_file(path).findings
    assert [(f.stated, f.recomputed) for f in findings if f.code == "rate-mismatch"] == found


@pytest.mark.parametrize(("rate", "found"), [("14.90%", []), ("14.09%", [("14.09%", "14.90%")])])
def test_a_count_change_over_last_years_count_written_before_it(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = f"全年办理异地就医直接结算14,862人次，比上年12,935人次增加1,927人次，增长{rate}。"
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(
    ("run", "found"), [("788,000.00", []), ("878,000.00", [("170.80万元", "179.80万元")])]
)
def test_a_part_named_again_with_zhong_opens_its_own_list(
    run: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2024年本部门支出预算总额8,643,215.40元，其中：基本支出6,935,215.40元，占80.24%；"
        "项目支出170.80万元，占19.76%。项目支出中：国土空间规划编制440,000.00元，"
        f"不动产登记设备购置480,000.00元，自然资源信息化系统运维{run}元。"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(
    ("care", "found"), [("21.50", []), ("12.50", [("142.30万元", "133.30万元")])]
)
def test_a_pension_among_money_parts_ends_no_list(care: str, found: list[tuple[str, str]]) -> None:
    text = (
        "对个人和家庭的补助142.30万元，包括退休费89.60万元、生活补助31.20万元、"
        f"医疗费补助{care}万元。"
    )
    got = [(f.stated, f.recomputed) for f in findings_of(text) if f.code.startswith("sum-")]
    assert got == found

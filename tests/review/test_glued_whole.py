"""A 资金 row of whole amounts glued to its 执行率 (“年度资金总额:3600360098%”), as a web
page or an OCR gives a 转移支付 table (figures our own): read only when no way of cutting
the figures gives the rate the row states."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

from jixiao.review.tables.glued_whole import _wrong

_HEADER = "全年预算数(A)全年执行数(B)预算执行率(B/A)"
_TABLE = (
    "中央对地方转移支付区域绩效目标自评表（2023年度）\n"
    "转移支付（项目）名称 农村公路养护补助\n资金情况（万元）" + _HEADER + "{rows}\n年度总体目标\n"
)


def test_a_glued_total_no_cut_of_which_gives_its_rate_is_found() -> None:
    text = _TABLE.format(rows="年度资金总额:3600360098%其中:中央财政资金36003600100%")
    assert stated_recomputed(text, "table-rate-mismatch") == [("98%", "100%")]


def test_a_glued_source_row_is_found_in_a_report_too() -> None:
    report = "一、项目基本情况\n本项目资金全部用于农村公路养护。\n二、自评表\n" + _TABLE.format(
        rows="年度资金总额:36003240100%其中:中央财政资金36003240100%"
    )
    found = stated_recomputed(report, "table-rate-mismatch")
    assert found == [("100%", "90%")]


@pytest.mark.parametrize(
    "rows",
    [
        "年度资金总额:36003600100%其中:中央财政资金36003600100%",
        "年度资金总额:3600324090%其中:中央财政资金3600324090%",
        # 3600 | 3564 gives 99%: the cut that gives the rate is the one meant
        "年度资金总额:3600356499%",
        # nothing spent: “36000%” cut as 3600 | 0 | 0% says nothing either way
        "年度资金总额:36000%",
    ],
)
def test_a_glued_row_some_cut_of_which_gives_its_rate_is_left_alone(rows: str) -> None:
    assert stated_recomputed(_TABLE.format(rows=rows), "table-rate-mismatch") == []


@pytest.mark.parametrize(
    ("rows", "found"),
    [
        # 148 | 46 give 31.08%: the one cut near 31.00%, which no cut gives to the digit
        # (14846 | 3 give 0.02%, near a rate of 1.00% by points but not of its size)
        ("年度资金总额:1484631.00%其中:中央财政资金10200%", [("31.00%", "31.08%")]),
        ("年度资金总额:1484631.08%", []),
        # a source row named without 其中 (地方资金 after 其中:中央财政资金)
        ("年度资金总额:1484631.08%其中:中央财政资金10200%地方资金464699%", [("99%", "100%")]),
        ("年度资金总额:1484631.08%其中:中央财政资金10200%自筹资金464699%", [("99%", "100%")]),
    ],
)
def test_the_one_cut_near_a_rate_no_cut_gives_shows_the_rate_wrong(
    rows: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TABLE.format(rows=rows), "table-rate-mismatch") == found


def test_a_row_with_a_weight_in_its_header_may_hold_the_weight() -> None:
    # 1200 | 1104 | 分值10 | 92%: right with the 分值, wrong without it
    header = "全年预算数(A)全年执行数(B)分值执行率(B/A)得分"
    assert _wrong("120011041092", header) is None
    assert _wrong("120011041092", _HEADER) is not None


def test_no_cut_is_shown_when_none_has_amounts_of_one_length() -> None:
    assert _wrong("12345678998", _HEADER) is None


_SCORED = (
    "2023年度财政项目绩效自评表\n预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)"
    "得分(20分*执行率)年度财政资金总额{row}度效标\n"
)


def test_the_score_after_a_glued_rate_is_the_implied_weight_times_the_rate() -> None:
    assert stated_recomputed(_SCORED.format(row="800800100%20"), "rate-score-mismatch") == []
    wrong = _SCORED.format(row="800800100%18")
    assert stated_recomputed(wrong, "rate-score-mismatch") == [("18", "20")]
    # 800 | 720 gives 90%: 20 × 90% = 18
    assert stated_recomputed(_SCORED.format(row="80072090%18"), "rate-score-mismatch") == []


def test_a_glued_total_row_labelled_at_its_foot() -> None:
    header = "资金来源预算数(A)执行数(B)执行率(B/A)"
    text = (
        "2021年度项目绩效自评表\n预算执行情况(万元)"
        + header
        + "一般预算内拨款7272100%合计{row}年度绩效目标\n"
    )
    assert stated_recomputed(text.format(row="7272100%"), "table-rate-mismatch") == []
    assert stated_recomputed(text.format(row="7227100%"), "table-rate-mismatch") == [
        ("100%", "38%")
    ]


def test_a_glued_source_row_of_decimals_whose_rate_may_be_read_with_a_weight() -> None:
    # “…186.4186.498%”: 186.4 | 186.4 | 98%, or with a 分值9 and 8%: the 98% is the near one
    text = (
        "项目支出绩效自评表\n全年预算数(A)全年执行数(B)预算执行率(B/A)\n"
        "年度资金总额186.4186.4100%其中:中央、省、市补助县级资金186.4186.4{rate}其他资金\n"
    )
    assert stated_recomputed(text.format(rate="100%"), "table-rate-mismatch") == []
    assert stated_recomputed(text.format(rate="98%"), "table-rate-mismatch") == [("98%", "100%")]


_PERCENT_WEIGHTS = (
    "绩效目标完成情况一级指标二级指标三级指标指标值完成值权重得分产出指标数量指标"
    "贴息贷款发放额增长率≥8%112.40%{w1}%30质量指标贷款回收率≥95%97.60%20%{s2}"
    "资金足额拨付率100%100%15%15效益指标社会效益指标网点覆盖率≥50%76%15%15"
    "满意度指标服务对象满意度指标借款人满意度≥85%96%10%10"
    "合作银行满意度≥85%100%10%10得分合计{total}。"
)


def test_a_table_summed_up_with_its_weights_as_percentages() -> None:
    right = _PERCENT_WEIGHTS.format(w1="30", s2="20", total="100")
    for code in ("score-total-mismatch", "weight-total-mismatch", "table-score-over-weight"):
        assert stated_recomputed(right, code) == []
    lower = _PERCENT_WEIGHTS.format(w1="30", s2="18", total="100")
    assert stated_recomputed(lower, "score-total-mismatch") == [("100", "98")]
    heavier = _PERCENT_WEIGHTS.format(w1="35", s2="20", total="100")
    assert stated_recomputed(heavier, "weight-total-mismatch") == [("100", "105")]
    over = _PERCENT_WEIGHTS.format(w1="30", s2="22", total="102")
    assert stated_recomputed(over, "table-score-over-weight") == [("22", "20")]


@pytest.mark.parametrize(
    ("grant", "found"),
    [
        ("260.00260.00231.40", []),
        ("260.00260.00213.40", [("231.40", "213.40")]),
        ("260.00260.00", []),  # two amounts for three columns: no one way to read them
    ],
)
def test_the_sources_glued_in_the_total_s_own_line(
    grant: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "项目支出绩效自评表\n项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分"
        f"年度资金总额260.00260.00231.401089%8.9其中:当年财政拨款{grant}上年结转资金"
        "其他资金年度总体目标完成社区养老服务站建设"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


@pytest.mark.parametrize(("spent", "found"), [("87.36", []), ("78.36", [("87.36", "78.36")])])
def test_glued_sources_of_another_label_each_column_to_its_own_decimals(
    spent: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "项目支出绩效自评表\n资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分"
        "年度资金总额:96.587.361090%9执行率*该指标分值,最高不得超过分值上限。"
        f"其中:本年一般公共预算拨款 96.5{spent}   其他资金     年度总体目标保障辖区道路保洁"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_cut_that_glues_another_column_into_an_amount_is_no_reading() -> None:
    # 年初 300 | 全年 303.8 | 执行 280.62 glued: no cut of two amounts gives 92.37%, and the
    # cuts that come nearest (300303.8 | 280.62) give a rate no table would state
    text = (
        "项目支出绩效自评表\n项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分"
        "年度资金总额300303.8280.621092.37%9.24其中：本年一般公共预算拨款300300277.12"
        "上年结转资金0.003.83.50其他资金年度总体目标按期完成年度任务。"
    )
    assert stated_recomputed(text, "table-rate-mismatch") == []


def test_whole_amounts_glued_after_a_whole_total_are_not_summed() -> None:
    # 4545 | 4 | 2 or 45 | 45 | 42: whole amounts glued together split more than one way
    text = (
        "项目支出绩效自评表\n项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分"
        "年度资金总额50505010100%10其中:当年财政拨款454542上年结转资金555其他资金"
        "年度总体目标完成全民健身设施建设"
    )
    assert stated_recomputed(text, "sum-mismatch") == []

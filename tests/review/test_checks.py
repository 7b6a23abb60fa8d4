"""Each check on small inline passages: what it must flag and what it must leave alone."""

from __future__ import annotations

from review_support import codes_of
from review_support import findings_of

HEAD = "2023年度某局部门整体绩效自评报告\n"


def test_sum_flags_parts_above_total_but_not_a_partial_list() -> None:
    assert "sum-mismatch" in codes_of(HEAD + "全区平台10家，其中省级6家、市级5家。")
    assert "sum-mismatch" not in codes_of(
        HEAD + "投入资金100万元，其中设备购置30万元、培训20万元。"
    )
    assert "sum-mismatch" in codes_of(
        HEAD + "决算支出100.00万元，其中：基本支出60.00万元、项目支出30.00万元。"
    )


def test_total_after_parts() -> None:
    text = HEAD + "省级奖励700万元；市区级奖补1977万元；科技奖励资金共计2680万元。"
    (finding,) = [f for f in findings_of(text) if f.code == "sum-mismatch"]
    assert (finding.stated, finding.recomputed) == ("2680万元", "2677.00万元")


def test_rate_with_inputs() -> None:
    text = HEAD + "调整后预算数187.95万元，预算执行数169.11万元，预算执行率为88.98%。"
    (finding,) = [f for f in findings_of(text) if f.code == "rate-mismatch"]
    assert finding.recomputed == "89.98%"
    assert "rate-mismatch" not in codes_of(
        HEAD + "调整后预算数187.95万元，预算执行数169.11万元，预算执行率为89.98%。"
    )


def test_rounding_follows_the_written_precision() -> None:
    assert "rate-mismatch" not in codes_of(
        HEAD + "投入完成17.3亿元，完成全年目标（12.5亿元）138%。"
    )
    assert "rate-mismatch" in codes_of(HEAD + "投入完成17.3亿元，完成全年目标（12.5亿元）128%。")


def test_difference_and_its_direction() -> None:
    text = HEAD + "预算安排100.00万元，下达预算指标90.00万元，较年初预算数调增了10.00万元。"
    (finding,) = [f for f in findings_of(text) if f.code == "difference-mismatch"]
    assert finding.recomputed == "调减10.00万元（即调增-10.00万元）"


def test_verdicts() -> None:
    assert "verdict-without-target" in codes_of(HEAD + "执行率为95.00%，达到了年初目标。")
    assert "verdict-without-target" not in codes_of(
        HEAD + "执行率为95.00%，年初目标为不低于90%，达到了年初目标。"
    )
    assert "verdict-contradicted" in codes_of(
        HEAD + "执行率为85%，年初目标为不低于90%，达到了年初目标。"
    )
    assert "overclaim" in codes_of(HEAD + "成交额17.5亿元（目标18亿），超额完成全年目标。")
    assert "overclaim" not in codes_of(HEAD + "成交额18.5亿元（目标18亿），超额完成全年目标。")


def test_counts_that_are_not_sums() -> None:
    text = (
        HEAD
        + "组织15家企业参赛，荣获一等奖1个、二等奖1个、三等奖3个；"
        + "4家企业分别荣获二等奖2个、三等奖2个。"
    )
    assert codes_of(text) & {"sum-mismatch", "distribution-mismatch"} == set()
    assert "distribution-mismatch" in codes_of(HEAD + "4家企业分别荣获二等奖2个、三等奖3个。")


def test_years() -> None:
    assert "year-mismatch" in codes_of(HEAD + "2022年规上工业企业R&D经费投入17.3亿元。")
    assert "year-mismatch" not in codes_of(
        HEAD + "2023年绩效自评结果在2024年编制预算时得到了应用，评价结果应用率为100%。"
    )
    assert "year-mismatch" not in codes_of(HEAD + "较2022年增长10%，在2022年度全省评价中获第二名。")


def test_last_years_figure_stated_for_the_next_sentences_comparison() -> None:
    compared = "2022年“三公”经费支出21.50万元。2023年“三公”经费支出18.20万元，比上年减少3.30万元。"
    assert "year-mismatch" not in codes_of(HEAD + compared)
    # two sentences on, the comparison no longer reads it
    apart = compared.replace("。2023年", "。本年严控公务接待。2023年")
    assert "year-mismatch" in codes_of(HEAD + apart)


def test_grade_band() -> None:
    assert "grade-mismatch" in codes_of(HEAD + "自评得分为89.99分，评价等级为“优”。")
    assert "grade-mismatch" not in codes_of(HEAD + "自评得分为90分，评价等级为“优”。")
    # the project's score said as 项目得分, with no 总分 or 自评 before it
    assert "grade-mismatch" in codes_of(HEAD + "经自评，该项目得分93.40分，评价等级为“良”。")
    assert "grade-mismatch" not in codes_of(HEAD + "经自评，该项目得分93.40分，评价等级为“优”。")


def test_empty_headings_reported_once_at_the_parent() -> None:
    text = (
        HEAD
        + "四、主要成效\n（一）成效\n1.平台建设有了新进展。\n2.宣传展现新形象。\n"
        + "五、下一步改进措施\n加强管理。"
    )
    found = [f for f in findings_of(text) if f.code == "heading-empty"]
    assert [f.paragraph for f in found] == [2]


def test_headings_a_text_ends_on_with_a_bare_number_are_cut_not_empty() -> None:
    # a report never ends on “（1）”: the text was cut there, its headings are not empty
    text = (
        HEAD + "（一）评价目的\n保障全县动物防疫安全。\n（二）评价原则、评价方法\n1.评价原则\n（1）"
    )
    assert "heading-empty" not in codes_of(text)
    whole = text.removesuffix("\n（1）") + "\n2.评价方法\n三、主要成效\n加强管理。"
    assert "heading-empty" in codes_of(whole)

"""Every figure of a bracket opened by 其中 is a part of the amount before it, not the base
of the rate after it (figures our own)."""

from __future__ import annotations

import pytest
from review_support import findings_of


@pytest.mark.parametrize(("rate", "found"), [("96.15%", []), ("69.15%", [("69.15%", "96.15%")])])
def test_the_second_part_in_a_qizhong_bracket_is_no_base(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 150.00 ÷ 30.00 = 500.00% would be read were 30.00 taken for the base; the budget is
    # said before the bracket: 150.00 ÷ 156.00 = 96.15%
    text = (
        "某区2024年度养老服务补贴项目绩效自评报告\n（二）执行情况分析\n"
        "全年预算156.00万元，全年执行150.00万元（其中当年财政拨款120.00万元，上年结转资金"
        f"30.00万元），执行率{rate}，结余6.00万元。\n"
    )
    got = [(f.stated, f.recomputed) for f in findings_of(text) if f.code == "rate-mismatch"]
    assert got == found


def test_a_bracket_not_opened_by_qizhong_keeps_its_figures() -> None:
    # “（预算200万元，支出150万元）”: the bracket holds the rate's own inputs
    text = "某县2024年度项目绩效自评报告\n项目支出（预算200万元，支出150万元），执行率80%。\n"
    found = [(f.stated, f.recomputed) for f in findings_of(text) if f.code == "rate-mismatch"]
    assert found == [("80%", "75.00%")]


def test_a_score_before_and_after_its_deduction_is_no_breakdown() -> None:
    # 82.5 − 2.5 = 80: the bracket tells the deduction, it does not add up to the score
    text = (
        "某项目2024年度绩效评价报告\n"
        "项目综合得分80分（扣分前82.5分，扣分2.5分），评价等级为“良”。\n"
    )
    assert [f.code for f in findings_of(text) if f.code in {"score-mismatch", "sum-mismatch"}] == []
    # a bracket that does break the score down still does
    split = (
        "某项目2024年度绩效评价报告\n"
        "项目综合得分80分（决策17分，过程20分，产出26分，效益19.5分）。\n"
    )
    assert [f.stated for f in findings_of(split) if f.code == "score-mismatch"] == ["80分"]


def test_the_collecting_offices_split_the_income_before_them() -> None:
    # 从征收部门来看: 税务 + 财政 make the income (12,000 + 8,000 = 20,000)
    def text(tax: str) -> str:
        return (
            "某县2023年财政预算执行情况\n一般公共预算收入完成20,000万元，同比增长5.2%，"
            f"从征收部门来看：税务部门完成{tax}万元，占一般公共预算收入的60.00%；"
            "财政部门完成8,000万元，占一般公共预算收入的40.00%。\n"
        )

    assert [f.code for f in findings_of(text("12,000")) if f.code == "sum-mismatch"] == []
    # the income the offices split is the last amount before them, not a larger one first
    broader = text("11,200").replace(
        "一般公共预算收入完成", "财政总收入完成50,000万元，一般公共预算收入完成"
    )
    got = [(f.stated, f.recomputed) for f in findings_of(broader) if f.code == "sum-mismatch"]
    assert got == [("20000万元", "19200.00万元")]
    found = [
        (f.stated, f.recomputed) for f in findings_of(text("11,200")) if f.code == "sum-mismatch"
    ]
    assert found == [("20000万元", "19200.00万元")]


def test_an_office_s_own_qizhong_ends_at_the_next_office() -> None:
    # 其中增值税5,000万元 splits 税务部门's 12,000; 财政部门's 8,000 is no part of it
    text = (
        "某县2023年财政预算执行情况\n全县一般公共预算收入完成20,000万元，从征收部门来看："
        "税务部门完成12,000万元，其中增值税5,000万元；财政部门完成8,000万元。\n"
    )
    assert [f for f in findings_of(text) if f.code == "sum-mismatch"] == []


@pytest.mark.parametrize(
    ("local", "found"),
    [("15,800", []), ("15,080", [("26000万元", "25280.00万元")])],
)
def test_local_and_remitted_revenue_make_the_whole(
    local: str, found: list[tuple[str, str]]
) -> None:
    # 地方 + 上划 make the 财政总收入: two parts short of it are a fault, not a part left out
    text = (
        "某县2023年上半年财政预算执行情况\n全县完成财政总收入26,000万元，为预算的52.0%。"
        f"其中：地方财政收入{local}万元，为预算的55.0%；上划收入10,200万元，同比增长3.1%。\n"
    )
    got = [(f.stated, f.recomputed) for f in findings_of(text) if f.code == "sum-mismatch"]
    assert got == found


@pytest.mark.parametrize(
    ("running", "found"),
    [("260.00", []), ("206.00", [("340.00万元", "286.00万元")])],
)
def test_parts_in_a_bracket_each_with_its_change_on_the_year(
    running: str, found: list[tuple[str, str]]
) -> None:
    # each part's own change (，比上年增加0万元) is no part, and the bracket's full stop
    # before its closing bracket ends no sentence
    text = (
        "某局2025年“三公”经费预算情况\n2025年“三公”经费预算345.6万元，比上年减少8.2万元。"
        "其中：公务用车购置及运行费340.00万元（公务用车购置费80.00万元，比上年增加0万元；"
        f"公务用车运行维护费{running}万元，比上年增加0万元。）比上年增加0万元；"
        "公务接待费5.6万元，比上年减少8.2万元。\n"
    )
    got = [(f.stated, f.recomputed) for f in findings_of(text) if f.code == "sum-mismatch"]
    assert got == found


@pytest.mark.parametrize(
    ("total", "found"), [("4120345.60", []), ("4120354.60", [("4120354.60元", "4120345.60元")])]
)
def test_parts_each_with_its_own_rate_named_after_it(
    total: str, found: list[tuple[str, str]]
) -> None:
    # “执行率达100.00%” right after a part is that part's own rate: the list goes on past it
    text = (
        "某局2024年度部门整体支出绩效自评报告\n2024年度收入合计5210000.00元，"
        f"支出合计{total}元，执行率为79.08%，其中：基本支出3012200.40元，执行率达100.00%，"
        "项目支出1108145.20元，执行率达50.04%。\n"
    )
    got = [(f.stated, f.recomputed) for f in findings_of(text) if f.code == "sum-mismatch"]
    assert got == found

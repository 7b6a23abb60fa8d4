"""A month's income and the months to date, each over the year's budget stated once, and
funds named with the year they were granted (figures and names our own)."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed


def test_the_months_to_date_are_over_the_years_budget_not_last_months_income() -> None:
    # 13180 ÷ 86400 = 15.25%: not over the 4210 that came in in February
    text = (
        "2月份，全县实现大口径财政收入4210万元，完成预算86400万元的4.87%，较上年同期减收"
        "620万元。1-2月，全县实现大口径财政收入13180万元，完成预算的15.25%，较上年同期增收"
        "1530万元。\n"
    )
    assert stated_recomputed(text, "rate-mismatch") == []


def test_funds_named_with_the_year_they_were_granted() -> None:
    text = (
        "2023年度绩效自评\n部门绩效自评结果公开汇总表\n主管部门:               单位:万元\n"
        "序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2023年底) 结余数 自评得分\n"
        "1 城乡居民基本医疗保险财政补贴专项资金 某区医疗保障局       2860.5 2860.5 0   100\n"
        "2 2021年国有企业退休人员社会化管理省级补助资金 某区医疗保障局   24.36     24.36 0   100\n"
    )
    assert "year-mismatch" not in codes_of(text)

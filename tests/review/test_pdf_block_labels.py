"""A 项目支出绩效自评表 as PDF text extraction gives it (figures our own): the merged 一级指标
label lands on its block's middle row, and is repeated after a page break."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TABLE = """项目支出绩效自评表
（2024年度）
项目名称 社区卫生服务中心运行补助
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 600.00 640.00 608.00 10 95.00% 9.50
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
数量指标 家庭医生签约人数 ≥8000人 8260人 {first} {first}
绩效指标 产出指标（50分） 慢病随访次数 ≥12000次 12400次 15 15
质量指标 随访规范率 ≥95% 96% 10 10
— 1 —
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
绩效指标 产出指标（50分） 时效指标 补助发放及时率 100% 100% 13 13
效益指标（30分） 社会效益指标 居民健康管理水平 有所提高 达到预期 30 30
满意度指标（10分） 服务对象满意度指标 签约居民满意度 ≥90% 94% 10 10
总分 100 {total}
"""


def test_rows_above_a_label_on_the_middle_row_are_its_blocks() -> None:
    text = _TABLE.format(first="12", total="99.50")
    assert stated_recomputed(text, "weight-total-mismatch") == []


def test_weights_over_the_total_across_the_page_break_are_found() -> None:
    # the rows before and after the break are one table: 10 + 14 + 15 + 10 + 13 + 30 + 10
    text = _TABLE.format(first="14", total="101.50")
    assert stated_recomputed(text, "weight-total-mismatch") == [("100", "102")]


_FUNDS = """项目支出绩效自评表
（2024年度）
项目名称 乡镇卫生院设备购置
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 300.00 320.00 304.00 10 95.00% 9.50
项目资金 其中：当年财政拨款 {own} 280.00 266.40 — — —
（万元）
上年结转资金 0.00 20.00 20.00 — — —
其他资金 20.00 20.00 17.60 — — —
年度总体目标 预期目标 实际完成情况
"""


@pytest.mark.parametrize(("own", "found"), [("280.00", []), ("260.00", [("300.00", "280.00")])])
def test_sources_after_the_side_cell_and_its_unit_line(
    own: str, found: list[tuple[str, str]]
) -> None:
    # 280.00 + 0.00 + 20.00 = 300.00 年初; 260.00 would leave the sources at 280.00
    assert stated_recomputed(_FUNDS.format(own=own), "sum-mismatch") == found


_WRAPPED = """项目支出绩效自评表
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 500.00 500.00 450.00 10 90.00% 9.00
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
数量指标 培训农民人次 ≥3000人次 3150人次 20 20
绩效指标 产出指标（50分） 示范基地数量 ≥6个 6个 15 15
年度目标设定偏高，下一年
质量指标 培训合格率 ≥95% 90% 15 14.21 度将结合实际合理设置指标
值。
效益指标（30分） 社会效益指标 带动农户增收 有所提高 达到预期 {benefit} 30
满意度指标（10分） 服务对象满意度指标 参训农民满意度 ≥90% 93% 10 10
总分 100 98.21
"""


@pytest.mark.parametrize(
    ("benefit", "found"), [("30", []), ("32", [("30分", "32分"), ("100", "102")])]
)
def test_a_row_under_the_start_of_its_wrapped_reason_is_of_the_table(
    benefit: str, found: list[tuple[str, str]]
) -> None:
    text = _WRAPPED.format(benefit=benefit)
    assert stated_recomputed(text, "weight-total-mismatch") == found

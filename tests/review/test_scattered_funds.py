"""A 项目支出绩效自评表 whose PDF text put the 资金 block's cells out of order (figures and
names our own, the order as such a PDF prints it)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TABLE = (
    "财政项目支出绩效自评表 (2022 年度) 项目名称 对口帮扶经费 主管部门 某区体育局 "
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分 30000.00 30000.00 4.65 "
    "其中:当年财政拨款 0 0 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) "
    "某区体育事业管理中心 实施单位 13,956 预期目标 年度 总体 目标 10 {rate} 实际完成情况 "
    "已完成帮扶人员相关经费支付。 一级指标 二级指标 三级指标 数量指标 产出指标\n"
)


@pytest.mark.parametrize(("rate", "found"), [("46.52%", []), ("45.17%", [("45.17%", "46.52%")])])
def test_a_rate_against_the_amounts_of_a_block_out_of_order(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 13,956 ÷ 30,000 = 46.52%: the budget written twice, the only amount of its size spent
    assert stated_recomputed(_TABLE.format(rate=rate), "table-rate-mismatch") == found


def test_a_block_with_two_amounts_that_may_be_spent_is_not_read() -> None:
    text = _TABLE.format(rate="45.17%").replace("实施单位 13,956", "实施单位 13,956 12,000")
    assert "table-rate-mismatch" not in codes_of(text)


_SWAPPED = """2023年度项目支出绩效自评表
项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 120.00 135.60 10 128.82 {rate} 9.50
其中：当年财政拨款 120.00 135.60 128.82 — —
"""


@pytest.mark.parametrize(("rate", "found"), [("95.00%", []), ("96.00%", [("96.00%", "95.00%")])])
def test_the_weight_printed_before_the_amount_spent(
    rate: str, found: list[tuple[str, str]]
) -> None:
    # 分值 10 printed where 全年执行数 stands: only 128.82 ÷ 135.60 gives the rate written
    found_here = stated_recomputed(_SWAPPED.format(rate=rate), "table-rate-mismatch")
    assert found_here == found

"""A 自评表 that closes each 一级指标 with a 小计 row, or the indicators with a 合计 row before
the 总分 (figures our own): those rows sum the rows above them and are no indicators."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TABLE = """项目支出绩效自评表
| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 240 | 250 | 245 | 10 | 98.00% | 9.80 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 改造老旧小区数量 | ≥8个 | 8个 | 25 | 25 |  |
|  | 质量指标 | 竣工验收合格率 | 100% | 100% | 25 | 25 |  |
| 产出指标小计 |  |  |  |  | 50 | 50 |  |
| 效益指标 | 社会效益指标 | 受益居民户数 | ≥1200户 | 1260户 | 30 | {benefit} |  |
| 效益指标小计 |  |  |  |  | 30 | {benefit} |  |
| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥90% | 94% | 10 | 10 |  |
| 指标得分合计 |  |  |  |  | 90 | {indicators} |  |
| 总分 |  |  |  |  | 100 | {total} |  |
"""


def test_subtotal_rows_are_no_indicators() -> None:
    text = _TABLE.format(benefit="30", indicators="90", total="99.80")
    assert codes_of(text) & {"weight-total-mismatch", "score-total-mismatch"} == set()


@pytest.mark.parametrize(
    ("benefit", "total", "code", "found"),
    [
        ("30", "98.30", "score-total-mismatch", [("98.30", "99.80")]),
        ("32", "101.80", "table-score-over-weight", [("32", "30")]),
    ],
)
def test_faults_beside_subtotal_rows(
    benefit: str, total: str, code: str, found: list[tuple[str, str]]
) -> None:
    text = _TABLE.format(benefit=benefit, indicators="90", total=total)
    assert stated_recomputed(text, code) == found

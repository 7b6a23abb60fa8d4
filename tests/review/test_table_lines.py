"""自评表 rows as a web page's text gives them, one row per line with its cells split at
spaces (figures and names our own): the empty cells of a row leave no trace, so a row is read
from its end when the header's positions do not hold."""

from __future__ import annotations

from review_support import stated_recomputed

_TABLE = """
项目支出绩效自评表
项目名称 某县山洪沟治理维护经费
年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额: 420 420 420 10 10
其中:本年财政拨款 420 420 420 - -
二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
数量指标 指标1:维护山洪沟条数 6 6 20 20
指标2:清淤河段长度 12 12 10 10
质量指标 指标1:维护工程验收合格 10 10
时效指标 指标1:汛前完成维护 10 10
社会效益指标 指标1:沿岸群众安全度汛 {benefit}
指标1:工程持续发挥作用 10 10
服务对象满意度指标 指标1:沿岸群众满意度 90% 96% 10 10
总分 100 {total}
"""


def test_rows_missing_their_empty_cells_still_make_the_total() -> None:
    text = _TABLE.format(benefit="20 20", total="100")
    assert stated_recomputed(text, "score-total-mismatch") == []


def test_a_total_above_the_rows_read_from_their_ends_is_found() -> None:
    text = _TABLE.format(benefit="20 16", total="100")
    assert stated_recomputed(text, "score-total-mismatch") == [("100", "96")]

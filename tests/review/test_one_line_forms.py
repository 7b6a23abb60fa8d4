"""Project 自评表 run together on one line with their cells apart by spaces (a 文库 copy of a
.docx holding one form per project; figures and names our own): each form's 总分 against its
rows' scores and the 执行率 score of its own 资金 row, the last one before that 总分."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_FORM = (
    "项目支出绩效自评表 (2023年度) 项目名称 {name} 主管部门 某镇人民政府 实施单位 某镇人民政府 "
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "年度资金总额: {funds} 其中:本年财政拨款 50 50 {spent} 上年结转资金 其他资金 "
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标(50分) 数量指标 维护道路长度 ≥20公里 20 25 25 质量指标 验收合格率 ≥95% 98 25 25 "
    "效益指标(30分) 社会效益指标 群众出行条件 明显改善 达成预期指标 30 30 "
    "满意度指标(10分) 满意度指标 群众满意度 ≥90% 95 10 10 总分 100 {total} "
)


@pytest.mark.parametrize(("second", "found"), [("98.4", []), ("99.4", [("99.4", "98.4")])])
def test_each_forms_total_takes_its_own_funds_row(
    second: str, found: list[tuple[str, str]]
) -> None:
    first = _FORM.format(name="村道养护", funds="50 50 46 10 92% 9.2", spent="46", total="99.2")
    other = _FORM.format(name="村庄保洁", funds="50 50 42 10 84% 8.4", spent="42", total=second)
    assert stated_recomputed(first + other, "score-total-mismatch") == found

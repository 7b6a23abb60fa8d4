"""The 自评表 layout that writes the 指标方向 in words after a 指标性质 column and puts a 计量单位
column between the 实际完成值 and the 分值 (figures and names our own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from review_support import stated_recomputed

_HEADER = [
    "绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值",
    "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施",
]  # fmt: skip
_ROWS = [
    ["数量指标", "指标1:巡护次数(次)", "正向", "大于等于", "40", "42", "次", "20", "20"],
    ["指标2:宣传资料印制数(份)", "正向", "大于等于", "500", "500", "份", "15", "{score}"],
    ["质量指标", "指标1:巡护记录完整率", "正向", "等于", "100", "100", "%", "15", "15"],
]


def _one_cell_per_line(score: str) -> str:
    lines = ["项目支出绩效自评表 (2024年度) |", "|", *(f"{c} |" for c in _HEADER), "|"]
    for row in _ROWS:
        lines += [*(f"{c.format(score=score)} |" for c in row), "|"]
    return "\n".join(lines)


def _run_into_header(score: str) -> str:
    cells = [*_HEADER, "", ""]
    for row in _ROWS:
        cells += [c.format(score=score) for c in row] + ["", ""]
    return "项目支出绩效自评表 (2024年度)\n| " + " | ".join(cells) + " |"


@pytest.mark.parametrize("layout", [_one_cell_per_line, _run_into_header])
@pytest.mark.parametrize(("score", "found"), [("15", []), ("16", [("16", "15")])])
def test_target_and_result_are_no_weight_and_score(
    layout: Callable[[str], str], score: str, found: list[tuple[str, str]]
) -> None:
    # 40 and 42 are the target and the result of the first row, not its 分值 and 得分
    assert stated_recomputed(layout(score), "table-score-over-weight") == found

"""A weights-only indicator block read cell by cell with its blank cells kept, as a budget
system's page exports it one cell to a line (figures and names our own)."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

CODE = "weight-total-mismatch"

_FUNDS = [
    "预算执行情况(10分)",
    "年度预算数(万元)",
    "年初预算",
    "调整后预算数",
    "预算执行数",
    "预算执行率",
    "权重",
    "得分",
    "原因",
    "总额",
    "86.40",
    "92.10",
    "90.35",
    "98.10%",
    "10",
    "",
    "",
]
_HEADER = [
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "权重",
    "得分",
    "未完成原因分析",
]


def _page(weights: tuple[str, str, str], holder: str = "90", total: str = "100") -> str:
    """The form one cell to a line, each closed by " |", a row's closing blanks lost
    where the export broke the line."""
    rows = [
        ["产出指标", "数量指标", "巡检河段数", "≥", "12", "段", "", weights[0], "", ""],
        ["产出指标", "质量指标", "问题整改率", "≥", "95", "%", "", weights[1]],
        ["效益指标", "生态效益指标", "水质达标率", "≥", "90", "%", "", weights[2], "", ""],
    ]
    cells = [
        "部门预算项目支出绩效自评表(2024年度)",
        "项目名称",
        "河道巡查保洁",
        *_FUNDS,
        f"绩效指标({holder}分)",
        *_HEADER,
        *(c for row in rows for c in row),
        "合计",
        total,
        "",
        "",
        "评价结论",
    ]
    return "\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n"


def test_a_weights_only_block_that_adds_up_passes() -> None:
    assert stated_recomputed(_page(("40", "20", "30")), CODE) == []


def test_a_row_weight_slip_breaks_the_block_and_the_total() -> None:
    found = stated_recomputed(_page(("40", "25", "30")), CODE)
    assert found == [("90", "95"), ("100", "105")]


def test_a_block_label_or_a_total_written_wrong() -> None:
    assert stated_recomputed(_page(("40", "20", "30"), holder="80"), CODE) == [("80", "90")]
    assert stated_recomputed(_page(("40", "20", "30"), total="110"), CODE) == [("110", "100")]


def test_a_scored_block_is_left_to_the_scored_readers() -> None:
    scored = _page(("40", "25", "30")).replace("40 |\n|\n", "40 |\n38 |\n", 1)
    assert ("90", "95") not in stated_recomputed(scored, CODE)


def test_an_actual_value_beside_a_blank_score_is_no_score() -> None:
    """完成值 filled in, 得分 blank: the 完成值 and the 权重 are no 分值 and 得分."""
    text = _page(("40", "20", "30")).replace("段 |\n|\n40 |", "段 |\n9 |\n40 |")
    assert "9 |\n40 |\n|\n|" in text
    assert "table-score-over-weight" not in codes_of(text)
    assert stated_recomputed(text, CODE) == []

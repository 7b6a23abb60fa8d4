"""A 自评表 with a 扣分 column between its 得分 and the 扣分原因, one cell to a line
(figures and names our own): the 扣分 is no 得分, and the 得分 no 分值."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

_ROWS = [
    ["产出指标(50分)", "数量指标", "培训农户人数", "≥500人", "536人", "20", "20", "0", ""],
    ["质量指标", "培训合格率", "≥95%", "91%", "20", "19.16", "0.84", "按91%÷95%×20计分"],
    ["时效指标", "培训按期完成率", "100%", "100%", "10", "10", "0", ""],
    ["效益指标(40分)", "社会效益指标", "农户增收户数", "≥300户", "312户", "40", "40", "0", ""],
    ["满意度指标(10分)", "满意度指标", "参训农户满意度", "≥90%", "94%", "10", "10", "0", ""],
]
_HEAD = [
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "扣分",
    "扣分原因",
]


def _table(total: str = "99.16", deducted: str = "0.84") -> str:
    cells = ["某镇农技培训项目绩效自评表(2023年度)", *_HEAD]
    cells += [cell for row in _ROWS for cell in row]
    cells += ["合计", "100", total, deducted, ""]
    return "\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n"


def test_a_deduction_column_is_read_apart_from_the_score() -> None:
    codes = codes_of(_table())
    assert not codes & {"weight-total-mismatch", "score-withheld", "score-total-mismatch"}


def test_a_total_off_the_rows_is_found_under_a_deduction_column() -> None:
    found = stated_recomputed(_table(total="98.16", deducted="1.84"), "score-total-mismatch")
    assert found == [("98.16", "99.16")]


def test_a_blank_deduction_leaves_the_score_last() -> None:
    """Bare figures for target and actual, the 扣分 left blank on rows of full marks: the
    run's last figures are still 分值 and 得分."""
    text = _table().replace("≥500人\n536人 |", "500 |\n536 |").replace("0 |\n|\n质量", "|\n|\n质量")
    text = text.replace("≥500人 |\n536人 |", "500 |\n536 |")
    assert "500 |\n536 |\n20 |\n20 |\n|" in text
    codes = codes_of(text)
    assert not codes & {"weight-total-mismatch", "score-total-mismatch"}
    # the rows are read: a total off them is found
    wrong = text.replace("99.16 |\n0.84 |", "98.16 |\n1.84 |")
    assert stated_recomputed(wrong, "score-total-mismatch") == [("98.16", "99.16")]

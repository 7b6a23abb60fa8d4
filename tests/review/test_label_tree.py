"""A framework of indicators written as labels only, every level with its weight (figures and
names our own): each label's weight against the weights of the labels under it."""

from __future__ import annotations

from review_support import stated_recomputed

CODE = "weight-total-mismatch"


def _framework(satisfaction: str = "3", decision: str = "30") -> str:
    """A web export of the table: a row per line, merged cells left on their first row, a
    line of bars between rows."""
    rows = [
        ["一级指标", "二级指标", "三级指标", "得分"],
        [f"决策({decision}分)", "目标设定(20分)", "依据充分性(10分)"],
        ["目标明确性(10分)"],
        ["资金安排(10分)", "分配合理性(10分)"],
        ["管理(30分)", "资金管理(18分)", "到位及时性(6分)"],
        ["使用合规性(12分)"],
        ["制度保障(12分)", "制度完整性(6分)"],
        ["制度执行有效性(6分)"],
        ["效果(40分)", "履职成效(25分)", "重点任务(附表)"],
        ["满意度(15分)", "服务对象满意度(7分)"],
        ["上级部门满意度(5分)"],
        [f"社会公众满意度({satisfaction}分)"],
        ["单位名称", "某县农业农村局"],
    ]
    lines: list[str] = []
    for row in rows:
        lines.append("| " + " | ".join(row) + " |")
        lines.append("| ||")
    return "\n".join(lines) + "\n"


def test_a_framework_whose_weights_add_up_passes() -> None:
    assert stated_recomputed(_framework(), CODE) == []


def test_a_leaf_weight_that_passes_its_parent_is_named_at_the_parent() -> None:
    assert stated_recomputed(_framework(satisfaction="4"), CODE) == [("15分", "16分")]


def test_a_label_short_of_its_children_is_named_once() -> None:
    # 决策 written 32: short against 20 + 10 and in the 一级 sum alike, named at the label
    assert stated_recomputed(_framework(decision="32"), CODE) == [("32分", "30分")]


def test_a_row_of_labels_the_reader_cannot_take_apart_leaves_the_open_labels_alone() -> None:
    text = _framework().replace("| 上级部门满意度(5分) |", "| 上级部门满意度(5分 |")
    assert stated_recomputed(text, CODE) == []

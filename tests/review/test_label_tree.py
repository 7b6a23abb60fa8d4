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


def test_a_heading_after_the_table_closes_it_and_is_no_label() -> None:
    # “一、决策（30分）” opens the report's next section: not a 三级 label under 满意度
    body = _framework().replace("| 单位名称 | 某县农业农村局 |\n", "")
    right = body + "一、决策（30分）\n本部门依据规划设定年度目标。\n"
    assert stated_recomputed(right, CODE) == []
    wrong = body.replace("社会公众满意度(3分)", "社会公众满意度(4分)") + "一、决策（30分）\n"
    assert stated_recomputed(wrong, CODE) == [("15分", "16分")]


def test_the_header_repeated_on_the_next_page_continues_the_table() -> None:
    text = _framework().replace(
        "| 满意度(15分) |", "| 一级指标 | 二级指标 | 三级指标 | 得分 |\n| 满意度(15分) |"
    )
    assert stated_recomputed(text, CODE) == []


def test_a_framework_after_another_table_of_levels_is_read() -> None:
    other = (
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 实际完成值 |\n"
        "| 产出指标 | 数量指标 | 培训人次 | ≥500人次 | 520人次 |\n"
        "项目绩效评价指标体系\n"
    )
    assert stated_recomputed(other + _framework(satisfaction="4"), CODE) == [("15分", "16分")]


def test_rules_and_scores_in_the_columns_after_the_levels_are_passed_over() -> None:
    rule = "符合要求得满分，部分符合酌情扣分。"
    text = (
        _framework(satisfaction="4")
        .replace("| 得分 |", "| 评分标准 | 得分 |")
        .replace("(10分) |\n", f"(10分) | {rule} | 9 |\n")
        .replace("(6分) |\n", f"(6分) | {rule} | 6 |\n")
    )
    assert f"| {rule} | 9 |" in text
    assert stated_recomputed(text, CODE) == [("15分", "16分")]
    assert stated_recomputed(text.replace("(4分) |", "(3分) |", 1), CODE) == []


def _large(slips: int) -> str:
    """Four 一级 of three 二级 of two 三级 each (40 labels), ``slips`` leaves one point over
    in as many 二级 of different 一级."""
    names = ["决策", "过程", "产出", "效益"]
    lines = ["| 一级指标 | 二级指标 | 三级指标 | 得分 |"]
    for top, name in enumerate(names):
        for middle, (weight, leaves) in enumerate(((10, (5, 5)), (10, (5, 5)), (5, (3, 2)))):
            for leaf, written in enumerate(leaves):
                points = written + (1 if top < slips and middle == 0 and leaf == 0 else 0)
                cells = [f"{name}指标{middle + 1}细项{leaf + 1}({points}分)"]
                if leaf == 0:
                    cells.insert(0, f"{name}指标{middle + 1}({weight}分)")
                    if middle == 0:
                        cells.insert(0, f"{name}(25分)")
                lines += ["| " + " | ".join(cells) + " |", "| ||"]
    return "\n".join(lines) + "\n"


def test_three_slips_in_a_large_framework_are_each_named() -> None:
    assert stated_recomputed(_large(0), CODE) == []
    assert stated_recomputed(_large(3), CODE) == [("10分", "11分")] * 3
    # four in forty labels: the tree may have been misread, nothing is said
    assert stated_recomputed(_large(4), CODE) == []

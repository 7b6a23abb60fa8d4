"""A 计分表 of weighted labels saved one cell to a line, its rows going on past the 自评分 with
columns of text (the shape of a county's 项目支出绩效自评指标计分表; words and figures our
own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import file_stated_recomputed

_HEADER = ["一级 指标", "二级 指标", "三级 指标", "自评分", "具体指标", "评价标准", "得分"]


def _table(
    rule: str = "按期申报(2分) 程序合规(1分) 调整有据(1分)",
    result: str = "4",
    manage: str = "10",
    timely: str = "到位及时(2分) 不及时未影响(1分) 不及时且影响(0.5分)",
) -> str:
    cells = [
        *_HEADER,
        "项 目 决 策 (15分)", "决策 过程 (8分)", "决策 依据 (4分)", "4",
        "符合规划；符合年度计划", "符合规划(2分) 符合年度计划(2分)", "",
        "决策 程序 (4分)", "4", "按期申报；程序合规", rule, "",
        "资金 分配 (7分)", "分配 办法 (3分)", "3", "办法健全", "有办法(1分) 办法健全(2分)", "",
        "分配 结果 (4分)", result, "分配合理", "符合办法(2分) 公平合理(2分)", "",
        "项 目 管 理 (15分)", "资金 到位 (5分)", "到位率 (3分)", "3", "实际到位/计划到位",
        "按到位率计算得分", "", "到位 时效 (2分)", "2", "及时到位", timely, "",
        f"资金 管理 ({manage}分)", "资金 使用 (7分)", "7", "支出合规", "违规扣分", "",
        "财务 管理 (3分)", "3", "制度健全", "制度健全(1分) 执行严格(1分) 核算规范(1分)", "",
        "合计", "97",
    ]  # fmt: skip
    return "2022年项目支出绩效自评指标计分表\n" + "\n".join(f"{c} |" if c else "|" for c in cells)


def test_a_right_table_raises_nothing(tmp_path: Path) -> None:
    path = tmp_path / "计分表.txt"
    for code in ("table-score-over-weight", "weight-total-mismatch", "criteria-points-mismatch"):
        assert file_stated_recomputed(path, _table(), code) == []


def test_a_score_above_its_label_s_weight(tmp_path: Path) -> None:
    found = file_stated_recomputed(
        tmp_path / "计分表.txt", _table(result="5"), "table-score-over-weight"
    )
    assert found == [("5", "4")]


def test_a_weight_its_children_do_not_make(tmp_path: Path) -> None:
    found = file_stated_recomputed(
        tmp_path / "计分表.txt", _table(manage="11"), "weight-total-mismatch"
    )
    assert ("11分", "10分") in found


@pytest.mark.parametrize(
    ("rule", "timely", "found"),
    [
        ("按期申报(2分) 程序合规(1分) 调整有据(2分)", None, [("4", "5")]),
        # grades of one measure: the highest grade is the weight
        (None, "到位及时(3分) 不及时未影响(1分) 不及时且影响(0.5分)", [("2", "3")]),
    ],
)
def test_points_of_the_rule_against_the_weight(
    tmp_path: Path, rule: str | None, timely: str | None, found: list[tuple[str, str]]
) -> None:
    kwargs = {k: v for k, v in (("rule", rule), ("timely", timely)) if v is not None}
    text = _table(**kwargs)
    assert (
        file_stated_recomputed(tmp_path / "计分表.txt", text, "criteria-points-mismatch") == found
    )


@pytest.mark.parametrize(
    "rule",
    [
        "完成率≥100%(4分) 完成率90%~100%(3分)",  # grades as bands of one measure
        "优秀(4分) 良好(3分) 一般(1分)",  # grades by word
        "程序规范(4分)，其中：集体决策(2分) 按规定公示(2分)",  # points within points
        "达标(4分)",  # one criterion worth the row, shaped like a label
    ],
)
def test_criteria_that_share_out_no_points(tmp_path: Path, rule: str) -> None:
    path = tmp_path / "计分表.txt"
    for code in ("criteria-points-mismatch", "weight-total-mismatch", "table-score-over-weight"):
        assert file_stated_recomputed(path, _table(rule=rule), code) == []

"""A 部门整体 得分表 run into plain text, each row's 得分 at the head of the next line (the
shape a PDF copy gives; labels and figures our own): weights against the weights under
them, and a 得分 above its own label's weight."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

_TABLE = """县农业农村局2022年度部门整体支出绩效评价得分表
一级指 标 二级指标 三级指标 得分 部门决 策(20 分) 目标任务({task} 分) 相关性(4 分)
4 明确性(4 分)
4 合理性(4 分)
3 预算编制(8 分) 测算依据(4 分)
4 目标管理(4 分)
{aim} 部门管 理(30 分) 资金管理(12 分) 资金分配(6 分)
6 资金使用(6 分)
5.5 资产管理(10 分) 资产配置(5 分)
5 资产处置(5 分)
4 绩效监控(8 分) 执行监控(4 分)
4 目标监控(4 分)
3
经评价，本部门综合得分为93.5分。
"""


@pytest.mark.parametrize(
    ("task", "aim", "code", "found"),
    [
        ("12", "4", "weight-total-mismatch", []),
        ("12", "4", "table-score-over-weight", []),
        # 目标任务 12 → 13: its rows still add to 12; 部门决策 holds once 目标任务 is mended
        ("13", "4", "weight-total-mismatch", [("13分", "12分")]),
        ("12", "6", "table-score-over-weight", [("6", "4")]),
    ],
)
def test_run_labels_weights_and_scores(task: str, aim: str, code: str, found: list) -> None:
    assert stated_recomputed(_TABLE.format(task=task, aim=aim), code) == found


def test_reading_stops_at_text_and_leaves_open_labels_alone() -> None:
    # The excerpt ends inside 资产管理: its rows 5 of 10 are no fault of its weight.
    text = _TABLE.format(task="12", aim="4").split("5 资产处置")[0] + "5 资产处置……（下略）\n"
    assert not [f for f in findings_of(text) if f.code == "weight-total-mismatch"]

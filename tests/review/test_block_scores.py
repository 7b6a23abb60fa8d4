"""The Hubei 自评表 with no 分值 column: a block labelled with its points (产出指标(40分)) whose
rows score more than that, the table cut before its 总分 (figures ours)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import file_stated_recomputed

_TABLE = """附表2
2023年度某馆数字资源建设项目自评表
预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
年度财政资金总额 | 8 | 8 | 100% | 20 |
年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
产出指标(40分) | 数量指标 | 采购数据库 | 3个 | 3个 | 10 |
新增电子图书 | ≥2000册 | 2150册 | |
质量指标 | 资源可用率 | ≥98% | 99% | 10 |
时效指标 | 全年服务时长 | ≥360天 | 362天 | 10 |
成本指标 | 控制在预算内 | 8万 | 8万 | {cost} |
效益指标(30分) | 社会效益 | 读者访问量 | ≥5万人次 | 5.6万人次 | 15 |
可持续影响指标 | 服务读者年限 | ≥3年 | 3年 | 15 |
满意度指标(10分) | 读者 | 读者满意度调查
"""


@pytest.mark.parametrize(("cost", "found"), [("10", []), ("16", [("46", "40")])])
def test_a_block_scored_over_its_points(
    tmp_path: Path, cost: str, found: list[tuple[str, str]]
) -> None:
    text = _TABLE.format(cost=cost)
    assert file_stated_recomputed(tmp_path / "t.txt", text, "table-score-over-weight") == found


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a row sharing the 得分 cell above, its target and result bare numbers
        ("新增电子图书 | ≥2000册 | 2150册 |", "新增服务网点(个) | 8 | 9 |"),
        # a 加分 row after the 满意度 block stands outside it
        (
            "满意度指标(10分) | 读者 | 读者满意度调查",
            "满意度指标(10分) | 读者 | 满意度 | ≥90% | 95% | 10 |\n"
            "加分项 | 创新 | 获省级表彰 | 获评 | 获评 | 2 |",
        ),
    ],
)
def test_rows_that_add_no_score_to_a_block(tmp_path: Path, old: str, new: str) -> None:
    text = _TABLE.format(cost="10").replace(old, new)
    assert file_stated_recomputed(tmp_path / "t.txt", text, "table-score-over-weight") == []

"""A 一级指标 label printed on its block's middle row (a merged cell in a PDF or web export):
the rows above it are still its block's (our words and figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

_HEAD = (
    "项目支出绩效自评表（2024年度）\n"
    "项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    " | 年度资金总额 | 120 | 120 | 117 | 10 | 97.50% | 9.75 |\n"
    "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分"
    " | 偏差原因 |\n"
)
_ROWS = (
    " |  | 数量指标 | 维修校舍面积 | 3000平方米 | 3120平方米 | 12 | 12 |  |\n"
    " | 产出指标(50分) | 质量指标 | 工程验收合格率 | 100% | 100% | {quality} | {quality} |  |\n"
    " |  | 时效指标 | 按期完工率 | 100% | 100% | 10 | 10 |  |\n"
    " |  | 成本指标 | 工程总成本 | ≤120万元 | 117万元 | 10 | 10 |  |\n"
    " |  | 社会效益指标 | 校舍安全隐患消除率 | 100% | 100% | 15 | 15 |  |\n"
    " | 效益指标(30分) | 可持续影响指标 | 校舍使用年限延长 | ≥10年 | 15年 | 15 | 15 |  |\n"
    " | 满意度指标(10分) | 服务对象满意度指标 | 师生满意度 | ≥90% | 95% | 10 | 10 |  |\n"
    "总分 | | | | | | 100 | {total} |  |\n"
)


def _weights(tmp_path: Path, quality: int, total: str) -> set[tuple[str | None, str | None]]:
    path = tmp_path / "自评表.txt"
    path.write_text(_HEAD + _ROWS.format(quality=quality, total=total), encoding="utf-8")
    findings = review_file(path).findings
    return {(f.stated, f.recomputed) for f in findings if f.code == "weight-total-mismatch"}


def test_rows_above_a_label_count_in_its_block(tmp_path: Path) -> None:
    assert _weights(tmp_path, 18, "99.75") == set()


@pytest.mark.parametrize(("quality", "total"), [(20, "101.75"), (16, "97.75")])
def test_a_block_off_its_weight_is_still_found(tmp_path: Path, quality: int, total: str) -> None:
    assert _weights(tmp_path, quality, total) != set()

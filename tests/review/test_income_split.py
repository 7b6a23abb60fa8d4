"""A 部门整体支出绩效自评表 one cell to a line, its 年度资金总额 split twice, each split opened
by its own 其中 (“按支出性质分 / 其中:基本支出 … 按收入性质分 / 其中:一般公共预算 …”), the
layout of a Hunan form (figures our own): the income split is a second partition of the
total, not rows nested in 项目支出."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

_HEAD = "年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分"


def _text(spent: str) -> str:
    return "\n".join(
        [
            "部门整体支出绩效自评表",
            "（2023年度）",
            "年度预算申请（万元）",
            _HEAD,
            "年度资金总额\n1,500.00\n1,640.00\n1,600.00\n10\n97.56%\n9.76",
            "按支出性质分：",
            "其中：基本支出\n1,000.00\n1,020.00\n1,010.00",
            "项目支出\n500.00\n620.00\n590.00",
            "按收入性质分：",
            f"其中：一般公共预算\n1,400.00\n1,500.00\n{spent}",
            "政府性基金拨款\n0.00\n40.00\n40.00",
            "纳入专户管理的非税收入拨款",
            "其他资金\n100.00\n100.00\n95.00",
            "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分",
        ]
    )


@pytest.mark.parametrize(
    ("spent", "found"),
    [
        ("1,465.00", []),
        # 1,456.00 + 40.00 + 95.00 = 1,591.00 for the 1,600.00 spent in all
        ("1,456.00", [("sum-mismatch", "1600.00", "1591.00")]),
    ],
)
def test_the_income_split_is_a_second_partition(
    tmp_path: Path, spent: str, found: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "部门整体自评表.txt"
    path.write_text(_text(spent), encoding="utf-8")
    got = [(f.code, f.stated, f.recomputed) for f in review_file(path).findings]
    assert [f for f in got if f[0] == "sum-mismatch"] == found

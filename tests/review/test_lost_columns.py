"""A score table with a 扣分 column after its 得分 (our words and figures): the total row's
last figure is what was lost, not the total."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

_TABLE = (
    "三、自评得分情况\n"
    "一级指标 | 分值 | 得分 | 扣分\n"
    "预算执行率 | 10 | 9.6 | 0.4\n"
    "产出指标 | 50 | 46.5 | 3.5\n"
    "效益指标 | 30 | 27.24 | 2.76\n"
    "满意度指标 | 10 | 9.15 | 0.85\n"
    "合计 | 100 | {total} | {lost}\n"
)


@pytest.mark.parametrize(
    ("total", "lost", "found"),
    [
        ("92.49", "7.51", set()),
        ("94.29", "5.71", {("score-total-mismatch", "94.29", "92.49")}),
    ],
)
def test_the_total_is_read_from_the_score_column(
    tmp_path: Path, total: str, lost: str, found: set[tuple[str, str, str]]
) -> None:
    path = tmp_path / "自评报告.txt"
    path.write_text(_TABLE.format(total=total, lost=lost), encoding="utf-8")
    codes = {"score-total-mismatch", "score-over-weight"}
    assert {
        (f.code, f.stated, f.recomputed) for f in review_file(path).findings if f.code in codes
    } == found

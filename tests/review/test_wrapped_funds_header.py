"""资金 blocks whose 分值 column stands among or before the amounts (figures our own): a PDF
header wrapped over two lines, its words out of order, is told from the total row's figures
(the pair of amounts whose quotient is the 执行率 written), and the source rows keep the
分值 cell's place, so their amounts are read under their own columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

_WRAPPED = """项目支出绩效自评表（2023年度）
项目名称 某县不动产登记工作经费
预算执行情况（10分）
资金类别 年初 调整后 权重 预算 预算 得分
（万元） 预算 预算数 执行数 执行率
总额 300.00 320.00 10 {spent} 96.25% {score}
其中：财政资金 300.00 310.00 / {fiscal} 96.13% /
财政专户管理资金 0.00 0.00 / 0.00 — /
单位资金 0.00 10.00 / 10.00 100.00% /
其他资金 / /
绩效指标（90分）
"""

_WEIGHT_FIRST = """项目资金情况（万元）
分值 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分
年度资金总额 | 10 | 80.00 | 80.00 | 76.00 | 95.00% | 9.50
其中：财政拨款 | — | 70.00 | 70.00 | {fiscal} | 94.29% | —
其他资金 | — | 10.00 | 10.00 | 10.00 | 100.00% | —
"""

_CODES = {"sum-mismatch", "table-rate-mismatch", "rate-score-mismatch"}


def _found(tmp_path: Path, text: str) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "自评表.txt"
    path.write_text(text, encoding="utf-8")
    found = review_file(path).findings
    return [(f.code, f.stated, f.recomputed) for f in found if f.code in _CODES]


@pytest.mark.parametrize(
    ("spent", "fiscal", "score", "found"),
    [
        ("308.00", "298.00", "9.63", []),
        # 289.00 + 0.00 + 10.00 = 299.00 for the 308.00 spent in all; 289.00 ÷ 310.00
        (
            "308.00",
            "289.00",
            "9.63",
            [("sum-mismatch", "308.00", "299.00"), ("table-rate-mismatch", "96.13%", "93.23%")],
        ),
        ("308.00", "298.00", "9.36", [("rate-score-mismatch", "9.36", "9.63")]),
    ],
)
def test_a_header_wrapped_over_two_lines(
    tmp_path: Path, spent: str, fiscal: str, score: str, found: list[tuple[str, str, str]]
) -> None:
    text = _WRAPPED.format(spent=spent, fiscal=fiscal, score=score)
    assert _found(tmp_path, text) == found


@pytest.mark.parametrize(
    ("fiscal", "found"),
    [
        ("66.00", []),
        # 67.00 + 10.00 = 77.00 for the 76.00 spent in all; 67.00 ÷ 70.00 = 95.71%
        (
            "67.00",
            [
                ("sum-mismatch", "76.00", "77.00"),
                ("table-rate-mismatch", "94.29%", "95.71%"),
            ],
        ),
    ],
)
def test_source_rows_keep_the_weight_cell_first(
    tmp_path: Path, fiscal: str, found: list[tuple[str, str, str]]
) -> None:
    assert _found(tmp_path, _WEIGHT_FIRST.format(fiscal=fiscal)) == found

"""A 执行率 scored by the table's own band rule (“执行率≥95%得满分”, written in a note under the
table): full marks from the rate it names on are right; a rule naming fewer points than the
分值 gives no full marks (figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

TABLE = """项目支出绩效自评表
项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 120 | 140.00 | {spent} | 10 | {rate} | 10.00
其中：当年财政拨款 | 120 | 140.00 | {spent} | — | — | —
注：{rule}
"""


@pytest.mark.parametrize(
    ("spent", "rate", "rule", "found"),
    [
        ("134.68", "96.20%", "执行率≥95%得满分；85%≤执行率<95%得8分；执行率<85%不得分。", []),
        ("134.68", "96.20%", "执行率达到95%（含）以上的，得10分。", []),
        ("134.68", "96.20%", "执行率在95%以上得满分。", []),
        ("127.40", "91.00%", "执行率≥95%得满分；85%≤执行率<95%得8分。", [("10.00", "9.10")]),
        ("127.40", "91.00%", "执行率85%以上得8分，每低1个百分点扣0.5分。", [("10.00", "9.10")]),
        ("134.68", "96.20%", "执行率按实际比例计分。", [("10.00", "9.62")]),
    ],
)
def test_full_marks_from_the_rate_the_band_rule_names(
    spent: str, rate: str, rule: str, found: list[tuple[str, str]]
) -> None:
    text = TABLE.format(spent=spent, rate=rate, rule=rule)
    assert stated_recomputed(text, "rate-score-mismatch") == found


@pytest.mark.parametrize(
    ("spent", "rate", "score", "rule", "found"),
    [
        (
            "130.20",
            "93.00%",
            "8.00",
            "执行率≥95%得满分；85%≤执行率<95%得8分；执行率<85%不得分。",
            [],
        ),
        ("134.68", "96.20%", "8.00", "执行率≥98%得满分；95%≤执行率<98%得8分。", []),
        ("134.68", "96.20%", "8.00", "执行率≥95%得8分。", []),
        ("134.68", "96.20%", "8.00", "执行率按实际比例计分。", [("8.00", "9.62")]),
    ],
)
def test_a_band_below_full_marks_written_with_signs(
    spent: str, rate: str, score: str, rule: str, found: list[tuple[str, str]]
) -> None:
    text = TABLE.format(spent=spent, rate=rate, rule=rule).replace("| 10.00\n", f"| {score}\n")
    assert stated_recomputed(text, "rate-score-mismatch") == found

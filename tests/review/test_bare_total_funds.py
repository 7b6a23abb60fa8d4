"""The Chongqing 部门整体绩效自评表's 资金情况 block: a header with no label cell and 执行率权重 /
执行率得分 columns, a 年度总金额 row of amounts alone, the 执行率 and its score on the
其中:财政拨款 row (a published table's shape; figures ours)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

_BLOCK = """2024年度部门整体绩效自评表 | ||||||||||
项目名称: | 某县某协会整体监控 | 项目编码: | 50023300024P000061 | 自评总分: | 99.69 | |||||
资金情况 | ||||||||||
年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分 | |||||
年度总金额 | 2,815,300.00{m} | 3,600,000.00{m} | {spent}{m} | |||||||
其中:财政拨款 | 2,815,300.00{m} | 3,600,000.00{m} | {spent}{m} | 95.00 | 10.00 | {score}{m} |
一般公共预算 | 2,815,300.00{m} | 3,600,000.00{m} | {spent}{m} | 95.00 | ||||||
绩效目标 | ||||||||||
"""


def _block(spent: str = "3,420,000.00", score: str = "9.50", mark: str = "") -> str:
    return _BLOCK.format(spent=spent, score=score, m=mark)


@pytest.mark.parametrize("mark", ["", "?"])  # a mirror site's “?” for a lost space
def test_a_right_block_holds(mark: str) -> None:
    codes = codes_of(_block(mark=mark))
    assert not codes & {"rate-score-mismatch", "table-rate-mismatch", "sum-mismatch"}


@pytest.mark.parametrize("mark", ["", "?"])
def test_the_rate_of_the_row_that_carries_it(mark: str) -> None:
    text = _block(spent="3,240,000.00", mark=mark)
    assert stated_recomputed(text, "table-rate-mismatch") == [("95.00", "90.00%")]


def test_the_score_on_the_row_under_a_bare_total() -> None:
    assert stated_recomputed(_block(score="9.05"), "rate-score-mismatch") == [("9.05", "9.50")]


def test_a_score_cut_not_rounded_says_so() -> None:
    # 10 × 3,486,600 ÷ 3,600,000 = 9.685: 9.69 half-up, 9.68 cut
    text = _block(spent="3,486,600.00", score="9.68").replace("95.00", "96.85")
    found = [f for f in findings_of(text) if f.code == "rate-score-mismatch"]
    assert [(f.stated, f.recomputed) for f in found] == [("9.68", "9.69")]
    assert "截位" in found[0].message


def test_a_bare_total_over_rows_without_a_rate_is_not_read() -> None:
    # no row carries the 执行率: the three figures may stand in any three of six columns
    text = _block().replace("| 95.00 | 10.00 | 9.50 |", "|").replace("| 95.00 |", "|")
    assert "sum-mismatch" not in codes_of(
        text.replace("3,600,000.00 | 3,420", "3,700,000.00 | 3,420", 1)
    )


def test_a_row_nested_in_the_fiscal_row_alone() -> None:
    # 一般公共预算 is the whole of the 财政拨款 above it: the total is 财政拨款 + 其他资金
    other = "其他资金 | 35.00 | 35.00 | 28.60 | 81.71 | ||||||\n绩效目标"
    text = (
        _block()
        .replace(
            "| 2,815,300.00 | 3,600,000.00 | 3,420,000.00 | |||||||",
            "| 2,815,335.00 | 3,600,035.00 | 3,420,028.60 | |||||||",
        )
        .replace("绩效目标", other)
    )
    assert "sum-mismatch" not in codes_of(text)
    wrong = text.replace("3,600,035.00", "3,600,053.00", 1)
    assert stated_recomputed(wrong, "sum-mismatch") == [("3600053.00", "3600035.00")]


_LEVELS = """2024年度项目支出绩效自评表
| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 1186.00 | {budget} | 1287.40 | 10 | 95.90% | 9.59 |
| 其中:财政拨款 | 1106.00 | 1262.50 | 1210.48 | — | 95.88% | — |
| 一般公共预算 | 1106.00 | 1262.50 | 1210.48 | — | 95.88% | — |
| 中央 | 640.00 | 740.00 | 716.32 | — | 96.80% | — |
| 省级 | 300.00 | 336.50 | 321.87 | — | 95.65% | — |
| 市县 | 166.00 | 186.00 | 172.29 | — | 92.63% | — |
| 其他资金 | 80.00 | 80.00 | 76.92 | — | 96.15% | — |
| 年度总体目标 | 预期目标 | | | 实际完成情况 | | |
"""


@pytest.mark.parametrize(
    ("budget", "found"), [("1342.50", []), ("1324.50", [("1324.50", "1342.50")])]
)
def test_the_fiscal_row_split_twice(budget: str, found: list[tuple[str, str]]) -> None:
    # 财政拨款 = 一般公共预算 = 中央 + 省级 + 市县: the total is 财政拨款 + 其他资金 alone
    assert stated_recomputed(_LEVELS.format(budget=budget), "sum-mismatch") == found


def test_a_sibling_equal_to_the_row_above_is_no_part_of_it() -> None:
    # 上年结转资金 equals 本年财政拨款 but is its own source: the total must hold both
    text = """项目支出绩效自评表
| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 40.00 | 40.00 | 38.00 | 10 | 95.00% | 9.5 |
| 其中:本年财政拨款 | 30.00 | 30.00 | 28.00 | — | — | — |
| 上年结转资金 | 30.00 | 30.00 | 28.00 | — | — | — |
| 其他资金 | 10.00 | 10.00 | 10.00 | — | — | — |
| 年度总体目标 | 预期目标 | | | 实际完成情况 | | |
"""
    assert len(stated_recomputed(text, "sum-mismatch")) == 3


def test_a_row_that_gives_its_rate_alone() -> None:
    # the cells after the 执行率 left blank: the rate is read and checked all the same
    text = _block().replace(
        "一般公共预算 | 2,815,300.00 | 3,600,000.00 | 3,420,000.00 | 95.00 |",
        "一般公共预算 | 2,815,300.00 | 3,600,000.00 | 3,420,000.00 | 59.00 |",
    )
    assert stated_recomputed(text, "table-rate-mismatch") == [("59.00", "95.00%")]


def test_the_nearest_reading_names_the_column_off() -> None:
    # only the 全年预算数 of the total slipped: 财政拨款 alone makes it, 一般公共预算 inside
    text = _block().replace(
        "年度总金额 | 2,815,300.00 | 3,600,000.00", "年度总金额 | 2,815,300.00 | 3,060,000.00"
    )
    assert stated_recomputed(text, "sum-mismatch") == [("3060000.00", "3600000.00")]


_DROPPED = """项目支出绩效自评表
| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 8.46 | 8.46 | 8.46 | 10.00 | 100% | 10.00 |
| 其中:当年财政拨款 | 8.46 | 8.46 | {spent} | {rate} |
| 上年结转资金 | | | | |
"""


def test_a_source_rows_rate_whose_blank_weight_cell_an_export_dropped() -> None:
    # The row's 分值 cell is gone: its one cell after the amounts is the 执行率 all the same.
    text = _DROPPED.format(spent="8.46", rate="100%")
    assert stated_recomputed(text, "table-rate-mismatch") == []
    text = _DROPPED.format(spent="8.46", rate="90%")
    assert stated_recomputed(text, "table-rate-mismatch") == [("90%", "100%")]

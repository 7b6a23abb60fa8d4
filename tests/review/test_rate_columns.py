"""A table's rate column recomputed by the formula its own rows follow (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import stated_recomputed
from review_support import word_table

from jixiao.review.service import review_file

_TABLE = """资金来源 | 预算数 | 到位数 | 支出数 | 执行率
中央资金 | 400.00 | 400.00 | 388.00 | 97.00%
省级资金 | 200.00 | 180.00 | 180.00 | {province}
市级资金 | 100.00 | 100.00 | 92.50 | 92.50%
合计 | 700.00 | 680.00 | 660.50 | 94.36%
"""


@pytest.mark.parametrize(
    ("province", "found"),
    [
        ("90.00%", []),
        ("95.00%", [("95.00%", "90.00%")]),
    ],
)
def test_a_row_off_the_formula_of_the_others(province: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TABLE.format(province=province), "rate-mismatch") == found


def test_rows_that_follow_no_one_formula_are_left_alone() -> None:
    # two rows over the budget, two over what arrived: which is meant cannot be told
    text = """资金来源 | 预算数 | 到位数 | 支出数 | 执行率
中央资金 | 400.00 | 380.00 | 380.00 | 95.00%
省级资金 | 200.00 | 180.00 | 180.00 | 100.00%
市级资金 | 100.00 | 90.00 | 90.00 | 90.00%
县级资金 | 50.00 | 40.00 | 40.00 | 100.00%
"""
    assert stated_recomputed(text, "rate-mismatch") == []


def test_two_rows_are_too_few_to_tell_a_formula() -> None:
    text = """资金来源 | 预算数 | 支出数 | 执行率
中央资金 | 400.00 | 388.00 | 97.00%
省级资金 | 200.00 | 180.00 | 95.00%
"""
    assert stated_recomputed(text, "rate-mismatch") == []


def test_a_row_that_says_how_its_rate_is_reckoned() -> None:
    text = """资金来源 | 预算数 | 到位数 | 支出数 | 执行率 | 备注
中央资金 | 400.00 | 400.00 | 388.00 | 97.00% |
省级资金 | 200.00 | 200.00 | 190.00 | 95.00% |
市级资金 | 80.00 | 60.00 | 57.00 | 95.00% | 仅到位60万元，该行执行率按到位数计算
县级资金 | 50.00 | 50.00 | 45.00 | 90.00% |
"""
    assert stated_recomputed(text, "rate-mismatch") == []


@pytest.mark.parametrize(("rate", "found"), [("99.36", []), ("99.63", [("99.63", "99.36%")])])
def test_rates_without_their_sign_under_a_caption_giving_percent(
    tmp_path: Path, rate: str, found: list[tuple[str, str]]
) -> None:
    rows = [
        ["支出类别", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["合计", "1180.00", "1242.50", "1205.40", "97.01"],
        ["基本支出", "820.00", "838.60", "833.23", rate],
        ["项目支出", "360.00", "403.90", "372.17", "92.14"],
    ]
    path = tmp_path / "执行.docx"
    word_table(path, rows, "表2 2024年度预算执行情况表（单位：万元、%）")
    result = review_file(path)
    assert [(f.stated, f.recomputed) for f in result.findings if f.code == "rate-mismatch"] == found


_SCORE_RATES = """
二、自评结果
一级指标 | 分值 | 得分 | 得分率
决策指标 | 20 | 18.5 | 92.50%
过程指标 | 20 | 19.0 | {rate}
产出指标 | 35 | 33.0 | 94.29%
效益指标 | 25 | 23.0 | 92.00%
合计 | 100 | {total} | 93.50%
"""


@pytest.mark.parametrize(("rate", "found"), [("95.00%", []), ("59.00%", [("59.00%", "95.00%")])])
def test_a_score_tables_score_rate_is_its_score_over_its_points(
    rate: str, found: list[tuple[str, str]]
) -> None:
    text = _SCORE_RATES.format(rate=rate, total="93.5")
    assert stated_recomputed(text, "rate-mismatch") == found


@pytest.mark.parametrize(("total", "found"), [("93.5", []), ("95.3", [("95.3", "93.5")])])
def test_a_total_rows_score_rate_is_not_its_score(total: str, found: list[tuple[str, str]]) -> None:
    text = _SCORE_RATES.format(rate="95.00%", total=total)
    assert stated_recomputed(text, "score-total-mismatch") == found


@pytest.mark.parametrize(("direct", "found"), [("58.8%", []), ("59.8%", [("59.8%", "58.7%")])])
def test_a_rate_the_cells_reach_before_their_rounding(
    direct: str, found: list[tuple[str, str]]
) -> None:
    # 92.0 ÷ 156.7 = 58.71%, but 92.05 ÷ 156.65 = 58.76%: cells of one decimal may give 58.8%
    text = f"""地区 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率
州直 | 58 | 156.7 | 92.0 | {direct}
吉首市 | 40 | 80.0 | 60.0 | 75.0%
泸溪县 | 26 | 50.0 | 41.0 | 82.0%
合计 | 124 | 286.7 | 193.0 | 67.3%
"""
    assert stated_recomputed(text, "rate-mismatch") == found


def test_rows_off_in_number_against_the_pair_the_header_names() -> None:
    """Three rows of five off: no formula of the rows, but the header names it (支出 over
    预算), and two rows follow it while no other pair follows any."""
    text = """项目名称 | 预算金额(万元) | 实际支出(万元) | 资金使用率 | 成效评价
教育专项 | 640 | 620 | 96.9% | 优秀
卫生专项 | 410 | 396 | 96.6% | 良好
道路专项 | 1500 | 1420 | 96.3% | 优秀
水利专项 | 760 | 731 | 97.2% | 良好
环保专项 | 390 | 371 | 95.1% | 一般
"""
    assert stated_recomputed(text, "rate-mismatch") == [("96.3%", "94.7%"), ("97.2%", "96.2%")]
    done = text.replace("实际支出(万元)", "实际完成(万元)")
    assert stated_recomputed(done, "rate-mismatch") == [("96.3%", "94.7%"), ("97.2%", "96.2%")]
    # with a third amount column the two rows fit as well, the header's pair is not alone
    tied = text.replace("资金使用率", "到位资金(万元) | 资金使用率")
    for row in ("640 | 620", "410 | 396", "1500 | 1420", "760 | 731", "390 | 371"):
        budget, spent = row.split(" | ")
        tied = tied.replace(row, f"{budget} | {spent} | {spent}")
    assert stated_recomputed(tied, "rate-mismatch") == []

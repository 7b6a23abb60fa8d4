"""An indicator row split into numbered parts on the rows under it (figures our own): the
row's 得分 against the parts' when their targets add up to the row's."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from review_support import stated_recomputed

from jixiao.review.service import review_file

TABLE = """2023年度项目支出绩效自评表
年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
产出指标 | 数量指标 | 一、高标准农田建设 | ≥{whole}亩 | 3000亩 | {score} |
1、土地平整 | ≥1200亩 | 1200亩 | 6.0 |
2、灌溉渠系配套 | ≥1000亩 | 1000亩 | 5.0 |
3、田间道路 | ≥800亩 | 800亩 | 4.0 |
二、技术培训 | ≥200人次 | 230人次 | 10.0 |
质量指标 | 工程验收合格率 | ≥95% | 100% | 10.0 |
"""


@pytest.mark.parametrize(
    ("whole", "score", "found"),
    [
        ("3000", "15.0", []),
        ("3000", "16.0", [("16.0", "15.0")]),
        ("3500", "16.0", []),  # the targets do not add up: not proven parts
    ],
)
def test_a_row_scored_otherwise_than_its_parts(
    whole: str, score: str, found: list[tuple[str, str]]
) -> None:
    text = TABLE.format(whole=whole, score=score)
    assert stated_recomputed(text, "score-total-mismatch") == found


def test_parts_not_counting_from_one_are_not_parts() -> None:
    text = TABLE.format(whole="3000", score="16.0").replace("1、土地平整", "4、土地平整")
    assert stated_recomputed(text, "score-total-mismatch") == []


def test_the_same_rows_in_a_workbook(tmp_path: Path) -> None:
    sheet = Workbook()
    for line in TABLE.format(whole="3000", score="16.0").strip().splitlines():
        sheet.active.append([c.strip() for c in line.split("|") if c.strip()])
    path = tmp_path / "自评表.xlsx"
    sheet.save(path)
    (finding,) = [f for f in review_file(path).findings if f.code == "score-total-mismatch"]
    assert (finding.stated, finding.recomputed) == ("16.0", "15.0")


def test_parts_in_brackets_with_a_reason_after_the_score() -> None:
    text = TABLE.format(whole="3000", score="16.0")
    for number in ("1", "2", "3"):
        text = text.replace(f"\n{number}、", f"\n（{number}）")
    text = text.replace("| 6.0 |", "| 6.0 | 无 |")
    assert stated_recomputed(text, "score-total-mismatch") == [("16.0", "15.0")]


def test_parts_rounded_to_thirds_add_up() -> None:
    text = TABLE.format(whole="3000", score="10.00")
    for old, new in (("6.0", "3.33"), ("5.0", "3.33"), ("4.0", "3.33")):
        text = text.replace(f"| {old} |", f"| {new} |")
    assert stated_recomputed(text, "score-total-mismatch") == []


@pytest.mark.parametrize(
    ("whole", "found"),
    [("3000", []), ("3500", [("3500亩", "3000亩")])],
)
def test_a_target_its_parts_do_not_make_while_the_results_do(
    whole: str, found: list[tuple[str, str]]
) -> None:
    text = TABLE.format(whole=whole, score="15.0")
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_result_its_parts_do_not_make_while_the_targets_do() -> None:
    text = TABLE.format(whole="3000", score="15.0").replace("| 800亩 |", "| 880亩 |")
    assert stated_recomputed(text, "sum-mismatch") == [("3000亩", "3080亩")]


SUBROWS = """2023年度特色种养业奖补项目绩效目标自评表
三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因
★补助果蔬种植面积 | 20 | 42.5亩 | 42.5亩 | 20 |
其中桃树种植面积 | 2.5亩 | 2.5亩 |
其中露天蔬菜 | 30亩 | {field}亩 |
其中大棚蔬菜 | 10亩 | 10亩 |
种植作物成活率 | 5 | 95% | 95% | 5 |
"""


def test_qizhong_rows_under_an_indicator_make_its_target_and_result() -> None:
    assert stated_recomputed(SUBROWS.format(field="30"), "sum-mismatch") == []
    found = stated_recomputed(SUBROWS.format(field="35"), "sum-mismatch")
    assert found == [("42.5亩", "47.5亩")]


def test_qizhong_rows_in_another_unit_are_left_alone() -> None:
    text = SUBROWS.format(field="35").replace("| 10亩 | 10亩 |", "| 10个 | 10个 |")
    assert stated_recomputed(text, "sum-mismatch") == []

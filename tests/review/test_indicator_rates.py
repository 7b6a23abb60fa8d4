"""The common indicators a report names (预算调整率, 结转结余率, 公用经费控制率, 政府采购执行率)
recomputed from the amounts it gave before them (our words and figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

_RIGHT = {"adj": "12.04%", "left": "3.52%", "pub": "97.18%", "buy": "93.92%"}
_TEXT = (
    "一、预算执行情况\n"
    "2024年度全年预算数为3,215.60万元，其中年初预算2,870.00万元，年中追加345.60万元。"
    "全年实际支出3,102.47万元，年末结转结余113.13万元。预算执行率为96.48%，"
    "预算调整率为{adj}，结转结余率为{left}。\n"
    "二、基本支出情况\n"
    "基本支出包括人员经费1,906.52万元和公用经费288.14万元。\n"
    "三、控制情况\n"
    "公用经费预算296.50万元，公用经费控制率{pub}。政府采购预算520.00万元，"
    "政府采购支出总额488.36万元，政府采购执行率为{buy}。\n"
)


def _rates(tmp_path: Path, **stated: str) -> set[tuple[str | None, str | None]]:
    path = tmp_path / "自评报告.txt"
    path.write_text(_TEXT.format(**{**_RIGHT, **stated}), encoding="utf-8")
    findings = review_file(path).findings
    # a 结转结余率 off its 执行率's complement is found as such (complement-mismatch)
    codes = {"rate-mismatch", "complement-mismatch"}
    return {(f.stated, f.recomputed) for f in findings if f.code in codes}


def test_rates_worked_from_the_amounts_before_them_pass(tmp_path: Path) -> None:
    assert _rates(tmp_path) == set()


@pytest.mark.parametrize(
    ("key", "wrong", "due"),
    [
        ("adj", "10.04%", "12.04%"),  # 345.60 ÷ 2,870.00
        ("left", "3.25%", "3.52%"),  # 113.13 ÷ 3,215.60
        ("pub", "95.98%", "97.18%"),  # 288.14 (two paragraphs back) ÷ 296.50
        ("buy", "91.92%", "93.92%"),  # 488.36 ÷ 520.00
    ],
)
def test_a_wrong_indicator_rate_is_found(tmp_path: Path, key: str, wrong: str, due: str) -> None:
    assert _rates(tmp_path, **{key: wrong}) == {(wrong, due)}


def test_a_cut_may_be_written_as_a_negative_adjustment(tmp_path: Path) -> None:
    path = tmp_path / "自评报告.txt"
    path.write_text(
        "年初预算1,200.00万元，调整后全年预算1,140.00万元，预算调整率为-5.00%。\n",
        encoding="utf-8",
    )
    assert [f for f in review_file(path).findings if f.code == "rate-mismatch"] == []


def test_two_amounts_of_one_name_nearby_leave_the_rate_unread(tmp_path: Path) -> None:
    # the paragraph before gives two 公用经费 figures: which one the rate is of is not said
    path = tmp_path / "自评报告.txt"
    path.write_text(
        "基本支出中公用经费288.14万元，其中财政拨款公用经费270.00万元。\n"
        "公用经费预算296.50万元，公用经费控制率94.00%。\n",
        encoding="utf-8",
    )
    assert [f for f in review_file(path).findings if f.code == "rate-mismatch"] == []


_BEYOND = (
    "一、基本情况\n2023年全县农村危房改造任务数为120户，实际完成农村危房改造{done}户。\n"
    "二、实施情况\n各乡镇按照应改尽改的原则开展排查，发现一户，改造一户。\n"
    "三、绩效情况\n全县实际改造数超任务{rate}，补助资金全部发放到户。\n"
)


@pytest.mark.parametrize(
    ("done", "rate", "found"),
    [
        ("150", "25%", set()),  # (150 − 120) ÷ 120
        ("150", "80%", {("80%", "25%")}),  # 120 ÷ 150: the ratio taken the wrong way
        ("150户，发放资金180万元", "25%", set()),  # money beside the counts is not mixed in
    ],
)
def test_what_was_done_past_the_task_over_the_task(
    tmp_path: Path, done: str, rate: str, found: set[tuple[str, str]]
) -> None:
    path = tmp_path / "自评报告.txt"
    path.write_text(_BEYOND.format(done=done, rate=rate), encoding="utf-8")
    findings = review_file(path).findings
    assert {(f.stated, f.recomputed) for f in findings if f.code == "rate-mismatch"} == found

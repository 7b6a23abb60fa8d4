"""The seed report: its real faults are found, its correct arithmetic is left alone."""

from __future__ import annotations

import pytest
from review_support import seed_path

from jixiao.core.findings import Severity
from jixiao.review.indicators import DEFAULT_INDICATORS
from jixiao.review.model import ReviewResult
from jixiao.review.service import review_file


@pytest.fixture(scope="module")
def seed() -> ReviewResult:
    return review_file(seed_path(), DEFAULT_INDICATORS)


def _where(result: ReviewResult, code: str) -> set[str]:
    """The texts of the paragraphs carrying findings of ``code``."""
    assert result.doc is not None
    return {result.doc.paragraph(f.paragraph).text for f in result.findings if f.code == code}


@pytest.mark.parametrize(
    "needle",
    ["公用经费控制率为76.61%", "预算调整率为17.94%", "结转结余率为10.02%", "执行率为92.40%"],
)
def test_verdicts_without_target(seed: ReviewResult, needle: str) -> None:
    assert any(needle in text for text in _where(seed, "verdict-without-target"))


@pytest.mark.parametrize(
    "needle",
    [
        "事前绩效评估完成率为100%",
        "绩效监控开展率为100%",
        "绩效评价覆盖率为100%",
        "评价结果应用率为100%",
    ],
)
def test_full_rates_without_counts(seed: ReviewResult, needle: str) -> None:
    assert any(needle in text for text in _where(seed, "rate-without-counts"))


def test_other_real_faults(seed: ReviewResult) -> None:
    assert len(_where(seed, "satisfaction-unsupported")) == 2
    assert _where(seed, "heading-empty") == {"1.主要成效"}
    boilerplate = _where(seed, "boilerplate-reuse")
    assert "深入实施创新驱动发展战略，科技创新各项工作取得了阶段性成效。" in boilerplate
    assert any(t.startswith("优化高层次人才发展环境") for t in boilerplate)
    assert any("2022年规上工业企业R&D" in t for t in _where(seed, "year-mismatch"))
    assert any("控制率在0%以内" in t for t in _where(seed, "indicator-term-mismatch"))
    assert any("信息化" not in t and "阶段性成效" in t for t in _where(seed, "off-topic"))


def test_no_false_alarm_at_error_level(seed: ReviewResult) -> None:
    """Errors only where a recomputation shows a real fault."""
    assert seed.doc is not None
    real = ("达到了年初目标", "未达到年初目标", "新增注册25家，其中规上企业11家")
    errors = [
        seed.doc.paragraph(f.paragraph).text for f in seed.findings if f.severity is Severity.ERROR
    ]
    assert errors and all(any(r in text for r in real) for text in errors)


@pytest.mark.parametrize(
    "needle",
    [
        "调增了28.59万元",
        "预算执行率为89.98%",
        "公用经费控制率为76.61%",
        "执行率为92.40%",
        "基本支出136.75万元",
        "共计2677万元",
        "共计102篇次",
        "其中省级18家",
        "完成全年目标（12.5亿元）138%",
        "4家企业分别荣获二等奖2个、三等奖2个",
        "15家企业参赛",
    ],
)
def test_correct_arithmetic_is_not_flagged(seed: ReviewResult, needle: str) -> None:
    assert seed.doc is not None
    arithmetic = {
        "sum-mismatch",
        "rate-mismatch",
        "difference-mismatch",
        "complement-mismatch",
        "distribution-mismatch",
        "share-mismatch",
        "score-mismatch",
    }
    flagged = [
        f
        for f in seed.findings
        if f.code in arithmetic
        and needle in seed.doc.paragraph(f.paragraph).text
        and "新增注册25家" not in seed.doc.paragraph(f.paragraph).text
    ]
    assert flagged == []


def test_seed_share_on_wrong_base(seed: ReviewResult) -> None:
    shares = [f for f in seed.findings if f.code == "share-mismatch"]
    assert [(f.stated, f.recomputed) for f in shares] == [("42%", "44.00%")]
    sums = [f for f in seed.findings if f.code == "sum-mismatch"]
    assert [(f.stated, f.recomputed) for f in sums] == [("25家", "26家")]

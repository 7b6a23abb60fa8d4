"""The seed report's recomputable figures come out of the engine exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.core.model import Evaluation
from jixiao.core.model import Status
from jixiao.core.serialize import evaluation_json

# Figures as printed in the seed report (tests/review/data/seed.txt), not produced by the code.
SEED_RATES = {
    "budget_adjustment_rate": "17.94",
    "budget_execution_rate": "89.98",
    "carryover_rate": "10.02",
    "public_funds_control_rate": "76.61",
    "procurement_rate": "92.40",
    "staff_control_rate": "100.00",
}


@pytest.mark.parametrize(("code", "expected"), SEED_RATES.items())
def test_seed_rates(seed: Evaluation, code: str, expected: str) -> None:
    assert seed.indicator(code).value == Decimal(expected)


@pytest.mark.parametrize(
    "code", ["meeting_cost_control_rate", "sangong_change_rate", "nontax_rate"]
)
def test_zero_over_zero_is_not_applicable(seed: Evaluation, code: str) -> None:
    result = seed.indicator(code)
    assert result.status is Status.NA
    assert result.value is None
    assert "不适用" in result.display


def test_seed_budget_block(seed: Evaluation) -> None:
    total = seed.budget[0]
    assert (total.initial, total.adjusted, total.executed) == (
        Decimal("159.36"),
        Decimal("187.95"),
        Decimal("169.11"),
    )
    assert total.rate == Decimal("89.98")


def test_seed_has_all_32_framework_indicators(seed: Evaluation) -> None:
    framework_rows = [r for r in seed.indicators if not r.code.startswith("custom-")]
    assert len(framework_rows) == 32


def test_total_is_sum_of_scores_and_never_above_weights(seed: Evaluation) -> None:
    assert seed.total_score == sum(r.score for r in seed.indicators)
    assert all(Decimal(0) <= r.score <= r.weight for r in seed.indicators)
    assert sum(r.weight for r in seed.indicators) == Decimal(100)


def test_seed_findings_show_the_reports_faults(seed: Evaluation) -> None:
    codes = {(f.code, f.location) for f in seed.findings}
    # The report says 结转结余率/政府采购执行率 "达到/未达到年初目标" but never states a target.
    assert ("target-missing", "targets.carryover_rate") in codes
    assert ("target-missing", "targets.procurement_rate") in codes
    # 100% rates with no counts behind them.
    assert ("rate-without-counts", "facts.counts.ex_ante.stated") in codes
    # Satisfaction "达到了年初目标90%" with no actual figure.
    assert ("value-missing", "facts.satisfaction.service.rate") in codes


def test_json_contract_shape(seed: Evaluation) -> None:
    data = evaluation_json(seed)
    assert set(data) == {
        "unit",
        "year",
        "framework",
        "total_score",
        "grade",
        "indicators",
        "measures",
        "projects",
        "findings",
    }
    row = data["indicators"][0]
    assert set(row) == {
        "code",
        "name",
        "level1",
        "level2",
        "value",
        "unit",
        "target",
        "comparison",
        "met",
        "weight",
        "score",
        "status",
        "origin",
    }
    assert data["grade"] in {"优", "良", "中", "差"}
    assert all(isinstance(r["score"], str) for r in data["indicators"])
    assert {f["severity"] for f in data["findings"]} <= {"error", "warning", "info"}

"""Units other than the seed: budget cut, every target met, bad facts, rules from data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.core.evaluate import evaluate
from jixiao.core.findings import Severity
from jixiao.core.findings import has_errors
from jixiao.core.framework import parse_framework
from jixiao.core.model import Status
from jixiao.core.submission import Submission
from jixiao.frameworks import load_framework

from support import evaluate_data
from support import seed_data


def complete_unit() -> dict[str, Any]:
    """A unit that states every figure and meets every target."""
    data = seed_data()
    facts = data["facts"]
    facts.update(
        {
            "budget.total.initial": 200,
            "budget.total.adjusted": 200,
            "budget.total.executed": 196,
            "budget.basic.initial": 150,
            "budget.basic.adjusted": 150,
            "budget.basic.executed": 148,
            "budget.project.initial": 50,
            "budget.project.adjusted": 50,
            "budget.project.executed": 48,
            "costs.sangong.last_year": 0,
            "mgmt.long_term_plan": "是",
            "mgmt.budget_science": "是",
            "mgmt.budget_reason": "是",
            "mgmt.informatization": "是",
            "counts.ex_ante.required": 2,
            "counts.ex_ante.done": 2,
            "counts.monitoring.required": 3,
            "counts.monitoring.done": 3,
            "counts.evaluation.required": 4,
            "counts.evaluation.done": 4,
            "counts.application.required": 3,
            "counts.application.done": 3,
            "counts.training.planned": 6,
            "counts.training.done": 6,
            "satisfaction.service.rate": 96,
            "satisfaction.service.sample": 120,
            "satisfaction.partner.rate": 95,
            "satisfaction.partner.sample": 30,
            "procurement.budget": 4,
            "procurement.actual": 4,
        }
    )
    data["targets"] = {
        "budget_adjustment_rate": {"target": 0},
        "budget_execution_rate": {"target": 95},
        "carryover_rate": {"target": 5},
        "procurement_rate": {"target": 90},
        "service_satisfaction": {"target": 90},
        "partner_satisfaction": {"target": 90},
    }
    for row in data["individual"]:
        row["target"] = row["actual"]
    return data


def test_every_target_met_scores_full_and_has_no_errors() -> None:
    result = evaluate_data(complete_unit())
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    assert errors == []
    assert result.indicator("budget_execution_rate").value == Decimal("98.00")
    assert result.indicator("budget_execution_rate").score == Decimal("9.80")
    assert result.total_score == Decimal("99.80")  # only 执行率 short of 100%: 10 × 0.98
    assert result.grade == "优"


def test_budget_cut_mid_year_gives_negative_adjustment_scored_on_absolute_value() -> None:
    data = complete_unit()
    data["facts"].update(
        {
            "budget.total.adjusted": 180,
            "budget.basic.adjusted": 140,
            "budget.project.adjusted": 40,
            "budget.total.executed": 176,
            "budget.basic.executed": 138,
            "budget.project.executed": 38,
        }
    )
    result = evaluate_data(data)
    adjustment = result.indicator("budget_adjustment_rate")
    assert adjustment.value == Decimal("-10.00")  # (180 − 200) ÷ 200
    assert adjustment.score == Decimal("2.00")  # |−10%| falls in (0, 10%] → 2 of 3
    assert adjustment.met is False


def test_parts_that_do_not_add_up_are_an_error_at_the_total() -> None:
    data = complete_unit()
    data["facts"]["budget.basic.executed"] = 140  # 140 + 48 ≠ 196
    result = evaluate_data(data)
    sums = [f for f in result.findings if f.code == "sum-mismatch"]
    assert [f.location for f in sums] == ["facts.budget.total.executed"]
    assert "8" in sums[0].message


def test_execution_above_adjusted_budget_is_an_error() -> None:
    data = complete_unit()
    data["facts"].update(
        {"budget.total.executed": 210, "budget.basic.executed": 160, "budget.project.executed": 50}
    )
    codes = {f.code for f in evaluate_data(data).findings}
    assert "exceeds-limit" in codes


def test_text_in_a_number_field_is_a_finding_not_zero() -> None:
    data = complete_unit()
    data["facts"]["costs.public.budget"] = "约七万"
    data["facts"]["costs.public.actual"] = "5.70万元"
    result = evaluate_data(data)
    by_code = {f.code: f for f in result.findings}
    assert by_code["invalid-number"].location == "facts.costs.public.budget"
    assert by_code["unit-in-number"].location == "facts.costs.public.actual"
    control = result.indicator("public_funds_control_rate")
    assert control.status is Status.MISSING
    assert control.score == Decimal(0)
    # one finding for the bad cell, not a second "missing" one on top
    assert not any(
        f.code == "value-missing" and f.location == "facts.costs.public.budget"
        for f in result.findings
    )


def test_amounts_in_yuan_and_negative_amounts_are_flagged() -> None:
    data = complete_unit()
    data["facts"]["costs.public.budget"] = 74400
    data["facts"]["costs.public.actual"] = -5
    found = {(f.code, f.location) for f in evaluate_data(data).findings}
    assert ("amount-in-yuan", "facts.costs.public.budget") in found
    assert ("negative-amount", "facts.costs.public.actual") in found


def test_missed_target_without_cause_is_an_error_and_with_cause_is_not() -> None:
    data = complete_unit()
    data["targets"]["procurement_rate"] = {"target": 100}
    data["facts"]["procurement.actual"] = 3.6
    codes = [f.code for f in evaluate_data(data).findings]
    assert "deviation-unexplained" in codes
    data["targets"]["procurement_rate"].update(cause="部分采购延至次年", measure="提前编制采购计划")
    result = evaluate_data(data)
    assert "deviation-unexplained" not in [f.code for f in result.findings]
    assert result.indicator("procurement_rate").score == Decimal("1.80")  # 2 × 90 ÷ 100


def test_execution_rate_cap_comes_from_the_framework() -> None:
    data = complete_unit()
    data["facts"].update(
        {"budget.total.executed": 150, "budget.basic.executed": 110, "budget.project.executed": 40}
    )  # 75%
    data["targets"]["budget_execution_rate"] = {
        "target": 95,
        "cause": "项目延期",
        "measure": "加快进度",
    }
    result = evaluate_data(data)
    assert result.cap is not None
    assert result.total_score == Decimal(89)  # 70–80% → at most 89
    assert result.score_sum > Decimal(89)
    assert "score-capped" in [f.code for f in result.findings]


def test_target_set_too_low_is_deducted() -> None:
    data = complete_unit()
    data["individual"][0].update(target=12.5, actual=17.3)  # 38.4% above target
    result = evaluate_data(data)
    row = result.indicator("custom-1")
    assert row.deduction == Decimal("0.50")  # 10% of its 5-point weight
    assert row.score == Decimal("4.50")


def test_rescale_policy_leaves_na_out_and_scales_to_100() -> None:
    data = complete_unit()
    raw = load_framework().model_dump(mode="json")
    raw["na_policy"] = "rescale"
    framework = parse_framework(raw)
    result = evaluate(Submission.model_validate(data), framework)
    # 会议费 3 + 三公 4 + 非税收入 2 + 两项改革 1 + 1 + 干部队伍 0.5 + 人才储备 0.5
    assert result.na_weight == Decimal(12)
    assert result.total_score == (result.score_sum * 100 / (100 - result.na_weight)).quantize(
        Decimal("0.01")
    )


def test_projects_roll_up_into_performance_management_counts() -> None:
    data = complete_unit()
    for key in list(data["facts"]):
        if key.startswith("counts.") and not key.startswith("counts.training"):
            del data["facts"][key]
    indicator = {
        "level1": "产出指标",
        "name": "完成培训场次",
        "unit": "场",
        "target": 6,
        "actual": 6,
    }
    data["projects"] = [
        {
            "name": "科技创新奖补",
            "adjusted": 30,
            "executed": 28,
            "ex_ante_required": True,
            "ex_ante_done": True,
            "monitored": True,
            "self_evaluated": True,
            "results_applied": True,
            "indicators": [indicator],
        },
        {
            "name": "双创大赛",
            "adjusted": 20,
            "executed": 20,
            "ex_ante_required": True,
            "ex_ante_done": False,
            "monitored": True,
            "self_evaluated": True,
            "results_applied": False,
            "indicators": [indicator],
        },
    ]
    result = evaluate_data(data)
    assert result.indicator("ex_ante_rate").value == Decimal("50.00")  # 1 of 2
    assert result.indicator("evaluation_coverage").value == Decimal("100.00")  # 2+1 of 2+1
    assert len(result.projects) == 2
    assert result.projects[0].indicator("budget_execution_rate").value == Decimal("93.33")


def test_a_project_error_is_among_the_findings_that_block() -> None:
    data = complete_unit()
    data["projects"] = [{"name": "超支项目", "initial": 10, "adjusted": 10, "executed": 12}]
    evaluation = evaluate_data(data)
    overspent = [f for f in evaluation.projects[0].findings if f.code == "exceeds-limit"]
    assert has_errors(overspent)
    assert not set(overspent) & set(evaluation.findings)
    assert set(overspent) <= set(evaluation.all_findings())


def test_the_too_low_target_deduction_rounds_half_up() -> None:
    data = complete_unit()
    data["individual"][0].update(target=12.5, actual=17.3, weight=5)
    raw = load_framework().model_dump(mode="json")
    raw["overshoot"]["deduct"] = "0.125"  # 5 × 0.125 = 0.625 → 0.63, not half-even 0.62
    framework = parse_framework(raw)
    submission = Submission.model_validate(data)
    result = evaluate(submission, framework, None)
    assert result.indicator("custom-1").deduction == Decimal("0.63")


def test_spending_without_a_budget_is_a_state_not_a_text() -> None:
    from jixiao.documents.report.indicators import indicator_paragraphs  # noqa: PLC0415

    data = complete_unit()
    data["facts"].update({"costs.meeting.budget": 0, "costs.meeting.actual": Decimal("1.20")})
    result = evaluate_data(data).indicator("meeting_cost_control_rate")
    assert result.status is Status.UNBUDGETED
    assert (result.value, result.met, result.score) == (None, False, Decimal(0))
    text = "".join(indicator_paragraphs(result, load_framework(), 2023))
    assert "未编制预算但发生支出" in text
    data["facts"]["costs.meeting.actual"] = 0  # no budget, no spending: 不适用
    assert evaluate_data(data).indicator("meeting_cost_control_rate").status is Status.NA


def test_each_indicator_says_where_it_comes_from() -> None:
    from jixiao.core.model import Origin  # noqa: PLC0415

    evaluation = evaluate_data(complete_unit())
    origins = {r.origin for r in evaluation.indicators}
    assert evaluation.indicator("budget_execution_rate").origin is Origin.FRAMEWORK
    assert Origin.UNIT in origins
    data = complete_unit()
    data["individual"] = []
    empty = evaluate_data(data)
    assert {r.origin for r in empty.indicators if r.status is Status.MISSING} == {Origin.MISSING}

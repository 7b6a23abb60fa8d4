"""The project schema holds the table's rows and the layout's weights as data.

Figures are worked by hand in the comments; the frameworks are the shipped YAML files.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jixiao.core.evaluate import evaluate_project
from jixiao.core.framework import FrameworkError
from jixiao.core.model import Evaluation
from jixiao.core.submission import Project
from jixiao.core.submission import UnitInfo
from jixiao.documents.table.writer import write_table
from jixiao.frameworks import load_framework
from jixiao.frameworks import load_pair

UNIT = UnitInfo(name="某区农业农村局", year=2024)


def indicator(level1: str, name: str, weight: int, target: int, actual: int) -> dict[str, Any]:
    return {
        "level1": level1,
        "name": name,
        "unit": "个",
        "target": target,
        "actual": actual,
        "weight": weight,
    }


def project(**extra: Any) -> Project:
    data: dict[str, Any] = {
        "name": "高标准农田建设",
        "initial": 400,
        "adjusted": 420,
        "executed": 399,
        "indicators": [indicator("产出指标", "建成高标准农田", 50, 2, 2)],
    }
    data.update(extra)
    return Project.model_validate(data)


def run(item: Project, framework: str = "xiangmu-zhichu") -> Evaluation:
    return evaluate_project(item, 0, UNIT, load_framework(framework))


def codes(evaluation: Evaluation) -> list[str]:
    return [f.code for f in evaluation.findings]


def test_funding_sources_that_do_not_add_up_to_the_total_are_found() -> None:
    # 全年预算数 420 ≠ 当年财政拨款 300 + 上年结转 100 + 其他 10 = 410.
    facts = {
        "budget.fiscal.adjusted": 300,
        "budget.carryover.adjusted": 100,
        "budget.other.adjusted": 10,
    }
    evaluation = run(project(facts=facts))
    mismatch = [f for f in evaluation.findings if f.code == "sum-mismatch"]
    assert len(mismatch) == 1
    assert "410" in mismatch[0].message
    assert "420" in mismatch[0].message


def test_sources_that_add_up_or_are_left_blank_give_no_sum_finding() -> None:
    exact = {
        "budget.fiscal.executed": "299.5",
        "budget.carryover.executed": "99.5",
        "budget.other.executed": 0,
    }
    assert "sum-mismatch" not in codes(run(project(facts=exact)))
    # 其他资金 blank: the check cannot be made and a blank is not read as 0.
    partial = {"budget.fiscal.adjusted": 300, "budget.carryover.adjusted": 100}
    assert "sum-mismatch" not in codes(run(project(facts=partial)))


def test_source_rows_are_budget_rows_of_the_project_table() -> None:
    evaluation = run(project(facts={"budget.fiscal.adjusted": 300}))
    rows = {row.key: row for row in evaluation.budget}
    assert list(rows) == ["total", "fiscal", "carryover", "other"]
    assert rows["fiscal"].adjusted == Decimal(300)
    assert rows["carryover"].adjusted is None


def test_adjustment_and_arrival_rates_are_computed_half_up() -> None:
    # 调整率 (420 − 400) ÷ 400 = 5.00%; 到位率 410.5 ÷ 420 = 97.738…% → 97.74%.
    evaluation = run(project(facts={"funds.arrived": "410.5"}))
    measures = {m.code: m.value for m in evaluation.measures}
    assert measures == {
        "project_adjustment_rate": Decimal("5.00"),
        "funds_arrival_rate": Decimal("97.74"),
    }


def test_a_rate_with_a_blank_input_stays_blank() -> None:
    evaluation = run(project(initial=None))
    measures = {m.code: m.value for m in evaluation.measures}
    assert measures == {"project_adjustment_rate": None, "funds_arrival_rate": None}


def test_an_unknown_project_fact_is_a_finding_not_silently_dropped() -> None:
    evaluation = run(project(facts={"budget.central.adjusted": 100}))
    unknown = [f for f in evaluation.findings if f.code == "invalid-field"]
    assert len(unknown) == 1
    assert "budget.central.adjusted" in unknown[0].message


def sichuan_rows() -> list[dict[str, Any]]:
    # 产出 60 + 效益 20 + 满意度 10 = 90: the Sichuan layout spreads 90 points freely.
    return [
        indicator("产出指标", "建成高标准农田", 60, 2, 2),
        indicator("效益指标", "带动农户增收", 20, 100, 80),
        indicator("满意度指标", "受益农户满意度", 10, 90, 95),
    ]


def test_the_sichuan_layout_spreads_ninety_points_freely() -> None:
    evaluation = run(project(indicators=sichuan_rows()), "xiangmu-sichuan")
    assert "weights-mismatch" not in codes(evaluation)
    scores = {r.name: r.score for r in evaluation.indicators}
    # 执行率 399 ÷ 420 = 95.00% → 10 × 95% = 9.50; 效益 80 ÷ 100 × 20 = 16.
    assert scores["预算执行率"] == Decimal("9.50")
    assert scores["建成高标准农田"] == Decimal(60)
    assert scores["带动农户增收"] == Decimal(16)
    assert evaluation.total_score == Decimal("95.50")
    assert [r.level1 for r in evaluation.indicators][1:] == ["产出指标", "效益指标", "满意度指标"]


def test_the_same_rows_break_the_national_layout() -> None:
    evaluation = run(project(indicators=sichuan_rows()), "xiangmu-zhichu")
    assert "weights-mismatch" in codes(evaluation)


def test_the_hubei_layout_scores_execution_out_of_twenty() -> None:
    rows = [
        indicator("产出指标", "建成高标准农田", 40, 2, 2),
        indicator("效益指标", "带动农户增收", 30, 100, 100),
        indicator("满意度指标", "受益农户满意度", 10, 90, 95),
    ]
    evaluation = run(project(indicators=rows), "xiangmu-hubei")
    # 20 × 95.00% = 19.00; the rows earn their 80 in full.
    assert evaluation.indicator("budget_execution_rate").score == Decimal("19.00")
    assert evaluation.total_score == Decimal("99.00")
    assert "weights-mismatch" not in codes(evaluation)


def test_a_row_outside_the_layout_blocks_is_named() -> None:
    rows = [*sichuan_rows(), indicator("成本指标", "亩均投入", 5, 3000, 2900)]
    evaluation = run(project(indicators=rows), "xiangmu-sichuan")
    invalid = [f for f in evaluation.findings if f.code == "invalid-field"]
    assert any("成本指标" in f.message and "产出指标" in f.message for f in invalid)


def test_the_written_table_shows_sources_and_the_unscored_rates(tmp_path: Path) -> None:
    facts = {"budget.fiscal.adjusted": 320, "budget.carryover.adjusted": 100, "funds.arrived": 420}
    framework = load_framework("xiangmu-zhichu")
    path = tmp_path / "project.xlsx"
    write_table(run(project(facts=facts)), framework, path, draft=False)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    texts = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert "其中：当年财政拨款" in texts
    assert any("项目预算调整率为5.00%" in t for t in texts)
    assert any("资金到位率为100.00%" in t for t in texts)
    fiscal_row = next(
        row for row in sheet.iter_rows(values_only=True) if row[0] == "其中：当年财政拨款"
    )
    assert 320 in fiscal_row


def test_a_provincial_department_framework_extends_the_shipped_one(tmp_path: Path) -> None:
    variant = tmp_path / "sichuan-bumen.yaml"
    variant.write_text(
        "extends: bumen-zhengti\nid: sichuan-bumen\nproject_framework: xiangmu-sichuan\n",
        encoding="utf-8",
    )
    department, project_framework = load_pair(variant)
    assert department.id == "sichuan-bumen"
    assert department.indicators == load_framework("bumen-zhengti").indicators
    assert project_framework is not None
    assert project_framework.id == "xiangmu-sichuan"


def test_an_extends_cycle_is_refused_in_chinese(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("extends: b.yaml\nid: a\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("extends: a.yaml\nid: b\n", encoding="utf-8")
    with pytest.raises(FrameworkError, match="循环"):
        load_framework(tmp_path / "a.yaml")

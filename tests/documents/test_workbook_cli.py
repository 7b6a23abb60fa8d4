"""``jixiao template`` run as a user runs it, and ``--from`` carrying last year forward."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.core.framework import Framework
from jixiao.core.submission import Submission
from jixiao.documents.workbook.reader import read_workbook
from jixiao.documents.workbook.template import write_template

from support import seed_data

runner = CliRunner()


def test_template_command_writes_a_template(tmp_path: Path) -> None:
    out = tmp_path / "填报模板.xlsx"
    result = runner.invoke(app, ["template", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "已生成" in result.stdout
    assert openpyxl.load_workbook(out)["预算执行"]["C3"].value == 159.36


def test_no_examples_leaves_every_input_empty(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    result = runner.invoke(app, ["template", "-o", str(out), "--no-examples"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    for name in ("基本信息", "预算执行", "人员", "管理情况"):
        sheet = book[name]
        assert all(sheet.cell(r, 3).value is None for r in range(3, sheet.max_row + 1)), name


def test_unknown_framework_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["template", "-o", str(tmp_path / "t.xlsx"), "-f", "nope"])
    assert result.exit_code == 2
    assert "找不到指标体系" in result.stdout


def _last_year(tmp_path: Path, framework: Framework) -> Path:
    data = seed_data()
    data["facts"]["costs.sangong.budget"] = 2
    data["facts"]["costs.sangong.actual"] = 1.5
    data["projects"] = [
        {
            "name": "科技创新奖励",
            "adjusted": 35,
            "executed": 32.36,
            "monitored": True,
            "indicators": [
                {
                    "level1": "产出指标",
                    "name": "孵化企业数",
                    "unit": "家",
                    "target": 10,
                    "actual": 12,
                    "cause": "超额",
                }
            ],
        },
    ]
    path = tmp_path / "2023.xlsx"
    write_template(framework, path, submission=Submission.model_validate(data), examples=False)
    return path


def test_from_carries_last_year_forward(tmp_path: Path, wb_department: Framework) -> None:
    out = tmp_path / "2024.xlsx"
    previous = _last_year(tmp_path, wb_department)
    result = runner.invoke(
        app, ["template", "-o", str(out), "--from", str(previous), "--no-examples"]
    )
    assert result.exit_code == 0, result.output
    seeded, _ = read_workbook(out, wb_department)
    assert seeded is not None
    assert seeded.unit.year == 2024
    assert seeded.unit.name == "葛店经开区创新创业发展中心"
    assert seeded.facts.get("costs.sangong.last_year") == Decimal("1.5")
    assert seeded.facts.get("costs.sangong.actual") is None
    assert seeded.facts.get("budget.total.executed") is None
    assert seeded.facts["mgmt.work_plan"] == "是"
    assert seeded.targets["service_satisfaction"].target == Decimal(90)
    first = seeded.individual[0]
    assert (first.name, first.target, first.actual) == (
        "规上工业企业R&D经费投入",
        Decimal("12.5"),
        None,
    )
    project = seeded.projects[0]
    assert (project.name, project.executed, project.monitored) == ("科技创新奖励", None, None)
    carried = project.indicators[0]
    assert (carried.name, carried.target, carried.actual, carried.cause) == (
        "孵化企业数",
        Decimal(10),
        None,
        "",
    )
    assert seeded.narrative["previous"].startswith("上年度（2023年度）自评得分")
    assert "上年度自评发现的主要问题" in seeded.narrative["previous"]


def test_from_an_unreadable_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "去年.xlsx"
    bad.write_text("项目,金额\n", encoding="utf-8")
    result = runner.invoke(app, ["template", "-o", str(tmp_path / "t.xlsx"), "--from", str(bad)])
    assert result.exit_code == 2
    assert "file-unreadable" in result.stdout
    assert not (tmp_path / "t.xlsx").exists()


def test_evaluate_reads_the_filled_template(tmp_path: Path, wb_seed_xlsx: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(wb_seed_xlsx), "--json"])
    data = json.loads(result.stdout)
    values = {row["code"]: row["value"] for row in data["indicators"]}
    assert values["budget_execution_rate"] == "89.98"
    locations = {f["location"] for f in data["findings"]}
    assert "绩效目标!F14" in locations  # 结转结余率 has no target (row 3 + 11)

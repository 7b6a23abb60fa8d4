"""Reading filled templates: the round trip, and every kind of bad input.

Expected places (``预算执行!C12``) are counted by hand from bumen-zhengti.yaml: field
rows start at row 3 in column C; 绩效目标 rows follow the framework's 32 indicators and
the 个性指标 rows start at row 38. Seed figures are the seed report's (tests/review/data/seed.txt).
"""

from __future__ import annotations

import datetime
import importlib.util
import json
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from openpyxl.workbook.defined_name import DefinedName

from jixiao.core.evaluate import evaluate
from jixiao.core.findings import Finding
from jixiao.core.framework import Framework
from jixiao.core.model import Status
from jixiao.core.serialize import evaluation_json
from jixiao.core.submission import Submission
from jixiao.documents.loading import load_submission
from jixiao.documents.workbook.examples import example_areas
from jixiao.documents.workbook.reader import read_workbook
from jixiao.documents.workbook.template import write_template

from support import ROOT
from support import seed_data

SEED_RATES = {
    "budget_adjustment_rate": "17.94",
    "budget_execution_rate": "89.98",
    "carryover_rate": "10.02",
    "public_funds_control_rate": "76.61",
    "procurement_rate": "92.40",
    "staff_control_rate": "100.00",
}


def _without_locations(data: dict[str, Any]) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(data))
    for finding in copy["findings"]:
        finding.pop("location")
    copy["projects"] = [_without_locations(p) for p in copy["projects"]]
    return copy


def _read(path: Path, framework: Framework) -> tuple[Submission, list[Finding]]:
    submission, findings = read_workbook(path, framework)
    assert submission is not None, findings
    return submission, findings


def test_round_trip_gives_the_same_evaluation(
    wb_seed_xlsx: Path, wb_seed: Submission, wb_department: Framework, wb_project: Framework
) -> None:
    read, findings = _read(wb_seed_xlsx, wb_department)
    assert findings == []
    expected = evaluation_json(evaluate(wb_seed, wb_department, wb_project))
    actual = evaluation_json(evaluate(read, wb_department, wb_project))
    assert _without_locations(actual) == _without_locations(expected)
    values = {row["code"]: row["value"] for row in actual["indicators"]}
    assert {code: values[code] for code in SEED_RATES} == SEED_RATES
    statuses = {row["code"]: row["status"] for row in actual["indicators"]}
    for code in ("meeting_cost_control_rate", "sangong_change_rate", "nontax_rate"):
        assert statuses[code] == Status.NA.value


def test_every_value_keeps_its_cell(wb_seed_xlsx: Path, wb_department: Framework) -> None:
    read, _ = _read(wb_seed_xlsx, wb_department)
    assert read.sources["unit.year"] == "基本信息!C4"
    assert read.sources["facts.budget.total.initial"] == "预算执行!C3"
    assert read.sources["facts.costs.public.budget"] == "预算执行!C12"
    assert read.sources["facts.staff.in_post"] == "人员!C5"
    assert read.sources["targets.service_satisfaction"] == "绩效目标!F33"
    assert read.sources["narrative.overview"] == "文字材料!B3"
    assert read.individual[0].location == "绩效目标!A38"
    assert read.sources["individual.5"] == "绩效目标!A43"


def test_seed_figures_read_exactly(wb_seed_xlsx: Path, wb_department: Framework) -> None:
    read, _ = _read(wb_seed_xlsx, wb_department)
    assert read.facts["costs.public.actual"] == Decimal("5.7")
    assert read.facts["staff.in_post"] == Decimal(6)
    assert read.targets["service_satisfaction"].target == Decimal(90)
    assert read.individual[1].target == Decimal(18)
    assert read.individual[5].comparison == "<="
    assert read.unit.year == 2023


def test_committed_example_matches_the_yaml(
    wb_department: Framework, wb_project: Framework
) -> None:
    path = ROOT / "examples" / "gedian-2023" / "submission.xlsx"
    read, findings = _read(path, wb_department)
    assert findings == []
    seed = Submission.model_validate(seed_data())
    expected = evaluation_json(evaluate(seed, wb_department, wb_project))
    actual = evaluation_json(evaluate(read, wb_department, wb_project))
    assert _without_locations(actual) == _without_locations(expected)


def test_projects_and_their_indicators_round_trip(tmp_path: Path, wb_department: Framework) -> None:
    data = seed_data()
    indicator = {
        "level1": "产出指标",
        "level2": "数量指标",
        "name": "孵化企业数",
        "unit": "家",
        "comparison": ">=",
        "target": 10,
        "actual": 12,
        "weight": 20,
    }
    data["projects"] = [
        {
            "name": "科技创新奖励",
            "initial": 30,
            "adjusted": 35.5,
            "executed": 32.36,
            "goal": "兑现奖励政策",
            "ex_ante_required": False,
            "monitored": True,
            "self_evaluated": True,
            "indicators": [indicator],
        },
        {"name": "孵化器运营补贴", "adjusted": 10, "executed": 0},
    ]
    seed = Submission.model_validate(data)
    path = tmp_path / "projects.xlsx"
    write_template(wb_department, path, submission=seed, examples=False)
    read, findings = _read(path, wb_department)
    assert findings == []
    plain: Any = {"location": True, "indicators": {"__all__": {"location"}}}
    assert [p.model_dump(exclude=plain) for p in read.projects] == [
        p.model_dump(exclude=plain) for p in seed.projects
    ]
    assert read.projects[0].indicators[0].location == "项目指标!A3"
    assert read.projects[0].location == "项目!A3"
    assert read.projects[1].location == "项目!A4"
    assert read.sources["projects.1"] == "项目!A4"


# --- bad input, made by scripts/make_examples.py ----------------------------------------


def _make_examples() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_examples", ROOT / "scripts" / "make_examples.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bad")
    script = _make_examples()
    seed = script.write_seed(out / "seed.xlsx")
    script.write_bad_inputs(seed, out)
    return out


# file → (code, location), found by reading and evaluating.
BAD_FINDINGS = {
    "text-in-number.xlsx": ("invalid-number", "预算执行!C12"),
    "unit-in-number.xlsx": ("unit-in-number", "预算执行!C12"),
    "fullwidth-digits.xlsx": ("unit-in-number", "预算执行!C3"),
    "yuan-not-wan.xlsx": ("amount-in-yuan", "预算执行!C3"),
    "negative-amount.xlsx": ("negative-amount", "预算执行!C13"),
    "formula-no-value.xlsx": ("formula-no-value", "预算执行!C5"),
    "target-text.xlsx": ("invalid-number", "绩效目标!F33"),
    "moved-rows.xlsx": ("label-moved", "预算执行!A5"),
    "merged-cells.xlsx": ("cells-merged", "人员!C3:C4"),
    "renamed-sheet.xlsx": ("sheet-missing", "人员"),
}


@pytest.mark.parametrize(("name", "expected"), BAD_FINDINGS.items())
def test_bad_workbook_is_reported_at_its_cell(
    bad_dir: Path, name: str, expected: tuple[str, str], wb_department: Framework
) -> None:
    submission, _ = read_workbook(bad_dir / name, wb_department)
    assert submission is not None
    found = evaluate(submission, wb_department).findings
    assert expected in {(f.code, f.location) for f in found}


def test_a_bad_number_never_becomes_zero(bad_dir: Path, wb_department: Framework) -> None:
    submission, _ = _read(bad_dir / "text-in-number.xlsx", wb_department)
    result = evaluate(submission, wb_department).indicator("public_funds_control_rate")
    assert result.value is None
    assert submission.targets.get("service_satisfaction") is not None
    target_read, _ = _read(bad_dir / "target-text.xlsx", wb_department)
    assert "service_satisfaction" not in target_read.targets


def test_fullwidth_digits_are_read_as_numbers(bad_dir: Path, wb_department: Framework) -> None:
    submission, _ = _read(bad_dir / "fullwidth-digits.xlsx", wb_department)
    facts = evaluate(submission, wb_department).indicator("budget_adjustment_rate")
    assert facts.value == Decimal("17.94")


def test_moved_rows_are_reported_once_and_still_read(
    bad_dir: Path, wb_department: Framework
) -> None:
    submission, findings = _read(bad_dir / "moved-rows.xlsx", wb_department)
    moved = [f for f in findings if f.code == "label-moved"]
    assert [f.location for f in moved] == ["预算执行!A5"]
    assert submission.facts["budget.total.executed"] == Decimal("169.11")
    assert submission.sources["facts.budget.total.executed"] == "预算执行!C6"


def test_formula_cell_is_not_read_as_a_value(bad_dir: Path, wb_department: Framework) -> None:
    submission, findings = _read(bad_dir / "formula-no-value.xlsx", wb_department)
    assert "budget.total.executed" not in submission.facts
    assert [f.code for f in findings] == ["formula-no-value"]


def test_wrong_year_makes_the_file_unusable(bad_dir: Path, wb_department: Framework) -> None:
    submission, findings = read_workbook(bad_dir / "wrong-year.xlsx", wb_department)
    assert submission is None
    assert ("year-invalid", "基本信息!C4") in {(f.code, f.location) for f in findings}


@pytest.mark.parametrize(
    ("name", "hint"),
    [("xls-renamed.xlsx", ".xls"), ("csv-renamed.xlsx", "CSV"), ("corrupt.xlsx", "损坏")],
)
def test_files_that_are_not_workbooks(
    bad_dir: Path, name: str, hint: str, wb_department: Framework
) -> None:
    submission, findings = read_workbook(bad_dir / name, wb_department)
    assert submission is None
    assert [f.code for f in findings] == ["file-unreadable"]
    assert hint in findings[0].message


def test_empty_file(tmp_path: Path, wb_department: Framework) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    submission, findings = read_workbook(path, wb_department)
    assert submission is None
    assert findings[0].code == "file-unreadable"
    assert "空文件" in findings[0].message


def test_loading_dispatches_xlsx_to_the_reader(
    wb_seed_xlsx: Path, wb_department: Framework
) -> None:
    submission, findings = load_submission(wb_seed_xlsx, wb_department)
    assert submission is not None and findings == []
    assert submission.unit.name == "葛店经开区创新创业发展中心"


# --- cells typed by hand ---------------------------------------------------------------------


def _edit(path: Path, changes: dict[tuple[str, str], object]) -> Path:
    book = openpyxl.load_workbook(path)
    for (sheet, cell), value in changes.items():
        book[sheet][cell] = value
    book.save(path)
    return path


def test_bad_cells_in_free_tables(wb_seed_xlsx: Path, wb_department: Framework) -> None:
    _edit(
        wb_seed_xlsx,
        {
            ("绩效目标", "F38"): "十二点五",  # target of the first 个性指标
            ("绩效目标", "E39"): ">",  # comparison
            ("绩效目标", "H40"): "完成",  # answer
            ("绩效目标", "B45"): "数量指标",  # a row with content but no name
            ("项目", "A3"): "科技项目",
            ("项目", "C3"): "35万元",
            ("项目", "G3"): "需要",
            ("项目指标", "A3"): "不存在的项目",
            ("项目指标", "D3"): "指标甲",
        },
    )
    submission, findings = _read(wb_seed_xlsx, wb_department)
    places = {(f.code, f.location) for f in findings}
    assert ("invalid-number", "绩效目标!F38") in places
    assert ("invalid-choice", "绩效目标!E39") in places
    assert ("invalid-choice", "绩效目标!H40") in places
    assert ("invalid-field", "绩效目标!C45") in places
    assert ("unit-in-number", "项目!C3") in places
    assert ("invalid-choice", "项目!G3") in places
    assert ("invalid-field", "项目指标!A3") in places
    assert submission.individual[0].target is None
    assert submission.projects[0].adjusted == Decimal(35)
    assert submission.projects[0].ex_ante_required is None
    assert submission.projects[0].indicators == ()


def test_dates_and_text_in_unit_cells(wb_seed_xlsx: Path, wb_department: Framework) -> None:
    _edit(
        wb_seed_xlsx,
        {("基本信息", "C9"): datetime.datetime(2024, 3, 15), ("基本信息", "C4"): "2023年"},
    )
    submission, findings = _read(wb_seed_xlsx, wb_department)
    assert submission.unit.fill_date == "2024-03-15"
    assert submission.unit.year == 2023
    assert findings == []


def test_framework_mismatch_is_reported(wb_seed_xlsx: Path, wb_department: Framework) -> None:
    other = wb_department.model_copy(update={"id": "other-framework"})
    _, findings = read_workbook(wb_seed_xlsx, other)
    assert any(f.code == "template-mismatch" and "bumen-zhengti" in f.message for f in findings)


def test_huge_sheet_is_capped_and_reported(wb_seed_xlsx: Path, wb_department: Framework) -> None:
    _edit(
        wb_seed_xlsx,
        {("项目", "A3"): "科技项目", ("项目", "A2600"): "远处的项目", ("项目", "XFD1048576"): "x"},
    )
    submission, findings = _read(wb_seed_xlsx, wb_department)
    assert [p.name for p in submission.projects] == ["科技项目"]
    capped = [f for f in findings if f.code == "rows-truncated" and "2000" in f.message]
    assert [f.location for f in capped] == ["项目!A2001"]


def test_sheet_without_values_beyond_styles_is_not_capped(
    tmp_path: Path, wb_department: Framework, wb_seed_xlsx: Path
) -> None:
    book = openpyxl.load_workbook(wb_seed_xlsx)
    book["项目"]["A5000"].font = openpyxl.styles.Font(bold=True)
    book.save(wb_seed_xlsx)
    _, findings = _read(wb_seed_xlsx, wb_department)
    assert findings == []


def test_workbook_not_from_the_template(tmp_path: Path, wb_department: Framework) -> None:
    path = tmp_path / "other.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Sheet1").write(0, 0, "x")
    book.close()
    submission, findings = read_workbook(path, wb_department)
    assert submission is None
    assert ("sheet-missing", "基本信息") in {(f.code, f.location) for f in findings}


def _kept(findings: list[Finding]) -> dict[str, str]:
    return {f.location.partition("!")[0]: f.message for f in findings if f.code == "example-kept"}


def test_example_values_left_in_place_are_reported_per_sheet(
    tmp_path: Path, wb_department: Framework
) -> None:
    path = tmp_path / "模板.xlsx"
    write_template(wb_department, path)
    _edit(path, {("基本信息", "C3"): "某单位", ("基本信息", "C4"): 2023})
    untouched = _kept(read_workbook(path, wb_department)[1])
    assert "预算执行" in untouched
    first = untouched["预算执行"].split("首个为 ")[1].split("）")[0]
    count = int(untouched["预算执行"].split("有 ")[1].split(" 个")[0])
    _edit(path, {("预算执行", first.partition("!")[2]): 1})  # the clerk types a real figure
    after = _kept(read_workbook(path, wb_department)[1])
    assert f"有 {count - 1} 个" in after["预算执行"]


def test_a_template_without_examples_has_none_kept(
    wb_seed_xlsx: Path, wb_department: Framework
) -> None:
    assert _kept(read_workbook(wb_seed_xlsx, wb_department)[1]) == {}


def test_a_whole_sheet_example_name_is_handled_as_bounds(
    tmp_path: Path, wb_department: Framework
) -> None:
    path = tmp_path / "模板.xlsx"
    write_template(wb_department, path)
    book = openpyxl.load_workbook(path)
    sheet = book["预算执行"]
    sheet.defined_names["示例数据"] = DefinedName(
        "示例数据", attr_text="'预算执行'!$A$1:$XFD$1048576"
    )  # a hostile file: 17 billion cells
    sheet["C3"] = 1  # typed over the example
    book["基本信息"]["C3"], book["基本信息"]["C4"] = "某单位", 2023
    book.save(path)
    assert ("预算执行", 1, 1, 16384, 1048576) in example_areas(path)
    kept = _kept(read_workbook(path, wb_department)[1])
    assert "预算执行" in kept and "预算执行!C3" not in kept["预算执行"]

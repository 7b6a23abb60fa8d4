"""The 填报模板 as a clerk opens it: sheets, labels, drop-downs, protection, examples.

Read back with openpyxl (an independent reader). Expected labels, cells and example
values are taken by hand from bumen-zhengti.yaml, not from the writer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from jixiao.core.framework import Framework
from jixiao.documents.workbook.template import write_template

DATA_SHEETS = [
    "基本信息",
    "预算执行",
    "人员",
    "管理情况",
    "绩效目标",
    "项目",
    "项目指标",
    "文字材料",
]


def _open(path: Path) -> Any:
    return openpyxl.load_workbook(path)


@pytest.fixture
def blank_template(tmp_path: Path, wb_department: Framework) -> Path:
    path = tmp_path / "template.xlsx"
    write_template(wb_department, path)
    return path


def test_sheets_in_framework_order_after_the_guide(blank_template: Path) -> None:
    book = _open(blank_template)
    visible = [ws.title for ws in book.worksheets if ws.sheet_state == "visible"]
    assert visible == ["填写说明", *DATA_SHEETS]
    assert book["_jixiao"].sheet_state == "veryHidden"


def test_hidden_sheet_names_framework_and_version(blank_template: Path) -> None:
    info = {row[0]: row[1] for row in _open(blank_template)["_jixiao"].iter_rows(values_only=True)}
    assert info["指标体系"] == "bumen-zhengti"
    assert info["模板版本"] == 1


def test_field_rows_have_label_unit_and_note(blank_template: Path) -> None:
    sheet = _open(blank_template)["预算执行"]
    assert [c.value for c in sheet[2]] == ["填报项", "单位", "填报值", "填写说明"]
    assert sheet["A3"].value == "资金总额·年初预算数"
    assert sheet["B3"].value == "万元"
    assert "收入支出决算总表" in sheet["D3"].value
    assert sheet["A12"].value == "公用经费预算数"


def test_labels_locked_inputs_unlocked_sheets_protected(blank_template: Path) -> None:
    book = _open(blank_template)
    for name in DATA_SHEETS:
        assert book[name].protection.sheet, name
        assert book[name].protection.password is None, name
    sheet = book["预算执行"]
    assert sheet["A3"].protection.locked
    assert not sheet["C3"].protection.locked


def _validations(sheet: Any) -> dict[str, Any]:
    found = {}
    for rule in sheet.data_validations.dataValidation:
        for cells in str(rule.sqref).split():
            found[cells] = rule
    return found


def test_choice_fields_have_their_drop_down(blank_template: Path) -> None:
    rules = _validations(_open(blank_template)["管理情况"])
    assert rules["C3"].type == "list"
    assert rules["C3"].formula1 == '"是,部分,否,不涉及"'


def test_amount_cells_accept_only_numbers(blank_template: Path) -> None:
    rules = _validations(_open(blank_template)["预算执行"])
    assert rules["C3"].type == "decimal"
    assert rules["C3"].errorStyle in (None, "stop")


def test_comparison_and_yes_no_drop_downs(blank_template: Path) -> None:
    book = _open(blank_template)
    target_rules = [r for r in book["绩效目标"].data_validations.dataValidation if r.type == "list"]
    assert any(r.formula1 == '"≥,≤,="' for r in target_rules)
    level1 = [r.formula1 for r in target_rules]
    assert '"履职效能,社会效应"' in level1
    project_rules = [r.formula1 for r in book["项目"].data_validations.dataValidation]
    assert '"是,否"' in project_rules
    indicator_rules = [r.formula1 for r in book["项目指标"].data_validations.dataValidation]
    assert '"产出指标,效益指标,满意度指标"' in indicator_rules


def test_frozen_header_fonts_and_a4(blank_template: Path) -> None:
    sheet = _open(blank_template)["预算执行"]
    assert sheet.freeze_panes == "A3"
    assert sheet["A3"].font.name == "宋体"
    assert sheet.page_setup.paperSize == 9


def test_target_sheet_has_one_row_per_indicator_and_hidden_code(blank_template: Path) -> None:
    sheet = _open(blank_template)["绩效目标"]
    assert sheet["C3"].value == "公用经费控制率"
    assert sheet["M3"].value == "public_funds_control_rate"
    assert sheet.column_dimensions["M"].hidden
    assert sheet["C34"].value == "联系部门满意度"  # the 32nd indicator
    assert sheet["C37"].value == "指标名称"  # header of the 个性指标 block


def test_examples_are_in_input_cells_and_in_the_defined_name(blank_template: Path) -> None:
    sheet = _open(blank_template)["预算执行"]
    assert sheet["C3"].value == pytest.approx(159.36)
    assert sheet["C4"].value == pytest.approx(187.95)
    assert sheet["C6"].value is None  # 基本支出·年初预算数 has no example
    name = sheet.defined_names["示例数据"]
    assert "$C$3:$C$5" in name.attr_text
    assert "$C$6" not in name.attr_text


def test_guide_explains_how_to_remove_examples(blank_template: Path) -> None:
    text = "\n".join(str(c.value) for c in _open(blank_template)["填写说明"]["A"] if c.value)
    assert "名称框" in text
    assert "示例数据" in text
    assert "--no-examples" in text


def test_no_examples_leaves_input_cells_empty(tmp_path: Path, wb_department: Framework) -> None:
    path = tmp_path / "empty.xlsx"
    write_template(wb_department, path, examples=False)
    book = _open(path)
    for name in ("基本信息", "预算执行", "人员", "管理情况"):
        sheet = book[name]
        values = [sheet.cell(row, 3).value for row in range(3, sheet.max_row + 1)]
        assert values and all(v is None for v in values), name
        assert "示例数据" not in sheet.defined_names, name


def test_submission_values_are_written_as_real_values(wb_seed_xlsx: Path) -> None:
    book = _open(wb_seed_xlsx)
    assert book["基本信息"]["C3"].value == "葛店经开区创新创业发展中心"
    assert book["基本信息"]["C4"].value == 2023
    assert book["预算执行"]["C13"].value == pytest.approx(5.7)
    assert book["绩效目标"]["C38"].value == "规上工业企业R&D经费投入"
    assert book["绩效目标"]["E38"].value == "≥"
    assert "示例数据" not in book["预算执行"].defined_names


def test_a_projects_source_rows_and_funds_arrived_go_round_the_workbook(
    tmp_path: Path, wb_department: Framework
) -> None:
    from decimal import Decimal  # noqa: PLC0415

    from jixiao.core.evaluate import evaluate  # noqa: PLC0415
    from jixiao.core.submission import Submission  # noqa: PLC0415
    from jixiao.documents.loading import load_submission  # noqa: PLC0415
    from jixiao.frameworks import load_pair  # noqa: PLC0415

    from support import seed_data  # noqa: PLC0415

    data = seed_data()
    facts = {
        "budget.fiscal.initial": "80",
        "budget.fiscal.adjusted": "90",
        "budget.fiscal.executed": "85.5",
        "budget.carryover.initial": "20",
        "budget.carryover.adjusted": "20",
        "budget.carryover.executed": "18",
        "budget.other.initial": "0",
        "budget.other.adjusted": "0",
        "budget.other.executed": "0",
        "funds.arrived": "110",
    }
    data["projects"] = [
        {
            "name": "农村公路养护项目",
            "initial": 100,
            "adjusted": 110,
            "executed": 103.5,
            "facts": facts,
        },
    ]
    path = tmp_path / "filled.xlsx"
    write_template(wb_department, path, submission=Submission.model_validate(data))
    sheet = openpyxl.load_workbook(path)["项目"]
    headers = [c.value for c in sheet[2]]  # the header row under the title
    assert "当年财政拨款·全年执行数" in headers and "到位资金（万元）" in headers
    read, findings = load_submission(path, wb_department)
    assert read is not None, [f.message for f in findings]
    assert read.projects[0].facts == {k: Decimal(v) for k, v in facts.items()}
    project = evaluate(read, *load_pair()).projects[0]
    assert not [f for f in project.findings if f.code == "sum-mismatch"]  # 90 + 20 = 110
    column = headers.index("当年财政拨款·全年预算数") + 1
    sheet.cell(row=3, column=column, value=95)  # 95 + 20 ≠ 110
    sheet.parent.save(path)
    read, _ = load_submission(path, wb_department)
    assert read is not None
    project = evaluate(read, *load_pair()).projects[0]
    assert any("110" in f.message for f in project.findings if f.severity.value == "error")


def test_a_workbook_made_before_the_source_columns_still_reads(
    tmp_path: Path, wb_department: Framework
) -> None:
    from jixiao.documents.loading import load_submission  # noqa: PLC0415

    path = tmp_path / "old.xlsx"
    write_template(wb_department, path, examples=False)
    book = openpyxl.load_workbook(path)
    sheet = book["项目"]
    headers = [c.value for c in sheet[2]]
    sheet.delete_cols(headers.index("当年财政拨款·年初预算数") + 1, 10)
    sheet["A3"], sheet["B3"], sheet["C3"], sheet["D3"] = "河道保洁项目", 30, 30, 28
    book["基本信息"]["C3"], book["基本信息"]["C4"] = "某单位", 2023
    book.save(path)
    read, findings = load_submission(path, wb_department)
    assert read is not None and read.projects[0].name == "河道保洁项目"
    assert read.projects[0].facts == {}
    assert not [f for f in findings if f.code == "label-moved"]

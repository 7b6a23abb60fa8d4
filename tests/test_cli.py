"""The command line, run as a user runs it (typer's CliRunner, real files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.documents.pdf import find_soffice

from support import SEED_YAML

runner = CliRunner()


def test_evaluate_json_reproduces_the_seed_figures() -> None:
    result = runner.invoke(app, ["evaluate", str(SEED_YAML), "--json"])
    data = json.loads(result.stdout)
    values = {row["code"]: row["value"] for row in data["indicators"]}
    assert values["budget_adjustment_rate"] == "17.94"
    assert values["budget_execution_rate"] == "89.98"
    assert values["carryover_rate"] == "10.02"
    assert values["public_funds_control_rate"] == "76.61"
    assert values["procurement_rate"] == "92.40"
    assert values["staff_control_rate"] == "100.00"
    statuses = {row["code"]: row["status"] for row in data["indicators"]}
    assert statuses["meeting_cost_control_rate"] == "na"
    assert statuses["sangong_change_rate"] == "na"
    assert statuses["nontax_rate"] == "na"
    assert result.exit_code == 1  # the seed has errors a reviewer would raise


def test_terminal_output_shows_total_grade_and_findings() -> None:
    result = runner.invoke(app, ["evaluate", str(SEED_YAML)])
    assert "总分：" in result.stdout
    assert "等级：" in result.stdout
    assert "[target-missing]" in result.stdout


def test_errors_block_documents_without_draft(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["evaluate", str(SEED_YAML), "-o", str(out)])
    assert result.exit_code == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.xlsx", b"", "空文件"),
        ("old.xls", b"\xd0\xcf\x11\xe0 old excel", "另存为 .xlsx"),
        ("data.csv", "单位,金额\n".encode(), "CSV"),
        ("broken.yaml", b"unit: [unclosed", "不是有效的 YAML/JSON"),
        ("notes.txt", b"hello", "无法识别"),
    ],
)
def test_unusable_files_get_a_clear_message_and_exit_2(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 2
    assert message in result.stdout
    assert "Traceback" not in result.stdout


def test_schema_errors_name_the_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("unit: {name: 测试单位, year: 二〇二三}\nfacts: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(path), "--json"])
    assert result.exit_code == 2
    findings = json.loads(result.stdout)["findings"]
    assert findings[0]["location"] == "unit.year"
    assert "应为整数" in findings[0]["message"]


def test_check_validates_only(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(SEED_YAML)])
    assert result.exit_code == 1
    assert "错误" in result.stdout


def test_findings_catalogue_and_frameworks_are_listed() -> None:
    assert "sum-mismatch" in runner.invoke(app, ["findings"]).stdout
    listing = runner.invoke(app, ["frameworks"])
    assert "bumen-zhengti" in listing.stdout
    assert listing.exit_code == 0


def test_frameworks_check_refuses_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("id: x\nname: x\n", encoding="utf-8")
    result = runner.invoke(app, ["frameworks", "--check", str(path)])
    assert result.exit_code == 2
    assert "无法使用" in result.stdout


def test_wrong_year_is_an_error_at_the_year_field() -> None:
    result = runner.invoke(app, ["evaluate", str(SEED_YAML), "--json", "--year", "2024"])
    findings = json.loads(result.stdout)["findings"]
    mismatch = [f for f in findings if f["code"] == "year-mismatch"]
    assert mismatch[0]["location"] == "unit.year"
    assert "2023" in mismatch[0]["message"] and "2024" in mismatch[0]["message"]


def test_a_broken_report_template_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    template = tmp_path / "本局模板.docx"
    template.write_bytes(b"not a docx")
    out = tmp_path / "out"
    args = ["evaluate", str(SEED_YAML), "-o", str(out), "--draft", "--no-pdf"]
    result = runner.invoke(app, [*args, "--report-template", str(template)])
    assert result.exit_code == 2
    assert "报告模板“本局模板.docx”" in result.stdout
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not installed")
def test_a_folder_batch_writes_every_units_pdf(tmp_path: Path) -> None:

    units = tmp_path / "units"
    units.mkdir()
    seed = yaml.safe_load(SEED_YAML.read_text(encoding="utf-8"))
    for name in ("甲单位", "乙单位", "丙单位"):
        seed["unit"]["name"] = name
        (units / f"{name}.yaml").write_text(yaml.safe_dump(seed, allow_unicode=True), "utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["evaluate", str(units), "-o", str(out), "--draft", "-j", "2"])
    assert "已生成" in result.stdout or "共 3 个单位" in result.stdout, result.stdout
    pdfs = sorted(p.parent.name for p in out.rglob("部门整体绩效自评报告.pdf"))
    assert len(pdfs) == 3 and all(p.startswith(("甲单位", "乙单位", "丙单位")) for p in pdfs)
    summary = load_workbook(out / "绩效自评汇总表.xlsx").active
    assert "PDF 未生成" not in " ".join(str(c.value) for row in summary.iter_rows() for c in row)

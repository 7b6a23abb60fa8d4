"""Bad input never crashes, never overwrites, never passes silently.

Each test reproduces one way a careless or hostile input used to end in a traceback, a
lost file or a silent zero, and checks that it now ends as a finding or a Chinese message
with the right exit status. Inputs are real files written into ``tmp_path``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from typer.testing import CliRunner

from jixiao.cli import app

from support import ROOT
from support import SEED_YAML

runner = CliRunner()
SEED_XLSX = ROOT / "examples" / "gedian-2023" / "submission.xlsx"


def run(*args: str | Path) -> Any:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result


def seed_text() -> str:
    return SEED_YAML.read_text(encoding="utf-8")


def with_fact(tmp_path: Path, value: str, name: str = "s.yaml") -> Path:
    text = re.sub(r"(budget\.total\.adjusted:\s*)[\d.]+", rf"\g<1>{value}", seed_text(), count=1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def check_json(path: Path, *extra: str) -> tuple[int, list[dict[str, str]]]:
    result = run("check", path, "--json", *extra)
    return result.exit_code, json.loads(result.stdout)["findings"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- 1. amounts no budget can have -----------------------------------------------------


@pytest.mark.parametrize("value", ["1" + "0" * 30, "0." + "0" * 30 + "1", "1e30"])
def test_an_amount_out_of_range_is_a_finding_at_its_field(tmp_path: Path, value: str) -> None:
    code, findings = check_json(with_fact(tmp_path, value))
    assert code == 1
    hit = [f for f in findings if f["location"] == "facts.budget.total.adjusted"]
    assert hit and hit[0]["code"] == "invalid-number"
    assert "数值过" in hit[0]["message"]


def test_an_out_of_range_cell_is_a_finding_at_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    book = openpyxl.load_workbook(SEED_XLSX)
    book["预算执行"]["C4"] = 1e30
    book.save(path)
    code, findings = check_json(path)
    assert code == 1
    assert any(f["location"] == "预算执行!C4" and "数值过大" in f["message"] for f in findings)


# --- 2. damaged zip members ------------------------------------------------------------


def _damaged(tmp_path: Path) -> Path:
    data = bytearray(SEED_XLSX.read_bytes())
    with zipfile.ZipFile(SEED_XLSX) as package:
        info = next(i for i in package.infolist() if i.filename.startswith("xl/worksheets/"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for at in range(start + 20, start + 60):
        data[at] ^= 0x55
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_compressed_sheet_is_reported_not_raised(tmp_path: Path) -> None:
    result = run("check", _damaged(tmp_path))
    assert result.exit_code == 2
    assert "已损坏" in result.stdout


def test_a_garbage_custom_properties_part_beside_an_error_cell_is_a_finding(
    tmp_path: Path,
) -> None:
    """openpyxl (which reads error cells) parses docProps/custom.xml with lxml: garbage
    there raised lxml's XMLSyntaxError through the CLI (found by the long fuzz run)."""
    book = openpyxl.load_workbook(SEED_XLSX)
    sheet = book["管理情况"]
    sheet["C35"].value = "#DIV/0!"
    sheet["C35"].data_type = "e"
    saved = tmp_path / "saved.xlsx"
    book.save(saved)
    path = tmp_path / "custom.xlsx"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            if item.filename != "docProps/custom.xml":
                target.writestr(item, source.read(item))
        target.writestr("docProps/custom.xml", b"\x00garbage, not XML")
    result = run("check", path)
    assert result.exit_code in {1, 2}
    assert "无法读取" in result.stdout and "管理情况" in result.stdout


# --- 3, 4, 5: nesting, surrogates, control characters ----------------------------------


@pytest.mark.parametrize(
    ("name", "text"), [("deep.yaml", "[" * 10000), ("deep.json", "[" * 100000)]
)
def test_deep_nesting_is_refused_in_chinese(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("check", path)
    assert result.exit_code == 2
    assert "嵌套层级过深" in result.stdout


def test_aliases_shared_many_times_are_walked_once() -> None:
    """“Billion laughs”: each level refers to the one below ten times; walking every path
    (10 ** 9 leaves here) never ends, walking each container once is instant."""
    from jixiao.documents.yaml12 import clean_strings  # noqa: PLC0415
    from jixiao.documents.yaml12 import has_cycle  # noqa: PLC0415
    from jixiao.documents.yaml12 import load_yaml12  # noqa: PLC0415

    levels = ['a0: &a0 ["lo\\x01l", "lol"]']
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    data = load_yaml12("\n".join(levels))
    assert has_cycle(data) is False
    cleaned_data, cleaned = clean_strings(data)
    assert len(cleaned) == 1  # the one shared string, cleaned once for all its references
    assert cleaned_data["a9"][0][0][0][0][0][0][0][0][0][0] == "lol"


def test_a_lone_surrogate_and_a_control_character_are_removed_with_a_finding(
    tmp_path: Path,
) -> None:
    data = yaml.safe_load(seed_text())
    data["unit"]["name"] = "葛店\ud800经开区\x01创新创业发展中心"
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # escapes: valid JSON text
    _, findings = check_json(path)
    cleaned = [f for f in findings if f["code"] == "text-cleaned"]
    assert [f["location"] for f in cleaned] == ["unit.name"]
    assert "葛店经开区创新创业发展中心" in cleaned[0]["message"]
    out = tmp_path / "out"
    result = run("evaluate", path, "-o", out, "--draft", "--no-pdf")
    assert result.exit_code in {0, 1}
    assert (out / "部门整体绩效自评报告.docx").is_file()


def test_a_control_character_in_a_workbook_cell_is_removed_at_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.xlsx"
    book = openpyxl.load_workbook(SEED_XLSX)
    book["基本信息"]["C3"] = "葛店_x0001_经开区创新创业发展中心"  # Excel's escape for \x01
    book.save(path)
    _, findings = check_json(path)
    assert any(f["code"] == "text-cleaned" and f["location"] == "基本信息!C3" for f in findings)


# --- 6, 7, 12, 13: output paths --------------------------------------------------------


def test_evaluate_into_an_existing_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.write_text("keep", encoding="utf-8")
    result = run("evaluate", SEED_YAML, "-o", target, "--draft", "--no-pdf")
    assert result.exit_code == 2
    assert "不是文件夹" in result.output
    assert target.read_text(encoding="utf-8") == "keep"


def test_evaluate_never_writes_over_its_input(tmp_path: Path) -> None:
    source = tmp_path / "部门整体支出绩效自评表.xlsx"
    shutil.copy(SEED_XLSX, source)
    before = digest(source)
    result = run("evaluate", source, "-o", tmp_path, "--draft", "--no-pdf")
    assert result.exit_code == 2
    assert "覆盖输入" in result.output
    assert digest(source) == before


def test_a_second_batch_run_into_the_same_folder_skips_its_summary(tmp_path: Path) -> None:
    units = tmp_path / "units"
    units.mkdir()
    shutil.copy(SEED_YAML, units / "a.yaml")
    run("evaluate", units, "-o", units, "--draft", "--no-pdf")
    second = run("evaluate", units, "-o", units, "--draft", "--no-pdf")
    assert "共 1 个单位" in second.stdout
    assert "绩效自评汇总表.xlsx：无法读取" not in second.stdout


@pytest.mark.parametrize(
    ("where", "message"),
    [("dir", "是文件夹"), ("missing", "不存在"), ("exists", "已存在")],
)
def test_template_output_paths(tmp_path: Path, where: str, message: str) -> None:
    existing = tmp_path / "t.xlsx"
    existing.write_text("keep", encoding="utf-8")
    target = {
        "dir": tmp_path,
        "missing": tmp_path / "no" / "such" / "t.xlsx",
        "exists": existing,
    }[where]
    result = run("template", "-o", target)
    assert result.exit_code == 2
    assert message in result.output
    assert existing.read_text(encoding="utf-8") == "keep"


def test_template_force_overwrites_on_request(tmp_path: Path) -> None:
    existing = tmp_path / "t.xlsx"
    existing.write_text("old", encoding="utf-8")
    assert run("template", "-o", existing, "--force").exit_code == 0
    assert zipfile.is_zipfile(existing)


# --- 8. a port in use ------------------------------------------------------------------


def test_serve_on_a_port_in_use_says_so_without_a_traceback(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "from jixiao.cli import app; app()",
                "serve",
                "--port",
                str(port),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={"JIXIAO_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
            check=False,
        )
    assert done.returncode == 2
    assert "端口已被占用" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "网址" not in done.stdout


# --- 11. Excel error values ------------------------------------------------------------


def test_error_values_are_named_not_read_as_blanks(tmp_path: Path) -> None:
    path = tmp_path / "errors.xlsx"
    book = openpyxl.load_workbook(SEED_XLSX)
    for sheet, cell, value in (("预算执行", "C4", "#N/A"), ("绩效目标", "F12", "#DIV/0!")):
        book[sheet][cell] = value
        book[sheet][cell].data_type = "e"
    book.save(path)
    _, findings = check_json(path)
    errors = {f["location"]: f["message"] for f in findings if f["code"] == "cell-error"}
    assert "#N/A" in errors["预算执行!C4"]
    assert "#DIV/0!" in errors["绩效目标!F12"]


# --- 14. YAML 1.1 coercions ------------------------------------------------------------


@pytest.mark.parametrize(("typed", "shown"), [("2:49", "2:49"), ("0x6", "0x6"), ("010", None)])
def test_yaml_scalars_keep_what_the_clerk_typed(
    tmp_path: Path, typed: str, shown: str | None
) -> None:
    _, findings = check_json(with_fact(tmp_path, typed))
    at_field = [f for f in findings if f["location"] == "facts.budget.total.adjusted"]
    if shown is None:  # 010 is the number 10 (not octal 8): read without a problem
        assert not at_field
    else:
        assert at_field and shown in at_field[0]["message"]


def test_yes_stays_an_answer_and_a_date_stays_text(tmp_path: Path) -> None:
    data = seed_text().replace("fill_date:", "fill_date: 2024-03-01 #", 1)
    path = tmp_path / "s.yaml"
    path.write_text(data + "\nnarrative:\n  goal: yes\n", encoding="utf-8")
    code, findings = check_json(path)
    assert code in {0, 1}
    assert not [f for f in findings if f["code"] == "invalid-field"]


# --- 15, 16, 17: the file's own keys -----------------------------------------------------


def test_a_file_cannot_inject_findings(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    injected = "\nintake_findings: [{code: bogus, severity: error, message: x, location: y}]\n"
    path.write_text(seed_text() + injected, encoding="utf-8")
    _, findings = check_json(path)
    assert "bogus" not in {f["code"] for f in findings}
    assert any(f["location"] == "intake_findings" for f in findings)


def test_the_framework_the_file_names_is_honoured(tmp_path: Path) -> None:
    body = re.sub(r"^framework:.*$", "framework: bumen-2013", seed_text(), flags=re.M)
    path = tmp_path / "s.yaml"
    path.write_text(body, encoding="utf-8")
    data = json.loads(run("evaluate", path, "--json").stdout)
    assert data["framework"] == "bumen-2013"
    overridden = json.loads(run("evaluate", path, "--json", "-f", "bumen-zhengti").stdout)
    assert overridden["framework"] == "bumen-zhengti"
    assert "framework-override" in {f["code"] for f in overridden["findings"]}


def test_targets_and_facts_the_framework_lacks_are_named_not_dropped(tmp_path: Path) -> None:
    data = yaml.safe_load(seed_text())
    data["targets"]["no_such_rate"] = {"target": "95"}
    data["facts"]["budget.no_such_line"] = 12
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, findings = check_json(path)
    unused = {f["location"]: f["message"] for f in findings if f["code"] == "invalid-field"}
    assert code == 1
    assert set(unused) == {"targets.no_such_rate", "facts.budget.no_such_line"}
    assert "no_such_rate" in unused["targets.no_such_rate"]
    assert "未予采用" in unused["facts.budget.no_such_line"]


def test_an_unknown_framework_name_in_the_file_is_refused(tmp_path: Path) -> None:
    body = re.sub(r"^framework:.*$", "framework: nosuch", seed_text(), flags=re.M)
    path = tmp_path / "s.yaml"
    path.write_text(body, encoding="utf-8")
    result = run("check", path)
    assert result.exit_code == 2
    assert "nosuch" in result.output


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf"])
def test_nan_and_infinity_get_a_chinese_message_at_the_field(tmp_path: Path, value: str) -> None:
    _, findings = check_json(with_fact(tmp_path, value))
    hit = [f for f in findings if f["location"] == "facts.budget.total.adjusted"]
    assert len(hit) == 1
    assert re.search(r"[\u4e00-\u9fff]", hit[0]["message"])
    assert "Input should" not in hit[0]["message"]


def test_a_nan_target_is_refused_in_chinese_at_its_path(tmp_path: Path) -> None:
    data = yaml.safe_load(seed_text())
    code = next(iter(data["targets"]))
    data["targets"][code]["target"] = float("nan")
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # NaN as JSON's extension
    result = run("check", path, "--json")
    assert result.exit_code == 2
    findings = json.loads(result.stdout)["findings"]
    assert [f["location"] for f in findings] == [f"targets.{code}.target"]
    assert "应为有限数字" in findings[0]["message"]


@pytest.mark.parametrize(
    ("value", "said"), [("1e5", "不是数字"), ("0x10", "不是数字"), ("95%", "不带单位")]
)
def test_a_target_typed_as_text_is_read_as_a_clerk_s_figure(
    tmp_path: Path, value: str, said: str
) -> None:
    data = yaml.safe_load(seed_text())
    code = next(iter(data["targets"]))
    data["targets"][code]["target"] = value
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("check", path, "--json")
    findings = json.loads(result.stdout)["findings"]
    hit = [f for f in findings if f["location"] == f"targets.{code}.target"]
    assert result.exit_code == 2
    assert len(hit) == 1 and said in hit[0]["message"]


def test_a_target_typed_as_plain_text_digits_is_taken(tmp_path: Path) -> None:
    data = yaml.safe_load(seed_text())
    code = next(c for c, entry in data["targets"].items() if "target" in entry)
    data["targets"][code]["target"] = str(data["targets"][code]["target"])
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    findings = json.loads(run("check", path, "--json").stdout)["findings"]
    assert not [f for f in findings if f["location"].startswith(f"targets.{code}")]


def test_evaluate_without_an_output_folder_says_nothing_was_written() -> None:
    result = run("evaluate", SEED_YAML)
    assert "未生成文件" in result.stdout
    assert "-o" in result.stdout


def test_a_batch_row_names_the_file_s_own_problem_first(tmp_path: Path) -> None:
    units = tmp_path / "units"
    units.mkdir()
    for name in ("yuan-not-wan.xlsx", "unit-in-number.xlsx"):
        shutil.copy(ROOT / "examples" / "bad-input" / name, units / name)
    result = run("evaluate", units, "-o", tmp_path / "out", "--no-pdf")
    lines = {line.split("：", 1)[0].strip(): line for line in result.stdout.splitlines()}
    assert "疑似按元填报" in lines["yuan-not-wan.xlsx"]
    assert "请只填数字" in lines["unit-in-number.xlsx"]


def test_an_output_folder_under_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("keep", encoding="utf-8")
    result = run("evaluate", SEED_YAML, "-o", blocker / "out", "--draft", "--no-pdf")
    assert result.exit_code == 2
    assert "无法在其下建立输出文件夹" in result.output


def test_a_folder_review_never_writes_over_one_of_its_files(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / "a.txt"
    report.write_text("2023年度某局部门整体支出绩效自评报告\n一、部门概况\n……", encoding="utf-8")
    before = digest(report)
    result = run("review", folder, "-o", report)
    assert result.exit_code == 2
    assert digest(report) == before


def test_a_user_s_file_named_like_the_summary_is_kept(tmp_path: Path) -> None:
    units = tmp_path / "units"
    units.mkdir()
    shutil.copy(SEED_YAML, units / "a.yaml")
    own = units / "绩效自评汇总表.xlsx"
    shutil.copy(SEED_XLSX, own)
    before = digest(own)
    result = run("evaluate", units, "-o", units, "--draft", "--no-pdf")
    assert digest(own) == before
    assert "绩效自评汇总表-1个单位.xlsx" in result.stdout


def _docx(tmp_path: Path) -> Path:
    import docx  # noqa: PLC0415

    path = tmp_path / "report.docx"
    document = docx.Document()
    document.add_paragraph("2023年度某局部门整体支出绩效自评报告")
    document.add_paragraph("本年支出100.00万元，其中基本支出60.00万元，项目支出40.00万元。")
    document.save(str(path))
    return path


def test_a_damaged_docx_is_reported_not_raised(tmp_path: Path) -> None:
    path = _docx(tmp_path)
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"][: len(parts["word/document.xml"]) // 2]
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    result = run("review", broken)
    assert result.exit_code == 2
    assert "已损坏" in result.output


def test_review_refuses_a_hard_link_to_its_input_as_output(tmp_path: Path) -> None:
    path = _docx(tmp_path)
    link = tmp_path / "link.docx"
    os.link(path, link)
    before = digest(path)
    assert run("review", path, "-o", link).exit_code == 2
    assert digest(path) == before


def test_a_huge_text_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("本年支出100.00万元。\n" * 200_000, encoding="utf-8")  # ~5 MB
    result = run("review", path)
    assert result.exit_code == 2
    assert "2MB" in result.output


def test_a_recursive_yaml_anchor_and_a_huge_integer_are_refused(tmp_path: Path) -> None:
    looped = tmp_path / "loop.yaml"
    looped.write_text("unit: {name: 某局, year: 2023}\nfacts:\n  x: &r [*r]\n", encoding="utf-8")
    assert "引用自身" in run("check", looped).output
    huge = tmp_path / "huge.json"
    huge.write_text('{"unit": {"name": "某局", "year": 2023}, "facts": {"x": ' + "9" * 5000 + "}}")
    assert "位数过多" in run("check", huge).output


def test_an_output_file_name_taken_by_a_folder_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "evaluation.json").mkdir(parents=True)
    result = run("evaluate", SEED_YAML, "-o", out, "--draft", "--no-pdf")
    assert result.exit_code == 2
    assert "是文件夹" in result.output


def test_a_unit_name_longer_than_a_word_property_still_writes_the_report(tmp_path: Path) -> None:
    data = yaml.safe_load(seed_text())
    data["unit"]["name"] = "单" * 400
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    result = run("evaluate", path, "-o", out, "--draft", "--no-pdf")
    assert result.exit_code in {0, 1}
    assert (out / "部门整体绩效自评报告.docx").is_file()


def test_output_names_too_long_for_the_file_system_are_refused(tmp_path: Path) -> None:
    long_name = "长" * 300
    evaluated = run("evaluate", SEED_YAML, "-o", tmp_path / long_name, "--draft", "--no-pdf")
    assert evaluated.exit_code == 2
    assert "无法使用" in evaluated.output
    templated = run("template", "-o", tmp_path / f"{long_name}.xlsx")
    assert templated.exit_code == 2
    assert "无法使用" in templated.output


def test_a_docx_whose_styles_cannot_be_found_is_still_annotated(tmp_path: Path) -> None:
    source = _docx(tmp_path)
    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(damaged, "w") as out:
        for item in original.infolist():
            if item.filename != "word/_rels/document.xml.rels":  # styles no longer linked
                out.writestr(item, original.read(item))
    annotated = tmp_path / "annotated.docx"
    result = runner.invoke(app, ["review", str(damaged), "-o", str(annotated)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in {0, 1, 2}, result.output
    assert annotated.is_file() or result.exit_code == 2  # annotated, or refused with a message


def test_a_total_too_large_for_a_spreadsheet_number_is_written_as_text(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    huge = "1" + "0" * 400
    (folder / "r.txt").write_text(
        f"2023年度某项目支出绩效自评报告\n经自评，自评总分为{huge}分。\n", encoding="utf-8"
    )
    out = tmp_path / "summary.xlsx"
    result = runner.invoke(app, ["review", str(folder), "-o", str(out)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    values = [c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row]
    assert huge in values

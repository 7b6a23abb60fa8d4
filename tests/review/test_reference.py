"""Cross-check of a report against its 自评表 (--table) and its submission (--submission).

The example's table and report are generated with jixiao itself; the report is then
altered in one figure (or the table in one cell) and exactly that mismatch must be found.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml
from review_support import REPO
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.review.crosscheck.check import CROSS_CHECK_CODES
from jixiao.review.crosscheck.reference import ReferenceReadError
from jixiao.review.crosscheck.submission import read_submission
from jixiao.review.crosscheck.table import read_table
from jixiao.review.indicators import DEFAULT_INDICATORS
from jixiao.review.indicators import framework_indicator_names
from jixiao.review.indicators import normalize_name
from jixiao.review.model import ReviewFinding
from jixiao.review.readers import read_report
from jixiao.review.service import review_file
from jixiao.review.service import review_folder

runner = CliRunner()
EXAMPLE = REPO / "examples" / "gedian-2023"
TABLE_NAME = "部门整体支出绩效自评表.xlsx"
REPORT_NAME = "部门整体绩效自评报告.docx"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's 自评表 and report, written by ``jixiao evaluate --draft``."""
    out = tmp_path_factory.mktemp("gedian")
    result = runner.invoke(
        app, ["evaluate", str(EXAMPLE / "submission.xlsx"), "-o", str(out), "--draft", "--no-pdf"]
    )
    assert (out / TABLE_NAME).is_file(), result.output
    assert (out / REPORT_NAME).is_file(), result.output
    return out


def _cross(findings: tuple[ReviewFinding, ...]) -> list[ReviewFinding]:
    return [f for f in findings if f.code in CROSS_CHECK_CODES]


def _report_text(generated: Path, tmp_path: Path, old: str, new: str) -> Path:
    """The generated report as text, with the first paragraph containing ``old`` altered."""
    texts = [p.text for p in read_report(generated / REPORT_NAME).paragraphs]
    index = next(i for i, t in enumerate(texts) if old in t)
    texts[index] = texts[index].replace(old, new, 1)
    path = tmp_path / "报告.txt"
    path.write_text("\n".join(texts), encoding="utf-8")
    return path


def _paragraph_of(path: Path, text: str) -> int:
    return next(p.index for p in read_report(path).paragraphs if text in p.text)


def test_generated_report_agrees_with_its_table(generated: Path) -> None:
    result = review_file(generated / REPORT_NAME, (), (read_table(generated / TABLE_NAME),))
    assert _cross(result.findings) == []


@pytest.mark.parametrize("name", ["submission.xlsx", "submission.yaml"])
def test_generated_report_agrees_with_its_submission(generated: Path, name: str) -> None:
    reference = read_submission(EXAMPLE / name, "bumen-zhengti")
    assert _cross(review_file(generated / REPORT_NAME, (), (reference,)).findings) == []


def test_seed_agrees_with_the_example_table(generated: Path) -> None:
    seed = REPO.parent / "shared" / "seed" / "000_c9b84e92ccfd1235.txt"
    if not seed.is_file():
        seed = Path(__file__).resolve().parent / "data" / "seed.txt"
    result = review_file(seed, (), (read_table(generated / TABLE_NAME),))
    assert _cross(result.findings) == []


@pytest.mark.parametrize(
    ("old", "new", "code", "stated", "recomputed"),
    [
        ("预算执行率为89.98%", "预算执行率为88.98%", "table-mismatch", "88.98%", "89.98%"),
        ("全年执行169.11万元", "全年执行196.11万元", "table-mismatch", "196.11万元", "169.11万元"),
        ("实际完成值为17.3亿元", "实际完成值为13.7亿元", "table-mismatch", "13.7亿元", "17.3亿元"),
        ("年度指标值为≥18亿元", "年度指标值为≥16亿元", "table-mismatch", "16亿元", "≥18亿元"),
        ("单位自评结论为“否”", "单位自评结论为“是”", "table-mismatch", "是", "否"),
        ("得9分（分值10分）", "得8分（分值10分）", "table-score-mismatch", "8分", "9分"),
        ("自评总分57.30分", "自评总分75.30分", "table-total-mismatch", "75.30分", "57.3分"),
        ("等级为“差”", "等级为“中”", "table-total-mismatch", "中", "差"),
        ("｜10｜9.00", "｜10｜8.00", "table-score-mismatch", "8.00分", "9分"),
    ],
)
def test_one_altered_figure_gives_exactly_that_mismatch(
    generated: Path, tmp_path: Path, old: str, new: str, code: str, stated: str, recomputed: str
) -> None:
    report = _report_text(generated, tmp_path, old, new)
    for reference in (
        read_table(generated / TABLE_NAME),
        read_submission(EXAMPLE / "submission.yaml", "bumen-zhengti"),
    ):
        found = _cross(review_file(report, (), (reference,)).findings)
        assert [(f.code, f.paragraph, f.stated, f.recomputed) for f in found] == [
            (code, _paragraph_of(report, new), stated, recomputed)
        ]
        assert found[0].severity == "error"
        assert new.strip("｜")[:4] in found[0].quote or stated.rstrip("分") in found[0].quote


def _set_table_value(source: Path, target: Path, name: str, value: str) -> None:
    workbook = openpyxl.load_workbook(source)
    sheet = workbook.worksheets[0]
    header = next(r for r in sheet.iter_rows() if any(c.value == "三级指标" for c in r))
    columns = {c.value: c.column for c in header if c.value}
    row = next(
        r[0].row
        for r in sheet.iter_rows(min_row=header[0].row + 1)
        if sheet.cell(r[0].row, columns["三级指标"]).value == name
    )
    sheet.cell(row, columns["实际完成值"]).value = value
    workbook.save(target)


def test_altered_table_cell_is_found_where_the_report_states_it(
    generated: Path, tmp_path: Path
) -> None:
    table = tmp_path / TABLE_NAME
    _set_table_value(generated / TABLE_NAME, table, "预算调整率", "19.74%")
    found = _cross(review_file(generated / REPORT_NAME, (), (read_table(table),)).findings)
    assert found
    assert {(f.code, f.stated, f.recomputed) for f in found} == {
        ("table-mismatch", "17.94%", "19.74%")
    }
    assert all("预算调整率" in f.message for f in found)


def test_altered_submission_is_found(generated: Path, tmp_path: Path) -> None:
    data = yaml.safe_load((EXAMPLE / "submission.yaml").read_text(encoding="utf-8"))
    data["facts"]["costs.public.actual"] = 5.90  # 公用经费控制率 79.30% instead of 76.61%
    changed = tmp_path / "填报.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    reference = read_submission(changed, "bumen-zhengti")
    found = _cross(review_file(generated / REPORT_NAME, (), (reference,)).findings)
    assert found
    assert {(f.code, f.stated, f.recomputed) for f in found} == {
        ("table-mismatch", "76.61%", "79.30%")
    }


def test_table_filled_by_hand_in_the_same_layout(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["部门整体支出绩效自评表"])
    sheet.append(["（2023年度）"])
    sheet.append([])
    sheet.append(["自评总分", None, 92.5, None, "自评等级", "优"])
    sheet.append(
        ["资金情况（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"]
    )
    sheet.append(["资金总额", None, 100, 120, 114, 10, 95])
    sheet.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    sheet.append(["管理效率", "预算执行", "预算执行率", "≥95%", 0.95, 10, 10])
    sheet.cell(sheet.max_row, 5).number_format = "0.00%"
    sheet.append([None, None, "政府采购执行率", "≥90%", 96.5, 2, 2])
    sheet.append([None, None, "绩效目标合理性", None, "是", 1, 1])
    sheet.append(["总分", None, None, None, None, 100, 92.5])
    table = tmp_path / "自评表.xlsx"
    workbook.save(table)
    reference = read_table(table)
    assert reference.total_score == 92.5
    assert reference.grade == "优"
    report = tmp_path / "报告.txt"
    report.write_text(
        "2023年度某局部门整体绩效自评报告\n"
        "2023年年初预算100.00万元，全年预算120.00万元，全年支出114.00万元，预算执行率为95.00%。\n"
        "政府采购执行率为96.5%，年度目标为不低于90%。\n"
        "项目预算执行率为88.00%。2022年预算执行率为91.20%。\n"
        "经自评，自评得分92.5分，评价等级为“优”。\n",
        encoding="utf-8",
    )
    assert _cross(review_file(report, (), (reference,)).findings) == []
    report.write_text(
        report.read_text(encoding="utf-8").replace("96.5%", "95.6%"), encoding="utf-8"
    )
    found = _cross(review_file(report, (), (reference,)).findings)
    assert [(f.code, f.paragraph, f.stated) for f in found] == [("table-mismatch", 3, "95.6%")]


@pytest.mark.parametrize(
    ("content", "suffix", "words"),
    [
        (b"not a workbook", ".xlsx", "不是有效的 .xlsx"),
        (b"a,b\n1,2\n", ".csv", "不是自评表工作簿"),
        (b"\xd0\xcf\x11\xe0old", ".xls", "另存为 .xlsx"),
    ],
)
def test_bad_table_file_exits_2_with_a_chinese_message(
    generated: Path, tmp_path: Path, content: bytes, suffix: str, words: str
) -> None:
    table = tmp_path / f"表{suffix}"
    table.write_bytes(content)
    result = runner.invoke(app, ["review", str(generated / REPORT_NAME), "--table", str(table)])
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_workbook_in_another_layout_is_refused(generated: Path, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["项目", "金额"])
    workbook.save(tmp_path / "别的表.xlsx")
    with pytest.raises(ReferenceReadError, match="不是自评表版式"):
        read_table(tmp_path / "别的表.xlsx")
    result = runner.invoke(
        app, ["review", str(generated / REPORT_NAME), "--table", str(tmp_path / "别的表.xlsx")]
    )
    assert result.exit_code == 2
    assert "三级指标" in result.output


def test_bad_submission_exits_2(generated: Path, tmp_path: Path) -> None:
    bad = tmp_path / "填报.yaml"
    bad.write_text("facts: [", encoding="utf-8")
    result = runner.invoke(app, ["review", str(generated / REPORT_NAME), "--submission", str(bad)])
    assert result.exit_code == 2
    assert "无法读取" in result.output
    assert isinstance(result.exception, SystemExit)


def test_cli_table_and_submission_agree_with_generated_report(generated: Path) -> None:
    result = runner.invoke(
        app,
        [
            "review",
            str(generated / REPORT_NAME),
            "--table",
            str(generated / TABLE_NAME),
            "--submission",
            str(EXAMPLE / "submission.xlsx"),
            "--json",
        ],
    )
    assert "table-" not in result.stdout


def test_folder_with_table_is_refused(generated: Path) -> None:
    result = runner.invoke(app, ["review", str(generated), "--table", str(generated / TABLE_NAME)])
    assert result.exit_code == 2
    assert "单个报告" in result.output


def test_default_framework_gives_the_indicators() -> None:
    names = framework_indicator_names()
    assert [normalize_name(n) for n in names] == [normalize_name(n) for n in DEFAULT_INDICATORS]
    assert len(framework_indicator_names("bumen-2013")) != len(names)


def test_framework_option_changes_the_expected_indicators(tmp_path: Path) -> None:
    report = tmp_path / "报告.txt"
    report.write_text(
        "2023年度某局部门整体绩效自评报告\n一、基本情况\n某局概况。\n"
        "二、绩效目标完成情况\n公用经费控制率为90%。\n",
        encoding="utf-8",
    )
    default = runner.invoke(app, ["review", str(report), "--json"])
    other = runner.invoke(app, ["review", str(report), "--json", "-f", "nonexistent"])
    assert default.exit_code in (0, 1)
    assert other.exit_code == 2
    assert "找不到指标体系" in other.output


def test_a_folder_review_checks_each_report_with_the_table_beside_it(
    generated: Path, tmp_path: Path
) -> None:
    agree, differ, alone = (tmp_path / name for name in ("甲单位", "乙单位", "丙单位"))
    for folder in (agree, differ, alone):
        folder.mkdir()
        shutil.copy(generated / REPORT_NAME, folder / REPORT_NAME)
    shutil.copy(generated / TABLE_NAME, agree / TABLE_NAME)
    _set_table_value(generated / TABLE_NAME, differ / TABLE_NAME, "预算执行率", "88.00%")
    results = {
        Path(r.file).parent.name: r
        for r in review_folder(tmp_path, DEFAULT_INDICATORS)
        if Path(r.file).name == REPORT_NAME
    }
    assert results["甲单位"].table == TABLE_NAME and _cross(results["甲单位"].findings) == []
    mismatches = _cross(results["乙单位"].findings)  # the report states 89.98% in places
    assert mismatches and {(f.code, f.recomputed) for f in mismatches} == {
        ("table-mismatch", "88.00%")
    }
    assert results["丙单位"].table == "" and _cross(results["丙单位"].findings) == []
    off = review_folder(tmp_path, DEFAULT_INDICATORS, tables=False)
    assert all(_cross(r.findings) == [] and r.table == "" for r in off)
    tables = [r for r in off if Path(r.file).name == TABLE_NAME]
    assert len(tables) == 2 and all(r.kind.startswith("部门整体支出绩效自评表") for r in tables)
    result = runner.invoke(app, ["review", str(tmp_path)])
    head, *rows = list(openpyxl.load_workbook(tmp_path / "复核汇总.xlsx")["复核汇总"].values)
    column = head.index("核对的自评表")
    assert result.exit_code == 1
    reports = [r for r in rows if r[0] == REPORT_NAME]
    assert sorted(r[column] for r in reports) == sorted([TABLE_NAME, TABLE_NAME, "—"])


def test_an_unreadable_table_beside_a_report_is_said(generated: Path, tmp_path: Path) -> None:
    shutil.copy(generated / REPORT_NAME, tmp_path / REPORT_NAME)
    (tmp_path / TABLE_NAME).write_bytes(b"not a workbook")
    results = {Path(r.file).name: r for r in review_folder(tmp_path, DEFAULT_INDICATORS)}
    result = results[REPORT_NAME]
    assert results[TABLE_NAME].error is not None  # the broken table gets its own row too
    notes = [f for f in result.findings if f.code == "table-unreadable"]
    assert len(notes) == 1 and TABLE_NAME in notes[0].message
    assert result.table == ""

"""Reading real files: .docx (with comments written back), .pdf, bad files, folders, CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from review_support import CORPUS
from review_support import SEED_COPY
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.documents.pdf import convert_to_pdf
from jixiao.review.indicators import IndicatorFileError
from jixiao.review.indicators import indicator_names
from jixiao.review.readers import ReportReadError
from jixiao.review.readers import read_report

runner = CliRunner()
FAULTY = CORPUS / "01-chengguan-2023.txt"


def _docx_from(text_file: Path, out: Path) -> Path:
    document = Document()
    for line in text_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    document.save(str(out))
    return out


def test_docx_review_and_comments(tmp_path: Path) -> None:
    source = _docx_from(FAULTY, tmp_path / "报告.docx")
    out = tmp_path / "报告-复核意见.docx"
    result = runner.invoke(app, ["review", str(source), "-o", str(out), "--json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    codes = {f["code"] for f in data["findings"]}
    assert {"sum-mismatch", "rate-mismatch", "verdict-without-target"} <= codes
    annotated = Document(str(out))
    comments = list(annotated.comments)
    assert len(comments) == len(data["findings"])
    assert any("96.18%" in c.text for c in comments)
    assert annotated.paragraphs[-1].text or annotated.tables[-1].rows[1].cells[3].text


def test_text_input_gets_a_new_docx(tmp_path: Path) -> None:
    out = tmp_path / "seed-复核意见.docx"
    result = runner.invoke(app, ["review", str(SEED_COPY), "-o", str(out)])
    assert result.exit_code == 1
    assert "结论缺少年度指标值" in result.stdout
    assert len(list(Document(str(out)).comments)) > 10


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and pdftotext are needed to make and read a PDF",
)
def test_pdf_review(tmp_path: Path) -> None:
    source = _docx_from(FAULTY, tmp_path / "report.docx")
    convert_to_pdf(source, tmp_path)  # the project's own LibreOffice call
    result = runner.invoke(app, ["review", str(tmp_path / "report.pdf"), "--json"])
    data = json.loads(result.stdout)
    assert data["pages_or_paragraphs"] >= 1
    assert {"sum-mismatch", "rate-mismatch"} <= {f["code"] for f in data["findings"]}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "空文件"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "已损坏"),
        ("fake.docx", b"%PDF-1.4 hello", "扩展名"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "已加密"),
        ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
        ("binary.txt", b"abc\x00\x01\x02", "不是文本文件"),
        ("table.xlsx", b"PK\x03\x04", "已损坏"),
        ("table.xls", b"PK\x03\x04", "并非该格式"),
        ("notes.rtf", b"{\\rtf1", "不支持"),
        ("english.txt", b"just some english text", "中文"),
    ],
)
def test_bad_files_give_a_chinese_message(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ReportReadError, match=message):
        read_report(path)
    result = runner.invoke(app, ["review", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice makes the scanned-like PDF"
)
def test_pdf_without_text_layer(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("")
    document.save(str(tmp_path / "scan.docx"))
    convert_to_pdf(tmp_path / "scan.docx", tmp_path)  # the project's own LibreOffice call
    with pytest.raises(ReportReadError, match="扫描件"):
        read_report(tmp_path / "scan.pdf")


def test_folder_summary_workbook(tmp_path: Path) -> None:
    for name in ("01-chengguan-2023.txt", "02-jiaoyu-2023.txt"):
        shutil.copy(CORPUS / name, tmp_path / name)
    (tmp_path / "坏文件.docx").write_bytes(b"PK broken")
    result = runner.invoke(app, ["review", str(tmp_path)])
    assert result.exit_code == 1
    head, *rows = list(load_workbook(tmp_path / "复核汇总.xlsx")["复核汇总"].values)
    by_file = {row[0]: dict(zip(head, row, strict=True)) for row in rows}
    assert by_file["01-chengguan-2023.txt"]["错误"] == 3  # three errors planted
    assert by_file["02-jiaoyu-2023.txt"]["错误"] == 0
    assert by_file["02-jiaoyu-2023.txt"]["文件类别"] == "部门整体支出绩效自评报告"
    assert "已损坏" in str(by_file["坏文件.docx"]["状态"])


def test_indicator_names_from_yaml(tmp_path: Path) -> None:
    assert len(indicator_names(None)) == 32
    path = tmp_path / "f.yaml"
    path.write_text(
        "indicators:\n  - {name: 甲率, level1: 运行成本, level2: 甲}\n", encoding="utf-8"
    )
    assert indicator_names(path) == ["甲率"]
    path.write_text("foo: 1\n", encoding="utf-8")
    with pytest.raises(IndicatorFileError):
        indicator_names(path)

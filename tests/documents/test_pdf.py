"""PDF conversion with LibreOffice: real conversions (text, fonts) and the failure messages."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import docx
import pytest

from jixiao.documents.pdf import FONTS_CONF
from jixiao.documents.pdf import NOT_INSTALLED
from jixiao.documents.pdf import PdfError
from jixiao.documents.pdf import convert_to_pdf
from jixiao.documents.pdf import find_soffice
from jixiao.documents.report.writer import DEFAULT_TEMPLATE
from jixiao.documents.report.writer import write_report
from jixiao.frameworks import load_pair

from support import evaluate_data
from support import seed_data

needs_soffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice not installed")
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return "".join(out.stdout.split())  # CJK lines wrap and digits get spaced: drop whitespace


def _fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed unit's report, converted."""
    folder = tmp_path_factory.mktemp("pdf")
    framework, _ = load_pair()
    source = folder / "部门整体绩效自评报告.docx"
    write_report(evaluate_data(seed_data()), framework, source, draft=False)
    return convert_to_pdf(source, folder / "out")


@needs_soffice
@needs_poppler
def test_pdf_holds_title_and_figures(report_pdf: Path) -> None:
    assert report_pdf.name == "部门整体绩效自评报告.pdf"
    text = _text(report_pdf)
    assert "2023年度葛店经开区创新创业发展中心部门整体绩效自评报告" in text
    assert "89.98%" in text
    assert "17.94%" in text
    assert "—1—" in text  # page number


@needs_soffice
@needs_poppler
def test_pdf_embeds_the_aliased_fonts(report_pdf: Path) -> None:
    fonts = _fonts(report_pdf)
    assert "NotoSerifCJK" in fonts  # 仿宋_GB2312 / 方正小标宋简体 / 宋体
    assert "NotoSansCJK" in fonts  # 黑体
    assert "UKai" in fonts  # 楷体_GB2312 headings only


@needs_soffice
@needs_poppler
def test_body_text_is_not_set_in_kai(tmp_path: Path) -> None:
    document = docx.Document(str(DEFAULT_TEMPLATE))
    body = document.element.body
    for paragraph in list(document.paragraphs):
        body.remove(paragraph._p)
    document.add_paragraph("一、基本情况", style="一级标题")
    document.add_paragraph("2023年预算执行率为89.98%，预算调整率为17.94%。", style="报告正文")
    document.add_paragraph("1.预算执行指标分析", style="三级标题")
    source = tmp_path / "body.docx"
    document.save(str(source))
    fonts = _fonts(convert_to_pdf(source, tmp_path))
    assert "NotoSerifCJK" in fonts
    assert "UKai" not in fonts


@needs_soffice
def test_output_replaces_an_old_pdf(tmp_path: Path) -> None:
    source = tmp_path / "a.docx"
    document = docx.Document(str(DEFAULT_TEMPLATE))
    document.save(str(source))
    (tmp_path / "a.pdf").write_text("old", encoding="utf-8")
    result = convert_to_pdf(source, tmp_path)
    assert result.read_bytes().startswith(b"%PDF")


def test_fonts_conf_maps_official_names() -> None:
    if shutil.which("fc-match") is None:
        pytest.skip("fontconfig tools not installed")
    env = {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF)}
    expected = {
        "仿宋_GB2312": "Noto Serif CJK SC",
        "方正小标宋简体": "Noto Serif CJK SC",
        "宋体": "Noto Serif CJK SC",
        "黑体": "Noto Sans CJK SC",
        "楷体_GB2312": "AR PL UKai CN",
    }
    for name, family in expected.items():
        out = subprocess.run(
            ["fc-match", "-f", "%{family}", name],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if family.split()[0] not in out.stdout and "Noto" in family:
            pytest.skip("Noto CJK fonts not installed")
        assert family in out.stdout, name


def _fake_soffice(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``soffice`` that runs ``script``, first on PATH (the shell's tools after it)."""
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    path = bin_dir / "soffice"
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")


def _docx(folder: Path) -> Path:
    path = folder / "r.docx"
    path.write_bytes(b"placeholder")
    return path


def test_missing_libreoffice_is_a_chinese_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PdfError) as caught:
        convert_to_pdf(_docx(tmp_path), tmp_path)
    assert str(caught.value) == NOT_INSTALLED
    assert "未安装 LibreOffice" in NOT_INSTALLED


def test_failure_reports_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_soffice(
        tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1", monkeypatch
    )
    with pytest.raises(PdfError, match=r"转换失败.*source file could not be loaded"):
        convert_to_pdf(_docx(tmp_path), tmp_path / "out")


def test_no_output_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_soffice(tmp_path, "exit 0", monkeypatch)
    with pytest.raises(PdfError, match=r"未生成 PDF 文件“r\.pdf”"):
        convert_to_pdf(_docx(tmp_path), tmp_path / "out")


def test_timeout_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_soffice(tmp_path, "exec sleep 5", monkeypatch)
    with pytest.raises(PdfError, match="超时（超过 1 秒）"):
        convert_to_pdf(_docx(tmp_path), tmp_path / "out", timeout=1)


def test_missing_source_is_an_error(tmp_path: Path) -> None:
    if find_soffice() is None:
        pytest.skip("LibreOffice not installed")
    with pytest.raises(PdfError, match="找不到要转换的文件"):
        convert_to_pdf(tmp_path / "none.docx", tmp_path)


def test_each_conversion_gets_its_own_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "args.txt"
    script = f'echo "$@" >> {log}; echo "$FONTCONFIG_FILE" >> {log}; exit 1'
    _fake_soffice(tmp_path, script, monkeypatch)
    for _ in range(2):
        with pytest.raises(PdfError):
            convert_to_pdf(_docx(tmp_path), tmp_path / "out", timeout=10)
    calls = log.read_text(encoding="utf-8").splitlines()
    profiles = [arg for line in calls[::2] for arg in line.split() if "UserInstallation" in arg]
    assert len(set(profiles)) == 2
    assert all("--norestore" in line and "--headless" in line for line in calls[::2])
    assert calls[1] == str(FONTS_CONF)


def _report(folder: Path, unit: str) -> Path:
    """A unit's report under the file name every unit's report has."""
    framework, _ = load_pair()
    data = seed_data()
    data["unit"]["name"] = unit
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "部门整体绩效自评报告.docx"
    write_report(evaluate_data(data), framework, source, draft=False)
    return source


@needs_soffice
@needs_poppler
def test_a_batch_converts_reports_of_one_name_each_into_its_own_place(tmp_path: Path) -> None:
    from jixiao.documents.pdf import PdfJob  # noqa: PLC0415
    from jixiao.documents.pdf import convert_batch  # noqa: PLC0415

    units = ["甲单位", "乙单位", "丙单位"]
    reports = [_report(tmp_path / unit, unit) for unit in units]
    broken = tmp_path / "丁单位" / "部门整体绩效自评报告.docx"
    broken.parent.mkdir()
    broken.write_bytes(b"PK\x03\x04 not a document")
    jobs = [PdfJob(r, r.with_suffix(".pdf")) for r in [*reports, broken]]
    done: list[int] = []
    failed = convert_batch(jobs, chunk=2, workers=2, on_done=done.append)
    assert list(failed) == [broken]  # retried alone, and named
    assert sum(done) == 4
    for unit, report in zip(units, reports, strict=True):
        text = _text(report.with_suffix(".pdf"))
        assert f"{unit}部门整体绩效自评报告" in text
        assert all(other not in text for other in units if other != unit)


def test_a_pdf_without_a_page_is_not_complete(tmp_path: Path) -> None:
    from jixiao.documents.pdf import is_complete_pdf  # noqa: PLC0415

    empty = tmp_path / "a.pdf"
    empty.write_bytes(b"%PDF-1.7\n%%EOF\n")
    assert not is_complete_pdf(empty)
    empty.write_bytes(b"%PDF-1.7\n1 0 obj<</Type /Page /Parent 2 0 R>>endobj\n%%EOF\n")
    assert is_complete_pdf(empty)
    assert not is_complete_pdf(tmp_path / "none.pdf")

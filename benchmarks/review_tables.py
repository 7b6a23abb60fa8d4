"""Review speed on 自评表 files: a folder of generated 项目支出绩效自评表 as .xlsx, .docx, .pdf
and .doc, each with one planted fault, reviewed as `jixiao review 目录/` does.

Run: python benchmarks/review_tables.py [xlsx-count] [docx-count] [pdf-count]
Prints files per second and milliseconds per file for each format, and how many of the
planted faults were found (every one should be).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import docx
import xlsxwriter

from jixiao.documents.pdf import convert
from jixiao.review.service import review_folder

HEADER = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
INDICATORS = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]


def _rows(number: int) -> list[list[str]]:
    """A project table; its 执行率 score is rounded up to full marks (the planted fault)."""
    budget = Decimal(100 + number % 50)
    spent = (budget * Decimal("0.914")).quantize(Decimal("0.01"))
    return [
        ["项目支出绩效自评表"],
        ["项目名称", f"第{number}号项目", "实施单位", f"第{number % 40}单位"],
        HEADER,
        ["年度资金总额", str(budget), str(budget), str(spent), "10", "91.40%", "10"],
        INDICATORS,
        ["产出指标", "数量指标", "完成任务数", "≥10项", "10项", "50", "50"],
        ["效益指标", "社会效益", "服务对象数", "≥50家", "52家", "30", "30"],
        ["满意度指标", "满意度", "服务对象满意度", "≥90%", "93%", "10", "10"],
        ["总分", "", "", "", "", "100", "100"],
    ]


def _xlsx(path: Path, number: int) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("项目自评表")
    for row, cells in enumerate(_rows(number)):
        sheet.write_row(row, 0, cells)
    book.close()


def _docx(path: Path, number: int) -> None:
    document = docx.Document()
    rows = _rows(number)
    document.add_paragraph(rows[0][0])
    table = document.add_table(rows=len(rows) - 1, cols=7)
    table.style = "Table Grid"  # ruled, as 自评表 are (an unruled table leaves Word 97 as text)
    for row, cells in enumerate(rows[1:]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("填报人：某某")  # a note under the table, as real tables have
    document.save(str(path))


JOBS = 2  # worker processes, as `jixiao review 目录/` runs by default


def _make(folder: Path, count: int, write: Callable[[Path, int], None], suffix: str) -> None:
    folder.mkdir()
    for number in range(count):
        write(folder / f"项目自评表-{number:04d}{suffix}", number)


def _measure(label: str, folder: Path, count: int) -> None:
    started = time.perf_counter()
    results = review_folder(folder, tables=False, jobs=JOBS)
    elapsed = time.perf_counter() - started
    found = sum(1 for r in results if any(f.code == "rate-score-mismatch" for f in r.findings))
    print(
        f"{label}: {count} files in {elapsed:.2f} s ({JOBS} processes) — "
        f"{count / elapsed:.1f} files/s, "
        f"{elapsed / count * 1000:.1f} ms per file; planted fault found in {found}/{count}"
    )


def _converted(source: Path, target: Path, count: int, to: str) -> None:
    """``count`` copies of one document converted by LibreOffice (conversion not timed)."""
    target.mkdir()
    sample = convert(next(source.iterdir()), target / "_", to)
    for number in range(count):
        shutil.copy(sample, target / f"项目自评表-{number:04d}.{to}")
    shutil.rmtree(target / "_")


def main() -> None:
    xlsx_count, docx_count, pdf_count = (
        int(a) for a in (sys.argv[1:] + ["1000", "300", "100"][len(sys.argv) - 1 :])[:3]
    )
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        _make(root / "xlsx", xlsx_count, _xlsx, ".xlsx")
        _measure("xlsx", root / "xlsx", xlsx_count)
        _make(root / "docx", docx_count, _docx, ".docx")
        _measure("docx", root / "docx", docx_count)
        if shutil.which("soffice") is None:
            print("pdf, doc: LibreOffice not installed, not measured")
            return
        _converted(root / "docx", root / "pdf", pdf_count, "pdf")
        _measure("pdf (pdftotext -layout)", root / "pdf", pdf_count)
        _converted(root / "docx", root / "doc", min(pdf_count, 20), "doc")
        _measure("doc (LibreOffice to docx, then read)", root / "doc", min(pdf_count, 20))


if __name__ == "__main__":
    main()

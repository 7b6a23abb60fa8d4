"""Large and hostile inputs: time and peak memory of the commands a clerk runs on them.

Run: python benchmarks/large_inputs.py

Each case runs the real command line in a child process and prints its wall time and the
child's peak resident memory: a .docx of 10,000 paragraphs reviewed (--json, and -o with
comments), a workbook whose 项目 sheet reaches 1,000,000 rows checked, and a submission with
20,000 projects checked. The point is that the cost stays linear and bounded.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx
import openpyxl
import xlsxwriter
import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "gedian-2023"
JIXIAO = [sys.executable, "-c", "from jixiao.cli import app; app()"]


def _long_report(path: Path, paragraphs: int) -> None:
    document = docx.Document()
    document.add_paragraph("2023年度某局部门整体支出绩效自评报告")
    for number in range(paragraphs):
        document.add_paragraph(
            f"第{number}项工作：本年支出{number % 900 + 1}.{number % 90 + 10}万元，"
            f"完成率{80 + number % 21}%，其中人员经费{number % 50 + 1}万元。"
        )
    table = document.add_table(rows=300, cols=6)  # a 自评表 appendix: cells are read too
    for number, row in enumerate(table.rows):
        for column, cell in enumerate(row.cells):
            cell.text = f"{number}.{column}" if column else f"指标{number}"
    document.save(str(path))


def _long_project_sheet(path: Path, rows: int) -> None:
    source = openpyxl.load_workbook(EXAMPLE / "submission.xlsx")
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    for sheet in source.worksheets:
        out = book.add_worksheet(sheet.title)
        values = list(sheet.iter_rows(values_only=True))
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                if value is not None:
                    out.write(r, c, value)
        if sheet.title == "项目":
            for r in range(len(values), rows):
                out.write_string(r, 0, f"项目{r}")
                out.write_number(r, 2, 10)
                out.write_number(r, 3, 9)
    book.close()


def _many_projects(path: Path, count: int) -> None:
    data = yaml.safe_load((EXAMPLE / "submission.yaml").read_text(encoding="utf-8"))
    indicator = {"level1": "产出指标", "name": "完成数", "unit": "个", "target": 5, "actual": 5}
    data["projects"] = [
        {"name": f"项目{n}", "adjusted": 10, "executed": 9, "indicators": [indicator]}
        for n in range(count)
    ]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _run(label: str, *args: str) -> None:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([*JIXIAO, *args], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    memory = f"{max(peak, before) / 1024:.0f} MB" if peak > before else "≤ previous"
    print(f"{label:<44} {elapsed:6.1f} s   peak {memory}   exit {done.returncode}")


def _read_floor(report: Path) -> None:
    """Reading the .docx as the review does against python-docx reading its paragraphs and
    table cells (the floor), best of three each, side by side."""
    from jixiao.review.readers.docx import read_docx  # noqa: PLC0415

    def floor() -> None:
        document = docx.Document(str(report))
        texts = [p.text for p in document.paragraphs]
        texts += [c.text for t in document.tables for row in t.rows for c in row.cells]

    def ours() -> None:
        read_docx(report)

    timings = {}
    for label, read in (("python-docx paragraphs + cells", floor), ("jixiao read_docx", ours)):
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            read()
            runs.append(time.perf_counter() - start)
        timings[label] = min(runs)
        print(f"read .docx: {label:<36} {timings[label]:6.2f} s")
    ratio = timings["jixiao read_docx"] / timings["python-docx paragraphs + cells"]
    print(f"read .docx: jixiao / python-docx floor = {ratio:.2f}x")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        report, sheet, projects = work / "long.docx", work / "long.xlsx", work / "many.json"
        _long_report(report, 10_000)
        _read_floor(report)
        _long_project_sheet(sheet, 1_000_000)
        _many_projects(projects, 20_000)
        _run("review .docx, 10,000 paragraphs, --json", "review", str(report), "--json")
        _run(
            "review .docx, 10,000 paragraphs, -o",
            "review",
            str(report),
            "-o",
            str(work / "long-复核意见.docx"),
        )
        _run("check .xlsx, 项目 sheet of 1,000,000 rows", "check", str(sheet))
        _run("check .json, 20,000 projects", "check", str(projects))


if __name__ == "__main__":
    main()

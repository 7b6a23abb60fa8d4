"""PDF of many reports: one LibreOffice start per report (the single-report path) against
batches (:func:`jixiao.documents.pdf.convert_batch`), side by side, and a whole folder batch.

Run: python benchmarks/pdf_batch.py [--reports 20] [--units 0]

Prints seconds per report for each method and the speed-up; with ``--units N`` also the
wall time and the peak memory of ``jixiao evaluate 目录/ -o …`` over N generated units with
PDFs (the command a bureau runs), in a child process.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from jixiao.documents.pdf import PdfJob  # noqa: E402
from jixiao.documents.pdf import convert_batch  # noqa: E402
from jixiao.documents.pdf import convert_to_pdf  # noqa: E402
from jixiao.documents.report.writer import write_report  # noqa: E402
from jixiao.frameworks import load_pair  # noqa: E402

from support import SEED_YAML  # noqa: E402
from support import evaluate_data  # noqa: E402
from support import seed_data  # noqa: E402


def _reports(folder: Path, count: int) -> list[Path]:
    framework, _ = load_pair()
    made = []
    for n in range(count):
        data = seed_data()
        data["unit"]["name"] = f"示范单位{n:03d}"
        target = folder / f"u{n:03d}" / "部门整体绩效自评报告.docx"
        target.parent.mkdir(parents=True)
        write_report(evaluate_data(data), framework, target, draft=False)
        made.append(target)
    return made


def _one_at_a_time(reports: list[Path]) -> float:
    start = time.perf_counter()
    for report in reports:
        convert_to_pdf(report, report.parent / "single")
    return time.perf_counter() - start


def _batched(reports: list[Path]) -> float:
    start = time.perf_counter()
    failed = convert_batch([PdfJob(r, r.with_suffix(".pdf")) for r in reports])
    assert not failed, failed
    return time.perf_counter() - start


def _folder(units: int) -> tuple[float, float]:
    """Wall seconds and peak MB of ``jixiao evaluate`` over ``units`` units with PDFs."""
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "units"
        inputs.mkdir()
        seed = yaml.safe_load(SEED_YAML.read_text(encoding="utf-8"))
        for n in range(units):
            seed["unit"]["name"] = f"示范单位{n:04d}"
            (inputs / f"{n:04d}.yaml").write_text(yaml.safe_dump(seed, allow_unicode=True), "utf-8")
        command = [sys.executable, "-c", "from jixiao.cli import app; app()", "evaluate"]
        command += [
            str(inputs),
            "-o",
            str(Path(folder) / "out"),
            "--draft",
            "-j",
            str(os.cpu_count()),
        ]
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        seconds = time.perf_counter() - start
        pdfs = len(list((Path(folder) / "out").rglob("*.pdf")))
        assert pdfs == units, f"{pdfs} PDFs for {units} units"
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reports", type=int, default=20)
    parser.add_argument("--units", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        reports = _reports(Path(folder), args.reports)
        single = _one_at_a_time(reports)
        batched = _batched(reports)
    n = args.reports
    print(f"{n} reports on {os.cpu_count()} CPUs")
    print(f"  one LibreOffice start per report: {single / n:.2f} s/report ({single:.1f} s)")
    print(f"  batched (convert_batch):          {batched / n:.2f} s/report ({batched:.1f} s)")
    print(f"  speed-up: {single / batched:.1f}x")
    if args.units:
        seconds, peak = _folder(args.units)
        print(
            f"jixiao evaluate 目录/ with PDFs, {args.units} units: {seconds:.1f} s "
            f"({seconds / args.units:.2f} s/unit), peak memory of a child {peak:.0f} MB"
        )


if __name__ == "__main__":
    main()

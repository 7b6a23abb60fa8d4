"""Benchmark: evaluate N synthetic units, alone and with their xlsx + docx.

Usage:  python benchmarks/evaluate_bench.py [--sizes 10 100 1000] [--jobs 2] [--pdf 3]

Each (mode, N) runs in a fresh process so its peak memory (max RSS) is its own; flat
memory in N means the peak does not grow with N. PDF is timed separately on a few units:
it is LibreOffice's time, not ours.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _one(index: int, out: str, documents: bool) -> None:
    from jixiao.core.evaluate import evaluate  # noqa: PLC0415 - imported in the worker
    from jixiao.frameworks import load_pair  # noqa: PLC0415
    from jixiao.synthetic import synthetic_submission  # noqa: PLC0415

    department, project = load_pair()
    evaluation = evaluate(synthetic_submission(index), department, project)
    if documents:
        from jixiao.documents.report_writer import write_report  # noqa: PLC0415
        from jixiao.documents.table_writer import write_table  # noqa: PLC0415

        folder = Path(out) / f"{index:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        write_table(evaluation, department, folder / "自评表.xlsx", draft=False)
        write_report(evaluation, department, folder / "自评报告.docx", draft=False)


def measure(mode: str, size: int, jobs: int) -> dict[str, float]:
    """Run one (mode, N) in this process and return its figures."""
    documents = mode == "evaluate+xlsx+docx"
    with tempfile.TemporaryDirectory() as out:
        _one(0, out, documents)  # warm-up: imports, framework parsing, template loading
        start = time.perf_counter()
        if jobs <= 1:
            for index in range(size):
                _one(index, out, documents)
        else:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                list(pool.map(_one, range(size), [out] * size, [documents] * size, chunksize=8))
        elapsed = time.perf_counter() - start
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "seconds": elapsed,
        "ms_per_unit": elapsed / size * 1000,
        "peak_mb": max(peak_self, peak_children),
    }


def measure_pdf(count: int) -> float:
    """Seconds per PDF conversion of a generated report."""
    from jixiao.documents.pdf import convert_to_pdf  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as out:
        _one(0, out, True)
        report = Path(out) / "00000" / "自评报告.docx"
        start = time.perf_counter()
        for _ in range(count):
            convert_to_pdf(report, Path(out))
        return (time.perf_counter() - start) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--pdf", type=int, default=3, help="PDF conversions to time (0: skip)")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]), args.jobs)))
        return
    print(f"{'mode':<22}{'N':>6}{'total s':>10}{'ms/unit':>10}{'peak MB':>10}")
    for mode in ("evaluate", "evaluate+xlsx+docx"):
        for size in args.sizes:
            command = [
                sys.executable,
                __file__,
                "--jobs",
                str(args.jobs),
                "--child",
                mode,
                str(size),
            ]
            figures = json.loads(
                subprocess.run(command, check=True, capture_output=True, text=True).stdout
            )
            print(
                f"{mode:<22}{size:>6}{figures['seconds']:>10.2f}{figures['ms_per_unit']:>10.1f}"
                f"{figures['peak_mb']:>10.1f}"
            )
    if args.pdf:
        print(f"PDF (LibreOffice): {measure_pdf(args.pdf):.2f} s per report")


if __name__ == "__main__":
    main()

"""Benchmark: evaluate N synthetic units, alone and with their xlsx + docx.

Usage:  python benchmarks/evaluate_bench.py [--sizes 10 100 1000] [--jobs 2] [--pdf 3]

Units run through :func:`jixiao.parallel.stream_map`, the batch runner's worker
pool (tasks streamed a few at a time, garbage collected after each unit). Each (mode, N)
runs in a fresh process so its peak memory (max RSS) is its own, reported for the parent
and for the worker processes separately: flat memory in N means neither peak grows with
N. ``ms/unit`` is wall time; ``CPU ms/unit`` is parent + workers' CPU time, which other
load on the machine does not inflate. PDF is timed separately on a few units: it is
LibreOffice's time, not ours.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

MODES = ("evaluate", "evaluate+xlsx+docx")


def _one(index: int, out: str, documents: bool) -> None:
    from jixiao.core.evaluate import evaluate  # noqa: PLC0415 - imported in the worker
    from jixiao.frameworks import load_pair  # noqa: PLC0415
    from jixiao.synthetic import synthetic_submission  # noqa: PLC0415

    department, project = load_pair()
    evaluation = evaluate(synthetic_submission(index), department, project)
    if documents:
        from jixiao.documents.report.writer import write_report  # noqa: PLC0415
        from jixiao.documents.table.writer import write_table  # noqa: PLC0415

        folder = Path(out) / f"{index:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        write_table(evaluation, department, folder / "自评表.xlsx", draft=False)
        write_report(evaluation, department, folder / "自评报告.docx", draft=False)


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its reaped worker processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def measure(mode: str, size: int, jobs: int) -> dict[str, float]:
    """Run one (mode, N) in this process and return its figures."""
    from jixiao.parallel import stream_map  # noqa: PLC0415

    documents = mode == "evaluate+xlsx+docx"
    with tempfile.TemporaryDirectory() as out:
        _one(0, out, documents)  # warm-up: imports, framework parsing, template loading
        start, cpu = time.perf_counter(), _cpu_seconds()
        for _ in stream_map(partial(_one, out=out, documents=documents), range(size), jobs=jobs):
            pass
        elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    return {
        "seconds": elapsed,
        "ms_per_unit": elapsed / size * 1000,
        "cpu_ms_per_unit": cpu / size * 1000,
        "peak_parent_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
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
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--pdf", type=int, default=3, help="PDF conversions to time (0: skip)")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]), args.jobs)))
        return
    print(f"jobs: {args.jobs}; peak MB = max RSS of the parent / of any worker process")
    print(
        f"{'mode':<20}{'N':>6}{'total s':>9}{'ms/unit':>9}{'CPU ms/unit':>13}"
        f"{'peak MB parent':>16}{'workers':>9}"
    )
    for mode in args.modes:
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
            workers = f"{figures['peak_workers_mb']:.1f}" if args.jobs > 1 else "-"
            print(
                f"{mode:<20}{size:>6}{figures['seconds']:>9.2f}{figures['ms_per_unit']:>9.1f}"
                f"{figures['cpu_ms_per_unit']:>13.1f}{figures['peak_parent_mb']:>16.1f}"
                f"{workers:>9}",
                flush=True,
            )
    if args.pdf:
        print(f"PDF (LibreOffice): {measure_pdf(args.pdf):.2f} s per report")


if __name__ == "__main__":
    main()

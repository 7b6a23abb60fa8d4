"""Review throughput: 500 generated reports in a temp folder (in one process, then two),
and one ~30-page report.

Run: python benchmarks/review_throughput.py [count]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from jixiao.review.indicators import DEFAULT_INDICATORS
from jixiao.review.service import review_file
from jixiao.review.service import review_folder

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "review" / "corpus"
SEED = Path(__file__).resolve().parent.parent / "tests" / "review" / "data" / "seed.txt"
PAGE_CHARS = 800  # about one page of 公文 text


def _sources() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def _generate(folder: Path, count: int) -> None:
    """Variants of the corpus reports with shifted figures, so no two files are equal."""
    sources = _sources()
    for number in range(count):
        text = sources[number % len(sources)].replace("2023年", f"20{23 - number % 3}年")
        (folder / f"report-{number:04d}.txt").write_text(
            text + f"\n编号{number}。\n", encoding="utf-8"
        )


def _long_report(folder: Path, pages: int) -> Path:
    seed = SEED.read_text(encoding="utf-8")
    repeats = max(1, pages * PAGE_CHARS // len(seed))
    path = folder / "long.txt"
    path.write_text("\n".join([seed] * repeats), encoding="utf-8")
    return path


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        _generate(folder, count)
        for jobs in (1, 2):
            started = time.perf_counter()
            results = review_folder(folder, DEFAULT_INDICATORS, jobs=jobs)
            elapsed = time.perf_counter() - started
            findings = sum(len(r.findings) for r in results)
            print(
                f"{len(results)} reports, {findings} findings, {jobs} process(es): "
                f"{elapsed:.2f} s, {len(results) / elapsed:.1f} reports/second"
            )
        long = _long_report(folder, 30)
        started = time.perf_counter()
        result = review_file(long, DEFAULT_INDICATORS)
        elapsed = time.perf_counter() - started
        chars = len(long.read_text(encoding="utf-8"))
        print(f"30-page report ({chars} characters, {result.units} paragraphs): {elapsed:.3f} s")


if __name__ == "__main__":
    main()

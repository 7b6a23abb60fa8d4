"""Fuzz the jixiao CLI with seeded random mutations of real inputs.

Run: python benchmarks/fuzz.py --cases 600 --seed 1 [--family workbook] [--jobs 2]
     python benchmarks/fuzz.py --seed 1 --only 17 --keep /tmp/fuzz   # one case, kept

Cases are spread over the families (workbook, document, review, output); case I of a
run is rebuilt from (seed, family, I) alone, so ``--only I`` with the same ``--seed``
and ``--family`` reproduces it. Prints per family the cases and how many showed each
kind of failure, then one line per failure and the distinct causes; exit status 1
when any failure (or harness error) was found.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzz.generate import FAMILIES
from tests.fuzz.oracle import TIMEOUT
from tests.fuzz.oracle import CaseResult
from tests.fuzz.oracle import report
from tests.fuzz.oracle import run_campaign


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=200, help="number of cases (default 200)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--family",
        choices=FAMILIES,
        action="append",
        help="only this family (repeatable; default all)",
    )
    parser.add_argument(
        "--only",
        type=int,
        action="append",
        default=[],
        help="run only case INDEX (repeatable), to reproduce a failure",
    )
    parser.add_argument("--jobs", type=int, default=None, help="parallel cases (default: CPUs)")
    parser.add_argument(
        "--timeout",
        type=float,
        default=TIMEOUT,
        help=f"seconds per command (default {TIMEOUT:.0f})",
    )
    parser.add_argument(
        "--quick", action="store_true", help="one command per case and no very large inputs"
    )
    parser.add_argument(
        "--keep", type=Path, default=None, help="copy the inputs of failing cases into this folder"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the campaign and print the report; 1 when anything failed."""
    args = _arguments(argv)
    families = tuple(args.family or FAMILIES)
    started = time.monotonic()
    done = 0

    def progress(result: CaseResult) -> None:
        nonlocal done
        done += 1
        mark = "F" if result.failures or result.harness_error else "."
        sys.stderr.write(mark + ("\n" if done % 80 == 0 else ""))
        sys.stderr.flush()

    results = run_campaign(
        seed=args.seed,
        cases=args.cases,
        families=families,
        only=args.only,
        jobs=args.jobs,
        quick=args.quick,
        timeout=args.timeout,
        keep=args.keep,
        on_result=progress,
    )
    sys.stderr.write("\n")
    elapsed = time.monotonic() - started
    print(
        f"jixiao fuzz: seed={args.seed} cases={len(results)} families={','.join(families)} "
        f"quick={args.quick} time={elapsed:.0f}s"
    )
    print(report(results, families))
    failed = any(r.failures or r.harness_error for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

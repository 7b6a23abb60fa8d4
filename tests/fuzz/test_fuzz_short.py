"""A short seeded fuzz run of the real CLI: no failure of any kind is allowed.

About 60 cases, one command each, spread over the four families; the full run is
``python benchmarks/fuzz.py --cases 600 --seed 1`` (``make fuzz`` runs 5000).
"""

from __future__ import annotations

from .generate import FAMILIES
from .oracle import failure_lines
from .oracle import report
from .oracle import run_campaign

SEED = 20240601
CASES = 60


def test_short_fuzz_run_has_no_failures() -> None:
    results = run_campaign(seed=SEED, cases=CASES, quick=True, timeout=30.0)
    assert len(results) == CASES
    failures = [line for result in results for line in failure_lines(result)]
    assert not failures, report(results, FAMILIES)

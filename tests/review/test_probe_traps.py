"""Texts written to tempt this stop's new rules (figures and names our own, each file in
``data/probes``): ``clean_*`` are right as they stand and must draw no error or warning —
a rate over what arrived (执行数/到位数), a 分值 or 得分 where the rate cell is blank, amounts
in two units, a 其中 row naming only part of the total, rates above 100% glued to their
amounts, a rate over the 年初预算数, named funds that split the 财政拨款, a 其中 row that
splits the row above it, field runs whose rate is of something else, a base with 结转 beside
it or spread over three years, a rest of spending that is a result, a gap to the schedule,
and a list whose items carry their own counts; ``fault_*`` hold a real fault that a rule's
exceptions must not hide."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

PROBES = Path(__file__).resolve().parent / "data" / "probes"


def _alarms(path: Path) -> list[str]:
    return [f.code for f in review_file(path).findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("path", sorted(PROBES.glob("clean_*.txt")), ids=lambda p: p.stem)
def test_a_correct_probe_draws_no_alarm(path: Path) -> None:
    assert _alarms(path) == []


@pytest.mark.parametrize("path", sorted(PROBES.glob("fault_*.txt")), ids=lambda p: p.stem)
def test_a_faulty_probe_is_still_found(path: Path) -> None:
    assert _alarms(path) != []

"""A change said in the sentence after its level (“…支出A万元，占本年支出合计的P%。同比减少
C万元，下降R%”): the rate is of the level the sentence before states (our figures)."""

from __future__ import annotations

import pytest
from review_support import findings_of

_TEXT = (
    "部门决算情况说明\n"
    "（一）一般公共预算财政拨款支出决算总体情况\n"
    "2024年度一般公共预算财政拨款支出5,412.36万元，占本年支出合计的93.18%。"
    "同比减少318.44万元，下降{rate}，主要原因是基建项目支出减少。\n"
)


@pytest.mark.parametrize(("rate", "found"), [("5.56%", set()), ("5.65%", {("5.65%", "5.56%")})])
def test_a_change_in_the_next_sentence_is_of_the_level_before(
    rate: str, found: set[tuple[str, str]]
) -> None:
    findings = findings_of(_TEXT.format(rate=rate))
    errors = {(f.stated, f.recomputed) for f in findings if f.severity == "error"}
    assert errors == found


def test_a_change_of_another_subject_is_left_alone() -> None:
    # the next sentence names its own subject: its level is not the one before
    text = _TEXT.format(rate="5.56%").replace("同比减少", "基本支出同比减少")
    assert {f.code for f in findings_of(text) if f.severity == "error"} == set()

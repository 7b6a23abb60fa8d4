"""Tables written to tempt this stop's table readings into false alarms (each correct as it
stands: figures and names our own, in tests/review/data/traps): a 合计 row whose 序号 and
名称 cells were merged under a formula row, a second table's header of years, a capped row,
a page number between spread rows, a 其中 column, a planned count beside the paid one, one
amount of two standards, a count of households with 人 in its name, two standards in a
cell, 其中 columns after a total, a second batch named like the first, a 合计 row that lost
its last cell, years naming columns, and two rows that each hold a 300; and one fault the
new reading of bars must not lose."""

from __future__ import annotations

import pytest
from review_support import HERE

from jixiao.review.service import review_file

TRAPS = HERE / "data" / "traps"
_CODES = {"sum-mismatch", "product-mismatch", "column-formula-mismatch", "rate-mismatch"}


def _errors(name: str) -> list[tuple[str, str | None, str | None]]:
    findings = review_file(TRAPS / f"{name}.txt").findings
    return [(f.code, f.stated, f.recomputed) for f in findings if f.code in _CODES]


@pytest.mark.parametrize(
    "name",
    [
        "a2_merged_total",
        "a7_two_tables",
        "b4_pageno_bare",
        "b5_qizhong",
        "c1_plan_actual",
        "c2_combined_amount",
        "c4_rank",
        "c6_multi_std_cell",
        "d1_after_qizhong",
        "d3_two_batches",
        "e1_trailing",
        # a 节约率 of what was bought though the budget is stated; two tables naming their
        # rows A, B, C one after the other; ratios J=D/A said in per cent
        "probe8_p19",
        "probe8_p28",
        "probe8_p29",
    ],
)
def test_a_correct_table_raises_no_sum_or_product_error(name: str) -> None:
    assert _errors(name) == []


def test_a_capped_row_is_held_to_no_formula() -> None:
    # (the row's 上限 note: its own product finding is the older check's, not the formula's)
    assert [e for e in _errors("a3_cap") if e[0] == "column-formula-mismatch"] == []


@pytest.mark.parametrize("name", ["j1_year_labels", "j2_two_rows_same_value"])
def test_no_shared_part_is_named_for_two_separate_slips(name: str) -> None:
    messages = [f.message for f in review_file(TRAPS / f"{name}.txt").findings]
    assert messages and not any("两处共有分项" in m for m in messages)


def test_a_table_under_an_empty_corner_cell_keeps_its_fault() -> None:
    # 0.00 + 2.86 + 11.42 = 14.28, the 合计 决算数 written 14.82
    assert ("sum-mismatch", "14.82", "14.28") in _errors("h2_corner")

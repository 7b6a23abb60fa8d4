"""Kinds named and counted in one breath, with no amount beside them (figures ours)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("本局主要有部门预算项目支出、专项预算支出两类支出，总预算为1830.5万元。", []),
        ("本局主要有部门预算项目支出、专项预算支出三类支出，总预算为1830.5万元。", [("3", "2")]),
        ("支出主要包括社会保障和就业支出、卫生健康支出两类支出。", []),  # 和 inside a name
        ("本局主要有部门预算项目支出、专项预算支出等三类支出。", []),  # 等: some left out
    ],
)
def test_kinds_named_against_their_count(text: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(text + "\n", "list-count-mismatch") == found

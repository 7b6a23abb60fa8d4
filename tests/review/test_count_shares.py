"""Counts split by grade, each with its share of the count they make, stated before them with
no 其中 (the shape of a city's 绩效自评 审核 notice; figures our own)."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2023年度市级项目绩效自评审核情况\n"
TEXT = (
    "抽审的25个项目审核等级为：2个项目评为优，占评定项目的8%；{good}个项目评为良，占评定项目的"
    "{share}；10个项目评为中，占评定项目的40%；3个项目评为差，占评定项目的12%。\n"
)


def test_each_grade_over_the_count_the_grades_make() -> None:
    assert "share-mismatch" not in codes_of(HEAD + TEXT.format(good="10", share="40%"))
    assert stated_recomputed(HEAD + TEXT.format(good="10", share="44%"), "share-mismatch") == [
        ("44%", "40.00%")
    ]


def test_grades_that_do_not_make_the_count_name_no_base() -> None:
    # 2 + 9 + 10 + 3 = 24, not 25: which count the shares are of cannot be told
    assert "share-mismatch" not in codes_of(HEAD + TEXT.format(good="9", share="44%"))

"""Projects counted by the grade their self-evaluation gave (figures our own): every project
has one grade, so the counts by grade make the count of projects."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_GRADES = (
    "本局本级{n}个项目评价等级为“优”有21个、评价等级为“良”有4个、评价等级为“中”有2个；"
    "下属管理所3个项目评价等级为“优”。"
)


@pytest.mark.parametrize(("n", "found"), [("27", []), ("29", [("29个", "27个")])])
def test_counts_by_grade_make_the_count_of_projects(n: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_GRADES.format(n=n), "sum-mismatch") == found

"""The fuzzer's judge: which findings count as reporting a mutated value."""

from __future__ import annotations

from .generate import Place
from .oracle import names_place


def test_a_value_beyond_the_rows_read_is_covered_by_the_truncation_finding() -> None:
    place = Place(base="example", where="项目!D2002", value="unit-yuan '5元'")
    truncated = ("rows-truncated", "项目!A2001", "只读取了前 2000 行")
    assert names_place(place, truncated, frozenset())
    inside = Place(base="example", where="项目!D1500", value="unit-yuan '5元'")
    assert not names_place(inside, truncated, frozenset())  # a row that was read: say it there
    other = Place(base="example", where="预算执行!D2002", value="unit-yuan '5元'")
    assert not names_place(other, truncated, frozenset())

"""A table whose first row is the whole of the rows under it though its label does not say so
(a region over its counties; figures and names our own)."""

from __future__ import annotations

import pytest
from review_support import codes_of
from review_support import stated_recomputed

_TABLE = """2018年财政扶贫资金分配情况表
地县 | 资金合计 | 中央资金 | 自治区资金 | 支出方向
某地区 | {total} | | 1000 | 统筹整合
甲县 | 230 | | 230 | 统筹整合
乙县 | 500 | | 500 | 统筹整合
丙县 | 270 | | 270 | 统筹整合
"""


@pytest.mark.parametrize(("total", "found"), [("1000", []), ("1090", [("1090", "1000")])])
def test_a_first_row_another_column_proves_the_whole(
    total: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_TABLE.format(total=total), "sum-mismatch") == found


def test_a_first_row_no_column_proves_the_whole_is_a_row_like_the_others() -> None:
    text = _TABLE.format(total="1090").replace("| 1000 |", "| 1090 |")
    assert "sum-mismatch" not in codes_of(text)

"""A Hubei 项目绩效自评表 glued by a copy, each amount closed by its unit (“年度财政资金总额
12万12万95%20”), its 得分 header naming the 执行率's points (得分(20分*执行率)); also pasted
after a report's text and in a mirror's traditional characters with pinyin (figures our
own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_TABLE = (
    "某县档案馆2023年度项目绩效自评表\n预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)"
    "得分(20分*执行率)年度财政资金总额{row}年度绩效指标一级指标二级指标三级指标\n"
)


@pytest.mark.parametrize(
    ("row", "code", "found"),
    [
        ("12万11.4万95%19", "table-rate-mismatch", []),
        ("12万11.4万95%19", "rate-score-mismatch", []),
        ("12万12万95%20", "table-rate-mismatch", [("95%", "100%")]),
        ("12万12万100%18", "rate-score-mismatch", [("18", "20")]),
    ],
)
def test_a_row_cut_by_its_units(row: str, code: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TABLE.format(row=row), code) == found


def test_the_row_pasted_after_a_report() -> None:
    report = (
        "某县档案馆2023年度项目绩效自评报告\n一、项目基本情况\n档案抢救与保护专项经费预算12万元，"
        "实际支出12万元。\n附件2：" + _TABLE.format(row="12万12万95%20")
    )
    assert stated_recomputed(report, "table-rate-mismatch") == [("95%", "100%")]


def test_a_mirror_with_pinyin_after_its_characters() -> None:
    mirror = _TABLE.format(row="12萬12萬95%20").replace(
        "年度财政资金总额", "年度財(cái)政資(zī)金總(zǒng)額(é)"
    )
    assert stated_recomputed(mirror, "table-rate-mismatch") == [("95%", "100%")]


def test_a_score_below_its_share_of_the_points() -> None:
    # 20 × 95% = 19, written 18: below too, the units having cut the row for sure
    assert stated_recomputed(_TABLE.format(row="12万11.4万95%18"), "rate-score-mismatch") == [
        ("18", "19")
    ]
    banded = _TABLE.format(row="12万11.4万95%18") + "执行率90%以上得满分，每低1个百分点扣1分。\n"
    assert stated_recomputed(banded, "rate-score-mismatch") == []

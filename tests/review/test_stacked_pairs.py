"""An allocation table of three 单位 | 金额 column pairs side by side, its list wrapped from
one pair to the next, saved one cell to a line with blank lines between (figures our own):
each pair of columns is read down as one list, each 小计 against the rows under it, a row
opened by 其中 rows against them, the end of the 其中 rows found by the two sums."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

# the three lists, read down: 甲市's group closed by 乙市小计 in the first, 丙市's in the
# second; the rows before a list's first 小计 and a list's last group (cut by the wrap or
# the excerpt's end) are not read
_FIRST = [
    ("全省合计", "900"),
    ("甲市小计", "{a_total}"),
    ("甲市", "120"),
    ("其中:市本级", "20"),
    ("东城区", "{east}"),
    ("西城\n区", "60"),
    ("甲县", "80"),
    ("乙县", "100"),
    ("乙市小计", "150"),
    ("乙市", "50"),
]
_SECOND = [
    ("丙县", "40"),
    ("丁县", "60"),
    ("丙市小计", "230"),
    ("丙市", "70"),
    ("戊县", "90"),
    ("己县", "70"),
    ("丁市小计", "220"),
    ("丁市", "80"),
    ("庚县", "60"),
    ("辛县", "80"),
]
_THIRD = [
    ("戊市小计", "200"),
    ("戊市", "90"),
    ("壬县", "50"),
    ("癸县", "60"),
    ("己市小计", "100"),
    ("己市", "30"),
    ("子县", "40"),
    ("丑县", "30"),
    ("庚市小计", "120"),
    ("庚市", "60"),
]


def _text(a_total: str, east: str) -> str:
    lines = ["某省财政厅关于下达2023年补助资金的通知", "附件", "补助资金分配表", "金额单位:万元"]
    lines += ["单位", "金额"] * 3
    for row in zip(_FIRST, _SECOND, _THIRD, strict=True):
        for label, amount in row:
            lines += [
                label.format(a_total=a_total, east=east),
                amount.format(a_total=a_total, east=east),
            ]
    return "\n\n".join(line for line in lines if line) + "\n"


@pytest.mark.parametrize(
    ("a_total", "east", "found"),
    [
        ("300", "40", []),
        # 其中 rows 20 + 14 + 60 = 94 for 甲市's 120, while the 小计 holds (120 + 80 + 100)
        ("300", "14", [("sum-mismatch", "120", "94")]),
        # 甲市小计 330 for 120 + 80 + 100 = 300, while 甲市's 其中 rows hold
        ("330", "40", [("sum-mismatch", "330", "300")]),
    ],
)
def test_wrapped_pairs_are_read_down_each_pair(
    tmp_path: Path, a_total: str, east: str, found: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "分配表.txt"
    path.write_text(_text(a_total, east), encoding="utf-8")
    got = [(f.code, f.stated, f.recomputed) for f in review_file(path).findings]
    assert [f for f in got if f[0] == "sum-mismatch"] == found


def test_a_lone_qizhong_row_or_a_ragged_last_pair_is_not_read_as_wrong(tmp_path: Path) -> None:
    # 其中:市本级 20 alone under 甲市 120: it may name only part of its row
    lone = _text("300", "40").replace("东城区\n\n40\n\n", "").replace("西城\n区\n\n60\n\n", "")
    lone = lone.replace("甲市\n\n120", "甲市\n\n120")
    path = tmp_path / "分配表.txt"
    path.write_text(lone, encoding="utf-8")
    assert [f for f in review_file(path).findings if f.code == "sum-mismatch"] == []
    # the last pair of columns ending a row early: the rows after it cannot be placed
    ragged = _text("300", "40").rsplit("庚市\n\n60", 1)[0] + "\n"
    path.write_text(ragged, encoding="utf-8")
    assert [f for f in review_file(path).findings if f.code == "sum-mismatch"] == []

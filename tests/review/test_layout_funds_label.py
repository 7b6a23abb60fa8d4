"""A table printed by ``pdftotext -layout``: the merged 项目资金 label stands on the 年度资金总额
row itself, after the header's columns (our words and figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.service import review_file

_TABLE = """    项目支出绩效自评表
    （2024年度）
  项目名称    村级道路养护补助
    年初预算数   全年预算数    全年执行数    分值    执行率     得分
  项目资金    年度资金总额：    86    90    {spent}    10    {rate}     {score}
  （万元）    其中：当年财政拨款    86    90    86    —    95.56%     —
    上年结转资金    —    —    —    —    —    —
    其他资金    —    —    —    —    —    —
"""


@pytest.mark.parametrize(
    ("spent", "rate", "score", "found"),
    [
        ("86", "95.56%", "9.56", set()),
        ("68", "95.56%", "9.56", {("sum-mismatch", "68", "86")}),
    ],
)
def test_the_total_row_is_read_past_the_block_label(
    tmp_path: Path, spent: str, rate: str, score: str, found: set[tuple[str, str, str]]
) -> None:
    path = tmp_path / "自评表.txt"
    path.write_text(_TABLE.format(spent=spent, rate=rate, score=score), encoding="utf-8")
    findings = review_file(path).findings
    got = {(f.code, f.stated, f.recomputed) for f in findings if f.code == "sum-mismatch"}
    assert got == found


_CARRIED = """    年初预算数   全年预算数    全年执行数    分值    执行率     得分
  项目资金    年度资金总额：    60    75    {spent}    10    96.00%     9.60
  （万元）    其中：当年财政拨款    60    60    57    —    95.00%     —
    上年结转资金        15    15    —    100.00%    —
    其他资金    —    —    —    —    —    —
"""


@pytest.mark.parametrize(
    ("spent", "found"), [("72", set()), ("75", {("sum-mismatch", "75", "72")})]
)
def test_a_blank_cell_is_the_one_farthest_from_the_rate(
    tmp_path: Path, spent: str, found: set[tuple[str, str, str]]
) -> None:
    # 上年结转资金 has no 年初预算数: its 15 and 15 are the 全年预算数 and the 全年执行数
    path = tmp_path / "自评表.txt"
    path.write_text(_CARRIED.format(spent=spent), encoding="utf-8")
    findings = review_file(path).findings
    got = {(f.code, f.stated, f.recomputed) for f in findings if f.code == "sum-mismatch"}
    assert got == found


@pytest.mark.parametrize(("spent", "found"), [("72", []), ("75", [("75", "72")])])
def test_a_row_that_left_out_its_weight_keeps_its_amounts_in_place(
    tmp_path: Path, spent: str, found: list[tuple[str, str]]
) -> None:
    # “其中：当年财政拨款 60 60 57 95.00% — —”: the 分值 was left out, not the 年初预算数
    text = _CARRIED.replace(
        "60    60    57    —    95.00%     —", "60    60    57    95.00%    —    —"
    )
    path = tmp_path / "自评表.txt"
    path.write_text(text.format(spent=spent), encoding="utf-8")
    findings = review_file(path).findings
    assert [(f.stated, f.recomputed) for f in findings if f.code == "sum-mismatch"] == found

"""A 部门整体支出绩效自评表 whose header writes its column formulas in the column names, its
rows of figures set apart by spaces (the Fujian layout copied from a web page; figures our
own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

CODE = "column-formula-mismatch"
HEAD = (
    "部门整体支出绩效自评表\n（2022年度）\n"
    "财政资金安排和使用情况 资金结构 预算安排 拨付情况 结余情况\n"
    "(万元) 年初部门预算安排金额① 年中调整金额② 小计 年度拨付金额 支出实现率(%)⑤=④/③ "
    "本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③\n③=①+②\n"
)


def _rows(subtotal: str = "246.30", rate: str = "98.50", left: str = "3.70") -> str:
    return HEAD + (
        f"财政资金小计 200.00 50.00 250.00 {subtotal} 98.52 {left} 1.48\n"
        "① 项目支出 80.00 20.00 100.00 100.00 100 0 0\n"
        f"② 基本支出 120.00 30.00 150.00 146.30 {rate} 3.70 2.47\n"
        "合 计 200.00 50.00 250.00 246.30 98.52 3.70 1.48\n"
        "年度总体目标完成情况\n"
    )


def test_rows_that_keep_their_formulas() -> None:
    assert stated_recomputed(_rows(rate="97.53"), CODE) == []


@pytest.mark.parametrize(
    ("changes", "found"),
    [
        ({"rate": "97.35"}, [("97.35", "97.53")]),  # ⑤ = ④ ÷ ③, in per cent
        # ⑥ = ③ − ④ on the 小计 row; the rate ⑦ = ⑥ ÷ ③ over the wrong ⑥ is not told again
        ({"rate": "97.53", "left": "7.30"}, [("7.30", "3.70")]),
    ],
)
def test_a_figure_its_column_s_formula_does_not_give(
    changes: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_rows(**changes), CODE) == found


@pytest.mark.parametrize(("rate", "found"), [("97.53", []), ("97.35", [("97.35", "97.53")])])
def test_a_rate_written_times_a_hundred_per_cent(rate: str, found: list[tuple[str, str]]) -> None:
    text = _rows(rate=rate).replace("支出实现率(%)⑤=④/③", "支出实现率⑤=④/③×100%")
    assert stated_recomputed(text, CODE) == found


_LINES = (
    "部门整体支出绩效自评表\n（2018年度）\n财政资金安排和使用情况 资金结构\n（万元）\n"
    "预算安排 拨付情况 结余情况\n年初部门预算安排金额\n历年结余结转\n年中调整金额③ 小计\n"
    "④ = ①+② +③\n年度拨付金额\n支出实现率(%)\n⑥=⑤/④\n本年度结余金额\n⑦=④-⑤\n"
    "资金结余率\n(%)\n⑧=⑦/④\n"
    "财政资金小计 2000 150 0 2150 2000 93% {left} 7%\n①中央及省级财政资金\n"
    "②市级财政资金 2000 150 0 2150 2000 {rate} 150 7%\n其他资金小计\n"
    "合 计 2000 150 0 2150 2000 93% 150 7%\n年度总体目标完成情况\n"
)


@pytest.mark.parametrize(
    ("left", "rate", "found"),
    [
        ("150", "93%", []),
        ("510", "93%", [("510", "150")]),  # ⑦ = ④ − ⑤, on the 小计 row
        ("150", "96%", [("96", "93")]),  # ⑥ = ⑤ ÷ ④ in per cent, past a row left blank
    ],
)
def test_a_header_of_names_and_formulas_a_line_each(
    left: str, rate: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_LINES.format(left=left, rate=rate), CODE) == found

"""The 资金 block of the national 部门整体 自评表, split by the nature of the income and of the
spending, as web and PDF exports give it (one cell to a line, the two columns run together;
or each split with its own total). Figures our own."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_HEAD = "\n".join(
    ["年度资金总额", "{total}万元", "{total}万元", "{done}万元", "10", "{rate}", "{score}"]
)
_SPLITS = "\n".join(
    [
        "按收入性质分:",
        "按支出性质分:",
        "  其中: 一般公共预算:{general}万元",
        "其中:基本支出:{basic}万元",
        "政府性基金拨款:",
        "项目支出:{project}万元",
        "纳入专户管理的非税收入拨款:",
        "其他资金:{other}万元",
        "年度总体目标",
        "完成年度各项工作任务。",
    ]
)


def _table(**figures: str) -> str:
    values = {"total": "3620.40", "done": "3258.36", "rate": "90%", "score": "9"}
    values |= {"general": "1520.40", "other": "2100", "basic": "1210.25", "project": "2410.15"}
    values |= figures
    return "部门整体支出绩效自评表\n" + _HEAD.format(**values) + "\n" + _SPLITS.format(**values)


def test_splits_that_make_the_total_have_no_finding() -> None:
    assert stated_recomputed(_table(), "sum-mismatch") == []


@pytest.mark.parametrize(
    ("figures", "found"),
    [
        ({"general": "1502.40"}, ("3620.40", "3602.40")),  # two digits swapped
        ({"project": "2401.15"}, ("3620.40", "3611.40")),
    ],
)
def test_a_split_whose_parts_miss_the_total_its_twin_makes(
    figures: dict[str, str], found: tuple[str, str]
) -> None:
    assert stated_recomputed(_table(**figures), "sum-mismatch") == [found]


def test_two_splits_that_both_miss_are_left_alone() -> None:
    # neither split proves which column of the total the parts are meant to make
    assert stated_recomputed(_table(general="1502.40", project="2401.15"), "sum-mismatch") == []


def test_a_split_with_one_part_filled_is_not_summed() -> None:
    text = _table(other="").replace("其他资金:万元", "其他资金:")
    assert stated_recomputed(text, "sum-mismatch") == []


_OWN_TOTALS = "\n".join(
    [
        "年度资金总额：",
        "按收入性质分:{income}",
        "按支出性质分:1806.30",
        "其中: 一般公共预算:1180.52",
        "其中:基本支出:812.44",
        "政府性基金拨款:96.30",
        "项目支出:993.86",
        "纳入专户管理的非税收入拨款: ",
        "其他资金:532.18",
        "年度总体目标",
    ]
)


@pytest.mark.parametrize(
    ("income", "found"), [("1809.00", []), ("1890.00", [("1890.00", "1809.00")])]
)
def test_each_split_against_the_total_its_own_label_states(
    income: str, found: list[tuple[str, str]]
) -> None:
    text = "部门整体支出绩效自评表\n" + _OWN_TOTALS.format(income=income)
    assert stated_recomputed(text, "sum-mismatch") == found


def test_a_split_total_that_makes_no_amount_of_the_total_its_twin_makes() -> None:
    # 年度资金总额 612.40 / 1809.00 / 1809.00: the income split's 1809.00 is one of them,
    # the spending split's 1806.30 none (its parts add up to it: the total itself is wrong)
    head = "\n".join(["年度资金总额", "612.40", "1809.00", "1809.00", "10", "100%", "10"])
    splits = _OWN_TOTALS.format(income="1809.00").removeprefix("年度资金总额：\n")
    text = "部门整体支出绩效自评表\n" + head + "\n" + splits
    assert stated_recomputed(text, "sum-mismatch") == [("1806.30", "1809.00")]
    right = text.replace("1806.30", "1809.00").replace("993.86", "996.56")
    assert stated_recomputed(right, "sum-mismatch") == []


_GRID = """部门整体支出绩效自评表
年度预算执行情况（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
年度资金总额 | 1600.00 | 1720.00 | 1634.00 | 10 | 95.00% | 9.50
按收入性质分：一般公共预算 | 1500.00 | {general} | 1540.00 | — | {general_rate} | —
政府性基金 | 0.00 | 0.00 | 0.00 | — | — | —
其他资金 | 100.00 | 100.00 | 94.00 | — | 94.00% | —
按支出性质分：基本支出 | 1200.00 | 1250.00 | 1230.00 | — | 98.40% | —
项目支出 | 400.00 | 470.00 | 404.00 | — | 85.96% | —
"""


@pytest.mark.parametrize(
    ("general", "general_rate", "found"),
    [
        ("1620.00", "95.06%", []),
        ("1520.00", "95.06%", [("1720.00", "1620.00")]),  # a source typed 100 short
    ],
)
def test_a_grid_split_by_income_then_by_spending_adds_up_each_split(
    general: str, general_rate: str, found: list[tuple[str, str]]
) -> None:
    text = _GRID.format(general=general, general_rate=general_rate)
    assert stated_recomputed(text, "sum-mismatch") == found
    wrong_rate = [("95.06%", "101.32%")] if found else []
    assert stated_recomputed(text, "table-rate-mismatch") == wrong_rate

"""A Hunan 项目绩效评价自评报告 form saved by a county site one cell to a paragraph, with no
bars (the shape of a 森林防火 project's form; figures our own): the detail table's 支出合计
against its rows, and the money block's 结余 against what arrived less what was spent."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

HEAD = "财政支出项目绩效评价自评报告\n"


def _cells(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


MONEY = ("计划安排资金", "(万元)", "42", "实际到位资金", "(万元)", "42", "实际支出", "(万元)")
HEADER = ("二、项目支出明细情况", "支出内容", "实际支出数", "会计凭证号", "备注")
ROWS = ("防火宣传", "12500", "3月2号", "扑火物资", "{part}", "4月9号", "巡护补助", "8000", "6月1号")


def _detail(part: str, total: str) -> str:
    rows = [cell.format(part=part) for cell in ROWS]
    return HEAD + _cells(*HEADER, *rows, "支出合计", total)


def test_a_detail_total_against_its_rows() -> None:
    assert "sum-mismatch" not in codes_of(_detail("21500", "42000"))
    assert stated_recomputed(_detail("25100", "42000"), "sum-mismatch") == [("42000", "45600")]


def test_a_detail_table_with_two_amount_columns_is_left_alone() -> None:
    header = ("支出内容", "预算数", "实际支出数", "备注")
    rows = ("防火宣传", "12500", "12000", "扑火物资", "21500", "25100")
    text = HEAD + _cells(*header, *rows, "支出合计", "42000")
    assert "sum-mismatch" not in codes_of(text)


def test_what_is_left_is_what_arrived_less_what_was_spent() -> None:
    text = HEAD + _cells(*MONEY, "{spent}", "结余(万元)", "0")
    assert "remainder-mismatch" not in codes_of(text.format(spent="42"))
    assert stated_recomputed(text.format(spent="24"), "remainder-mismatch") == [("0", "18")]


def test_a_detail_table_with_subtotal_rows_is_left_alone() -> None:
    rows = ("宣传费", "12500", "3月2号", "宣传费小计", "12500", "", "扑火物资", "29500", "4月9号")
    text = HEAD + _cells(*HEADER, *rows, "物资小计", "29500", "支出合计", "42000")
    assert "sum-mismatch" not in codes_of(text)


def test_a_long_cell_of_voucher_numbers_is_passed_over() -> None:
    long = "1月16号、7月17、20、21、22、23、24、25、26、27号、8月8、9号凭证"
    text = _detail("25100", "42000").replace("4月9号", long)
    assert stated_recomputed(text, "sum-mismatch") == [("42000", "45600")]

"""A 资金 row that spent more than its full-year budget, with and without a word of why
(figures and names our own)."""

from __future__ import annotations

from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

CODE = "spent-above-budget"


def _table(spent: str, rate: str, note: str = "") -> str:
    return (
        "某县2023年度项目支出绩效自评表\n"
        "项目名称 | 乡村道路养护 |\n"
        "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        f"年度资金总额 | 120.00 | 120.00 | {spent} | 10 | {rate} | 10 |\n"
        f"其中：当年财政拨款 | 120.00 | 120.00 | {spent} | — | {rate} | — |\n"
        + (f"偏差原因分析 | {note} |\n" if note else "")
    )


def test_spending_above_the_full_year_budget_is_a_warning() -> None:
    assert stated_recomputed(_table("123.60", "103.00%"), CODE) == [("123.60", "120.00")]
    # the rate the table writes (here capped at 100%) is told beside the one its cells give
    capped = findings_of(_table("123.60", "100.00%"))
    assert "执行率103.00%，表列100.00%" in next(f.message for f in capped if f.code == CODE)


def test_spending_within_the_budget_or_its_rounding_passes() -> None:
    assert CODE not in codes_of(_table("118.80", "99.00%"))
    assert CODE not in codes_of(_table("120.00", "100.00%"))


def test_a_stated_reason_silences_it() -> None:
    text = _table("123.60", "103.00%", note="使用上年结转资金3.60万元")
    assert CODE not in codes_of(text)
    moved = _table("123.60", "103.00%", note="将上年结转资金中的3.60万元调整用于本项目")
    assert CODE not in codes_of(moved)
    # money carried on to next year says nothing of this year's overspending
    onward = _table("123.60", "103.00%", note="年末结转资金将用于下年度道路养护")
    assert CODE in codes_of(onward)


def test_a_denied_or_unrelated_reason_word_does_not_silence_it() -> None:
    denied = _table("123.60", "103.00%", note="本年度未追加预算，亦未使用上年结转资金")
    assert stated_recomputed(denied, CODE) == [("123.60", "120.00")]
    unrelated = _table("123.60", "103.00%", note="汛期追加了危险路段巡查频次")
    assert stated_recomputed(unrelated, CODE) == [("123.60", "120.00")]


def test_a_glued_row_spent_above_its_budget() -> None:
    """The national table with its cells glued (an OCR or web copy): 年初 200.00, 全年
    240.00, spent 246.00, 分值 10, 执行率 102.50%, 得分 10."""
    head = "项目支出绩效自评表\n项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分\n"
    text = head + "年度资金总额200.00240.00246.0010102.50%10\n"
    assert stated_recomputed(text, CODE) == [("246.00", "240.00")]
    assert "table-rate-mismatch" not in codes_of(text)
    wrong = text.replace("102.50%", "101.50%")  # a rate above 100% is read and checked
    assert ("101.50%", "102.50%") in stated_recomputed(wrong, "table-rate-mismatch")


def test_a_source_row_spent_above_its_budget_under_a_total_left_at_nil() -> None:
    """A web form's total row left at 0 above its 财政拨款 row, whose spending passes the
    row's own full-year budget."""
    text = (
        "项目支出绩效自评表（2022年度）\n"
        "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        "年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 64 63.58 66.58 上年结转资金 其他资金\n"
    )
    assert stated_recomputed(text, CODE) == [("66.58", "63.58")]
    # the same row within its budget: nothing
    assert CODE not in codes_of(text.replace("66.58", "62.58"))
    # a total row that passes its budget is told once, not again for its source row
    both = _table("123.60", "103.00%")
    assert len(stated_recomputed(both, CODE)) == 1

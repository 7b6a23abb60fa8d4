"""A 自评表's 资金 row that spent more than its full-year budget, with no word of why.

The 全年预算数 is the budget after every adjustment of the year: money spent beyond it was
spent without a budget, unless the table or the text around it says how (上年结转 used,
a 追加 not yet written in, an 超支 explained). The figure is not wrong in itself, so this is a
warning, and any such word anywhere in the document silences it.
"""

from __future__ import annotations

import re

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.cell_quotes import show
from jixiao.review.checks.funds import HUNDRED
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.glued import glued_funds

#: Words that say why the spending passed the budget (money words with them: “追加了巡查
#:频次” says nothing of the budget).
_REASON = re.compile(
    r"超支|超出(?:全年)?预算|超过(?:全年)?预算|超预算|高于(?:全年)?预算|大于(?:全年)?预算"
    r"|(?:使用|动用)(?:了)?.{0,8}?(?:结转|结余|预备费)|追加(?:了)?.{0,6}?(?:预算|资金|经费|指标)"
    r"|垫付|垫支|借支|暂借"
    r"|上年结转(?:资金)?.{0,12}?(?:调整|调剂|安排)?用于"  # 将上年结转资金中的6.80万元调整用于本项目
)
#: “未追加预算，亦未使用上年结转资金”: the reason denied.
_DENIED = re.compile(r"(?:未|没有|无|不|并非|亦未)$")


def reason_given(doc: ReportDoc) -> bool:
    """The document says somewhere why money passed its budget (not denying it)."""
    return any(
        not _DENIED.search(p.text[max(0, m.start() - 3) : m.start()])
        for p in doc.paragraphs
        for m in _REASON.finditer(p.text)
    )


def _overspent(
    columns: dict[str, Figure], at: Paragraph, name: str = "年度资金总额"
) -> ReviewFinding | None:
    budget, executed = columns.get("budget"), columns.get("executed")
    if budget is None or executed is None or budget.value <= 0 or executed.percent:
        return None
    if executed.value - budget.value <= budget.ulp + executed.ulp:
        return None
    rate = show(executed.value / budget.value * HUNDRED, 2)
    written = columns.get("rate")
    shown = f"，表列{written.text}" if written is not None and written.percent else ""
    message = (
        f"{name}的全年执行数{executed.text}超过全年预算数{budget.text}"
        f"（执行率{rate}%{shown}），表中未说明超预算支出的原因（如使用上年结转、追加预算），请核实。"
    )
    return make_finding(
        "spent-above-budget",
        at,
        message,
        span=quote_span(at, executed.text),
        stated=executed.text,
        recomputed=budget.text,
    )


def _row_overspent(row: FundsRow) -> list[ReviewFinding]:
    """The total row's overspending; or, when the total row shows none, a source row's
    (a total row left at 0 above its 财政拨款 row's figures)."""
    total = _overspent(row.columns, row.at("executed"))
    if total is not None:
        return [total]
    found = (_overspent(s.columns, s.paragraph, f"“{s.name}”") for s in row.source_rows)
    return [finding for finding in found if finding is not None]


def check_overspent(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 资金 row spent beyond its 全年预算数, unless the document says why."""
    rows = funds_rows(doc) or glued_funds(doc)
    if not rows or reason_given(doc):
        return []
    return [finding for row in rows for finding in _row_overspent(row)]

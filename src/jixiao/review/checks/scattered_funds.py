"""The 执行率 of a 自评表's 资金 block whose cells the PDF text put out of order
(``tables.scattered``), against the amount spent over the budget."""

from __future__ import annotations

from jixiao.review.checks.funds import rate_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.scattered import scattered_funds


def check_scattered_funds(doc: ReportDoc) -> list[ReviewFinding]:
    """Each out-of-order 资金 block's 执行率 against 全年执行数 ÷ 全年预算数."""
    findings: list[ReviewFinding] = []
    for funds in scattered_funds(doc):
        columns = {"budget": funds.budget, "executed": funds.executed, "rate": funds.rate}
        finding = rate_finding(columns, True, funds.paragraph, "")
        if finding is not None:
            findings.append(finding)
    return findings

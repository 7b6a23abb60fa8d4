"""The arithmetic of a 自评表, whatever form it arrived in (see :mod:`table_rows`).

* a row's 得分 above its 分值;
* the 执行率 score: 分值 × 执行率, capped at the 分值 (the national layout's rule): full
  marks are due at 100 %, and no more than the proportional share below it (rounding to the
  digits written allowed; a lower score is left alone, since some provinces score in bands);
* the 执行率 against 全年执行数 ÷ 全年预算数 when every column of the row is filled;
* an indicator whose 实际完成值 meets its 年度指标值 but scored below full marks with no
  偏差原因 in the row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.kind import TABLES
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.table_rows import Figure
from jixiao.review.table_rows import FundsRow
from jixiao.review.table_rows import IndicatorRow
from jixiao.review.table_rows import figure
from jixiao.review.table_rows import funds_rows
from jixiao.review.table_rows import indicator_rows

HUNDRED = Decimal(100)


def _show(value: Decimal, places: int) -> str:
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _quote_span(paragraph: Paragraph, *texts: str) -> tuple[int, int] | None:
    positions = [paragraph.text.find(t) for t in texts if t and t in paragraph.text]
    if not positions:
        return None
    start = min(positions)
    return start, min(len(paragraph.text), start + 40)


def _over_weight(
    paragraph: Paragraph, name: str, weight: Figure, score: Figure, due: Decimal | None
) -> ReviewFinding:
    right = _show(due, score.places) if due is not None else weight.text
    message = (
        f"“{name}”得分{score.text}分，超过该项分值{weight.text}分"
        + (f"；按分值×执行率应得{right}分" if due is not None else "")
        + "，疑为填报错位或计分有误。"
    )
    return make_finding(
        "table-score-over-weight",
        paragraph,
        message,
        span=_quote_span(paragraph, score.text),
        stated=score.text,
        recomputed=right,
    )


def rate_score_due(weight: Figure, rate: Figure) -> Decimal:
    """The 执行率 score of the national layout: 分值 × 执行率, at most the 分值."""
    return min(weight.value, weight.value * rate.value / HUNDRED)


def _rate_score(
    paragraph: Paragraph,
    name: str,
    weight: Figure,
    rate: Figure,
    score: Figure,
    goal: Figure | None = None,
) -> ReviewFinding | None:
    """``goal``: the row's 年度指标值, when the 执行率 may be scored against it instead."""
    due = rate_score_due(weight, rate)
    if score.value > weight.value:
        return _over_weight(paragraph, name, weight, score, due)
    most = due
    if goal is not None and goal.percent and goal.value > 0:
        most = max(due, min(weight.value, weight.value * rate.value / goal.value))
    written = most.quantize(Decimal(1).scaleb(-score.places), rounding=ROUND_HALF_UP)
    full_but_short = rate.value >= HUNDRED and score.value < weight.value
    if not full_but_short and score.value <= written:
        return None
    message = (
        f"“{name}”执行率{rate.text}、分值{weight.text}分，按分值×执行率应得"
        f"{_show(due, score.places)}分，表中为{score.text}分。"
    )
    return make_finding(
        "rate-score-mismatch",
        paragraph,
        message,
        span=_quote_span(paragraph, rate.text, score.text),
        stated=score.text,
        recomputed=_show(due, score.places),
    )


def _funds_rate(row: FundsRow) -> ReviewFinding | None:
    budget, executed, rate = (row.columns.get(k) for k in ("budget", "executed", "rate"))
    if not row.complete or budget is None or executed is None or rate is None:
        return None
    if budget.value <= 0 or executed.value > budget.value:
        return None
    exact = executed.value / budget.value * HUNDRED
    if abs(exact - rate.value) <= Decimal(5).scaleb(-rate.places - 1):
        return None
    right = f"{_show(exact, rate.places)}%"
    message = (
        f"执行率应为全年执行数{executed.text}÷全年预算数{budget.text}＝{_show(exact, 2)}%，"
        f"表中为{rate.text}。"
    )
    return make_finding(
        "table-rate-mismatch",
        row.at("rate"),
        message,
        span=_quote_span(row.at("rate"), rate.text),
        stated=rate.text,
        recomputed=right,
    )


def _funds_findings(row: FundsRow) -> Iterator[ReviewFinding]:
    weight, rate, score = (row.columns.get(k) for k in ("weight", "rate", "score"))
    if weight is not None and score is not None:
        if rate is not None:
            finding = _rate_score(row.at("score"), "预算执行率", weight, rate, score)
        elif score.value > weight.value:
            finding = _over_weight(row.at("score"), "预算执行率", weight, score, None)
        else:
            finding = None
        if finding is not None:
            yield finding
    rate_finding = _funds_rate(row)
    if rate_finding is not None:
        yield rate_finding


_TARGET = re.compile(
    r"^(?P<op>[≥≤<>=]|大于等于|小于等于|不低于|不高于|不超过|不少于)?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|[^\d\s]{0,3})$"
)
_LOWER_IS_BETTER = {"≤", "<", "小于等于", "不高于", "不超过"}
_PLAIN = re.compile(r"[\s，。,.;；:：、“”\"'（）()]")


def target_met(target: str, actual: str) -> bool | None:
    """Whether ``actual`` meets ``target``: the same words, or the figure on the right side
    of the comparison (a bare figure is a floor); None when it cannot be told."""
    if not target or not actual or target in {"/", "-", "—"}:
        return None
    wanted, got = _TARGET.match(target), _TARGET.match(actual)
    if wanted is None or got is None:
        same = _PLAIN.sub("", target) == _PLAIN.sub("", actual)
        return True if same and len(_PLAIN.sub("", target)) >= 2 else None
    if (wanted.group("unit") or "") != (got.group("unit") or "") and got.group("unit"):
        return None
    goal, value = Decimal(wanted.group("num")), Decimal(got.group("num"))
    if (wanted.group("op") or "") in _LOWER_IS_BETTER:
        return value <= goal
    return value >= goal


def _withheld(row: IndicatorRow) -> ReviewFinding | None:
    if row.explained or row.score.value >= row.weight.value:
        return None
    if target_met(row.target, row.actual) is not True:
        return None
    message = (
        f"“{row.name}”实际完成值“{row.actual}”已达到年度指标值“{row.target}”，"
        f"却只得{row.score.text}分（分值{row.weight.text}分），未说明扣分理由。"
    )
    return make_finding(
        "score-withheld",
        row.paragraph,
        message,
        span=_quote_span(row.paragraph, row.actual, row.score.text),
        stated=row.score.text,
        recomputed=row.weight.text,
    )


_EXECUTION = re.compile(r"(?<!采购)(?:预算|资金)?执行率")
_RULE_STATED = re.compile(r"评分规则|区间|扣分|扣\d|扣减")


def _rule_explained(doc: ReportDoc, row: IndicatorRow) -> bool:
    """The document says elsewhere how the row scored: under a heading naming the
    indicator, or in a note naming it (a 问题清单 row, a 说明 paragraph)."""
    name = row.name
    headings = {p.index for p in doc.paragraphs if p.is_heading and name and name in p.text}
    return any(
        (p.section in headings or name in p.text) and _RULE_STATED.search(p.text)
        for p in doc.paragraphs
        if not p.is_heading and p.index != row.paragraph.index
    )


def _execution_rate(row: IndicatorRow) -> Figure | None:
    actual = figure(row.actual)
    if _EXECUTION.search(row.name) is None or actual is None or not actual.percent:
        return None
    return actual


def _row_findings(doc: ReportDoc, row: IndicatorRow) -> Iterator[ReviewFinding]:
    rate = _execution_rate(row)
    if rate is not None:
        goal = figure(row.target.lstrip("≥>="))
        finding = _rate_score(row.paragraph, row.name, row.weight, rate, row.score, goal)
        if finding is not None:
            yield finding
        return
    if row.score.value > row.weight.value:
        yield _over_weight(row.paragraph, row.name, row.weight, row.score, None)
        return
    withheld = _withheld(row)
    if withheld is not None and not _rule_explained(doc, row):
        yield withheld


#: Rows whose cells an OCR or export glued together, in a table only.
_GLUED_RATE = re.compile(
    r"(?:预算)?执行率\s*(?P<w>\d{1,2})\s*[一—\-－/]\s*(?P<r>\d{1,3}(?:\.\d{1,2})?%)"
    r"\s*(?P<s>\d{1,2}(?:\.\d{1,2})?)(?![\d.%])"
)
_GLUED_MET = re.compile(
    r"(?P<name>[^\s\d，。；,;:：]{2,12}?)(?P<w>\d{1,2})"
    r"(?P<t>(?:\d{4}年)?(?:\d{1,2}月)?[^\s\d，。；,;]{2,20}?)(?P=t)"
    r"(?P<s>\d{1,2}(?:\.\d)?)(?![\d.%万元个人件项次])"
)


def _glued(doc: ReportDoc) -> Iterator[ReviewFinding]:
    """“预算执行率10一100%9”, “完成时间52021年12月完成2021年12月完成4”: a 执行率 row
    and a row whose 实际完成值 repeats its 年度指标值, read from the glued text."""
    for paragraph in doc.paragraphs:
        for match in _GLUED_RATE.finditer(paragraph.text):
            weight, rate, score = (figure(match.group(k)) for k in ("w", "r", "s"))
            if weight is not None and rate is not None and score is not None:
                finding = _rate_score(paragraph, "预算执行率", weight, rate, score)
                if finding is not None:
                    yield finding
        for match in _GLUED_MET.finditer(paragraph.text):
            weight, score = figure(match.group("w")), figure(match.group("s"))
            if weight is None or score is None or weight.value == 0:
                continue
            row = IndicatorRow(
                paragraph,
                match.group("name"),
                match.group("t"),
                match.group("t"),
                weight,
                score,
                explained=False,
            )
            finding = _withheld(row) if score.value <= weight.value else None
            if finding is not None:
                yield finding


def check_tables(doc: ReportDoc) -> list[ReviewFinding]:
    """Score, rate and met-target arithmetic of the 自评表 rows in the document."""
    findings: list[ReviewFinding] = []
    if doc.identity.kind in TABLES:
        findings.extend(_glued(doc))
    for funds in funds_rows(doc):
        findings.extend(_funds_findings(funds))
    for row in indicator_rows(doc):
        findings.extend(_row_findings(doc, row))
    return findings

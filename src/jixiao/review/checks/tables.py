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
from jixiao.review.checks.outline import grade_for
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.scored import complete_sum
from jixiao.review.tables.scored import scored_tables
from jixiao.review.text.kind import TABLES

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


_COLUMN_NAMES = {"initial": "年初预算数", "budget": "全年预算数", "executed": "全年执行数"}


def _ulp(value: Figure) -> Decimal:
    return Decimal(5).scaleb(-value.places - 1)


def _funds_sources(row: FundsRow) -> ReviewFinding | None:
    """年度资金总额 against the sum of its sources, column by column (a blank row is 0)."""
    filled = [source for source in row.sources if source]
    if not filled:
        return None
    roles = [role for role in _COLUMN_NAMES if role in row.columns]
    for number, role in enumerate(roles):
        total = row.columns[role]
        parts = [source[number] for source in filled if number < len(source)]
        added = sum((p.value for p in parts), Decimal(0))
        tolerance = 2 * max(_ulp(f) for f in (total, *parts))
        if abs(added - total.value) <= tolerance:
            continue
        right = format(added.normalize(), "f")
        shown = f"{'＋'.join(p.text for p in parts)}＝{right}" if len(parts) > 1 else right
        message = (
            f"年度资金总额的{_COLUMN_NAMES[role]}为{total.text}，而其下各项资金之和为"
            f"{shown}，两者不符。"
        )
        return make_finding(
            "sum-mismatch",
            row.paragraph,
            message,
            span=_quote_span(row.paragraph, "资金总额"),
            stated=total.text,
            recomputed=right,
        )
    return None


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
    for finding in (_funds_rate(row), _funds_sources(row)):
        if finding is not None:
            yield finding


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


_LAST_PERCENT = re.compile(r"(\d+(?:\.\d+)?%)(?!.*\d+(?:\.\d+)?%)")


def _execution_rate(row: IndicatorRow) -> Figure | None:
    """The 执行率 of a 预算执行率 row: its 实际完成值, or the rate its text ends on
    (“全年预算数…，执行数…，执行率91.36%”)."""
    if _EXECUTION.search(row.name) is None:
        return None
    stated = _LAST_PERCENT.search(row.actual)
    actual = figure(stated.group(1)) if stated else None
    return actual if actual is not None and actual.percent else None


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
    r"(?:预算)?执行率\s*(?P<w>\d{1,2})"
    r"(?:\s*[一—\-－/]\s*|\s+\d{1,3}(?:\.\d{1,2})?%\s+|\s+)"
    r"(?P<r>\d{1,3}(?:\.\d{1,2})?%)\s*(?P<s>\d{1,2}(?:\.\d{1,2})?)(?![\d.%])"
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
            name = re.sub(r"^.*指标", "", match.group("name")) or match.group("name")
            row = IndicatorRow(
                paragraph,
                name,
                match.group("t"),
                match.group("t"),
                weight,
                score,
                explained=False,
            )
            finding = _withheld(row) if score.value <= weight.value else None
            if finding is not None:
                yield finding


def _total_finding(table: ScoredTable, funds: list[FundsRow]) -> ReviewFinding | None:
    """The total against the sum of the rows (and of the 资金 row above them), when every
    row of the block was read: their 分值 add up to the total's."""
    total = table.total
    added = complete_sum(table, funds)
    if total is None or total.weight is None or added is None:
        return None
    places = max([total.score.places] + [r.score.places for r in table.rows])
    if _show(added, places) == _show(total.score.value, places):
        return None
    message = (
        f"各项得分之和为{_show(added, places)}分（分值合计{total.weight.text}分），"
        f"表中总分为{total.score.text}分，不符。"
    )
    return make_finding(
        "score-total-mismatch",
        total.paragraph,
        message,
        span=_quote_span(total.paragraph, total.score.text),
        stated=total.score.text,
        recomputed=_show(added, places),
    )


def _grade_finding(table: ScoredTable) -> ReviewFinding | None:
    if table.total is None or table.grade is None or table.total.score.value > HUNDRED:
        return None
    paragraph, stated = table.grade
    due = grade_for(table.total.score.value)
    if stated[0] == due:
        return None
    message = (
        f"总分{table.total.score.text}分，按优≥90、良≥80、中≥60分的区间应为“{due}”，"
        f"表中评定为“{stated}”。"
    )
    return make_finding(
        "grade-mismatch",
        paragraph,
        message,
        span=_quote_span(paragraph, stated),
        stated=stated,
        recomputed=due,
    )


#: Header words of the national and provincial layouts, as a reviewer would name them.
LAYOUT_WORDS = (
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "执行率",
    "分值",
    "权重",
    "得分",
    "年度指标值",
    "实际完成值",
    "三级指标",
    "偏差原因",
)
EXPECTED_HEADERS = "“分值”（或“权重”）和“得分”，资金行的“年初预算数”“全年预算数”“全年执行数”"


def layout_note(doc: ReportDoc) -> str | None:
    """What to say when a 自评表 was not recognised: the header words found and expected."""
    if doc.identity.kind not in TABLES or any(funds_rows(doc)) or scored_tables(doc):
        return None
    text = "".join(p.text for p in doc.paragraphs)
    found = "、".join(f"“{w}”" for w in LAYOUT_WORDS if w in text) or "无"
    return (
        f"未识别出自评表的表头（找到{found}；应有{EXPECTED_HEADERS}），"
        "表内分值、得分和执行率未核对"
    )


def check_tables(doc: ReportDoc) -> list[ReviewFinding]:
    """Score, rate, total, grade and met-target arithmetic of the 自评表 in the document."""
    findings: list[ReviewFinding] = []
    if doc.identity.kind in TABLES:
        findings.extend(_glued(doc))
    funds = list(funds_rows(doc))
    tables = scored_tables(doc)
    for row in funds:
        findings.extend(_funds_findings(row))
    for table in tables:
        for indicator in table.rows:
            findings.extend(_row_findings(doc, indicator))
        for finding in (_total_finding(table, funds), _grade_finding(table)):
            if finding is not None:
                findings.append(finding)
    return findings

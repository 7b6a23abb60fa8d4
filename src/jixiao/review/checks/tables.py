"""The rows, total and grade of a 自评表, whatever form it arrived in (see
:mod:`jixiao.review.tables`); the 资金 row is checked in :mod:`jixiao.review.checks.funds`.

* a row's 得分 above its 分值, and a 预算执行率 row's score against its rate;
* an indicator whose 实际完成值 meets its 年度指标值 but scored below full marks with no
  偏差原因 in the row and no rule stated for it elsewhere;
* the total against the rows when every row was read, and the grade against the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.funds import FullMarks
from jixiao.review.checks.funds import funds_findings
from jixiao.review.checks.funds import over_weight
from jixiao.review.checks.funds import rate_score
from jixiao.review.checks.outline import grade_finding
from jixiao.review.checks.proportion import above_proportion
from jixiao.review.checks.proportion import ceiling_due
from jixiao.review.checks.proportion import exact_floor
from jixiao.review.checks.proportion import proportional_due
from jixiao.review.checks.table_totals import overweight_finding
from jixiao.review.checks.table_totals import total_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.converted import converted_indicators
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.glued import glued_funds
from jixiao.review.tables.glued import glued_rows
from jixiao.review.tables.glued import unit_funds
from jixiao.review.tables.glued_whole import glued_whole_funds
from jixiao.review.tables.groups import COST
from jixiao.review.tables.groups import beyond_total
from jixiao.review.tables.groups import indicator_group
from jixiao.review.tables.labelled import labelled_funds
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.scored import scored_tables
from jixiao.review.text.kind import TABLES
from jixiao.review.text.quantities import fmt

_TARGET = re.compile(
    r"^(?P<op>[≥≤]|[<>‹›]=?|=|大于等于|小于等于|不低于|不高于|不超过|不少于)?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|[^\d\s]{0,6})$"
)
_LOWER_IS_BETTER = {"≤", "<", "<=", "‹", "‹=", "小于等于", "不高于", "不超过"}
#: A 实际完成值 saying a target in words was met.
_MET_WORDS = re.compile(r"^已?(?:达到预期(?:目标)?|达到(?:年度)?目标|完成(?:年度)?目标|达标)$")
_PLAIN = re.compile(r"[\s，。,.;；:：、“”\"'（）()]")


def target_met(target: str, actual: str) -> bool | None:
    """Whether ``actual`` meets ``target``: the same words, or the figure on the right side
    of the comparison (a bare figure is a floor); None when it cannot be told."""
    if not target or not actual or target in {"/", "-", "—"}:
        return None
    wanted, got = _TARGET.match(target), _TARGET.match(actual)
    if wanted is None and _MET_WORDS.match(actual):
        return True  # “控制在合同金额内” met: “达到预期”
    if wanted is None or got is None:
        same = _PLAIN.sub("", target) == _PLAIN.sub("", actual)
        return True if same and len(_PLAIN.sub("", target)) >= 2 else None
    if (wanted.group("unit") or "") != (got.group("unit") or "") and got.group("unit"):
        return None
    goal, value = Decimal(wanted.group("num")), Decimal(got.group("num"))
    if (wanted.group("op") or "") in _LOWER_IS_BETTER or _deadline(wanted):
        return value <= goal
    return value >= goal


def _deadline(wanted: re.Match[str]) -> bool:
    """A bare calendar year (“2019年”) is the year to finish by: a later one misses it."""
    return not wanted.group("op") and wanted.group("unit") == "年" and len(wanted.group("num")) == 4


def _target_score(row: IndicatorRow, code: str, verdict: str, recomputed: str) -> ReviewFinding:
    """A row whose score does not follow from its target being met or missed."""
    message = f"“{row.name}”实际完成值“{row.actual}”{verdict}"
    return make_finding(
        code,
        row.paragraph,
        message,
        span=quote_span(row.paragraph, row.actual, row.score.text),
        stated=row.score.text,
        recomputed=recomputed,
    )


def _met(doc: ReportDoc, row: IndicatorRow) -> bool | None:
    """Whether the row met its target; a 成本指标's bare target is a ceiling (成本控制率
    100%), but a bare rate of what was done (计划完成率 90%) is still a floor."""
    target = row.target
    done_rate = target.endswith("%") and _DONE_RATE.search(row.name) is not None
    ceiling = not _TARGET_OPERATOR.match(target) and not done_rate
    if _TARGET.match(target) and ceiling and indicator_group(doc, row) == COST:
        target = f"≤{target}"
    met = target_met(target, row.actual)
    if met is False and not exact_floor(row):
        return None  # below an exact cost, time or rate of faults may be better
    return met


_DONE_RATE = re.compile(r"(?:完成|执行|到位|合格|达标|覆盖|及时|支付|发放)率")
_TARGET_OPERATOR = re.compile(r"^(?:[≥≤<>‹›=]|大于|小于|不低于|不高于|不超过|不少于)")


def _withheld(row: IndicatorRow, met: bool | None) -> ReviewFinding | None:
    if row.explained or row.score.value >= row.weight.value or met is not True:
        return None
    if beyond_total(row):
        return None  # a 扣分 row at 0 took nothing off
    verdict = (
        f"已达到年度指标值“{row.target}”，"
        f"却只得{row.score.text}分（分值{row.weight.text}分），未说明扣分理由。"
    )
    return _target_score(row, "score-withheld", verdict, row.weight.text)


def _full_on_missed(row: IndicatorRow, places: int) -> ReviewFinding | None:
    """A missed target given full marks, unless the table scores to decimals and its
    proportional score rounds to full marks there (10 × 89.7% ÷ 90% = 9.97 → 10.0)."""
    due, rule = proportional_due(row), "实际完成值÷年度指标值×分值"
    if due is None:
        due, rule = ceiling_due(row), "年度指标值÷实际完成值×分值"
    digit = Decimal(1).scaleb(-places)
    if due is not None and places and due.quantize(digit, ROUND_HALF_UP) == row.score.value:
        return None
    if due is None:
        verdict = (
            f"未达到年度指标值“{row.target}”，"
            f"却得满分{row.score.text}分，应按完成程度计分或说明评分依据。"
        )
        return _target_score(row, "score-full-on-missed", verdict, f"低于{row.weight.text}")
    verdict = (
        f"未达到年度指标值“{row.target}”，却得满分{row.score.text}分；按完成比例计分"
        f"（{rule}）应得{fmt(due)}分，如按其他评分规则计分，请注明。"
    )
    return _target_score(row, "score-full-on-missed", verdict, fmt(due))


_EXECUTION = re.compile(r"(?<!采购)(?:预算|资金)?执行率")
_RULE_STATED = re.compile(r"评分规则|区间|扣分|扣\d|扣减")
#: A note below the table giving the reason a target was missed (“…未达目标，主要是…”).
_REASON_STATED = re.compile(r"未达|原因|主要(?:是|因)|由于")


def _rule_explained(
    doc: ReportDoc, row: IndicatorRow, stated: re.Pattern[str] = _RULE_STATED
) -> bool:
    """The document says elsewhere how the row scored: under a heading naming the
    indicator, or in a note naming it (a 问题清单 row, a 说明 paragraph)."""
    name = row.name
    headings = {p.index for p in doc.paragraphs if p.is_heading and name and name in p.text}
    return any(
        (p.section in headings or name in p.text) and stated.search(p.text)
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


#: A rule that grants points beyond the 分值 (加1分, 最多加2分, 加分项).
_BONUS = re.compile(r"加\s*\d*(?:\.\d+)?\s*分|加分")


def _row_findings(doc: ReportDoc, row: IndicatorRow, places: int = 0) -> Iterator[ReviewFinding]:
    rate = _execution_rate(row)
    if rate is not None:
        goal = figure(row.target.lstrip("≥>="))
        finding = rate_score(row.paragraph, row.name, row.weight, rate, row.score, goal)
        if finding is not None:
            yield finding
        if _met(doc, row) is False and _unexplained(doc, row):
            yield _deviation(row)
        return
    if row.score.value > row.weight.value:
        if not _BONUS.search(" ".join((row.name, row.target, row.actual))):
            yield over_weight(row.paragraph, row.name, row.weight, row.score, None)
        return
    met = _met(doc, row)
    withheld = _withheld(row, met)
    if withheld is not None and not _rule_explained(doc, row):
        yield withheld
    if row.score.value == row.weight.value and met is False:
        yield from filter(None, [_full_on_missed(row, places)])
    elif met is False and _unexplained(doc, row):
        yield _deviation(row)
    proportion = (
        above_proportion(row) if met is False and indicator_group(doc, row) != COST else None
    )
    if proportion is not None and not _rule_explained(doc, row):
        yield proportion


def _deviation(row: IndicatorRow) -> ReviewFinding:
    verdict = (
        f"未达到年度指标值“{row.target}”，得{row.score.text}分（分值{row.weight.text}分），"
        "偏差原因分析及改进措施未填写。"
    )
    return _target_score(row, "deviation-unexplained", verdict, "应填写偏差原因")


#: A rule that scores the 执行率 by bands (“执行率90%以上得满分，每低1个百分点扣0.5分”):
#: the score need not be 分值 × 执行率.
_BANDS = re.compile(
    r"执行率[^。；]{0,24}(?:以上|以下|之间|不足|低于|未达|每(?:低|少|下降)|区间|扣)"
    r"|执行率\s*[≥≤<>＜＞]=?\s*\d|\d\s*%\s*[≤<＜]=?\s*执行率"  # “85%≤执行率<95%得8分”
)


#: A band rule's full marks: “执行率≥95%得满分”, “执行率达到90%（含）以上的，得10分”.
_FULL_FROM = re.compile(
    r"执行率\s*(?:[≥>]=?|大于等于|不低于|达到|在)?\s*(?P<floor>\d{2,3}(?:\.\d+)?)\s*%"
    r"\s*(?:[(（]含[)）]|及)?\s*(?:以上)?[^。；;<＜]{0,6}?(?:得满分|不扣分|得(?P<points>\d+)分)"
)


def full_marks_from(doc: ReportDoc) -> FullMarks:
    """The band rules the document writes for full marks: each one's 执行率 and its points
    (None for 得满分; a rule naming points gives full marks only where they are the 分值)."""
    return tuple(
        (Decimal(match.group("floor")), _points(match.group("points")))
        for paragraph in doc.paragraphs
        for match in _FULL_FROM.finditer(paragraph.text)
    )


def _points(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None


_REASON_COLUMN = re.compile(r"偏差原因|未完成原因|原因分析")
_CELL_EDGE = " |｜\t"


def _after_score(row: IndicatorRow) -> str | None:
    """What the row's line holds after its 得分 cell (its cells found in order from its
    name), bars and spaces aside; None when the line does not hold the row's cells."""
    text = row.paragraph.text
    at = text.find(row.name) if row.name else -1
    if at < 0:
        return None
    at += len(row.name)
    for cell in (row.target, row.actual, row.weight.text, row.score.text):
        found = text.find(cell, at) if cell else at
        if found < 0:
            return None
        at = found + len(cell)
    rest = text[at:].lstrip(_CELL_EDGE)
    return rest.split("｜")[0].split("|")[0].strip(_CELL_EDGE) if rest else ""


def _unexplained(doc: ReportDoc, row: IndicatorRow) -> bool:
    """A missed row scored below full whose 偏差原因 cell is seen empty — the whole row on
    one line, nothing after its 得分 — in a table that has the column (not a row an excerpt cut
    after its 得分, a row read cell by cell, nor one explained elsewhere)."""
    if row.explained or row.score.value >= row.weight.value:
        return False
    after = _after_score(row)
    if row.paragraph.index >= doc.paragraphs[-1].index or after is None or after:
        return False
    head = doc.paragraphs[: row.paragraph.index]
    if not any(_REASON_COLUMN.search(p.text) for p in head):
        return False
    return not (_rule_explained(doc, row) or _rule_explained(doc, row, _REASON_STATED))


def _sure_units(doc: ReportDoc, row: FundsRow) -> bool:
    """A glued 资金 row cut by its units, in a document with no band rule for the 执行率:
    its 得分 is read for sure, so one below 分值 × 执行率 is a fault too."""
    return row in unit_funds(doc) and not any(_BANDS.search(p.text) for p in doc.paragraphs)


def _glued(doc: ReportDoc) -> Iterator[ReviewFinding]:
    """The rows an OCR glued (see :mod:`jixiao.review.tables.glued`): the 资金 row when none
    was read from cells, a 执行率 row's score against its rate, a met row scored below full."""
    for funds in glued_funds(doc) if not funds_rows(doc) else ():
        yield from funds_findings(funds, _sure_units(doc, funds))
    scored = {r.paragraph.index for t in scored_tables(doc) for r in t.rows}
    for row in glued_rows(doc):
        if row.paragraph.index in scored:
            continue  # read with its table
        if row.rate is not None:
            finding = rate_score(row.paragraph, row.name, row.weight, row.rate, row.score)
        elif row.score.value <= row.weight.value:
            indicator = IndicatorRow(
                row.paragraph, row.name, row.target, row.target, row.weight, row.score, False
            )
            finding = _withheld(indicator, met=True)
        else:
            finding = None
        if finding is not None:
            yield finding


def _grade_finding(table: ScoredTable) -> ReviewFinding | None:
    if table.total is None or table.grade is None:
        return None
    paragraph, stated = table.grade
    span = quote_span(paragraph, stated)
    return grade_finding(paragraph, table.total.score.text, stated, span, where="表中")


def _unread_funds(doc: ReportDoc, read: bool) -> Iterator[ReviewFinding]:
    """The 资金 rows not read as cells: glued ones (in a report's own table only the sure
    reading), and, with no row read, the block written as labels and values."""
    if doc.identity.kind in TABLES:
        yield from _glued(doc)
    elif not read:
        for glued in (*glued_whole_funds(doc), *unit_funds(doc)):
            yield from funds_findings(glued, _sure_units(doc, glued))
    if not read:
        for labelled in labelled_funds(doc):
            yield from funds_findings(labelled)


def _after_rows(doc: ReportDoc, table: ScoredTable) -> list[str]:
    """The lines between the table's last row read and its total; on one line (a table run
    into one paragraph), the text from the last row's name to the total's label."""
    if table.total is None or not table.rows:
        return []
    last, end = table.rows[-1].paragraph.index, table.total.paragraph.index
    if last == end:
        text, name = table.total.paragraph.text, table.rows[-1].name
        start = text.find(name) if name else -1  # (the name may be told again after it)
        close = max(text.rfind(label) for label in ("总分", "合计", "总计"))
        return [text[start + len(name) : close]] if 0 <= start < close else []
    return [p.text for p in doc.paragraphs if last < p.index < end]


def check_tables(doc: ReportDoc) -> list[ReviewFinding]:
    """Score, rate, total, grade and met-target arithmetic of the 自评表 in the document."""
    funds = funds_rows(doc)
    findings = list(_unread_funds(doc, bool(funds)))
    tables = scored_tables(doc)
    strict = not any(_BANDS.search(p.text) for p in doc.paragraphs)
    full_from = full_marks_from(doc)
    places = max((t.total.score.places for t in tables if t.total is not None), default=0)
    for row in funds:
        findings.extend(funds_findings(row, strict, full_from, places))
    for indicator in converted_indicators(doc):
        findings.extend(_row_findings(doc, indicator))
    for table in tables:
        shown = max(r.score.places for r in table.rows)  # the decimals the table scores to
        for indicator in table.rows:
            findings.extend(_row_findings(doc, indicator, shown))
        between = _after_rows(doc, table)
        checked = (total_finding(table, funds, between), overweight_finding(table, funds))
        for finding in (*checked, _grade_finding(table)):
            if finding is not None:
                findings.append(finding)
    return findings

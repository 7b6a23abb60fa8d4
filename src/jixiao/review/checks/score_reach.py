"""A 自评表's stated 自评得分 above what the points its rows lost leave of 100.

A table that states “自评得分 98” in its head while the rows read show 6 points taken off
(执行率 9 of 10, 时效 4 of 5 …) cannot total more than 94, whatever the rows an excerpt cut
off scored. Checked for one table of 100 points with no bonus points; where a 总分 row was
read (added up in full by :mod:`jixiao.review.checks.tables`) the head must say the same. A
table an OCR glued is bounded by the rows read from its glued text (two at least).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.cell_quotes import show
from jixiao.review.checks.funds import over_weight
from jixiao.review.checks.proportion import MAX_WEIGHT as MAX_ROW_WEIGHT
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import tokens
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.glued import glued_rows
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.scored import scored_tables
from jixiao.review.text.kind import TABLES

FULL = Decimal(100)
_LABEL = re.compile(r"^自评(?:得分|总分)\s*[:：]?$")
_GLUED = re.compile(r"^自评(?:得分|总分)\s*[:：]?\s*(?P<score>\d{2,3}(?:\.\d{1,2})?)\s*分?$")
_BONUS = re.compile(r"加\s*\d*(?:\.\d+)?\s*分|加分")


def head_total(doc: ReportDoc, before: int) -> tuple[Paragraph, Figure] | None:
    """The 自评得分 written in the table's head, above paragraph ``before``."""
    stream = [t for t in tokens(doc) if t.paragraph.index < before]
    for number, token in enumerate(stream):
        glued = _GLUED.match(token.text)
        if glued:
            score, at = figure(glued.group("score")), token
        elif (
            _LABEL.match(token.text) and number + 1 < len(stream) and not _in_header(stream, number)
        ):
            at = stream[number + 1]
            score = figure(at.text)
        else:
            continue
        if score is not None and not score.percent and score.value <= FULL:
            return at.paragraph, score
    return None


#: Column names beside which a 自评得分 names a column, not the table's score.
_COLUMN_NAMES = re.compile(r"^(?:分值|权重|评分标准|评分依据|[一二三]级指标|指标)$")


def _in_header(stream: list[Token], number: int) -> bool:
    """True when 自评得分 stands in a row of column names (“…分值 / 评分标准 / 自评得分 /
    1 / 投入…”): the figure after it is the first row's 序号."""
    return any(_COLUMN_NAMES.match(t.text.strip()) for t in stream[max(0, number - 3) : number])


Row = tuple[str, Figure, Figure]
#: Glued rows needed before their lost points are trusted to bound the head's total.
MIN_GLUED = 2
_GLUED_HEAD = re.compile(r"自评(?:得分|总分)\s*[:：]?\s*(?P<score>\d{2,3}(?:\.\d{1,2})?)(?![\d.%])")


def _table_rows(table: ScoredTable, funds: tuple[FundsRow, ...]) -> list[Row]:
    """The rows' (name, 分值, 得分), the 资金 row's first when its 分值 is the 执行率's."""
    # a row weighing more than any indicator can is a misread (the 资金 row's 执行率 96.85
    # beside its 权重 10.00, the score after them unread)
    rows = [(r.name, r.weight, r.score) for r in table.rows if r.weight.value <= MAX_ROW_WEIGHT]
    for row in funds:
        weight, score = row.columns.get("weight"), row.columns.get("score")
        if weight is not None and score is not None and weight.value < MAX_WEIGHT:
            rows.insert(0, ("预算执行率", weight, score))
    return rows


def _lost(rows: list[Row]) -> tuple[Decimal, Decimal, list[str]]:
    """The points the rows were given and lost, and what lost them."""
    weights, lost, named = Decimal(0), Decimal(0), []
    for name, weight, score in rows:
        weights += weight.value
        if score.value < weight.value:
            lost += weight.value - score.value
            named.append(f"{name}{weight.text}分得{score.text}分")
    return weights, lost, named


def _head_finding(head: tuple[Paragraph, Figure], message: str, recomputed: str) -> ReviewFinding:
    """A ``score-total-mismatch`` on the head's 自评得分."""
    paragraph, stated = head
    span = quote_span(paragraph, stated.text)
    return make_finding(
        "score-total-mismatch",
        paragraph,
        message,
        span=span,
        stated=stated.text,
        recomputed=recomputed,
    )


def _against_total(head: tuple[Paragraph, Figure], total: Figure) -> list[ReviewFinding]:
    """The head's 自评得分 against the 总分 row at the table's foot."""
    stated = head[1]
    if stated.value == total.value:
        return []
    message = f"表头自评得分{stated.text}分，与表末总分{total.text}分不符。"
    return [_head_finding(head, message, total.text)]


def _beyond_reach(
    doc: ReportDoc, head: tuple[Paragraph, Figure], rows: list[Row]
) -> list[ReviewFinding]:
    """The head's 自评得分 against 100 less the points the rows read have lost."""
    if any(_BONUS.search(p.text) for p in doc.paragraphs):
        return []
    weights, lost, named = _lost(rows)
    stated = head[1]
    reach = FULL - lost
    if weights > FULL or not lost or stated.value <= reach:
        return []
    places = max(stated.places, *(score.places for _, _, score in rows))
    message = (
        f"表头自评得分{stated.text}分，而表中已扣{show(lost, places)}分（{'；'.join(named)}），"
        f"满分100分最多得{show(reach, places)}分，不符。"
    )
    return [_head_finding(head, message, show(reach, places))]


def _glued_reach(doc: ReportDoc) -> list[ReviewFinding]:
    """A table an OCR glued: its head's 自评得分 against the points its glued rows lost."""
    rows = glued_rows(doc)
    if len(rows) < MIN_GLUED:
        return []
    for paragraph in doc.paragraphs[: rows[0].paragraph.index]:
        found = _GLUED_HEAD.search(paragraph.text)
        score = figure(found.group("score")) if found else None
        if score is not None and score.value <= FULL:
            read = [(row.name, row.weight, row.score) for row in rows]
            return _beyond_reach(doc, (paragraph, score), read)
    return []


#: A table's foot row: 合计 or 总分, then its 分值 and its 得分.
_FOOT = re.compile(r"^(?:合\s*计|总\s*分|总\s*计)\s*[:：]?$")


def _total_over(doc: ReportDoc) -> list[ReviewFinding]:
    """A foot row “合计 | 100 | 101 |” whose 得分 is above its 100 points, in a table whose
    rows were not read (an excerpt cut its header off): no bonus point named, no table of
    100 points totals more."""
    if any(_BONUS.search(p.text) for p in doc.paragraphs):
        return []
    stream = tokens(doc)
    for at, token in enumerate(stream[:-2]):
        if not _FOOT.match(token.text) or not stream[at + 2].line_end:
            continue
        weight, score = figure(stream[at + 1].text), figure(stream[at + 2].text)
        if weight is None or score is None or weight.percent or score.percent:
            continue
        if weight.value == FULL and score.value > FULL:
            return [over_weight(stream[at + 2].paragraph, token.text, weight, score, None)]
    return []


def check_score_reach(doc: ReportDoc) -> list[ReviewFinding]:
    """A head 自评得分 against the 总分 row, or above what the rows' lost points leave."""
    if doc.identity.kind not in TABLES:
        return []
    tables, funds = scored_tables(doc), funds_rows(doc)
    if not tables and not funds:
        return _glued_reach(doc) + _total_over(doc)
    if len(tables) != 1 or len(funds) > 1:
        return []
    table = tables[0]
    first = min([r.paragraph.index for r in table.rows] + [f.paragraph.index for f in funds])
    head = head_total(doc, first)
    if head is None:
        return []
    if table.total is not None:
        return _against_total(head, table.total.score)
    return _beyond_reach(doc, head, _table_rows(table, funds))

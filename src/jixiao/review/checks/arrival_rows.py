"""A scoring sheet's 到位率 row against the money its own head states.

The 项目绩效自评表 of the scoring-sheet layout (Hainan and others) states 计划投资额 and
实际到位资金 in its head and scores 到位率 (实际到位资金 ÷ 计划投资额) among its 三级指标:
“到位率 | 3 | 3”. Full marks need the money in full: 420.00 of 600 is 70 %, worth 2.10 of
3 points under the framework's proportional rule.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import show
from jixiao.review.checks.funds import HUNDRED
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import tokens

_PLANNED = re.compile(r"^计划(?:投资额|投入(?:资金)?|投资)")
_ARRIVED = re.compile(r"^实际到位(?:资金)?")
_ROW = re.compile(r"^(?:资金)?到位率$")
#: How many tokens after its label a head's amount may stand ("计划投资额 / (万元) / 600").
AMOUNT_REACH = 3


def _amount_after(stream: tuple[Token, ...], label: re.Pattern[str]) -> Figure | None:
    """The first amount after the first token ``label`` matches, within reach."""
    at = next((i for i, t in enumerate(stream) if label.match(t.text)), None)
    if at is None:
        return None
    for token in stream[at + 1 : at + 1 + AMOUNT_REACH]:
        value = figure(token.text)
        if value is not None and not value.percent:
            return value
    return None


def _scored_row(stream: tuple[Token, ...]) -> tuple[Token, Figure, Figure] | None:
    """The 到位率 row: its label token, its 分值 and its 得分 (the two figures after it)."""
    for at, token in enumerate(stream):
        if not _ROW.match(token.text):
            continue
        pair = [figure(t.text) for t in stream[at + 1 : at + 3]]
        weight, score = [*pair, None, None][:2]
        if weight is None or score is None or weight.percent or score.percent:
            continue
        if 0 < weight.value <= MAX_WEIGHT and score.value <= weight.value:
            return token, weight, score
    return None


def check_arrival_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """A 到位率 row scored above what 实际到位资金 ÷ 计划投资额 earns."""
    stream = tokens(doc)
    planned, arrived = _amount_after(stream, _PLANNED), _amount_after(stream, _ARRIVED)
    row = _scored_row(stream)
    if planned is None or arrived is None or row is None or planned.value <= 0:
        return []
    token, weight, score = row
    rate = min(arrived.value / planned.value * HUNDRED, HUNDRED)
    due = weight.value * rate / HUNDRED
    step = Decimal(1).scaleb(-score.places)
    if arrived.value > planned.value or score.value <= due.quantize(step, ROUND_HALF_UP):
        return []
    message = (
        f"到位率按实际到位资金{arrived.text}÷计划投资额{planned.text}＝{show(rate, 2)}%，"
        f"分值{weight.text}分应得{show(due, 2)}分，表中为{score.text}分。"
    )
    return [
        make_finding(
            "arrival-score-mismatch",
            token.paragraph,
            message,
            stated=score.text,
            recomputed=show(due, 2),
        )
    ]

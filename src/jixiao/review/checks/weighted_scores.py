"""A 折算得分 against the row's 得分 and 权重占比 (the Hebei 预算项目绩效自评表: … | 单项指标得分
| 权重占比(%) | 单项指标折算得分): the row's last three figures, the third the first times the
second per cent — “完成 30.00 30.00 9.00” (rows read by :mod:`jixiao.review.tables.converted`);
a gap within the rounding of the figures written is no fault.
"""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.converted import ConvertedRow
from jixiao.review.tables.converted import converted_rows
from jixiao.review.text.quantities import fmt

_HUNDRED = Decimal(100)


def _finding(row: ConvertedRow) -> ReviewFinding | None:
    paragraph, score, share, converted = row.paragraph, row.score, row.share, row.converted
    if share.value > _HUNDRED or score.value > _HUNDRED:
        return None
    due = score.value * share.value / _HUNDRED
    slack = converted.ulp + score.ulp * share.value / _HUNDRED + share.ulp * score.value / _HUNDRED
    if abs(due - converted.value) <= slack:
        return None
    shown = fmt(due, converted.places)
    message = (
        f"折算得分应为单项指标得分{score.text}×权重占比{share.text}%＝{shown}，"
        f"表中为{converted.text}。"
    )
    return make_finding(
        "weighted-score-mismatch",
        paragraph,
        message,
        span=quote_span(paragraph, converted.text),
        stated=converted.text,
        recomputed=shown,
    )


def check_weighted_scores(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 折算得分 under a 权重占比 header against 得分 × 权重占比."""
    return [f for row in converted_rows(doc) if (f := _finding(row)) is not None]

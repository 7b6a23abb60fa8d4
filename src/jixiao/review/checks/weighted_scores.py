"""A 折算得分 against the row's 得分 and 权重占比 (the Hebei 预算项目绩效自评表: … | 单项指标得分
| 权重占比(%) | 单项指标折算得分): the row's last three figures, the third the first times the
second per cent — “完成 30.00 30.00 9.00”.

Read only under a header naming both the 权重占比 and the 折算得分, on rows written a row to
a line whose last three cells are figures, up to the first line after them that is none (a
table below is not read as them); a gap within the rounding of the figures written is no
fault.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.funds import quote_span
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.text.quantities import fmt

_HEADER = re.compile(r"权重占比.{0,12}折算得分")
_HUNDRED = Decimal(100)
_ROWS_AFTER = 40


def _last_three(paragraph: Paragraph) -> tuple[Figure, Figure, Figure] | None:
    cells = [c.strip() for c in paragraph.cells if c.strip()]
    if len(cells) < 4:
        return None
    found = [figure(c) for c in cells[-3:]]
    score, share, converted = found
    if score is None or share is None or converted is None or converted.percent:
        return None
    return score, share, converted


def _finding(paragraph: Paragraph) -> ReviewFinding | None:
    figures = _last_three(paragraph)
    if figures is None:
        return None
    score, share, converted = figures
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


def _rows(doc: ReportDoc) -> Iterator[Paragraph]:
    """The rows under a 权重占比 header, up to the first line after them that is no row."""
    header: int | None = None
    read = False
    for paragraph in doc.paragraphs:
        if _HEADER.search(paragraph.text.replace(" ", "")):
            header, read = paragraph.index, False
        elif header is not None and paragraph.index - header <= _ROWS_AFTER:
            if _last_three(paragraph) is not None:
                read = True
                yield paragraph
            elif read:
                header = None  # the table ended


def check_weighted_scores(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 折算得分 under a 权重占比 header against 得分 × 权重占比."""
    return [f for p in _rows(doc) if (f := _finding(p)) is not None]

"""A share told in the cells of a summary block, right after its two figures, each cell
beside its label (the 概要 of a third party's 绩效评价报告):

    各级资金投入总数 | 246.37 | 抽查资金总数 | 236.37 | 资金抽查占比 | 100%
                                                          → 236.37 ÷ 246.37 = 95.94%

The share's label ends in 占比 (比例, 比重, 率), and it and the second figure's label name a
sample (抽查, 抽样) that the first does not: the share is the sample over the whole. Other
shares in such blocks may be of a total the block does not state (自筹资金占比 of 财政 and
自筹 together) or be changes (预算调整比例): they are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import tokens
from jixiao.review.text.quantities import fmt

_SHARE_LABEL = re.compile(r"(?:占比|比例|比重|率)$")
#: What was sampled (抽查资金总数, 抽查项目数): the share is of the whole the sample came
#: from; other shares may be of a total the block does not state (自筹资金占比).
_SAMPLED = re.compile(r"抽查|抽样|抽取")
_LABEL = re.compile(r"^[\u4e00-\u9fff（）() ]{2,24}$")
_HUNDRED = Decimal(100)


def _pair(stream: tuple[Token, ...], at: int) -> tuple[str, Figure] | None:
    """The label and figure (no percentage) at ``at`` and ``at + 1``."""
    label, value = stream[at].text.strip(), figure(stream[at + 1].text)
    if not _LABEL.match(label) or value is None or value.percent:
        return None
    return label, value


_Labelled = tuple[str, tuple[str, Figure], tuple[str, Figure]]


def _shares(doc: ReportDoc) -> Iterator[tuple[Token, _Labelled, Figure]]:
    stream = tokens(doc)
    for at in range(4, len(stream) - 1):
        label = stream[at].text.strip()
        share = figure(stream[at + 1].text)
        if not _SHARE_LABEL.search(label) or share is None or not share.percent:
            continue
        first, second = _pair(stream, at - 4), _pair(stream, at - 2)
        if first is None or second is None or first[1].value == 0:
            continue
        sampled = _SAMPLED.search(label) and _SAMPLED.search(second[0])
        if sampled and not _SAMPLED.search(first[0]) and not _SHARE_LABEL.search(first[0]):
            yield stream[at + 1], (label, first, second), share


def check_cell_shares(doc: ReportDoc) -> list[ReviewFinding]:
    """Each share of a label–figure block against its two figures before it."""
    findings: list[ReviewFinding] = []
    for cell, (label, (whole_label, whole), (part_label, part)), share in _shares(doc):
        exact = part.value / whole.value * _HUNDRED
        step = Decimal(1).scaleb(-max(share.places, 0))
        if exact.quantize(step, rounding=ROUND_HALF_UP) == share.value:
            continue
        right = f"{fmt(exact, 2)}%"
        message = (
            f"“{label}”应为{part_label}{part.text}÷{whole_label}{whole.text}＝{right}，"
            f"表中为{share.text}，请核实。"
        )
        findings.append(
            make_finding(
                "share-mismatch",
                cell.paragraph,
                message,
                span=quote_span(cell.paragraph, share.text),
                stated=share.text,
                recomputed=right,
            )
        )
    return findings

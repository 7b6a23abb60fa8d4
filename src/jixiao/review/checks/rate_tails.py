"""The Chongqing 自评表's 资金 row as a 文库 copy glues it: header “…执行率(%)执行率权重执行率得分
(分)”, row “…其中财政拨款….32.06.579.27108.93年初绩效目标…”, the amounts often damaged and
the 执行率, its 权重 and its 得分 run into one figure before the 绩效目标 block.

The run is cut from its end: a 得分 of at most two decimals, a whole 权重 of 1 to 99 (no
leading zero, not below the 得分), a 执行率 of at most two decimals (its % kept where written)
that starts anywhere in what is left (ending at its % where one is written). The row is
wrong only when no cut gives a 得分 that 权重 × 执行率 (at most the 权重) rounds to; it is
then shown with the longest 执行率 (of at most 200). The run read is the one on the total's
or the 财政拨款 row: where a 其他资金 row comes last, its amounts stand before the 绩效目标.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP
from decimal import Decimal
from functools import lru_cache

from jixiao.review.checks.funds import rate_score
from jixiao.review.checks.funds import rate_score_due
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure

_HEADER = re.compile(r"执行率\s*权重\s*执行率\s*得分")
#: The digits glued before the 绩效目标 block that follows the 资金 rows.
_TAIL = re.compile(
    r"(?:总金额|资金总额|财政拨款|执行率得分(?:[(（]分[)）])?[A-Za-z]?)[:：]?"
    r"(?P<run>[\d.%]+)(?=(?:年初|当年|年度)?绩效目标)"
)  # on the total's or the 财政拨款 row (a 其他资金 row last holds amounts alone), or right
# after the header where the amounts were lost
_RATE = re.compile(r"(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?%?")
_WEIGHT = re.compile(r"[5-9]|[12]\d|30")  # the 执行率权重: 5 to 30
_SCORE = re.compile(r"(?:0|[1-9]\d?)(?:\.\d{1,2})?")
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class _Cut:
    rate: Figure
    weight: Figure
    score: Figure

    def holds(self) -> bool:
        """The 得分 is 权重 × 执行率 (at most the 权重) at the decimals it is written to,
        allowing for the rounding of the 执行率."""
        due = rate_score_due(self.weight, self.rate)
        slack = self.weight.value * self.rate.ulp / _HUNDRED
        unit = Decimal(1).scaleb(-self.score.places)
        low = (due - slack).quantize(unit, rounding=ROUND_HALF_UP)
        high = (due + slack).quantize(unit, rounding=ROUND_HALF_UP)
        return low <= self.score.value <= high


def _cut(rate: str, weight: str, score: str) -> _Cut | None:
    """One reading, or None where a cell cannot be what it stands for."""
    if not _RATE.fullmatch(rate) or not _WEIGHT.fullmatch(weight) or not _SCORE.fullmatch(score):
        return None
    rated = figure(rate if rate.endswith("%") else f"{rate}%")
    weighed, scored = figure(weight), figure(score)
    if rated is None or weighed is None or scored is None or scored.value > weighed.value:
        return None
    return _Cut(rated, weighed, scored)


def _cuts(run: str) -> list[_Cut]:
    """Every reading of the run's end as 执行率 | 权重 | 得分, longest 执行率 first; a
    执行率 never starts in the decimals of the figure before it."""
    cuts: list[_Cut] = []
    percent = run.rfind("%")
    for start in range(len(run)):
        if (start and run[start - 1] == ".") or start > percent >= 0:
            continue  # never inside another figure's decimals, nor after the rate's %
        for rate_end in [percent + 1] if percent >= 0 else range(start + 1, len(run)):
            for weight_end in range(rate_end + 1, len(run)):
                read = _cut(run[start:rate_end], run[rate_end:weight_end], run[weight_end:])
                if read is not None:
                    cuts.append(read)
    return cuts


@lru_cache(maxsize=4)
def rate_tails(doc: ReportDoc) -> tuple[tuple[Paragraph, list[_Cut]], ...]:
    """Each glued 资金 row under the header (on the header's line or the next), with every
    reading of its end (read once per document; not to be changed by the caller)."""
    rows: list[tuple[Paragraph, list[_Cut]]] = []
    paragraphs = doc.paragraphs
    for at, line in enumerate(paragraphs):
        header = _HEADER.search(line.text.replace(" ", ""))
        if header is None:
            continue
        tail = _TAIL.search(line.text.replace(" ", ""), header.start())
        row = line
        if tail is None and at + 1 < len(paragraphs):
            row = paragraphs[at + 1]
            tail = _TAIL.search(row.text.replace(" ", ""))
        cuts = _cuts(tail.group("run")) if tail else []
        cuts = [cut for cut in cuts if cut.rate.value <= 2 * _HUNDRED]
        if cuts:
            rows.append((row, cuts))
    return tuple(rows)


def check_rate_tails(doc: ReportDoc) -> list[ReviewFinding]:
    """The glued Chongqing 执行率 row's 得分 against 权重 × 执行率, where no cut agrees."""
    findings: list[ReviewFinding] = []
    for paragraph, cuts in rate_tails(doc):
        if any(cut.holds() for cut in cuts):
            continue
        cut = cuts[0]  # the longest rate: the one figure written before the 权重
        finding = rate_score(paragraph, "预算执行率", cut.weight, cut.rate, cut.score)
        if finding is not None:
            findings.append(finding)
    return findings

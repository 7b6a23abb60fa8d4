"""Scores said line by line with their 分值, outside the numbered headings:

    投入指标（20分）：得20分。
    产出指标（40分）：得42.73分。             → above its 分值
    4.组织实施（分值5分）：得4分，扣0.5分。   → 5 − 4 = 1, not 0.5

and a run of such lines whose 分值 make 100 against the total score the text states
(“综合评分为96.65分”): the lines' 得分 must add up to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt


def _show(value: Decimal) -> str:
    return fmt(value).rstrip("0").rstrip(".")


_NUMBER = r"(\d{1,3}(?:\.\d{1,2})?)"
_LINE = re.compile(
    rf"(?P<name>[\u4e00-\u9fff“”]{{2,16}})[（(](?:分值|权重|满分)?\s*(?P<weight>{_NUMBER})\s*分[）)]"
    rf"\s*[：:，,]?\s*(?:自评)?得(?:分)?\s*(?:为)?\s*(?P<got>{_NUMBER})\s*分"
    rf"(?:\s*[，,]\s*扣(?:分)?\s*(?P<lost>{_NUMBER})\s*分)?"
)
_TOTAL = re.compile(
    rf"(?:综合评分|综合得分|自评得分|自评总分|总得分|总分)(?:为|是|[:：])?\s*{_NUMBER}\s*分"
)
FULL = Decimal(100)
MIN_LINES = 3


@dataclass(frozen=True, slots=True)
class _Scored:
    paragraph: Paragraph
    match: re.Match[str]

    def value(self, group: str) -> Decimal:
        return Decimal(self.match.group(group))


def _lines(doc: ReportDoc) -> Iterator[_Scored]:
    for paragraph in doc.paragraphs:
        for match in _LINE.finditer(paragraph.text):
            yield _Scored(paragraph, match)


def _own_findings(line: _Scored) -> Iterator[ReviewFinding]:
    """A line's 得分 above its 分值, and its 扣分 not what the two leave."""
    weight, got, match = line.value("weight"), line.value("got"), line.match
    name = match.group("name")
    if got > weight:
        message = f"“{name}”分值{_show(weight)}分，得分{_show(got)}分，超过分值。"
        yield make_finding(
            "table-score-over-weight",
            line.paragraph,
            message,
            span=match.span("got"),
            stated=match.group("got"),
            recomputed=match.group("weight"),
        )
    elif match.group("lost") is not None and weight - got != line.value("lost"):
        due = _show(weight - got)
        lost = match.group("lost")
        message = (
            f"“{name}”分值{_show(weight)}分，得{_show(got)}分，应扣{due}分，报告为扣{lost}分。"
        )
        yield make_finding(
            "deduction-mismatch",
            line.paragraph,
            message,
            span=match.span("lost"),
            stated=match.group("lost"),
            recomputed=due,
        )


def _runs(lines: list[_Scored]) -> Iterator[list[_Scored]]:
    """Lines each a paragraph of its own, one after another."""
    run: list[_Scored] = []
    for line in lines:
        alone = line.match.start() <= 4 and len(line.paragraph.text) - line.match.end() <= 2
        if run and alone and line.paragraph.index == run[-1].paragraph.index + 1:
            run.append(line)
            continue
        if len(run) >= MIN_LINES:
            yield run
        run = [line] if alone else []
    if len(run) >= MIN_LINES:
        yield run


def _total_finding(doc: ReportDoc, run: list[_Scored]) -> ReviewFinding | None:
    """The lines' 得分 against the one total score the text states, when their 分值 make 100."""
    if sum(line.value("weight") for line in run) != FULL:
        return None
    totals = {m.group(1): (p, m) for p in doc.paragraphs for m in _TOTAL.finditer(p.text)}
    if len(totals) != 1:
        return None
    paragraph, total = next(iter(totals.values()))
    added = sum((line.value("got") for line in run), Decimal(0))
    if added == Decimal(total.group(1)):
        return None
    shown = "＋".join(line.match.group("got") for line in run)
    message = f"总分为{total.group(1)}分，而各项得分之和为{shown}＝{_show(added)}分，两者不符。"
    return make_finding(
        "score-mismatch",
        paragraph,
        message,
        span=total.span(1),
        stated=total.group(1),
        recomputed=_show(added),
    )


def check_scored_lines(doc: ReportDoc) -> list[ReviewFinding]:
    """Scores said with their 分值 on lines of their own, and the total they make."""
    lines = list(_lines(doc))
    findings = [finding for line in lines for finding in _own_findings(line)]
    for run in _runs(lines):
        found = _total_finding(doc, run)
        if found is not None:
            findings.append(found)
    return findings

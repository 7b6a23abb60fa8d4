"""Scores said line by line with their 分值, outside the numbered headings:

    投入指标（20分）：得20分。
    产出指标（40分）：得42.73分。             → above its 分值
    4.组织实施（分值5分）：得4分，扣0.5分。   → 5 − 4 = 1, not 0.5

and a run of such lines whose 分值 make 100 against the total score the text states
(“综合评分为96.65分”): the lines' 得分 must add up to it; so must the blocks listed in one
paragraph before its total (“投入指标20分，得分19.5分；过程指标（20分）得17.0分；…综合得分94.0分”).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP
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
    rf"\s*[：:，,]?\s*(?:[\u4e00-\u9fff]{{2,16}}\s*{_NUMBER}\s*分\s*[，,])?"  # 决策20分，
    rf"\s*(?:自评)?得(?:分)?\s*(?:为)?\s*(?P<got>{_NUMBER})\s*分"
    rf"(?:\s*[，,]\s*扣(?:分)?\s*(?P<lost>{_NUMBER})\s*分)?"
)
#: One block's score in a list of them, “投入指标20分，得分19.5分；过程指标（20分）得17.0分；
#: 产出指标分值30分，实际得分30.0分”: the name ends in 指标, its 分值 with or without brackets.
_ITEM = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{0,8}}指标)\s*[（(]?(?:分值|权重|满分)?\s*(?P<weight>{_NUMBER})\s*分"
    rf"[）)]?\s*[：:，,]?\s*(?:实际|自评)?得(?:分)?\s*(?:为)?\s*(?P<got>{_NUMBER})\s*分"
)
#: “…合格率目标值100%，完成值100%（分值10分，得分12分）”: a 分值 and 得分 side by side in
#: brackets after an indicator's target and result.
_PAIR = re.compile(
    rf"(?:(?P<name>[\u4e00-\u9fff]{{2,16}}?)(?:目标值|年度指标值|指标值)[^（(。；;]{{0,40}})?"
    rf"[（(]\s*(?:分值|权重|满分)\s*(?P<weight>{_NUMBER})\s*分\s*[，,；;]\s*(?:实际|自评)?得分"
    rf"\s*(?:为)?\s*(?P<got>{_NUMBER})\s*分(?:\s*[，,]\s*扣(?:分)?\s*(?P<lost>{_NUMBER})\s*分)?\s*[）)]"
)
_TOTAL = re.compile(
    rf"(?:综合评分|综合得分|自评得分|自评总分|总得分|总分)(?:为|是|[:：])?\s*{_NUMBER}\s*分"
)
#: “绩效指标明确性本项目满分2分，得3分”: a full mark and its score side by side, no brackets.
_FULL_MARK = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{2,16}}?)(?:本项目|本项)?(?<![（(])(?:满分|分值)(?:为|[:：])?\s*"
    rf"(?P<weight>{_NUMBER})\s*分\s*[，,；;]?\s*(?:实际|自评)?得(?:分)?\s*(?:为|[:：])?\s*"
    rf"(?P<got>{_NUMBER})\s*分(?!\s*[（(][^）)]{{0,8}}加分)"
)
#: “项目自评分：110分”: the total of a self-evaluation, which cannot pass its 100 points (a
#: score of another scale, 千分制 968分, is not read).
_SELF_TOTAL = re.compile(
    r"自评(?:综合|最终)?(?:得分|总分|分数?)(?:为|是|[:：])?\s*(?P<got>1[0-4]\d(?:\.\d{1,2})?)\s*分"
)
#: A framework that gives more than 100 points: bonus points, or a full mark above 100.
_BONUS = re.compile(r"加分|附加分|奖励分|千分制")
_FULL_TOLD = re.compile(r"(?:满分|总分)值?\s*(?:为|是|[:：])?\s*(\d{3,4})\s*分")
FULL = Decimal(100)
MIN_LINES = 3
#: Paragraphs between two lines of one run at most (the reasons for each block's deductions).
MAX_GAP = 8
#: “综合得分87分，共扣13分”: what the total lost of 100.
_TOTAL_LOST = re.compile(
    rf"(?:综合评分|综合得分|自评得分|自评总分|总得分|总分)(?:为|是|[:：])?\s*(?P<got>{_NUMBER})\s*分"
    rf"\s*[，,]\s*(?:共|合计|累计|总)?扣(?:分|除|减)?\s*(?P<lost>{_NUMBER})\s*分"
)
#: “执行率97.9%，按10分×执行率计算，得分9.79分”: a score worked as the text says.
_RATE_SCORE = re.compile(
    r"执行率\s*(?:为|达到?)?\s*(?P<rate>\d{1,3}(?:\.\d{1,2})?)%[^。；;]{0,20}?"
    rf"按\s*(?P<weight>{_NUMBER})\s*分\s*[×*xX]\s*(?:预算)?执行率[^。；;，,]{{0,6}}"
    rf"[，,]\s*得(?:分)?\s*(?:为)?\s*(?P<got>{_NUMBER})\s*分"
)


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
    name = match.group("name") or "该项指标"
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
    elif match.groupdict().get("lost") is not None and weight - got != line.value("lost"):
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


def _runs(doc: ReportDoc, lines: list[_Scored]) -> Iterator[list[_Scored]]:
    """Lines each a paragraph of its own, one after another or with a few paragraphs of
    words between (no heading)."""
    run: list[_Scored] = []
    for line in lines:
        alone = line.match.start() <= 4 and len(line.paragraph.text) - line.match.end() <= 2
        if run and alone and _next_to(doc, run[-1].paragraph, line.paragraph):
            run.append(line)
            continue
        if len(run) >= MIN_LINES:
            yield run
        run = [line] if alone else []
    if len(run) >= MIN_LINES:
        yield run


def _next_to(doc: ReportDoc, last: Paragraph, paragraph: Paragraph) -> bool:
    between = [p for p in doc.paragraphs if last.index < p.index < paragraph.index]
    gap_ok = paragraph.index > last.index and len(between) <= MAX_GAP
    return gap_ok and not any(p.is_heading or _LINE.search(p.text) for p in between)


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
    return _sum_finding(paragraph, total, [line.match.group("got") for line in run], added)


def _sum_finding(
    paragraph: Paragraph, total: re.Match[str], got: list[str], added: Decimal
) -> ReviewFinding:
    """The total score stated against the sum of the blocks' 得分."""
    stated = total.group(1)
    message = f"总分为{stated}分，而各项得分之和为{'＋'.join(got)}＝{_show(added)}分，两者不符。"
    return make_finding(
        "score-mismatch",
        paragraph,
        message,
        span=total.span(1),
        stated=stated,
        recomputed=_show(added),
    )


def check_scored_lines(doc: ReportDoc) -> list[ReviewFinding]:
    """Scores said with their 分值 on lines of their own, and the total they make."""
    lines = list(_lines(doc))
    paired = [_Scored(p, m) for p in doc.paragraphs for m in _PAIR.finditer(p.text)]
    paired += [_Scored(p, m) for p in doc.paragraphs for m in _FULL_MARK.finditer(p.text)]
    findings = [finding for line in (*lines, *paired) for finding in _own_findings(line)]
    findings.extend(_totals_over_full(doc))
    for run in _runs(doc, lines):
        found = _total_finding(doc, run)
        if found is not None:
            findings.append(found)
    for paragraph in doc.paragraphs:
        listed = _listed(paragraph)
        findings.extend([listed] if listed is not None else [])
        findings.extend(_total_lost(paragraph))
        findings.extend(_rate_scores(paragraph))
    return findings


def _listed(paragraph: Paragraph) -> ReviewFinding | None:
    """Block scores listed in one paragraph, their 分值 making 100, against the total score
    the paragraph states after them."""
    items = list(_ITEM.finditer(paragraph.text))
    if len(items) < MIN_LINES or sum(Decimal(m.group("weight")) for m in items) != FULL:
        return None
    totals = list(_TOTAL.finditer(paragraph.text, items[-1].end()))
    if len(totals) != 1:
        return None
    stated = totals[0].group(1)
    added = sum((Decimal(m.group("got")) for m in items), Decimal(0))
    places = Decimal(1).scaleb(-len(stated.partition(".")[2]))
    if added.quantize(places, rounding=ROUND_HALF_UP) == Decimal(stated):
        return None
    return _sum_finding(paragraph, totals[0], [m.group("got") for m in items], added)


def _total_lost(paragraph: Paragraph) -> Iterator[ReviewFinding]:
    """A total score and what it lost of 100, said together."""
    for match in _TOTAL_LOST.finditer(paragraph.text):
        got, lost = Decimal(match.group("got")), Decimal(match.group("lost"))
        if got > FULL or FULL - got == lost:
            continue
        due = _show(FULL - got)
        message = f"综合得分{match.group('got')}分，满分100分应扣{due}分，报告为扣{lost}分。"
        yield make_finding(
            "deduction-mismatch",
            paragraph,
            message,
            span=match.span("lost"),
            stated=match.group("lost"),
            recomputed=due,
        )


def _rate_scores(paragraph: Paragraph) -> Iterator[ReviewFinding]:
    """A 执行率 score the text says is worked as 分值 × 执行率, against that product."""
    for match in _RATE_SCORE.finditer(paragraph.text):
        rate, weight = Decimal(match.group("rate")), Decimal(match.group("weight"))
        got = match.group("got")
        digits = Decimal(1).scaleb(-len(got.partition(".")[2]))
        due = (weight * min(rate, FULL) / FULL).quantize(digits, rounding=ROUND_HALF_UP)
        if due == Decimal(got):
            continue
        message = (
            f"按{match.group('weight')}分×执行率{match.group('rate')}%计算，"
            f"得分应为{due}分，报告为{got}分。"
        )
        yield make_finding(
            "rate-score-mismatch",
            paragraph,
            message,
            span=match.span("got"),
            stated=got,
            recomputed=f"{due}",
        )


def _totals_over_full(doc: ReportDoc) -> Iterator[ReviewFinding]:
    """A self-evaluation's total above 100 points, where the framework gives no more."""
    told = [Decimal(m.group(1)) for p in doc.paragraphs for m in _FULL_TOLD.finditer(p.text)]
    if any(_BONUS.search(p.text) for p in doc.paragraphs) or any(v > FULL for v in told):
        return
    for paragraph in doc.paragraphs:
        for match in _SELF_TOTAL.finditer(paragraph.text):
            if Decimal(match.group("got")) <= FULL:
                continue
            got = match.group("got")
            if doc.identity.excerpt and FULL not in told:  # the bonus may lie past the cut
                code = "total-over-hundred-unexplained"
                message = (
                    f"自评总分为{got}分，超过100分；摘录部分未列满分或加分项目，请核实评分口径。"
                )
            else:
                code = "table-score-over-weight"
                message = f"自评总分为{got}分，超过满分100分，且未列明加分项目。"
            yield make_finding(
                code,
                paragraph,
                message,
                span=match.span("got"),
                stated=got,
                recomputed="100",
            )

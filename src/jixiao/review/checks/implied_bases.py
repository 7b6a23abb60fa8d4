"""Shares whose base is named but not stated: “甲支出A，占一般公共预算支出的P%；乙支出B，占一般
公共预算支出的Q%”. Each share implies the base (A ÷ P); when the shares of one named base
imply one base but one of them, that one is wrong."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.base_shares import stated_base
from jixiao.review.checks.claim_shares import share_finding
from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.share_bases import HUNDRED
from jixiao.review.checks.share_bases import MIN_AGREEING
from jixiao.review.checks.share_bases import NEARBY_PARAGRAPHS
from jixiao.review.checks.share_bases import Pair
from jixiao.review.checks.share_bases import worded_shares
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import income_and_spending

MIN_NAME = 4


def _implied(part: Quantity, share: Quantity) -> tuple[Decimal, Decimal]:
    """The range of bases that part ÷ base, rounded as written, gives the share from."""
    low = (part.value - part.ulp) / (share.value + share.ulp) * HUNDRED
    high = (part.value + part.ulp) / (share.value - share.ulp) * HUNDRED
    return low, high


Member = tuple[Sentence, Quantity, Quantity]


def _implied_finding(name: str, base_from: Pair, member: Member, base: Decimal) -> ReviewFinding:
    """A share against the base the others imply (one only cut off, not rounded, is told as
    such)."""
    sentence, part, share = member
    exact = part.value / base * HUNDRED
    right = fmt(exact)
    shown = fmt_quantity(base, base_from[0])
    said = f"{base_from[0].text}占{name}的{base_from[1].text}，推得{name}约为{shown}；"
    verdict = judge_percent(share, exact)
    if not verdict.truncated:
        message = (
            f"{said}按此{part.text}应占{right}%，报告列为{share.text}。同一基数推算不一致，"
            "至少一项占比有误，请核实。"
        )
        return share_finding(sentence, part, share, right, message)
    message = (
        f"{said}按此{part.text}占{fmt(exact, 4)}%，四舍五入应为{verdict.right}，"
        f"报告为{share.text}（截位而非四舍五入）。"
    )
    right = verdict.right.removesuffix("%")
    return share_finding(sentence, part, share, right, message, "rounding-truncated")


def _clusters(doc: ReportDoc) -> list[tuple[str, list[Member]]]:
    """The worded shares grouped by base name, a group running while its shares stand in
    nearby paragraphs or in one section (the same name elsewhere may be another scope's)."""
    open_groups: dict[str, list[Member]] = {}
    done: list[tuple[str, list[Member]]] = []
    sentences = doc_sentences(doc)
    order = {id(sentence): at for at, sentence in enumerate(sentences)}
    for sentence, name, part, share in worded_shares(doc):
        if len(name) < MIN_NAME:
            continue
        group = open_groups.get(name)
        if group is not None:
            last = group[-1][0].paragraph
            near = sentence.paragraph.index - last.index <= NEARBY_PARAGRAPHS
            # the whole stated anew (2024年…支出安排X) between: the shares after are of it
            between = sentences[order[id(group[-1][0])] + 1 : order[id(sentence)] + 1]
            joins = near or sentence.paragraph.section == last.section
            if joins and not _restated(between, name):
                group.append((sentence, part, share))
                continue
            done.append((name, group))
        open_groups[name] = [(sentence, part, share)]
    return done + list(open_groups.items())


def _restated(sentences: tuple[Sentence, ...], name: str) -> bool:
    """A sentence of its own states an amount under the base's name (“2024年全县一般公共
    预算支出安排33.60亿元。其中…占一般公共预算支出的…”): the shares after it are of that."""
    return any(
        q.kind == MONEY and name in q.label and "占" not in q.label
        for sentence in sentences
        for q in sentence.quantities
    )


def _contains(member: Member, base: Decimal) -> bool:
    low, high = _implied(member[1], member[2])
    return low <= base <= high


def _common_base(doc: ReportDoc, members: list[Member]) -> tuple[Decimal, list[Member]] | None:
    """The base the most shares can all give (a point in the most of their ranges, taken at
    the middle of those ranges' overlap, or the one amount written nearby in that overlap:
    实际完成采购金额71.22亿元 before shares of 采购总量), and the shares it supports."""
    ranges = [_implied(m[1], m[2]) for m in members]
    points = [end for pair in ranges for end in pair]
    best = max(points, key=lambda x: sum(1 for low, high in ranges if low <= x <= high))
    backing = [m for m, (low, high) in zip(members, ranges, strict=True) if low <= best <= high]
    overlap = [r for r in ranges if r[0] <= best <= r[1]]
    low, high = max(r[0] for r in overlap), min(r[1] for r in overlap)
    if len(backing) == len(members):
        return None  # one base gives them all
    written = _written_within(doc, members[0], low, high)
    return (written if written is not None else (low + high) / 2), backing


def _written_within(doc: ReportDoc, first: Member, low: Decimal, high: Decimal) -> Decimal | None:
    """The one amount, in the shares' unit, written in the paragraphs up to the first share
    (not far before it) that lies in ``low`` … ``high``."""
    at = first[0].paragraph.index
    values = {
        q.value
        for sentence in doc_sentences(doc)
        if at - NEARBY_PARAGRAPHS <= sentence.paragraph.index <= at
        for q in sentence.quantities
        if q.kind == MONEY and not q.approx and q.unit == first[1].unit and low <= q.value <= high
    }
    return values.pop() if len(values) == 1 else None


#: Bases every subject has of its own (its 调整预算, its 任务数): shares of two subjects
#: under one of these names have no common base (全市 and 市本级, 税务部门 and 财政部门).
_OWN_BASE = re.compile(r"^(?:年|全年|年度)?(?:调整后?|年初)?(?:预算|任务|计划|目标)数?的?$")


#: The year a part is told for, the last named before it in its sentence.
_YEAR = re.compile(r"(?:19|20)\d{2}年(?!度?[底末初])|今年|本年|上年|去年|明年")


def _year(member: Member) -> str | None:
    sentence, part, _ = member
    said = _YEAR.findall(sentence.text, 0, part.start)
    return said[-1] if said else None


def _of_several_years(members: list[Member]) -> bool:
    """Parts told for different years (2014年…16,023.35万元，占拨款预算21.82% and 到今年…
    12,482.56万元，占拨款预算16.5%): each share is of its own year's base."""
    return len({y for m in members if (y := _year(m)) is not None}) > 1


#: With two shares that disagree, which one is wrong cannot be told: only a gap of more
#: than this many units of the last digit is reported (a last digit evened out is not).
PAIR_DIGITS = 2


def check_implied_bases(doc: ReportDoc) -> list[ReviewFinding]:
    """Shares of one named base (占一般公共预算支出的84.06% … 占一般公共预算支出的19.62%)
    in nearby paragraphs that no single base can give: at least one is wrong, even where the
    base itself is not stated. The base is the one most of them give; of two, the first's."""
    findings: list[ReviewFinding] = []
    for name, members in _clusters(doc):
        if (
            len(members) < MIN_AGREEING
            or income_and_spending(m[1].label for m in members)
            or _OWN_BASE.match(name)
            or _of_several_years(members)
            or any(stated_base(doc, m[0], m[2]) is not None for m in members)
        ):
            continue  # (a base the text states: each share is held to it, not to a guess)
        common = _common_base(doc, members)
        if common is None:
            continue
        base, backing = common
        if len(members) > MIN_AGREEING and len(backing) < MIN_AGREEING:
            continue  # no two agree: which one is right cannot be told
        pair = len(members) == MIN_AGREEING
        source = members[0] if pair else backing[0]
        if pair:
            base = source[1].value / source[2].value * HUNDRED
        if any(m[1].value > base for m in members):
            continue  # a part above the base: the shares are of bases of several scopes
        for member in members:
            if member is source or (not pair and member in backing):
                continue
            finding = _implied_finding(name, (source[1], source[2]), member, base)
            exact = member[1].value / base * HUNDRED
            near = abs(exact - member[2].value) <= PAIR_DIGITS * 2 * member[2].ulp
            if not (pair and near) or finding.code == "rounding-truncated":
                findings.append(finding)
    return findings

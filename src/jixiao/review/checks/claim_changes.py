"""The changes stated beside a total and beside each of its parts: when the parts make the
total, their changes make the total's change.

    “三公”经费41万元，较上年减少19万元，较年初预算数减少4万元。其中：公务用车…21万元，较上年
    减少16万元，较年初预算数减少4万元；公务接待费20万元，较上年减少2.5万元，较年初预算数减少1万元。

21 + 20 = 41, so the changes over the budget must add up too: 4 + 1 = 5, not 4. Each
comparison (over last year, over the budget) is checked on its own, and only when every part
states it. Levels that add up exactly as written were added at that precision, so their
changes are held to it too. A total that fell by more than its parts (19 against 16 + 2.5)
is left alone when no part listed is nil and the parts do not name every member of a known
whole: a part nil this year (因公出国（境）费 0) is left out
of such lists, and what it had last year or in the budget fell with it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.all_claims import all_claims
from jixiao.review.checks.partitions import makes_whole
from jixiao.review.checks.partitions import names_whole
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sums import adds_up
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import DATE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.quantities import quantities_in

_CHANGE = re.compile(
    r"(?:较|比|与)(?P<base>[^，。；,;]{0,12}?)(?:相比)?[，,]?(?P<way>增加|减少)了?$"
)
#: “较上年无增减”: a change of none, in words.
_UNCHANGED = re.compile(
    r"(?:较|比|与|和)(?P<base>[^，。；,;]{0,12}?)(?:相比)?[，,]?(?P<way>无增减|无变化|持平|未发生变化)"
)
#: A change stated beside a figure, by what it compares with: last year, or the budget.
Changes = dict[str, tuple[Quantity, Decimal]]


def _changes_after(claim: SumClaim, figure: Quantity, stop: int) -> Changes:
    """The changes stated right after ``figure`` (before ``stop``), by what they compare."""
    found: Changes = {}
    for q in claim.sentence.quantities:
        if q.start <= figure.start or q.start >= stop or q.kind in (DATE, PERCENT):
            continue
        if q.in_brackets and not figure.in_brackets:
            continue  # the figure's own breakdown (“A（其中B、C），较上年增加D”)
        change = _CHANGE.search(q.label) if q.kind == MONEY and not q.approx else None
        if change is None:
            break  # the next figure of another kind: the changes of ``figure`` have ended
        base = "budget" if "预算" in change.group("base") else "year"
        sign = -1 if change.group("way") == "减少" else 1
        found.setdefault(base, (q, sign * q.value))
    clause = re.split(r"[；;。]", claim.sentence.text[figure.end : stop])[0]
    for unchanged in _UNCHANGED.finditer(clause):
        base = "budget" if "预算" in unchanged.group("base") else "year"
        none = replace(figure, value=Decimal(0), ulp=Decimal(0), text=unchanged.group("way"))
        found.setdefault(base, (none, Decimal(0)))
    return found


def _tolerance(claim: SumClaim, changes: list[Quantity]) -> Decimal:
    """Levels that add up exactly as written are figures the writer added at that precision:
    their changes must add up exactly too; else within the rounding of the figures."""
    levels = sum((p.value for p in claim.parts), Decimal(0))
    return Decimal(0) if levels == claim.total.value else 2 * max(q.ulp for q in changes)


def _gap_stated(claim: SumClaim, gap: Decimal, tolerance: Decimal) -> bool:
    """The gap is a figure another sentence of the paragraph states: a part left out of the
    list because it is nil this year, with its level of last year or of the budget (“本年度未
    发生因公出国（境）费，上年为6.10万元”)."""
    sentence = claim.sentence
    at, end = sentence.start, sentence.start + len(sentence.text)
    return any(
        q.kind == MONEY and not at <= q.start < end and abs(q.value - gap) <= tolerance
        for q in quantities_in(sentence.paragraph.text)
    )


def _all_listed(claim: SumClaim) -> bool:
    """No part can be missing from the list: a nil one is listed, or the parts name every
    member of a known whole (因公出国, 公务用车购置, 公务用车运行, 公务接待)."""
    labels = [p.label for p in claim.parts]
    return (
        any(p.value == 0 for p in claim.parts)
        or names_whole(labels)
        or makes_whole(labels, claim.total.label)
    )


def _finding(
    claim: SumClaim,
    base: str,
    total: tuple[Quantity, Decimal],
    parts: list[tuple[Quantity, Decimal]],
) -> ReviewFinding | None:
    added = sum((signed for _, signed in parts), Decimal(0))
    tolerance = _tolerance(claim, [total[0], *(q for q, _ in parts)])
    if abs(added - total[1]) <= tolerance or _gap_stated(claim, abs(added - total[1]), tolerance):
        return None
    if total[1] < added and not _all_listed(claim):
        return None  # a part nil this year, left out of the list, may have had money before
    compared = "年初预算" if base == "budget" else "上年"
    listed = "、".join(q.text for q, _ in parts)
    way = "增加" if added >= 0 else "减少"
    shown = fmt_quantity(abs(added), total[0])
    message = (
        f"所列分项之和等于总数{claim.total.text}，各分项较{compared}的增减（{listed}）合计"
        f"{way}{shown}，与总数所述{total[0].text}不符，请核实。"
    )
    sentence = claim.sentence
    return make_finding(
        "sum-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + total[0].start, sentence.start + total[0].end),
        stated=total[0].text,
        recomputed=f"{way}{shown}",
    )


def _claim_findings(claim: SumClaim) -> list[ReviewFinding]:
    parts = claim.parts
    bounds = [p.start for p in parts[1:]] + [len(claim.sentence.text)]
    total = _changes_after(claim, claim.total, parts[0].start)
    each = [_changes_after(claim, p, stop) for p, stop in zip(parts, bounds, strict=True)]
    findings: list[ReviewFinding] = []
    for base, stated in total.items():
        if all(base in changes for changes in each):
            finding = _finding(claim, base, stated, [changes[base] for changes in each])
            if finding is not None:
                findings.append(finding)
    return findings


def check_claim_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """A total's stated changes against its parts' changes, when the parts make the total."""
    findings: list[ReviewFinding] = []
    for claim in all_claims(doc):
        if claim.total.kind == MONEY and len(claim.parts) >= 2 and adds_up(claim):
            findings.extend(_claim_findings(claim))
    return findings

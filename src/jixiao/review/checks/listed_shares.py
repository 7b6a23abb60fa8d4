"""Shares of a whole the text never states, listed part by part:

    老年人福利项目1个，金额108万元，资金量占比54%；残疾人福利项目1个，金额71万元，资金量占比
    36%；儿童福利项目1个，金额20万元，资金量占比10%。

Each share follows its part's amount and names no base (占比, 资金量占比). Parts that do not
overlap cannot have shares adding to more than 100%; when the shares add to 100% (within their
rounding), the whole is the parts' sum and each share is checked against it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from decimal import Decimal

from jixiao.review.checks.all_claims import all_claims
from jixiao.review.checks.base_shares import stated_base
from jixiao.review.checks.claim_shares import share_finding
from jixiao.review.checks.claim_shares import share_holds
from jixiao.review.checks.claim_shares import share_total
from jixiao.review.checks.partitions import names_whole
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_UNNAMED = re.compile(r"^[\u4e00-\u9fff]{0,4}占比(?:为|是|达)?$")


#: “因公出国（境）费12.02万元，占19.4%”: a bare 占, read only when the parts name a whole.
_BARE_SHARE = re.compile(r"^占(?:为|是|达)?$")


def _pairs(
    sentence: Sentence, label: re.Pattern[str] = _UNNAMED
) -> list[tuple[Quantity, Quantity]]:
    """(amount, share) for each share with no base named that follows an amount."""
    figures = sentence.quantities
    pairs: list[tuple[Quantity, Quantity]] = []
    for part, share in itertools.pairwise(figures):
        if part.kind != MONEY or share.kind != PERCENT or part.approx or share.approx:
            continue
        gap = sentence.text[part.end : share.start - len(share.label)]
        if label.match(share.label) and not gap.strip("，, "):
            pairs.append((part, share))
    return pairs


def _of_a_whole(sentence: Sentence) -> list[tuple[Quantity, Quantity]]:
    """Shares after a bare 占 of parts that name every member of a known whole (the 三公)."""
    pairs = _pairs(sentence, _BARE_SHARE)
    return pairs if names_whole([part.label for part, _ in pairs]) else []


_RESPECTIVE = re.compile(r"分别(?:为|是)\s*$")
_LISTED = re.compile(r"^\s*[、和及与]\s*$")


def _runs(sentence: Sentence, kind: str) -> list[list[Quantity]]:
    """Runs of figures of ``kind`` listed with 、 or 和 between them."""
    runs: list[list[Quantity]] = []
    for q in sentence.quantities:
        last = runs[-1][-1] if runs else None
        joined = last is not None and _LISTED.match(sentence.text[last.end : q.start])
        if q.kind == kind and last is not None and last.kind == kind and joined:
            runs[-1].append(q)
        else:
            runs.append([q])
    return [run for run in runs if run[0].kind == kind]


def _respective(sentence: Sentence) -> list[tuple[Quantity, Quantity]]:
    """“A、B和C分别为a、b和c，占…比例为x%、y%和z%”: amounts and shares paired in order."""
    amounts = [r for r in _runs(sentence, MONEY) if _RESPECTIVE.search(r[0].label)]
    for run in amounts:
        shares = next(
            (
                r
                for r in _runs(sentence, PERCENT)
                if r[0].start > run[-1].end and "占" in r[0].label
            ),
            None,
        )
        if shares is not None and len(shares) == len(run) >= 2:
            return list(zip(run, shares, strict=True))
    return []


def _findings(
    sentence: Sentence, pairs: list[tuple[Quantity, Quantity]], whole_named: bool = False
) -> list[ReviewFinding]:
    """``whole_named``: the parts name every member of a known whole, so their sum is the base
    however far the shares are from 100%."""
    if "其中" in sentence.text[pairs[0][0].start : pairs[-1][1].end]:
        return []  # “基本支出…占比60%；其中人员经费…占比50%”: a part inside another
    parts = tuple(part for part, _ in pairs)
    added = sum((part.value for part in parts), Decimal(0))
    whole = replace(
        parts[0],
        value=added,
        ulp=sum((part.ulp for part in parts), Decimal(0)),
        text=fmt_quantity(added, parts[0]),
        label="",
    )
    claim = SumClaim(sentence, whole, parts, tuple(pairs), declared=True)
    over = share_total(claim)
    if over or added <= 0:
        return over
    shares = sum((share.value for _, share in pairs), Decimal(0))
    if abs(shares - HUNDRED) > sum((s.ulp for _, s in pairs), Decimal(0)) and not whole_named:
        return []  # shares of a larger whole: which cannot be told
    found: list[ReviewFinding] = []
    why = "所列各项构成其总数的全部" if whole_named else "各项占比合计为100%"
    for part, share in pairs:
        if share_holds(part, share, whole):
            continue
        right = fmt(part.value / added * HUNDRED)
        message = (
            f"{why}，其基数为各项之和{whole.text}；{part.text}应占{right}%，"
            f"报告列为{share.text}，请核实。"
        )
        found.append(share_finding(sentence, part, share, right, message))
    return found


def check_listed_shares(doc: ReportDoc) -> list[ReviewFinding]:
    """Shares with no base named (or paired in order with 分别为 amounts), two or more in a
    sentence, that no stated total's claim has read already."""
    # a claim's sentence may be joined from two (and across a paragraph break): its shares
    # are known by what they say, in its paragraph or the next
    claimed = {
        (index, share.text)
        for claim in all_claims(doc)
        for _, share in claim.shares
        for index in (claim.sentence.paragraph.index, claim.sentence.paragraph.index + 1)
    }
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        here = sentence.paragraph.index
        pairs = [pair for pair in _pairs(sentence) if (here, pair[1].text) not in claimed]
        if len(pairs) < 2:
            pairs = [p for p in _respective(sentence) if (here, p[1].text) not in claimed]
        whole_named = False
        if len(pairs) < 2:
            pairs = [p for p in _of_a_whole(sentence) if (here, p[1].text) not in claimed]
            whole_named = True
        if any(stated_base(doc, sentence, share) is not None for _, share in pairs):
            continue  # (the base is named and stated before: the shares are held to it)
        if len(pairs) >= 2:
            findings.extend(_findings(sentence, pairs, whole_named))
    return findings

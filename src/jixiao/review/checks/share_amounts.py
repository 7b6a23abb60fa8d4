"""Amounts told as a share of a base stated before them in the paragraph:

    总保费343万元，中央财政补贴50%为175.1万元，省级财政补贴30%为102.9万元。
                                          → 343万元 × 50% = 171.5万元

Each share is written right before its amount (“补贴50%为…”, “承担30%，计…”). The base is the
last other sum of money before the first share, and it is taken only when two shares follow
it, no more than 100% in all, and one of them at least is its amount (so the base is the one
the shares are of); each share names who bears it (中央财政补贴, 农户自缴 …), not a base of
its own (中央资金的10%) nor a payment's terms (预付30%, 下浮5%). A whole percent is exact (a
policy's ratio), one with decimals may be rounded; the amounts may be off by half their last
written digit. An amount that is its share once read in the base's unit (420.37元
for 420.37万元) is a slip of the unit, told as a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.checks.products import product_missed
from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_money
from jixiao.review.text.quantities import money_scale
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

HUNDRED = Decimal(100)
#: Between a share and its amount: “50%为171.5万元”, “30%，计102.9万元”, “20%即…”.
_JOINS = re.compile(r"\s*(?:[，,]\s*)?(?:为|是|即|计|共计|合计)\s*")
#: A rate or a change, not a share of the base; a share of a base it names itself (中央资金的
#: 10%, 合同价款的30%), or a payment's or a settlement's terms (预付, 下浮).
_NO_SHARE = re.compile(r"率|增|降|减|同比|较|比上|占比|的|浮|预付|进度|结算|按")
#: Who bears a share: a level of government, the fund, the farmer or the unit itself.
_PARTY = re.compile(r"中央|省|市|县|区|乡|镇|农户|个人|企业|地方|本级|财政|自筹|自缴|配套|承担")


@dataclass(frozen=True, slots=True)
class _Factor:
    """A figure as a factor of a product: its value and how far rounding may move it."""

    value: Decimal
    ulp: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class _Share:
    sentence: Sentence
    share: Quantity
    amount: Quantity


def _share_at(sentence: Sentence, at: int) -> _Share | None:
    """The share at ``sentence.quantities[at]`` with its amount right after it."""
    figures = sentence.quantities
    share = figures[at]
    if share.kind != PERCENT or at + 1 >= len(figures):
        return None
    if _NO_SHARE.search(share.label) or not _PARTY.search(share.label):
        return None
    amount = figures[at + 1]
    joined = _JOINS.fullmatch(sentence.text, share.end, amount.start)
    if amount.kind != MONEY or amount.approx or joined is None:
        return None
    return _Share(sentence, share, amount)


def _groups(sentences: list[Sentence]) -> list[tuple[Quantity, list[_Share]]]:
    """Each base of a paragraph with the shares that follow it."""
    groups: list[tuple[Quantity, list[_Share]]] = []
    for sentence in sentences:
        skip = -1
        for at, figure in enumerate(sentence.quantities):
            if at == skip:
                continue
            found = _share_at(sentence, at)
            if found is not None:
                skip = at + 1
                if groups:
                    groups[-1][1].append(found)
            elif figure.kind == MONEY and not figure.approx and not figure.in_brackets:
                groups.append((figure, []))
    return groups


def _missed(base: Quantity, share: _Share, scale: Decimal = Decimal(1)) -> Decimal | None:
    amount = _Factor(share.amount.value * scale, share.amount.ulp * scale)
    # a whole percent is a policy's exact ratio; one with decimals (33.3%) may be rounded
    rounded = share.share.text.rstrip("%").count(".") > 0
    ratio = _Factor(
        share.share.value / HUNDRED, share.share.ulp / HUNDRED if rounded else Decimal(0)
    )
    return product_missed((base, ratio), amount)


def _finding(base: Quantity, share: _Share) -> ReviewFinding | None:
    exact = _missed(base, share)
    if exact is None:
        return None
    right = fmt_money(exact, base.unit)
    slip = base.unit != share.amount.unit and _slipped(base, share)
    said = f"按{base.text}的{share.share.text}复算，应为{right}，文中写为{share.amount.text}"
    message = said + ("，金额单位有误。" if slip else "，金额与基数、比例不符。")
    code = "unit-slip" if slip else "share-amount-mismatch"
    return claim_finding(
        code, share.sentence, share.share, share.amount, message, right, share.amount.text
    )


def _slipped(base: Quantity, share: _Share) -> bool:
    """The amount is its share once its figure is read in the base's unit."""
    scale = money_scale(base.unit) / money_scale(share.amount.unit)
    return _missed(base, share, scale) is None


def _judged(base: Quantity, shares: list[_Share]) -> list[ReviewFinding]:
    if len(shares) < 2 or sum((s.share.value for s in shares), Decimal(0)) > HUNDRED:
        return []
    if all(_missed(base, share) is not None and not _slipped(base, share) for share in shares):
        return []  # no share gives its amount of this base (even in the base's unit): the
        # base is another figure
    findings = (_finding(base, share) for share in shares)
    return [finding for finding in findings if finding is not None]


def check_share_amounts(doc: ReportDoc) -> list[ReviewFinding]:
    """Amounts told as a share of a base before them that are not that share of it."""
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in doc_sentences(doc):
        by_paragraph.setdefault(id(sentence.paragraph), []).append(sentence)
    return [
        finding
        for sentences in by_paragraph.values()
        for base, shares in _groups(sentences)
        for finding in _judged(base, shares)
    ]

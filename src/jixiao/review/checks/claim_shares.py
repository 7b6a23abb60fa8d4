"""The shares stated beside a total's parts (“其中A…，占P%”): each against its part over the
total, at the precision the figures are written to; shares evened out to make exactly 100%
pass, and shares cut off rather than rounded are a warning."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_DOWN
from decimal import Decimal

from jixiao.review.checks.percent_findings import WITHIN_ROUNDING
from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.percent_findings import rounding_gap
from jixiao.review.checks.rate_findings import slack
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence

HALF = Decimal("0.5")


def share_holds(part: Quantity, share: Quantity, total: Quantity) -> bool:
    """The share as written can be part ÷ total: within its own half last digit plus what the
    rounding of the two amounts written can move the quotient (23% of 126 ÷ 565 = 22.30%
    cannot; a count is exact, and so is an amount written coarser than the other: 4.6 beside
    4.33 is 4.60), or cut off rather than rounded."""
    if part.value <= 0:
        return abs(share.value) <= share.ulp
    computed = part.value / total.value * 100
    moved = computed * slack([part, total])  # counts exact, and a coarser figure too
    if abs(share.value - computed) <= share.ulp + moved:
        return True
    digit = (2 * share.ulp).normalize()  # the last digit written: 1 for “23%”
    return computed.quantize(digit, rounding=ROUND_DOWN) == share.value


def _evened(claim: SumClaim, wrong: Sequence[tuple[Quantity, Quantity]]) -> bool:
    """Shares of every part, evened out to make exactly 100% (84.37% and 15.63% for 84.376%
    and 15.624%): each wrong one has decimals and is off by at most one unit of its last
    digit (a whole-number share one point off is a fault)."""
    if len(claim.shares) != len(claim.parts):
        return False
    if sum((share.value for _, share in claim.shares), Decimal(0)) != 100:
        return False
    total = claim.total.value
    return all(
        share.ulp < HALF and abs(share.value - part.value / total * 100) <= 2 * share.ulp
        for part, share in wrong
    )


def share_findings(claim: SumClaim) -> list[ReviewFinding]:
    """Each share that is not its part over the total."""
    total = claim.total
    if any(p.value > total.value for p in claim.parts) or total.value == 0:
        return []  # a part above its total (a unit left out): the sum check says so
    # “本年收入合计A，其中：财政拨款收入B，其中一般公共预算拨款C，占80.00%”: a share of the
    # outer total stated before is left alone
    outer = [q for q in claim.sentence.quantities if q.end <= total.start and q.value > total.value]
    shares = tuple(
        (p, sh)
        for p, sh in claim.shares
        if share_holds(p, sh, total) or not any(share_holds(p, sh, o) for o in outer)
    )
    claim = replace(claim, shares=shares)
    wrong = [(part, share) for part, share in claim.shares if not share_holds(part, share, total)]
    if not wrong or _evened(claim, wrong):
        return _near_shares(claim, _evening(claim, wrong))
    added = sum((p.value for p in claim.parts), Decimal(0))
    held = _held(claim, wrong)
    if _on_sum(claim, wrong, added):
        wrong = wrong[:1]  # one fault: every share taken over the parts' sum, not the total
    return [_wrong_share(claim, part, share, added) for part, share in wrong] + _near_shares(
        held, FACE
    )


def _held(claim: SumClaim, wrong: list[tuple[Quantity, Quantity]]) -> SumClaim:
    """The claim with the shares that hold, to be read at face value (one cut off is still
    told) — none when, the wrong ones put right, the shares make exactly 100% (evened out)."""
    held = tuple(s for s in claim.shares if s not in wrong)
    total = claim.total.value
    right = (Decimal(judge_percent(sh, p.value / total * 100).right[:-1]) for p, sh in wrong)
    shares = sum((sh.value for _, sh in held), Decimal(0)) + sum(right, Decimal(0))
    evened = len(claim.shares) == len(claim.parts) and shares == 100
    return replace(claim, shares=() if evened else held)


def _on_sum(claim: SumClaim, wrong: list[tuple[Quantity, Quantity]], added: Decimal) -> bool:
    """The shares hold over the parts' sum (which is not the total stated)."""
    if not added or added == claim.total.value:
        return False
    base = replace(claim.total, value=added)
    return all(share_holds(part, share, base) for part, share in wrong)


#: How shares a last digit off came to be: read at face value, evened out to make 100%
#: (the shares rounded half-up do not), or evened out for no reason (they do).
FACE, EVENED, NEEDLESS = "face", "evened", "needless"
_WHY = {
    EVENED: ("rate-rounding-gap", "各项占比合计凑足100%，应为尾差调整，宜加注说明"),
    NEEDLESS: ("share-last-digit", "各项占比按四舍五入合计本为100%，无需尾差调整，末位有误"),
}


def _evening(claim: SumClaim, wrong: Sequence[tuple[Quantity, Quantity]]) -> str:
    if not wrong and not _evened(claim, claim.shares):
        return FACE
    total = claim.total.value
    rounded = (judge_percent(share, part.value / total * 100) for part, share in claim.shares)
    added = sum((Decimal(r.right.removesuffix("%")) for r in rounded), Decimal(0))
    return NEEDLESS if added == 100 else EVENED


def _near_shares(claim: SumClaim, how: str) -> list[ReviewFinding]:
    """Shares that hold within rounding, or were evened out to make 100%, but are not their
    part over the total rounded half-up: a last digit away is a note (a warning when the
    evening was needless); cut off (6.456% as 6.45%) is a warning at face value."""
    found: list[ReviewFinding] = []
    for part, share in claim.shares:
        if part.value <= 0:
            continue
        exact = part.value / claim.total.value * 100
        verdict = judge_percent(share, exact)
        if verdict.truncated and how == FACE:
            message = (
                f"{part.text}占{claim.total.text}为{fmt(exact, 4)}%，四舍五入应为{verdict.right}，"
                f"报告为{share.text}（截位而非四舍五入）。"
            )
            right = verdict.right.removesuffix("%")
            found.append(
                share_finding(claim.sentence, part, share, right, message, "rounding-truncated")
            )
            continue
        code, why = _WHY.get(how, ("rate-rounding-gap", WITHIN_ROUNDING))
        said = f"{part.text}÷{claim.total.text}"
        span = (claim.sentence.start + part.start, claim.sentence.start + share.end)
        gap = rounding_gap(claim.sentence.paragraph, share, exact, said, span, code=code, why=why)
        found.extend([gap] if gap is not None else [])
    return found


def _wrong_share(claim: SumClaim, part: Quantity, share: Quantity, added: Decimal) -> ReviewFinding:
    total = claim.total
    right = fmt(part.value / total.value * 100)
    on_sum = _on_sum(claim, [(part, share)], added)
    reason = (
        f"按各分项之和{fmt_quantity(added, total)}计算，而非所述总数{total.text}"
        if on_sum
        else "计算有误"
    )
    message = f"{part.text}占{total.text}应为{right}%，报告列为{share.text}，{reason}。"
    return share_finding(claim.sentence, part, share, right, message)


def share_finding(
    sentence: Sentence,
    part: Quantity,
    share: Quantity,
    right: str,
    message: str,
    code: str = "share-mismatch",
) -> ReviewFinding:
    """A share that is not its part over its base (or, with ``code`` rounding-truncated,
    only cut off), quoting from the part to the share; ``right`` is the share's value."""
    return claim_finding(code, sentence, part, share, message, f"{right}%", stated=share.text)


_CUMULATIVE = re.compile(r"累计")


def share_total(claim: SumClaim) -> list[ReviewFinding]:
    """The shares of every part of a whole (its list declared or a known partition) cannot
    add up to more than 100%, beyond their own rounding: “货物、工程、服务…分别为…，占…比例为
    54.54%、1.51%和44.69%” make 100.74%. (Less than 100% may be shares of a larger base, such
    as the unit's whole spending: each share is checked against the total on its own.)"""
    if len(claim.shares) != len(claim.parts) or len(claim.shares) < 2:
        return []
    if _CUMULATIVE.search(claim.sentence.text[: claim.parts[0].start]):
        return []  # “累计支出分别为…，分别占…”: running totals, each inside the next
    added = sum((share.value for _, share in claim.shares), Decimal(0))
    slack = sum((share.ulp for _, share in claim.shares), Decimal(0))
    if added - 100 <= slack:
        return []
    listed = "＋".join(share.text for _, share in claim.shares)
    message = (
        f"所列{len(claim.shares)}项互不重叠，其占比合计不能超过100%，而{listed}＝{fmt(added)}%，"
        "至少一项占比有误，请核实。"
    )
    first, last = claim.shares[0][1], claim.shares[-1][1]
    return [
        claim_finding(
            "share-total-mismatch",
            claim.sentence,
            first,
            last,
            message,
            "100%",
            stated=f"{fmt(added)}%",
        )
    ]

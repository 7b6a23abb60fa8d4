"""Lists by funding level that are whole because the document's money comes from those levels
alone. A county's notice of how it shares out its 衔接资金:

    2025年中央财政衔接资金15587万元、省级财政衔接资金7926万元，共计23513万元。
    2、安排农业产业项目资金5272万元（其中：中央财政衔接资金2930万元、省级财政衔接资金2342万元）。

“其中中央、省级” alone may leave the 市县 money out; here the document names no other level, and
a list of the same levels adds up, so every list of them is the whole of its amount."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jixiao.review.checks.partitions import PARTITIONS
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_tolerance import tolerance
from jixiao.review.model import ReportDoc

LEVELS = PARTITIONS[0]


def _levels(claim: SumClaim) -> frozenset[str] | None:
    """The levels the parts name, one each and all different, or None."""
    hits = [next((w for w in LEVELS if w in p.label), None) for p in claim.parts]
    if len(hits) < 2 or None in hits or len(set(hits)) != len(hits):
        return None
    return frozenset(h for h in hits if h is not None)


def _exact(claim: SumClaim) -> bool:
    added = sum((p.value for p in claim.parts), Decimal(0))
    positive = all(p.value > 0 for p in claim.parts)
    return positive and abs(added - claim.total.value) <= tolerance(claim.total, claim.parts)


def level_wholes(doc: ReportDoc, claims: Sequence[SumClaim]) -> set[int]:
    """The claims (by id) whose parts name the levels of another claim that adds up, in a
    document that names no level besides them."""
    named = {w for w in LEVELS if any(w in p.text for p in doc.paragraphs)}
    found: dict[int, frozenset[str]] = {}
    for claim in claims:
        levels = _levels(claim)
        if levels is not None and levels == named:
            found[id(claim)] = levels
    whole: set[int] = set()
    for claim in claims:
        if id(claim) not in found:
            continue
        if any(other is not claim and id(other) in found and _exact(other) for other in claims):
            whole.add(id(claim))
    return whole

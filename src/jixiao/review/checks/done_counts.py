"""A count split into what is done and what is not: “全年受理案件86件，已办结80件，未办结6件”.
已办结 and 未办结 leave nothing out, so the two make the count before them (the nearest figure
of the same unit, itself neither done nor not done). Money is left to the remainder check;
three states (已完工、在建、未开工) are not read, as one may be left unsaid."""

from __future__ import annotations

import re

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: The part not done and its verb: 未办结, 尚未补偿, 仍未发放, 没有完成.
_UNDONE = re.compile(r"(?:尚|仍|还)?(?:未|没有)(?P<verb>[\u4e00-\u9fff]{2})")
_DONE = re.compile(r"已|实际|完成|累计")
_STATE = re.compile(r"已|未|没有")
_KINDS = (COUNT, MEASURE)


def _verb_of_undone(part: Quantity) -> str | None:
    found = _UNDONE.search(part.label)
    return found.group("verb") if found is not None else None


def _done_before(quantities: tuple[Quantity, ...], at: int, verb: str) -> int | None:
    """The index of the figure right before ``at`` that is done with ``verb`` (已办结)."""
    if at == 0:
        return None
    done, undone = quantities[at - 1], quantities[at]
    ok = done.unit == undone.unit and not done.approx and _DONE.search(done.label)
    return at - 1 if ok and verb in done.label and "未" not in done.label else None


def _whole_before(quantities: tuple[Quantity, ...], at: int) -> Quantity | None:
    """The nearest figure of the same unit before the done part, itself no state."""
    unit = quantities[at].unit
    for quantity in reversed(quantities[:at]):
        if quantity.unit == unit:
            if quantity.approx or _STATE.search(quantity.label):
                return None
            return quantity
    return None


def _claim(sentence: Sentence, at: int) -> SumClaim | None:
    quantities = sentence.quantities
    undone = quantities[at]
    verb = _verb_of_undone(undone)
    if undone.kind not in _KINDS or undone.approx or verb is None:
        return None
    done_at = _done_before(quantities, at, verb)
    if done_at is None:
        return None
    whole = _whole_before(quantities, done_at)
    if whole is None:
        return None
    return SumClaim(sentence, whole, (quantities[done_at], undone), (), declared=True)


def done_count_claims(doc: ReportDoc) -> list[SumClaim]:
    """Every count stated with its done and not-done parts."""
    claims = []
    for sentence in doc_sentences(doc):
        for at in range(len(sentence.quantities)):
            claim = _claim(sentence, at)
            claims.extend([claim] if claim is not None else [])
    return claims

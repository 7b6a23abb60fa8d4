"""A count split into what is done and what is not: “全年受理案件86件，已办结80件，未办结6件”.
已办结 and 未办结 leave nothing out, so the two make the count before them (the nearest figure
right before them, when its words name a whole: 共受理, 全年计划 …; not a part of a
breakdown, a change or a figure in brackets). Money is left to the remainder check; three
states (已完工、在建、未开工; 基本完成) are not read, as one may be left unsaid."""

from __future__ import annotations

import re

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import each_figure_claims
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence

#: The part not done and its verb: 未办结, 尚未补偿, 仍未发放, 没有完成.
_UNDONE = re.compile(r"(?:尚|仍|还)?(?:未|没有)(?P<verb>[\u4e00-\u9fff]{2})")
_DONE = re.compile(r"已|实际|完成|累计")
_STATE = re.compile(r"已|未|没有")
#: A whole's words: 共受理, 全年计划, 应发放, 排查发现 ….
_WHOLE = re.compile(r"共|合计|总计|全年|全部|应|计划|受理|收到|排查|发现")
_BREAKDOWN = re.compile(r"其中|含|、")
_CHANGED = re.compile(r"较|比|同比|增加|减少|增长|下降")
#: 基本完成, 部分完成: a third state between done and not done.
_PARTLY = re.compile(r"基本|部分|大部")
_KINDS = (COUNT, MEASURE)


def _verb_of_undone(part: Quantity) -> str | None:
    found = _UNDONE.search(part.label)
    return found.group("verb") if found is not None else None


def _done_before(quantities: tuple[Quantity, ...], at: int, verb: str) -> int | None:
    """The index of the figure right before ``at`` that is done with ``verb`` (已办结)."""
    if at == 0:
        return None
    done, undone = quantities[at - 1], quantities[at]
    named = _DONE.search(done.label) is not None and verb in done.label
    state = "未" in done.label or _PARTLY.search(done.label) is not None
    ok = done.unit == undone.unit and not done.approx and named and not state
    return at - 1 if ok else None


def _whole_before(sentence: Sentence, at: int) -> Quantity | None:
    """The figure right before the done part, when it states a whole (共受理, 全年计划 …):
    not a part of a breakdown (其中…), a change, a figure in brackets or a state."""
    if at == 0 or _BREAKDOWN.search(sentence.text[: sentence.quantities[at].start]):
        return None
    whole = sentence.quantities[at - 1]
    if whole.unit != sentence.quantities[at].unit or whole.approx or whole.in_brackets:
        return None
    if _STATE.search(whole.label) or _CHANGED.search(whole.label):
        return None
    return whole if _WHOLE.search(whole.label) else None


def _claim(sentence: Sentence, at: int) -> SumClaim | None:
    quantities = sentence.quantities
    undone = quantities[at]
    verb = _verb_of_undone(undone)
    if undone.kind not in _KINDS or undone.approx or verb is None:
        return None
    done_at = _done_before(quantities, at, verb)
    if done_at is None:
        return None
    whole = _whole_before(sentence, done_at)
    if whole is None:
        return None
    return SumClaim(sentence, whole, (quantities[done_at], undone), (), declared=True)


def done_count_claims(doc: ReportDoc) -> list[SumClaim]:
    """Every count stated with its done and not-done parts."""
    return each_figure_claims(doc, _claim)

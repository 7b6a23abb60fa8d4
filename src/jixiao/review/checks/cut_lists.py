"""Lists in the paragraph an excerpt is cut off in: whether their parts may run on past the
cut (the rest is not there, so a shortfall is no fault) or ended before it."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_tolerance import slip_gap
from jixiao.review.model import Paragraph


def runs_off(claim: SumClaim, code: str, cut: Paragraph | None) -> bool:
    """Parts short of their total in the paragraph an excerpt is cut off in (for a total said
    to be short, any list but one whose sentence closed before the cut and that misses its
    total by a hair; else a list in its last sentence)."""
    sentence = claim.sentence
    if sentence.paragraph is not cut:
        return False
    if sentence.text[claim.parts[-1].end :].lstrip().startswith(("）", ")")):
        return False  # a list its bracket closed (“A（B、C）、…”): nothing of it is cut off
    closed = sentence.start + len(sentence.text.rstrip()) < len(sentence.paragraph.text.rstrip())
    if code == "sum-short":
        return not (closed and (_slip(claim) or _full_stop(claim)))
    if closed:
        return False
    if _ended_before_cut(sentence.text[claim.parts[-1].end :]) or _rest_last(claim):
        return False
    return sum((p.value for p in claim.parts), Decimal(0)) < claim.total.value


#: Levels of government a list of sources names before the rest (中央, 地方, 省级 …).
_LEVEL = re.compile(r"中央|地方|省|市|县|区级|本级|乡镇")


def _rest_last(claim: SumClaim) -> bool:
    """A list of sources by level whose last part is the rest (“…中央资金302.57亿元,地方投入
    216.93亿元,其他投入24.23亿元” where the excerpt ends): nothing comes after the rest, so
    nothing of the list is cut off. (其他收入 after 财政拨款收入 and 事业收入 is only the rest of
    the year's income: 上年结转 may follow past the cut.)"""
    *levels, last = claim.parts
    rest = last.label.startswith(("其他", "其它", "其余"))
    return rest and all(_LEVEL.search(p.label) for p in levels)


def _full_stop(claim: SumClaim) -> bool:
    """A list whose sentence ends in a full stop right after its last part, or after the
    words its last amount goes to (“…；30万元用于项目设计、规划、测绘。”), before the cut
    (“…其他资本性支出66.6万元。年度决算…”): nothing of it is cut off."""
    rest = claim.sentence.text[claim.parts[-1].end :].strip()
    return _STOPPED.fullmatch(rest) is not None


#: What may follow a list's last part to its full stop: the words naming what it went to.
_STOPPED = re.compile(r"[^\d，,；;。]{0,30}。")


#: Parts short of their total by less than this share of it: a slip, not a part left out.
_SLIP_SHARE = Decimal("0.01")


def _slip(claim: SumClaim) -> bool:
    """Parts that fall short of their total by a hair (1077.56 + 53.15 under 1130.78) or by
    what a mistyped figure leaves (76 + 478 + 6 + 2 under 571: 478 for 487)."""
    added = sum((p.value for p in claim.parts), Decimal(0))
    gap = claim.total.value - added
    if 0 < gap < claim.total.value * _SLIP_SHARE:
        return True
    return slip_gap(claim.total, tuple(claim.parts), added)


#: A report pasted as one line with no full stop: the list ended where a clause with no
#: figure follows its last part, long before the cut (“…本级56.75万元,项目绩效目标是…”).
_ENDED_AFTER = 80
_CLAUSE_END = re.compile(r"[，,；;。]")


#: An amount of money: what a list of money goes on with.
_MONEY = re.compile(r"\d\s*(?:万|亿)?元")


def _ended_before_cut(rest: str) -> bool:
    """The text after a list's last part goes on for long past a first clause that has no
    figure, or goes on past a first clause with no amount of money (“…县级资金76万元，建设13个
    项目，每个项目资金严格按照…要求，合理”) into a second whole clause: the list ended there,
    before the excerpt's cut."""
    pieces = _CLAUSE_END.split(rest.lstrip("，,、；; "))
    clause = pieces[0]
    if len(clause) < 4:
        return False
    if len(rest) >= _ENDED_AFTER and not re.search(r"\d", clause):
        return True
    return len(pieces) >= 3 and not _MONEY.search(clause) and len(pieces[1]) >= 4

"""Shares stated in a list of parts: which figure is a share (占…P%), the part it speaks
of, and whether it is of the list's total or of another base (which ends the list)."""

from __future__ import annotations

import re

from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import same_measure

_SHARE_LABEL = re.compile(
    r"占比|占.{0,8}的?比重|比重|占.{0,10}的$|占$|占.{0,12}比例(?:为|是)?$"
    r"|占(?![用地有])[\u4e00-\u9fff]{2,12}$"  # “占本年财政拨款支出4.55%”: the 的 left out
)
_OTHER_BASE = re.compile(r"占[^，。；,;]{0,10}(?:任务|预算|计划|目标|上年|全年)")
#: A share that names its base: of the total when the total's own name holds that name
#: (占一般公共预算支出的 under 全县一般公共预算支出), else of another base.
_NAMED_BASE = re.compile(r"占(?P<name>[\u4e00-\u9fff]{2,14}?)(?:的|比重|比例|$)")
_WHOLE_WORDS = re.compile(r"总额|总计|合计|总|全部")


def other_base(total: Quantity, share: Quantity) -> bool:
    """The share is of another base than ``total`` (of a plan, of last year, of a whole
    the total's name does not hold)."""
    named = _NAMED_BASE.search(share.label)
    if named is None:
        return _OTHER_BASE.search(share.label) is not None
    # “占本年财政拨款支出的” under “2020年度一般公共预算财政拨款支出”: the year is the total's,
    # and so is the unit when the rest is the total's name (“占单位总支出的” under 年度总支出,
    # not under 本年项目支出: the unit's whole spending, another base)
    own = _OWN_PREFIX.sub("", named.group("name"))
    if len(own) >= _NAME and own in total.label:
        return False
    name = _THIS_YEAR.sub("", named.group("name"))
    if _WHOLE_WORDS.search(name):  # “占高校资助总额” under 财政资金: the whole of another
        core = _WHOLE_WORDS.sub("", name)
        return (len(core) >= 2 and core not in total.label) or bool(_OTHER_BASE.search(share.label))
    return name not in total.label


_THIS_YEAR = re.compile(r"^(?:本年度?|当年|全年)")
_NAME = 2  # the fewest characters of a base's name
_OWN_PREFIX = re.compile(r"^(?:本年度?|当年|全年)?(?:本?单位|本?部门)?")


def is_share(q: Quantity, shares: list[tuple[Quantity, Quantity]], before: str = "") -> bool:
    """A share (占…P%), or one listed right after a share (“…54.54%、1.51%和44.69%”: the
    text ``before`` the figure ends with the previous share and a 、 or 和)."""
    if "各占" in q.label:
        return False  # “按数量和库容各占50%的比例分配”: weights of a formula, not shares
    listed = re.search(r"%[和及、]$", q.label or before.rstrip()[-2:]) is not None
    return bool(_SHARE_LABEL.search(q.label)) or (bool(shares) and listed)


def share_owner(share: Quantity, parts: list[Quantity]) -> Quantity | None:
    """The part a share speaks of: the last one, unless the share names its own subject
    (“其中A车194辆，B车0辆，A车占比100%”), which then is the part so labelled, or none."""
    subject = share.label.split("占")[0].removeprefix("其中").strip("，, 的")
    if "占" not in share.label or len(subject) < 2:
        return parts[-1]
    # “税收占…的比重”: 税收收入, not the 非税收入 that also holds the word
    named = [p for p in parts if p.label.removeprefix("其中").startswith(subject[:2])]
    if named:
        return named[-1]
    return next((p for p in reversed(parts) if subject[:2] in p.label), None)


OWN_SHARE_BASE = re.compile(r"占(?P<name>[\u4e00-\u9fff]{2,14}?)的")


def in_breakdown(sentence: Sentence, total: Quantity, share: Quantity) -> bool:
    """A share inside a bracket that holds figures of its own before it (a part's breakdown
    with the breakdown's shares)."""
    if not share.in_brackets:
        return False
    opened = max(sentence.text.rfind(mark, 0, share.start) for mark in "（(")
    figures = sentence.quantities
    if any(q is total for q in figures) and not any(total.end <= q.start < opened for q in figures):
        # “总支出A（其中：基本支出B，占P%；…）”: the bracket right after the total holds its list
        # (after “A，占P%（其中…）” the shares inside may be of A or of the whole before it)
        return False
    return any(opened < q.start < share.start and same_measure(q, total) for q in figures)

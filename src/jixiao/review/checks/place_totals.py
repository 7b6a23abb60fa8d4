"""Work listed place by place, then its total done, in one paragraph (a project's 建设内容
and what was finished):

    建设内容：白石寨村委会张家寨村内道路硬化700平方米；…中寨村内道路硬化900平方米；…。
    …目前已完成大坪乡村内道路硬化4970平方米，挡墙建设960立方米。

Each item names a place, then the work (村内道路硬化), then its measure; the total names the
same work (its last four characters at least) after a word that says it is all of it (已完成,
共, 合计, 累计). The items must make the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.quantities import quantities_in
from jixiao.review.text.sentences import is_checkable

#: The words of the work an item and its total share, at the end of their labels.
_SHARED = 4
_LEAST_ITEMS = 2
#: A total's clause says it is all of the work (已完成…, 共…, 合计…).
_ALL = re.compile(r"已完成|共完成|共计|合计|累计|总计")
#: A total of part of the work, of other years or plans, or of a wider scope (全镇).
_OTHER_SCOPE = re.compile(r"以来|计划|预计|剩余|尚未|顺延|完成率|占|全[镇县乡区市省]|20\d\d年")
_END = re.compile(r"[。；;]")
#: What may stand between two items of one list.
_BETWEEN = re.compile(r"^\s*[；;，,、]\s*$")


def _shared(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` end alike in (CJK only)."""
    count = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y or not "\u4e00" <= x <= "\u9fff":
            break
        count += 1
    return count


def _items(text: str, figures: list[Quantity], total: Quantity) -> list[Quantity]:
    """The run of items right before the total's clause: the same unit, labels ending in
    the total's work and each naming a place before it."""
    items: list[Quantity] = []
    for figure in reversed([q for q in figures if q.end <= total.start]):
        alike = figure.unit == total.unit and _shared(figure.label, total.label) >= _SHARED
        named = len(figure.label) > _shared(figure.label, total.label)
        if not (alike and named):
            if items:
                break
            continue
        after = items[-1] if items else None
        if after and not _BETWEEN.match(text[figure.end : after.start - len(after.label)]):
            break
        items.append(figure)
    return items[::-1]


def _totals(paragraph: Paragraph) -> Iterator[ReviewFinding]:
    text = paragraph.text
    figures = [q for q in quantities_in(text) if q.kind == MEASURE and not q.approx]
    for total in figures:
        clause = max(text.rfind(mark, 0, total.start) for mark in "。；;") + 1
        stop = _END.search(text, total.end)
        said = text[clause : stop.end() if stop else len(text)]
        if not _ALL.search(text, clause, total.start) or _OTHER_SCOPE.search(said):
            continue  # (a part done, another year or plan, a wider scope: no total of these)
        items = _items(text, figures, total)
        if len(items) < _LEAST_ITEMS or items[-1].end > clause:
            continue  # (the items stand before the total's own clause)
        added = sum((q.value for q in items), Decimal(0))
        if added == total.value:
            continue
        listed = "＋".join(q.text for q in items)
        computed = fmt_quantity(added, total)
        message = (
            f"所列各处{listed}＝{computed}，与所述{total.label[-_SHARED:]}总量{total.text}不符，"
            "请核实。"
        )
        yield make_finding(
            "sum-mismatch",
            paragraph,
            message,
            span=(total.start, total.end),
            stated=total.text,
            recomputed=computed,
        )


def check_place_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """Work done place by place against the total of it stated after them."""
    return [f for p in doc.paragraphs if is_checkable(p) for f in _totals(p)]

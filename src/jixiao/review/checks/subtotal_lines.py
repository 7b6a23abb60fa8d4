"""A 小计 on a line of its own over the numbered lines under it (the money block of a
项目支出绩效目标表, each line a name and its amount):

    （一）财政拨款小计 6.30
        1、一般公共预算 6.30
        2、政府性基金 0.00
        3、国有资本经营预算 0.00
    （二）自有资金小计 0.00

The numbered lines up to the next line of another shape are the parts of the line above them.
Only a line named 小计 or 合计 is checked (a “（二）资金使用情况 110万元” line over
“1、已支付…” and “2、结余…” describes itself, it is no sum). A sum more than half again
above or below the line is a nesting the text does not show, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.text.quantities import fmt

_AMOUNT = r"[:：]?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|元)?"
_PARENT = re.compile(
    rf"^[（(][一二三四五六七八九十]+[)）]\s*(?P<name>[^\d:：]{{2,20}}?)\s*{_AMOUNT}$"
)
_CHILD = re.compile(rf"^\d{{1,2}}[、.．]\s*(?P<name>[^\d:：]{{2,20}}?)\s*{_AMOUNT}$")
_SUBTOTAL = re.compile(r"小计|合计")
_MIN_PARTS = 2


def _groups(doc: ReportDoc) -> Iterator[tuple[Paragraph, re.Match[str], list[re.Match[str]]]]:
    """Each parent line with the numbered lines right under it."""
    paragraphs = doc.paragraphs
    for i, paragraph in enumerate(paragraphs):
        parent = _PARENT.match(paragraph.text)
        if parent is None:
            continue
        children = []
        for after in paragraphs[i + 1 :]:
            child = _CHILD.match(after.text)
            if child is None:
                break
            children.append(child)
        if len(children) >= _MIN_PARTS:
            yield paragraph, parent, children


def _figure(match: re.Match[str]) -> Figure | None:
    return figure(match.group("num"))


def _finding(
    paragraph: Paragraph, parent: re.Match[str], children: list[re.Match[str]]
) -> ReviewFinding | None:
    units = {m.group("unit") for m in (parent, *children)}
    if len(units) > 1 or not _SUBTOTAL.search(parent.group("name")):
        return None
    total, parts = _figure(parent), [_figure(child) for child in children]
    if total is None or any(part is None for part in parts):
        return None
    figures = [part for part in parts if part is not None]
    added = unexplained_sum(total, figures)
    if added is None:
        return None
    places = max(f.places for f in (total, *figures))
    unit = parent.group("unit") or ""
    message = (
        f"“{parent.group('name')}”为{total.text}{unit}，其下各项"
        f"（{'、'.join(child.group('name') for child in children)}）之和为"
        f"{'＋'.join(f.text for f in figures)}＝{fmt(added, places)}{unit}，"
        f"相差{fmt(abs(added - total.value), places)}{unit}，请核实。"
    )
    return make_finding(
        "sum-mismatch",
        paragraph,
        message,
        stated=f"{total.text}{unit}",
        recomputed=f"{fmt(added, places)}{unit}",
    )


def check_subtotal_lines(doc: ReportDoc) -> list[ReviewFinding]:
    """Each （一）…小计 line against the numbered lines under it."""
    found = (_finding(*group) for group in _groups(doc))
    return [finding for finding in found if finding is not None]

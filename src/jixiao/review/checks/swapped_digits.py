"""Two amounts of one document that differ only by two neighbouring digits swapped:

    …本年追加预算776.86万元…          …本年预算追加数为767.86万元…

Typed by hand, one was likely written for the other. Amounts of a unit's own budget are
seldom that close by chance: over the real documents we keep (some 350), no two amounts
were. Counts of people and the like are (221人 and 212人 for two indicators), so only
amounts and measures (公里, 亩, 平方米) are compared: three significant digits or more,
the same unit, the point in the same place. The one written fewer times is told as the
suspect (at a tie, the later); it stays a warning, since the two may yet be two figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_NUMBER = re.compile(r"\d[\d,，]*(?:\.\d+)?")
_SIGNIFICANT = 3
#: More pairs than this in one document is a table of like figures, not a slip.
_MOST = 3


@dataclass(frozen=True, slots=True)
class _Written:
    digits: str  # the figure as written, without its thousands commas
    unit: str
    quantity: Quantity
    sentence: Sentence


def _written(sentence: Sentence) -> Iterator[_Written]:
    for quantity in sentence.quantities:
        if quantity.kind not in (MONEY, MEASURE) or quantity.approx:
            continue
        number = _NUMBER.search(quantity.text)
        if number is None:
            continue
        digits = re.sub(r"[,，]", "", number.group(0))
        if len(digits.replace(".", "").lstrip("0")) >= _SIGNIFICANT:
            yield _Written(digits, quantity.unit, quantity, sentence)


def swapped(first: str, second: str) -> bool:
    """``second`` is ``first`` with two neighbouring digits swapped (776.86 / 767.86)."""
    if len(first) != len(second) or first == second or first.find(".") != second.find("."):
        return False
    a, b = first.replace(".", ""), second.replace(".", "")
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(apart) != 2 or apart[1] != apart[0] + 1:
        return False
    left, right = apart
    whole = first.find(".") if "." in first else len(first)
    if a[right + 1 : whole] and not a[right + 1 : whole].strip("0"):
        return False  # round figures (120.00 and 210.00): two amounts, more likely
    return a[left] == b[right] and a[right] == b[left]


def _pairs(figures: list[_Written]) -> list[tuple[_Written, _Written]]:
    """Each pair of written amounts once (first sighting of each), suspect second."""
    times = Counter((f.digits, f.unit) for f in figures)
    first: dict[tuple[str, str], _Written] = {}
    for figure in figures:
        first.setdefault((figure.digits, figure.unit), figure)
    found: list[tuple[_Written, _Written]] = []
    kinds = list(first.values())
    for at, one in enumerate(kinds):
        for other in kinds[at + 1 :]:
            if one.unit != other.unit or not swapped(one.digits, other.digits):
                continue
            fewer = times[(one.digits, one.unit)] < times[(other.digits, other.unit)]
            found.append((other, one) if fewer else (one, other))
    return found


def check_swapped_digits(doc: ReportDoc) -> list[ReviewFinding]:
    """Amounts written twice with two neighbouring digits swapped, as a warning."""
    figures = [w for sentence in doc_sentences(doc) for w in _written(sentence)]
    pairs = _pairs(figures)
    if len(pairs) > _MOST:
        return []
    return [_finding(kept, suspect) for kept, suspect in pairs]


_NAME = re.compile(r"[\u4e00-\u9fff（）()“”]+")
_NAME_ENDS = re.compile(r"^(?:[为是共计达约:：]|合计|共计)+|(?:[为是共计达约:：]|合计|共计)+$")
_NAME_LONGEST = 16


def _name(quantity: Quantity) -> str:
    """The words right before an amount (its last run of Chinese), or 金额."""
    runs = _NAME.findall(quantity.label)
    name = _NAME_ENDS.sub("", runs[-1]) if runs else ""
    return f"“{name[-_NAME_LONGEST:]}”" if name else "金额"


def _finding(kept: _Written, suspect: _Written) -> ReviewFinding:
    sentence, quantity = suspect.sentence, suspect.quantity
    where = (
        "同段"
        if kept.sentence.paragraph.index == sentence.paragraph.index
        else f"第{kept.sentence.paragraph.index}段"
    )
    message = (
        f"此处{_name(quantity)}{quantity.text}与{where}{_name(kept.quantity)}"
        f"{kept.quantity.text}仅相邻两位数字次序不同，疑为录入时数字颠倒；"
        "如为同一数据，请核实统一。"
    )
    return make_finding(
        "figure-digits-swapped",
        sentence.paragraph,
        message,
        span=(sentence.start + quantity.start, sentence.start + quantity.end),
        stated=quantity.text,
        recomputed=kept.quantity.text,
    )

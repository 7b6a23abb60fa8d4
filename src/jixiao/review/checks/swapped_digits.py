"""Two amounts of one document that differ only by two neighbouring digits swapped:

    …本年追加预算776.86万元…          …本年预算追加数为767.86万元…

Typed by hand, one was likely written for the other. Amounts of a unit's own budget are
seldom that close by chance: over the real documents we keep (some 350), no two amounts
were. Counts of people and the like are (221人 and 212人 for two indicators), so only
amounts and measures (公里, 亩, 平方米) are compared: three significant digits or more,
the same unit, the point in the same place; a count only when told twice under the very
same words (实际完成农村危房改造264户, then 246户). The one written fewer times is told as the
suspect (at a tie, the later); it stays a warning, since the two may yet be two figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import label_words
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import income_and_spending
from jixiao.review.text.sentences import role

_NUMBER = re.compile(r"\d[\d,，]*(?:\.\d+)?")
_SIGNIFICANT = 3
#: More pairs than this in one document is a table of like figures, not a slip.
MOST = 3


@dataclass(frozen=True, slots=True)
class Written:
    """An amount as written: its digits, unit, quantity and sentence."""

    digits: str  # the figure as written, without its thousands commas
    unit: str
    quantity: Quantity
    sentence: Sentence


def _written(sentence: Sentence) -> Iterator[Written]:
    for quantity in sentence.quantities:
        if quantity.kind not in (MONEY, MEASURE) or quantity.approx:
            continue
        number = _NUMBER.search(quantity.text)
        if number is None:
            continue
        digits = re.sub(r"[,，]", "", number.group(0))
        if len(digits.replace(".", "").strip("0")) >= _SIGNIFICANT:
            yield Written(digits, quantity.unit, quantity, sentence)


def swapped(first: str, second: str) -> bool:
    """``second`` is ``first`` with two neighbouring digits swapped (776.86 / 767.86)."""
    if len(first) != len(second) or first == second or first.find(".") != second.find("."):
        return False
    a, b = first.replace(".", ""), second.replace(".", "")
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(apart) != 2 or apart[1] != apart[0] + 1:
        return False
    left, right = apart
    return a[left] == b[right] and a[right] == b[left]


#: Figures of another year, or of a change: set beside a figure on purpose.
_COMPARED = re.compile(r"上年|去年|上一年|同比|同期|(?:由|从)\s*$|提高|降低|增长|下降")


def _apart(one: Written, other: Written, told: set[Decimal]) -> bool:
    """The two are two figures the text sets side by side on purpose: in one sentence, a
    plan and what was done, income and spending, a year against another, or with their
    difference written in the document (调减9.00万元)."""
    labels = (one.quantity.label, other.quantity.label)
    roles = {role(label) for label in labels}
    if "diff" in roles or roles == {"plan", "actual"} or income_and_spending(labels):
        return True
    if any(_COMPARED.search(label) for label in labels):
        return True
    return abs(one.quantity.value - other.quantity.value) in told


def written_figures(doc: ReportDoc) -> list[Written]:
    """The document's amounts and measures of three significant digits or more, in order."""
    return [w for sentence in doc_sentences(doc) for w in _written(sentence)]


def pairs(
    figures: list[Written], related: Callable[[str, str], bool], *, one_sentence: bool
) -> list[tuple[Written, Written]]:
    """Each pair of written figures of one unit whose digits are ``related``, once (first
    sighting of each), kept first and suspect second: the one written fewer times is the
    suspect (at a tie, the later). With ``one_sentence`` false, no pair written in one
    sentence."""
    times = Counter((f.digits, f.unit) for f in figures)
    where: dict[tuple[str, str], set[int]] = {}
    first: dict[tuple[str, str], Written] = {}
    for figure in figures:
        first.setdefault((figure.digits, figure.unit), figure)
        where.setdefault((figure.digits, figure.unit), set()).add(id(figure.sentence))
    found: list[tuple[Written, Written]] = []
    kinds = list(first.items())
    for at, (key, one) in enumerate(kinds):
        for other_key, other in kinds[at + 1 :]:
            if one.unit != other.unit or not related(one.digits, other.digits):
                continue
            if not one_sentence and where[key] & where[other_key]:
                continue
            fewer = times[key] < times[other_key]
            found.append((other, one) if fewer else (one, other))
    return found


def check_swapped_digits(doc: ReportDoc) -> list[ReviewFinding]:
    """Amounts written twice with two neighbouring digits swapped, as a warning."""
    figures = written_figures(doc)
    told = {  # differences written as such (调减9.00万元), not any amount of that size
        q.value
        for s in doc_sentences(doc)
        for q in s.quantities
        if q.kind in (MONEY, MEASURE) and role(q.label) == "diff"
    }
    found = [
        (a, b) for a, b in pairs(figures, swapped, one_sentence=False) if not _apart(a, b, told)
    ]
    found += _counted_pairs(doc)
    if len(found) > MOST:
        return []
    said = "仅相邻两位数字次序不同，疑为录入时数字颠倒"
    return [pair_finding("figure-digits-swapped", kept, suspect, said) for kept, suspect in found]


#: The words right before a count that say which it is (实际完成农村危房改造264户).
_TAIL = 6


def _counted_pairs(doc: ReportDoc) -> list[tuple[Written, Written]]:
    """Counts written twice under the very same words, with two neighbouring digits swapped
    (“实际完成农村危房改造264户” and, later, “…实际完成农村危房改造246户”): counts of two
    indicators may be that close, one count told twice may not."""
    counted = [
        Written(digits, q.unit, q, sentence)
        for sentence in doc_sentences(doc)
        for q in sentence.quantities
        if q.kind == COUNT and not q.approx and (digits := _count_digits(q))
    ]
    return [
        (a, b)
        for a, b in pairs(counted, swapped, one_sentence=False)
        if len(tail := _words(a.quantity.label)[-_TAIL:]) == _TAIL
        and _words(b.quantity.label).endswith(tail)
    ]


def _count_digits(quantity: Quantity) -> str:
    """A count's digits, when it has enough of them to be told from a count near it."""
    number = _NUMBER.search(quantity.text)
    digits = re.sub(r"[,，]", "", number.group(0)) if number else ""
    return digits if len(digits.replace(".", "").strip("0")) >= _SIGNIFICANT else ""


def _words(label: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", label)


def _name(quantity: Quantity) -> str:
    """The words right before an amount, quoted, or 金额."""
    name = label_words(quantity)
    return f"“{name}”" if name else "金额"


def pair_finding(code: str, kept: Written, suspect: Written, said: str) -> ReviewFinding:
    """A warning at the suspect figure of a pair, naming the one kept and what ``said``
    sets them apart."""
    sentence, quantity = suspect.sentence, suspect.quantity
    where = (
        "同段"
        if kept.sentence.paragraph.index == sentence.paragraph.index
        else f"第{kept.sentence.paragraph.index}段"
    )
    message = (
        f"此处{_name(quantity)}{quantity.text}与{where}{_name(kept.quantity)}"
        f"{kept.quantity.text}{said}；如为同一数据，请核实统一。"
    )
    return make_finding(
        code,
        sentence.paragraph,
        message,
        span=(sentence.start + quantity.start, sentence.start + quantity.end),
        stated=quantity.text,
        recomputed=kept.quantity.text,
    )

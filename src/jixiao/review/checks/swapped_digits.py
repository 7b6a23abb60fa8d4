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
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
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
        if len(digits.replace(".", "").strip("0")) >= _SIGNIFICANT:
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
    return a[left] == b[right] and a[right] == b[left]


#: Figures of another year, or of a change: set beside a figure on purpose.
_COMPARED = re.compile(r"上年|去年|上一年|同比|同期|由|从|提高|降低|增长|下降")


def _apart(one: _Written, other: _Written, told: set[Decimal]) -> bool:
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


def _pairs(figures: list[_Written]) -> list[tuple[_Written, _Written]]:
    """Each pair of written amounts once (first sighting of each), suspect second; not a
    pair written in one sentence."""
    times = Counter((f.digits, f.unit) for f in figures)
    where: dict[tuple[str, str], set[int]] = {}
    first: dict[tuple[str, str], _Written] = {}
    for figure in figures:
        first.setdefault((figure.digits, figure.unit), figure)
        where.setdefault((figure.digits, figure.unit), set()).add(id(figure.sentence))
    found: list[tuple[_Written, _Written]] = []
    kinds = list(first.items())
    for at, (key, one) in enumerate(kinds):
        for other_key, other in kinds[at + 1 :]:
            if one.unit != other.unit or not swapped(one.digits, other.digits):
                continue
            if where[key] & where[other_key]:
                continue
            fewer = times[key] < times[other_key]
            found.append((other, one) if fewer else (one, other))
    return found


def check_swapped_digits(doc: ReportDoc) -> list[ReviewFinding]:
    """Amounts written twice with two neighbouring digits swapped, or with the same digits
    and the point moved, as a warning."""
    sentences = doc_sentences(doc)
    figures = [w for sentence in sentences for w in _written(sentence)]
    told = {q.value for s in sentences for q in s.quantities if q.kind in (MONEY, MEASURE)}
    pairs = [(a, b) for a, b in _pairs(figures) if not _apart(a, b, told)]
    if len(pairs) > _MOST:
        return []
    moved = _moved(doc, figures)
    return [_finding(kept, suspect) for kept, suspect in pairs] + moved


#: Digits an amount must show for its point to be told apart from chance (45.896 / 458.96).
_MOVED_DIGITS = 4


def point_moved(first: str, second: str) -> bool:
    """``second`` is ``first`` with its decimal point in another place (458.96 / 45.896)."""
    a, b = first.replace(".", "").lstrip("0"), second.replace(".", "").lstrip("0")
    if "." not in first + second or a != b or len(a.rstrip("0")) < _MOVED_DIGITS:
        return False
    return Decimal(first) != Decimal(second)


def _moved(doc: ReportDoc, figures: list[_Written]) -> list[ReviewFinding]:
    """Amounts of one unit with the same digits and the point moved: a slip, even side by
    side in one sentence (a budget of 458.96 and 45.896 spent are no two figures by chance)."""
    times = Counter((f.digits, f.unit) for f in figures)
    first: dict[tuple[str, str], _Written] = {}
    for figure in figures:
        first.setdefault((figure.digits, figure.unit), figure)
    kinds = list(first.items())
    found = []
    for at, (key, one) in enumerate(kinds):
        for other_key, other in kinds[at + 1 :]:
            if one.unit != other.unit or not point_moved(one.digits, other.digits):
                continue
            if one.quantity.kind != MONEY:
                continue  # (areas and lengths of one digits are more often two figures)
            if _factor_told(doc, one, other) or _part_of(one, other):
                continue
            fewer = times[key] < times[other_key]  # the one written fewer times is suspect
            found.append(_moved_finding(*((other, one) if fewer else (one, other))))
    return found if len(found) <= _MOST else []


#: What a count of ten or a hundred counts, a standard per one of which makes a whole.
_COUNTED = r"(?:户|人|村|家|所|项|名|次|台|辆|套|处|座|期|批|个)"


def _factor_told(doc: ReportDoc, one: _Written, other: _Written) -> bool:
    """The power of ten between the two is a share or a count the text tells (10%作为质保金,
    10个村每村…, 100户每户…): the one is that share of the other, or the other that many."""
    high, low = sorted((one.quantity.value, other.quantity.value), reverse=True)
    factor = (high / low).normalize()
    share = format((Decimal(100) / factor).normalize(), "f")
    shares = re.compile(rf"(?<![\d.]){re.escape(share)}\s*[%％]")
    count = re.compile(rf"(?<![\d.]){format(factor, 'f')}\s*(?:个)?{_COUNTED}")
    return any(
        shares.search(w.sentence.paragraph.text) or count.search(w.sentence.text)
        for w in (one, other)
    )


def _part_of(one: _Written, other: _Written) -> bool:
    """The smaller told as a part of the larger: the first figure after a 其中 that follows
    the larger in the same paragraph (“…1,234.5万元…。其中，城关镇安排123.45万元”)."""
    small, large = sorted((one, other), key=lambda w: w.quantity.value)
    if small.sentence.paragraph is not large.sentence.paragraph:
        return False
    text = small.sentence.paragraph.text
    start = large.sentence.start + large.quantity.end
    end = small.sentence.start + small.quantity.start
    opened = text.rfind("其中", start, end)
    return start < end and opened >= 0 and not re.search(r"\d", text[opened:end])


def _moved_finding(kept: _Written, suspect: _Written) -> ReviewFinding:
    sentence, quantity = suspect.sentence, suspect.quantity
    message = (
        f"此处{_name(quantity)}{quantity.text}与{_name(kept.quantity)}{kept.quantity.text}"
        "数字相同而小数点位置不同，疑为小数点错位；如为同一数据，请核实统一。"
    )
    return make_finding(
        "figure-point-moved",
        sentence.paragraph,
        message,
        span=(sentence.start + quantity.start, sentence.start + quantity.end),
        stated=quantity.text,
        recomputed=kept.quantity.text,
    )


def _name(quantity: Quantity) -> str:
    """The words right before an amount, quoted, or 金额."""
    name = label_words(quantity)
    return f"“{name}”" if name else "金额"


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

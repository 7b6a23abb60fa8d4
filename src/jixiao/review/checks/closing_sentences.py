"""A total that closes, in a sentence of its own, the list of the sentence before it:

    …下达转移支付慈善会项目40万元；城乡低保…项目2.75万元；…；基本公共卫生服务项目3万元。
    共计下达中央、市级转移支付资金3508.69万元。

The list is clean: three items or more, split by ；, each with one amount; the closing sentence
opens with 共计, 合计 or 总计 and states one amount, which the items must make. A closing
sentence that counts the items (“9个项目共计36.97万元”) takes a list split by 、 too, when
the count is the number of items. A paragraph opening with 以上合计 (上述…共计) closes the
numbered lines right above it ((1)…, 1.…), each with one amount paid (a standard per unit
beside it, 960元/人, is no amount).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.products import per_unit
from jixiao.review.checks.sum_tolerance import tolerance
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import chinese_count
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import same_measure

_ADDED = r"(?:共计|合计|总计)"
_CLOSING = re.compile(
    rf"^\s*(?:(?P<count>\d{{1,2}}|[一二两三四五六七八九十]{{1,3}})(?:个|项|笔)[\u4e00-\u9fff]{{0,4}}?)?{_ADDED}"
)
#: “以上合计”, “上述3项资金共计”: a total of the numbered lines above.
_ABOVE = re.compile(
    rf"^\s*(?:以上|上述)(?:[\d一二两三四五六七八九十]{{1,3}}(?:个|项|笔))?[\u4e00-\u9fff]{{0,4}}?{_ADDED}"
)
_NUMBERED = re.compile(r"^\s*(?:[（(](?P<p>\d{1,2})[）)]|(?P<d>\d{1,2})[、.．](?!\d)|(?P<c>[①-⑳]))")
_ITEM_SPLIT = re.compile(r"[；;]")
_LISTED_SPLIT = re.compile(r"[；;、]")
_MIN_ITEMS = 3


def _items(
    sentence: Sentence, total: Quantity, split: re.Pattern[str] = _ITEM_SPLIT
) -> tuple[Quantity, ...] | None:
    """The one amount of each item of ``sentence``, when every item has exactly one."""
    items: list[Quantity] = []
    start = 0
    for piece in split.split(sentence.text):
        end = start + len(piece)
        inside = [q for q in sentence.quantities if start <= q.start < end and q.kind == MONEY]
        start = end + 1
        if len(inside) != 1:
            return None
        item = inside[0]
        if item.approx or item.in_brackets or not same_measure(item, total):
            return None
        items.append(item)
    return tuple(items) if len(items) >= _MIN_ITEMS else None


def _counted(sentence: Sentence, total: Quantity, count: str) -> tuple[Quantity, ...] | None:
    """The items of ``sentence`` split by ；, else by 、, when they are as many as counted."""
    number = Decimal(count) if count.isdigit() else chinese_count(count)
    for split in (_ITEM_SPLIT, _LISTED_SPLIT):
        items = _items(sentence, total, split)
        if items is not None and len(items) == number:
            return items
    return None


def _one_total(sentence: Sentence) -> Quantity | None:
    money = [q for q in sentence.quantities if q.kind == MONEY]
    return money[0] if len(money) == 1 and not money[0].approx else None


def _finding(before: Sentence, sentence: Sentence) -> ReviewFinding | None:
    closing = _CLOSING.match(sentence.text)
    total = _one_total(sentence)
    if closing is None or total is None or before.paragraph is not sentence.paragraph:
        return None
    count = closing.group("count")
    parts = _items(before, total) if count is None else _counted(before, total, count)
    if parts is None:
        return None
    return _sum_finding(sentence, total, parts, "上句所列")


def _line_amount(paragraph: Paragraph, total: Quantity) -> Quantity | None:
    """The one amount paid a numbered line states (its standard per unit aside)."""
    money = [
        q
        for q in find_quantities(paragraph.text)
        if q.kind == MONEY and not q.in_brackets and per_unit(paragraph.text, q) is None
    ]
    if len(money) != 1 or money[0].approx or not same_measure(money[0], total):
        return None
    return money[0]


def _lines_above(doc: ReportDoc, sentence: Sentence) -> ReviewFinding | None:
    """A 以上合计 paragraph against the numbered lines right above it."""
    total = _one_total(sentence)
    if sentence.start != 0 or total is None or not _ABOVE.match(sentence.text):
        return None
    lines = _numbered_run(doc.paragraphs[: sentence.paragraph.index - 1])
    if lines is None:
        return None
    amounts = [_line_amount(p, total) for p in lines]
    parts = tuple(a for a in amounts if a is not None)
    if len(lines) < 2 or len(parts) != len(lines):
        return None
    return _sum_finding(sentence, total, parts, "以上所列")


def _style(paragraph: Paragraph, *, headings: bool = False) -> tuple[str, int] | None:
    """How a body line (or a heading too) is numbered — （1）, 1. or ① — and its number."""
    found = _NUMBERED.match(paragraph.text) if headings or not paragraph.is_heading else None
    if found is None:
        return None
    key = next(k for k in ("p", "d", "c") if found.group(k))
    number = found.group(key)
    return key, int(number) if number.isdigit() else ord(number) - ord("①") + 1


def _numbered_run(above: Sequence[Paragraph]) -> list[Paragraph] | None:
    """The lines numbered alike right above, from 1 on, when they are not the items of the
    last of several numbered groups (“1.城乡低保资金 / （1）… / （2）… / 2.特困供养资金 / （1）…”:
    the 以上合计 may add the groups)."""
    run: list[Paragraph] = []
    style = _style(above[-1]) if above else None
    for paragraph in reversed(above):
        own = _style(paragraph)
        if style is None or own is None or own[0] != style[0]:
            break
        run.insert(0, paragraph)
    first = _style(run[0]) if run else None
    if style is None or first is None or first[1] != 1:
        return None
    rest = above[: len(above) - len(run)]
    return None if _in_groups(rest, style[0]) else run


def _in_groups(above: Sequence[Paragraph], style: str) -> bool:
    """The line right above the run is a group's numbered line, and the group before it
    holds lines numbered like the run."""
    group = _style(above[-1], headings=True) if above else None
    if group is None:
        return False
    for paragraph in reversed(above[:-1]):
        own = _style(paragraph, headings=True)
        if own is not None and own[0] == group[0]:
            return False  # the group before it, with no lines like the run's
        if own is not None and own[0] == style:
            return True
    return False


def _sum_finding(
    sentence: Sentence, total: Quantity, parts: tuple[Quantity, ...], where: str
) -> ReviewFinding | None:
    added = sum((p.value for p in parts), Decimal(0))
    if abs(added - total.value) <= tolerance(total, parts):
        return None
    listed = "＋".join(p.text for p in parts)
    gap = fmt_quantity(abs(added - total.value), total)
    message = (
        f"所述总数{total.text}与{where}{len(parts)}项之和不符：{listed}＝"
        f"{fmt_quantity(added, total)}，相差{gap}，请核实。"
    )
    return make_finding(
        "sum-mismatch",
        sentence.paragraph,
        message,
        span=sentence.span_of(total),
        stated=total.text,
        recomputed=fmt_quantity(added, total),
    )


def check_closing_sentences(doc: ReportDoc) -> list[ReviewFinding]:
    """Totals closing the list of the sentence before them, or the numbered lines above."""
    findings: list[ReviewFinding] = []
    sentences = doc_sentences(doc)
    for before, sentence in itertools.pairwise(sentences):
        finding = _finding(before, sentence)
        findings.extend([finding] if finding is not None else [])
    for sentence in sentences:
        finding = _lines_above(doc, sentence)
        findings.extend([finding] if finding is not None else [])
    return findings

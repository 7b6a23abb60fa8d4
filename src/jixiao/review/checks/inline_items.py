"""A total and a count of items, then the items numbered （1）（2）… in the rest of the
paragraph, each its own sentence:

    1.公共文化服务…项目资金614.015万元，实施项目10个，分别为：（1）晋剧团运转资金20万元。
    （2）2019年省级公共文化服务体系建设补助资金102.04万元。…（10）…补助资金6.6万元。

The items numbered in order to the paragraph's end are the whole list: as many as the count
says, and, when each states one amount, adding up to the total stated with the count."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import chinese_count
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.sentences import Sentence

#: “…万元，实施项目10个，分别为：（1）”: the count and the words that open the items.
_OPENS = re.compile(
    r"(?P<count>\d{1,2}|[两二三四五六七八九十]{1,3})\s*(?:个|项)[，,]?\s*"
    r"(?:分别为|分别是|具体为|具体是|包括|如下)[:：]\s*(?=[（(]1[）)])"
)
_NUMBER = re.compile(r"[（(](?P<n>\d{1,2})[）)]")
MIN_ITEMS = 2


@dataclass(frozen=True, slots=True)
class _Items:
    paragraph: Paragraph
    opened: re.Match[str]
    count: Decimal
    items: tuple[str, ...]


def _runs_on(doc: ReportDoc, paragraph: Paragraph, listed: int) -> bool:
    """The paragraph is not the list's end: the excerpt is cut in it, or the next paragraph
    goes on with the numbering (an item run over the break first)."""
    if doc.cut_off() is paragraph:
        return True
    after = doc.paragraphs[paragraph.index] if paragraph.index < len(doc.paragraphs) else None
    return after is not None and re.search(rf"[（(]{listed + 1}[）)]", after.text) is not None


def _items(doc: ReportDoc, paragraph: Paragraph) -> Iterator[_Items]:
    text = paragraph.text
    for opened in _OPENS.finditer(text):
        count = chinese_count(opened.group("count"))
        marks: list[re.Match[str]] = []
        for mark in _NUMBER.finditer(text, opened.end()):
            if int(mark.group("n")) != len(marks) + 1:
                break
            marks.append(mark)
        if count is None or len(marks) < MIN_ITEMS or _runs_on(doc, paragraph, len(marks)):
            continue
        ends = [m.start() for m in marks[1:]] + [len(text)]
        items = tuple(text[m.end() : end] for m, end in zip(marks, ends, strict=True))
        yield _Items(paragraph, opened, count, items)


def _total(found: _Items) -> Quantity | None:
    """The amount stated right before the count, in its sentence."""
    text = found.paragraph.text
    start = max(text.rfind(mark, 0, found.opened.start()) for mark in "。；;") + 1
    money = [
        q
        for q in find_quantities(text[start : found.opened.start()])
        if q.kind == MONEY and usable(q)
    ]
    return money[-1] if money else None


def _head(item: str) -> str | None:
    money = [q for q in find_quantities(item) if q.kind == MONEY]
    if len(money) != 1 or money[0].approx:
        return None
    return re.sub(r"\d+(?:\.\d+)?\s*[%％]", "", item[: money[0].start]) + money[0].text


def inline_numbered_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each total stated with a count whose numbered items each state one amount."""
    claims: list[SumClaim] = []
    for paragraph in doc.paragraphs:
        for found in _items(doc, paragraph):
            total = _total(found)
            heads = [_head(item) for item in found.items]
            if total is None or len(heads) != found.count or None in heads:
                continue
            text = total.label + total.text + "，其中：" + "；".join(h for h in heads if h) + "。"
            figures = tuple(find_quantities(text))
            money = [q for q in figures if q.kind == MONEY]
            if len(money) != found.count + 1:
                continue
            joined = Sentence(paragraph, 0, text, figures)
            claims.append(SumClaim(joined, money[0], tuple(money[1:]), (), declared=True))
    return claims


#: “争创省级示范村8个：A村70万元、B村45万元、…”: a count, a colon, then its items each with
#: its amount, up to the 。 that closes them, or a ；before the next count and its colon (not
#: another ；: the items may go on after it, each with two amounts, “A总投资186万元、省级补助
#: 93万元；B…”).
_PRICED = re.compile(
    r"(?P<count>\d{1,2}|[两二三四五六七八九十]{1,3})\s*(?:个|家|所|项|处)[:：]"
    r"(?P<items>(?:[^、；;。:：]{1,30}?\d+(?:\.\d+)?\s*万?元、)+[^、；;。:：]{1,30}?\d+(?:\.\d+)?\s*万?元)"
    r"(?=[；;。]|$)"
)
#: What may follow a list closed by a ；: the end, or the next count and its colon.
_NEXT_LIST = re.compile(
    r"[；;]\s*[^、；;。:：]{0,20}?(?:\d{1,2}|[两二三四五六七八九十]{1,3})\s*(?:个|家|所|项|处)[:：]"
)


def _priced_findings(paragraph: Paragraph) -> Iterator[ReviewFinding]:
    for match in _PRICED.finditer(paragraph.text):
        after = paragraph.text[match.end() :]
        if after[:1] in "；;" and not _NEXT_LIST.match(after) and after.strip("；; "):
            continue  # the items may go on after the ；, each with amounts of its own
        count = chinese_count(match.group("count"))
        items = match.group("items").split("、")
        if count is None or count == len(items):
            continue
        names = "、".join(re.sub(r"\d+(?:\.\d+)?\s*万?元$", "", item) for item in items)
        before = re.split(r"[，,；;：:。]", paragraph.text[: match.start()])[-1][-12:]
        message = (
            f"称{before}{match.group('count')}个，但其后逐一列出金额的有{len(items)}个"
            f"（{names}），数量不符，请核实。"
        )
        yield make_finding(
            "list-count-mismatch",
            paragraph,
            message,
            span=match.span(),
            stated=str(count),
            recomputed=str(len(items)),
        )


def check_inline_counts(doc: ReportDoc) -> list[ReviewFinding]:
    """A count of items against the items numbered after it to the paragraph's end, or
    listed with their amounts after a colon."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        findings.extend(_priced_findings(paragraph))
        for found in _items(doc, paragraph):
            if found.count == len(found.items):
                continue
            message = (
                f"称共{found.opened.group('count')}个，但其后逐项编号列举的为"
                f"{len(found.items)}项（（1）至（{len(found.items)}）），数量不符，请核实。"
            )
            findings.append(
                make_finding(
                    "list-count-mismatch",
                    paragraph,
                    message,
                    span=found.opened.span(),
                    stated=str(found.count),
                    recomputed=str(len(found.items)),
                )
            )
    return findings

"""Items announced by a paragraph that names the fund they use but not its amount, the fund's
amount stated a few paragraphs before:

    2018年，第二批扶贫专项资金规模1486.328万元，其中…
    …，将2018年第二批财政扶贫专项资金安排使用情况如下：
    一是用于2018年6个深度贫困村150万元；
    二是用于2018年产业扶贫项目724.712484万元；
    …                                   → the items' sum against 1486.328

The opener ends with 如下 and names the fund (…资金); the items are the paragraphs right
after it numbered 一是, 二是 … (or 1、2、 …), each with its amount first; the total is the one
amount whose words name the same fund (its year, 财政, 规模 and the like aside), up to a few
paragraphs before the opener.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.sum_claims import figure_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_OPENER = re.compile(r"(?P<fund>[\u4e00-\u9fff]{4,24}资金)[\u4e00-\u9fff]{0,10}如下[:：]\s*$")
_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|\d{1,2}\s*[、.．]|[（(]\d{1,2}[）)])")
#: Words a fund's name may carry or leave out: its year, 财政, and the words of its amount.
_NOISE = re.compile(r"\d{4}年度?|^年度?|财政|规模|总额|总计|共计|合计|为|是|[，,、\s]")
#: Paragraphs before the opener where the fund's amount may stand.
_REACH = 8
_MIN_ITEMS = 2

Found = tuple[Sentence, Quantity]


def _bare(name: str) -> str:
    return _NOISE.sub("", name)


def _items(by_paragraph: list[list[Sentence]], at: int) -> list[Found]:
    """The numbered items right after the opener, each with its first amount (none when an
    item has no exact amount: the list cannot be summed)."""
    items: list[Found] = []
    styles: set[str] = set()
    for sentences in by_paragraph[at + 1 :]:
        number = _ITEM.match(sentences[0].paragraph.text) if sentences else None
        if number is None:
            break
        styles.add(_style(number.group(0)))
        money = [(s, q) for s in sentences for q in s.quantities if q.kind == MONEY]
        own = _own_amount(money)
        if own is None:
            return []
        items.append(own)
    return items if len(styles) == 1 else []  # (sub-items （1）（2） under an item: not read)


def _style(number: str) -> str:
    return "是" if number.endswith("是") else "括" if number.lstrip()[0] in "（(" else "数"


def _own_amount(money: list[Found]) -> Found | None:
    """An item's amount: its 共 (每村补助25万元，共150万元), else its first, when that is no
    standard per unit; None when it has no exact one."""
    summed = [m for m in money if re.search(r"(?:共|合计|共计|总计)$", m[1].label)]
    found = summed[-1] if summed else (money[0] if money else None)
    if found is None or found[1].approx or (not summed and "每" in found[1].label):
        return None
    return found


def _total(by_paragraph: list[list[Sentence]], at: int, fund: str) -> Found | None:
    """The one amount named as the fund, in the paragraphs before the opener."""
    found: dict[Decimal, Found] = {}
    for sentences in by_paragraph[max(0, at - _REACH) : at]:
        for sentence in sentences:
            for q in sentence.quantities:
                if q.kind == MONEY and not q.approx and _bare(q.label).endswith(fund):
                    found.setdefault(q.value, (sentence, q))
    return next(iter(found.values())) if len(found) == 1 else None


def check_announced_items(doc: ReportDoc) -> list[ReviewFinding]:
    """Items a 如下 paragraph announces against the amount of the fund it names."""
    by_paragraph: list[list[Sentence]] = [[] for _ in doc.paragraphs]
    index = {p.index: i for i, p in enumerate(doc.paragraphs)}
    for sentence in doc_sentences(doc):
        by_paragraph[index[sentence.paragraph.index]].append(sentence)
    findings: list[ReviewFinding] = []
    for at, paragraph in enumerate(doc.paragraphs):
        opener = _OPENER.search(paragraph.text)
        if opener is None or any(q.kind == MONEY for s in by_paragraph[at] for q in s.quantities):
            continue
        items = _items(by_paragraph, at)
        total = _total(by_paragraph, at, _bare(opener.group("fund")))
        if len(items) < _MIN_ITEMS or total is None:
            continue
        sentence, stated = total
        parts = [q for _, q in items]
        if any(q.unit != stated.unit for q in parts):
            continue
        added = sum((q.value for q in parts), Decimal(0))
        if abs(added - stated.value) <= stated.ulp + sum((q.ulp for q in parts), Decimal(0)):
            continue
        shown = fmt_quantity(added, stated)
        message = (
            f"所述{re.sub(r'^年度?', '', opener.group('fund'))}{stated.text}，"
            f"其后逐项所列{len(parts)}项安排合计"
            f"{shown}，相差{fmt_quantity(abs(added - stated.value), stated)}，请核实。"
        )
        findings.append(figure_finding(sentence, stated, message, shown))
    return findings

"""A count of projects and their total, then the projects one by one in the lines after it:

    共安排了6个项目，项目总投资为1259万元，其中：…。资金分配计划具体如下：
    1.某乡人饮巩固提升工程
    投资：500万元 实施单位：县水利局
    2.…

The text says how many items there are, and there are that many, each with one amount: the
list is the whole of the total."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.item_claims import counted_heads_claims
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import count_of
from jixiao.review.text.quantities import find_quantities

_COUNT = re.compile(r"(?P<n>\d{1,2}|[两二三四五六七八九十])个项目")
_FOLLOWS = re.compile(r"如下[:：]\s*$")
_ITEM = re.compile(r"^\s*(?P<n>\d{1,2})\s*[.、．]\s*")
#: Lines an item may run over after its number (its name, then its amount).
ITEM_LINES = 3
MIN_ITEMS = 2


def counted_project_claims(doc: ReportDoc) -> list[SumClaim]:
    claims: list[SumClaim] = []
    for at, paragraph in enumerate(doc.paragraphs):
        if not _FOLLOWS.search(paragraph.text):
            continue
        counted = _counted_total(paragraph.text)
        if counted is None:
            continue
        count, total = counted
        heads = _heads(doc.paragraphs[at + 1 :], count)
        if len(heads) != count:
            continue
        claims.extend(counted_heads_claims(paragraph, total.end, heads))
        claims.extend(_group_claims(paragraph, total, heads))
    return claims


#: “其中：基础设施建设项目3项，总资金938万元；产业发展项目2项，…”: the projects by kind,
#: each kind's count and money in a clause of its own.
_GROUP_COUNT = re.compile(
    r"(?<![\d一二三四五六七八九十])(?P<n>\d{1,2}|[一两二三四五六七八九十])(?:项|个)"
)


def _group_claims(paragraph: Paragraph, total: Quantity, heads: list[str]) -> list[SumClaim]:
    """Each kind's money over the projects it counts, the kinds taking the items in their
    order, when their counts add up to the items'."""
    text = paragraph.text
    end = text.find("。", total.end)
    clauses = re.split(r"[；;：:]", text[total.end : len(text) if end < 0 else end])
    groups: list[tuple[int, int, Quantity]] = []  # count, clause start, amount
    at = total.end
    for clause in clauses:
        count = _GROUP_COUNT.search(clause)
        money = [q for q in find_quantities(clause) if q.kind == MONEY]
        if count is not None and len(money) == 1 and usable(money[0]):
            number = count.group("n")
            groups.append((count_of(number), at, money[0]))
        at += len(clause) + 1
    if len(groups) < MIN_ITEMS or sum(n for n, _, _ in groups) != len(heads):
        return []
    claims: list[SumClaim] = []
    taken = 0
    wrong = 0  # kinds whose items, taken in order, do not make their money
    for n, start, amount in groups:
        mine = heads[taken : taken + n]
        taken += n
        if n >= MIN_ITEMS:
            claims.extend(counted_heads_claims(paragraph, start + amount.end, mine, start))
        wrong += _money_of(mine) != amount.value
    # items listed in another order than the kinds would put every kind wrong: one kind
    # wrong at most says the order is the kinds'
    return claims if wrong <= 1 else []


def _money_of(heads: list[str]) -> Decimal:
    """The amounts the items' heads end on, added."""
    return sum(
        (
            next(q.value for q in reversed(find_quantities(head)) if q.kind == MONEY)
            for head in heads
        ),
        Decimal(0),
    )


def _counted_total(text: str) -> tuple[int, Quantity] | None:
    """The count of projects and the first amount after it in its sentence."""
    match = _COUNT.search(text)
    if match is None:
        return None
    number = match.group("n")
    count = count_of(number)
    end = text.find("。", match.end())
    sentence_end = len(text) if end < 0 else end
    money = [
        q
        for q in find_quantities(text)
        if q.kind == MONEY and match.end() <= q.start < sentence_end and usable(q)
    ]
    return (count, money[0]) if money and count >= MIN_ITEMS else None


def _heads(following: tuple[Paragraph, ...], count: int) -> list[str]:
    """Items 1 … ``count``, each up to its one amount (none when one has none or several)."""
    heads: list[str] = []
    lines: list[str] = []
    for paragraph in following:
        item = _ITEM.match(paragraph.text)
        if item is not None:
            if lines or int(item.group("n")) != len(heads) + 1:
                return []  # an item with no amount, or out of order
            lines = [paragraph.text[item.end() :]]
        elif lines:
            lines.append(paragraph.text)
        else:
            return []  # text between the items
        head = _head(lines)
        if head is not None:
            heads.append(head)
            lines = []
            if len(heads) == count:
                return heads
        elif len(lines) >= ITEM_LINES:
            return []
    return []


def _head(lines: list[str]) -> str | None:
    """The item's lines up to its amount, when they state one amount, without the other
    figures before it."""
    text = "".join(lines)
    found = find_quantities(text)
    money = [q for q in found if q.kind == MONEY]
    if len(money) != 1 or money[0].approx:
        return None
    # the counts inside its name (“三个村…工程”) are no figures of the list
    kept, at = [], 0
    for q in found:
        if q.end <= money[0].start and q.kind != MONEY:
            kept.append(text[at : q.start])
            at = q.end
    return "".join(kept) + text[at : money[0].end]

"""A change of 基本支出 explained line by line by its economic classes, in a 预算/决算说明:

    2018年基本支出预算较上年增59.11万元，增幅22%。主要变动原因如下：
    1.工资福利支出较上年增94.22万元，…
    2.商品和服务支出较上年增1.11万元，…
    3.对个人和家庭补助支出较上年（减少）16.23万元，…

A class that did not change (“2.商品和服务支出较上年无增减”) counts as none.

The classes make 基本支出, so their changes, signed, make its change (94.22 + 1.11 − 16.23 =
79.10, not 59.11). Only numbered lines right after the whole's paragraph, each a class of
基本支出 named once, are read; a line of anything else ends the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.percent_findings import half_digit
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt

_WAY = r"[（(]?(?P<way>增加|减少|增|减)[）)]?了?"
_AMOUNT = r"(?P<amount>\d[\d,]*(?:\.\d+)?)\s*万元"
_WHOLE = re.compile(rf"基本支出(?:预算|决算)?(?:数)?(?:较|比)上年(?:度)?{_WAY}\s*{_AMOUNT}")
_EXPLAINED = re.compile(r"如下[:：]?\s*$")
_LINE = re.compile(
    rf"^\s*[（(]?\d{{1,2}}[)）.、．]\s*(?P<name>[^，。,；;]{{2,16}}?)(?:支出)?(?:预算|决算)?(?:数)?"
    rf"(?:较|比)上年(?:度)?(?:{_WAY}\s*{_AMOUNT}|(?P<none>无增减|无变化|持平))"
)
#: The economic classes of 基本支出.
_CLASSES = ("工资福利", "商品和服务", "对个人和家庭", "资本性")
MIN_CLASSES = 2


@dataclass(frozen=True, slots=True)
class _Change:
    name: str
    signed: Decimal
    amount: str | None  # as written; None when the line says it did not change


def _signed(match: re.Match[str]) -> Decimal:
    if match.groupdict().get("none"):
        return Decimal(0)  # “商品和服务支出较上年无增减”
    value = Decimal(match.group("amount").replace(",", ""))
    return -value if match.group("way").startswith("减") else value


def _classes(lines: list[Paragraph]) -> list[_Change]:
    found: list[_Change] = []
    for line in lines:
        match = _LINE.match(line.text)
        if match is None:
            break
        name = next((c for c in _CLASSES if c in match.group("name")), None)
        if name is None or any(c.name == name for c in found):
            return []
        found.append(_Change(name, _signed(match), match.group("amount")))
    return found


def _told(part: _Change) -> str:
    if part.amount is None:
        return "无增减"
    return f"{'增加' if part.signed >= 0 else '减少'}{abs(part.signed)}万元"


def _finding(paragraph: Paragraph, whole: re.Match[str], parts: list[_Change]) -> ReviewFinding:
    added = sum((p.signed for p in parts), Decimal(0))
    listed = "、".join(f"{p.name}{_told(p)}" for p in parts)
    way = "增加" if added >= 0 else "减少"
    message = (
        f"基本支出较上年{whole.group('way')}{whole.group('amount')}万元，而其下各类支出的增减"
        f"（{listed}）合计{way}{fmt(abs(added))}万元，两者不符，请核实。"
    )
    return make_finding(
        "sum-mismatch",
        paragraph,
        message,
        span=whole.span(),
        stated=f"{whole.group('amount')}万元",
        recomputed=f"{way}{fmt(abs(added))}万元",
    )


def _findings(doc: ReportDoc) -> Iterator[ReviewFinding]:
    paragraphs = doc.paragraphs
    for at, paragraph in enumerate(paragraphs):
        whole = _WHOLE.search(paragraph.text)
        if whole is None or not _EXPLAINED.search(paragraph.text):
            continue
        parts = _classes(list(paragraphs[at + 1 : at + 1 + len(_CLASSES)]))
        if len(parts) < MIN_CLASSES:
            continue
        # each figure may be off by half its last digit
        slack = sum(
            (half_digit(t) for t in (whole.group("amount"), *(p.amount for p in parts)) if t),
            Decimal(0),
        )
        if abs(sum((p.signed for p in parts), Decimal(0)) - _signed(whole)) > slack:
            yield _finding(paragraph, whole, parts)


def check_change_lines(doc: ReportDoc) -> list[ReviewFinding]:
    """基本支出's change against its classes' changes told line by line after it."""
    return list(_findings(doc))

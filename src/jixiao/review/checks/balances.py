"""收入总计 against 支出总计 of a 决算: the two sides balance by construction (年初结转结余 in
the income, 年末结转结余 in the spending), scope by scope (财政拨款 with 财政拨款)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt

_TOTAL_OF = re.compile(
    r"(?P<side>收入|支出)总(?:计|(?=\d))(?:为|是|[:：])?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<unit>亿元|万元|元)"  # “支出总4252.73万元”: the 计 left out
)
#: The unit and the year, in either order (“本单位2023年度”, “2023年度本单位”).
_QUALIFIER_NOISE = re.compile(
    r"^(?:本(?:部门|单位|局|委|院|所|中心)|我(?:部门|单位|局)|20\d\d年度?|本年度?|全年)*"
)


def _qualifier(text: str, position: int) -> str:
    """The words before 收入总计 back to the clause start (财政拨款, 一般公共预算 …)."""
    start = max(text.rfind(mark, 0, position) for mark in "，,；;。：:、") + 1
    return _QUALIFIER_NOISE.sub("", text[start:position].strip())


def balance_finding(
    paragraph: Paragraph, a: Decimal, b: Decimal, span: tuple[int, int]
) -> ReviewFinding:
    """收入总计 ``a`` that is not 支出总计 ``b``."""
    message = (
        f"收入总计{fmt(a, 2)}与支出总计{fmt(b, 2)}不相等，相差{fmt(abs(a - b), 2)}；"
        "决算收入总计（含年初结转结余）应等于支出总计（含年末结转结余），请核实。"
    )
    return make_finding(
        "balance-mismatch", paragraph, message, span=span, stated=fmt(a, 2), recomputed=fmt(b, 2)
    )


_SURPLUS = re.compile(r"收支相抵[^。]{0,12}(?:结余|结转)[^。]{0,6}\d")


_OWN_CHANGE = re.compile(r"[^。；;]*?(?:增加|减少)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:亿元|万元|元)")


def _changed_apart(text: str, income: re.Match[str], spending: re.Match[str]) -> bool:
    """Each total followed in its own ；-part by a change over last year, the two changes
    different: the writer compares two different figures (本年收入 called 收入总计), not two
    sides that balance, whose changes would be the same."""
    changes = [_OWN_CHANGE.match(text, total.end()) for total in (income, spending)]
    return all(changes) and len({m.group(1) for m in changes if m}) == 2


def balances(paragraph: Paragraph) -> Iterator[ReviewFinding]:
    """收入总计 against the 支出总计 of the same scope (财政拨款 with 财政拨款), unless the
    paragraph says what is left (“收支相抵，本年结余5亿元”: a budget's, not a 决算's, totals)."""
    if _SURPLUS.search(paragraph.text):
        return
    sides: dict[tuple[str, str], dict[str, re.Match[str]]] = {}
    for match in _TOTAL_OF.finditer(paragraph.text):
        scope = (_qualifier(paragraph.text, match.start()), match.group("unit"))
        sides.setdefault(scope, {}).setdefault(match.group("side"), match)
    for found in sides.values():
        income, spending = found.get("收入"), found.get("支出")
        if income is None or spending is None:
            continue
        a, b = (Decimal(m.group("num").replace(",", "")) for m in (income, spending))
        if a != b and not _changed_apart(paragraph.text, income, spending):
            yield balance_finding(paragraph, a, b, (income.start(), spending.end()))

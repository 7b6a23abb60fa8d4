"""The two identities of a 决算's totals, stated by name anywhere in the text.

    收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 使用非财政拨款结余 + 年初结转和结余
    支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余

A 决算说明 states them in separate items (“1.总体情况。收入总计517.38万元…” then “2.收入情况。
收入合计388.51万元…此外，年初结转和结余128.86万元”), so no sentence holds the sum. Each name
counts when the document states it with one value; the items a text does not name are taken
as none, so a gap where the total is larger only warns (an item may be left unnamed), while
named items that add up to more than the total cannot be right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.sum_tolerance import written_as
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences


@dataclass(frozen=True, slots=True)
class Identity:
    """A total and the named items that make it (the first item always stated)."""

    total: str
    items: tuple[str, ...]
    required: tuple[str, ...]


IDENTITIES = (
    Identity(
        "收入总计",
        ("收入合计", "用事业基金弥补收支差额", "使用非财政拨款结余", "年初结转和结余"),
        ("收入合计", "年初结转和结余"),
    ),
    Identity(
        "支出总计",
        ("支出合计", "结余分配", "年末结转和结余"),
        ("支出合计", "年末结转和结余"),
    ),
)
#: Words before a name that leave it the unit's own figure of the year.
_LEAD = re.compile(
    r"^(?:此外|另外|另有|以及|加上|其中)?[，,、]?(?:20\d\d年度?|本年度?)?(?:本单位|本部门|单位|部门)?"
    r"(?:的)?(?:本年)?"
)
_TAIL = re.compile(r"(?:为|是|共|达|[:：])+$")
_ALIASES = {"年初结转结余": "年初结转和结余", "年末结转结余": "年末结转和结余"}
#: “收、支总计均为6315.69万元”: one figure for both totals.
_BOTH = re.compile(r"收[、和]?支总计(?:均|各)?(?:为|是)?\s*$")
_ASIDE = re.compile(r"[（(][^（()）]*[）)]")
#: A figure of another year, or a comparison: not the level of this year.
_OTHER = re.compile(r"上年|去年|较|比|同比|增加|减少|增长|下降")
_YEAR = re.compile(r"(20\d\d)年")


def _name(quantity: Quantity) -> str:
    name = _TAIL.sub("", _LEAD.sub("", _ASIDE.sub("", quantity.label).strip()))
    return _ALIASES.get(name, name)


def _stated(doc: ReportDoc) -> dict[str, dict[Decimal, tuple[Quantity, Sentence]]]:
    """Every value each name is stated with, the first place it is stated at."""
    names = {name for identity in IDENTITIES for name in (identity.total, *identity.items)}
    found: dict[str, dict[Decimal, tuple[Quantity, Sentence]]] = {}
    for sentence in doc_sentences(doc):
        for quantity in sentence.quantities:
            if quantity.kind != MONEY or quantity.approx or _OTHER.search(quantity.label):
                continue
            year = _YEAR.search(quantity.label)
            if year is not None and doc.year is not None and int(year.group(1)) != doc.year:
                continue  # “2021年度收入合计…”: last year's figure
            name = _name(quantity)
            both = _BOTH.search(sentence.text, 0, quantity.start)
            for one in ("收入总计", "支出总计") if both else (name,):
                if one in names:
                    found.setdefault(one, {}).setdefault(quantity.value, (quantity, sentence))
    return found


def _one(found: dict[str, dict[Decimal, tuple[Quantity, Sentence]]], name: str) -> Quantity | None:
    values = found.get(name, {})
    return next(iter(values.values()))[0] if len(values) == 1 else None


def _findings(
    identity: Identity, found: dict[str, dict[Decimal, tuple[Quantity, Sentence]]]
) -> Iterator[ReviewFinding]:
    total = _one(found, identity.total)
    items = [(name, _one(found, name)) for name in identity.items]
    if total is None or any(q is None for name, q in items if name in identity.required):
        return
    if any(name in found and q is None for name, q in items):
        return  # an item stated with two values: which one is this year's is unclear
    stated = [(name, q) for name, q in items if q is not None]
    sentence = found[identity.total][total.value][1]
    nonzero = sum(1 for _, q in stated if q.value)
    if all(found[name][q.value][1] is sentence for name, q in stated) and nonzero > 1:
        return  # total and items in one sentence: the sums check reads them there (not one
        # item beside items of none, no list to it)
    added = sum((q.value for _, q in stated), Decimal(0))
    if written_as(added, total) == total.value:
        return
    listed = "＋".join(f"{name}{q.text}" for name, q in stated)
    gap = fmt_quantity(abs(added - total.value), total)
    slack = sum((q.ulp for _, q in stated), total.ulp)
    if abs(added - total.value) <= slack:
        code, advice = "sum-rounding-gap", "在数据舍入范围内（尾差），应注明或调整一致"
    elif added > total.value:
        code, advice = "sum-mismatch", "所列各项已超过总计，请核实"
    else:
        code, advice = "sum-short", "如另有未列项目（如用事业基金弥补收支差额）请注明，否则请核实"
    message = (
        f"{identity.total}{total.text}应等于{listed}＝{fmt_quantity(added, total)}，"
        f"相差{gap}；{advice}。"
    )
    span = (sentence.start + total.start, sentence.start + total.end)
    recomputed = fmt_quantity(added, total)
    yield make_finding(
        code, sentence.paragraph, message, span=span, stated=total.text, recomputed=recomputed
    )


def check_final_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """收入总计 and 支出总计 against the named items that make them."""
    found = _stated(doc)
    return [finding for identity in IDENTITIES for finding in _findings(identity, found)]

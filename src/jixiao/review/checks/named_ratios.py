"""A rate of two figures named in words, stated in the sentences before it:

    本项目年初预算260.00万元，…。全年执行301.86万元，预算执行率96.60%。
    全年执行数为年初预算的116.01%。        → 301.86 ÷ 260.00 = 116.10%

The rate's clause holds no amount; each name (全年执行数 → 全年执行, 年初预算) must stand
for one amount only, stated under it in the paragraph (or the one before), so that which
figures are meant cannot be in doubt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_findings import allowed
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_NAMED_RATE = re.compile(
    r"\s*(?P<part>[\u4e00-\u9fff]{2,10}?)(?:数|额)?"
    r"(?:为|是|相当于|达到?|占)(?P<base>[\u4e00-\u9fff]{2,10}?)(?:数|额)?的\s*$"
)
#: What a figure's label may carry around its name: the subject or year before it, a verb
#: after it (“本项目年初预算”, “全年执行数为”, “全县一般公共预算地方收入完成”).
_NOISE = re.compile(
    r"^(?:本项目|该项目|项目|本单位|本部门|本年度?|20\d\d年度?|全[县市区省州旗]|[，,、；;])+"
    r"|(?:数|额|为|是|共|完成|实现)+$"
)
#: Names that say no one figure (a rate's base, a share of a kind).
_VAGUE = re.compile(r"^(?:其中|合计|总额|总数|本年|上年|同期|全年|预算|计划)$")
NEARBY_PARAGRAPHS = 1


def _amounts_named(earlier: list[Sentence], name: str) -> set[Decimal]:
    """The values stated under ``name`` (their label, its noise taken off, is the name)."""
    found: set[Decimal] = set()
    for sentence in earlier:
        for q in sentence.quantities:
            if q.kind == MONEY and not q.approx and _NOISE.sub("", q.label) == name:
                found.add(q.value)
    return found


def _named(earlier: list[Sentence], name: str) -> Quantity | None:
    """The one amount stated under ``name``, or None (none, or several values)."""
    values = _amounts_named(earlier, name)
    if len(values) != 1:
        return None
    value = values.pop()
    return next(
        q
        for s in reversed(earlier)
        for q in s.quantities
        if q.kind == MONEY and q.value == value and _NOISE.sub("", q.label) == name
    )


def _rates(sentence: Sentence) -> Iterator[tuple[Quantity, str, str]]:
    """Each rate of the sentence said as “<part>为<base>的P%” with no amount in its clause."""
    for q in sentence.quantities:
        if q.kind != PERCENT or q.approx:
            continue
        start = max(sentence.text.rfind(c, 0, q.start) for c in "，,；;。：:") + 1
        named = _NAMED_RATE.match(sentence.text, start, q.start)
        if named is None or any(
            p.kind == MONEY and start <= p.start < q.start for p in sentence.quantities
        ):
            continue
        part, base = named.group("part"), named.group("base")
        if part != base and not _VAGUE.match(part) and not _VAGUE.match(base):
            yield q, part, base


def check_named_ratios(doc: ReportDoc) -> list[ReviewFinding]:
    """Rates of two amounts named in words against those amounts stated before."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        here = sentence.paragraph.index
        earlier = [s for s in sentences[:at] if here - s.paragraph.index <= NEARBY_PARAGRAPHS]
        for rate, part_name, base_name in _rates(sentence):
            part, base = _named(earlier, part_name), _named(earlier, base_name)
            if part is None or base is None or base.value <= 0 or part is base:
                continue
            how = f"按前文{part_name}{part.text}÷{base_name}{base.text}"
            finding = _finding(sentence, rate, part, base, how)
            if finding is not None:
                findings.append(finding)
    return findings


def _finding(
    sentence: Sentence, rate: Quantity, part: Quantity, base: Quantity, how: str
) -> ReviewFinding | None:
    exact = part.value / base.value * HUNDRED
    if allowed(rate, exact, [part, base]):
        return None  # what the rounding of the two amounts as written allows
    span = (sentence.start + rate.start, sentence.start + rate.end)
    return rate_finding(sentence.paragraph, rate, exact, how, span)

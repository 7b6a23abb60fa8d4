"""A change over last year against the two years' figures stated apart:

    2023年的“三公”经费决算数合计为96.40万元，其中：…。2022年的“三公”经费决算数合计为80.15万元，
    其中：…。
    2023年“三公”经费决算数较上年增加20.36万元。

96.40 − 80.15 = 16.25, not 20.36. The figure is matched by its name (the years, quotes and
“合计为” taken off) and its year (in its own words, or the one year its sentence names), in the
change's paragraph or the three before; each year must give one value.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.names import figure_name
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.structure import YEAR

_CHANGE = re.compile(
    r"^(?P<subject>.*?)(?:相较于|相较|较|比|与)(?:上年|上一年|去年)(?:同期)?(?:相比)?[，,]?"
    r"(?P<way>增加|减少)了?$"
)
LOOK_BACK = 3
MIN_NAME = 4


def _year(quantity: Quantity, sentence: Sentence) -> int | None:
    """The year a figure is of: named in its label, or the only year its sentence names."""
    own = YEAR.findall(quantity.label)
    if own:
        return int(own[-1])
    years = set(YEAR.findall(sentence.text))
    return int(years.pop()) if len(years) == 1 else None


def _stated(sentences: tuple[Sentence, ...], at: int, name: str, year: int) -> Quantity | None:
    """The one value stated for ``name`` in ``year`` before sentence ``at``."""
    here = sentences[at].paragraph.index
    found: dict[Decimal, Quantity] = {}
    for sentence in reversed(sentences[:at]):
        if here - sentence.paragraph.index > LOOK_BACK:
            break
        for q in sentence.quantities:
            if q.kind != MONEY or q.approx or _CHANGE.match(q.label):
                continue
            core = figure_name(q.label)
            if len(core) >= MIN_NAME and core.endswith(name) and _year(q, sentence) == year:
                found.setdefault(q.value, q)
    return next(iter(found.values())) if len(found) == 1 else None


def _finding(
    sentence: Sentence, change: Quantity, way: str, figures: tuple[Quantity, Quantity], year: int
) -> ReviewFinding | None:
    now, before = figures
    stated = change.value if way == "增加" else -change.value
    if abs(now.value - before.value - stated) <= 2 * max(q.ulp for q in (change, now, before)):
        return None
    levels = ((f"{year}年", now), (f"{year - 1}年", before))
    return level_change_finding(sentence, change, way, levels, "前文所列")


def level_change_finding(
    sentence: Sentence,
    change: Quantity,
    way: str,
    levels: tuple[tuple[str, Quantity], tuple[str, Quantity]],
    lead: str,
) -> ReviewFinding:
    """A change over last year (``way`` 增加 or 减少) that its two levels, this year's and
    last year's with the words naming each, do not give."""
    (now_said, now), (before_said, before) = levels
    moved = now.value - before.value
    right = "增加" if moved >= 0 else "减少"
    shown = fmt_quantity(abs(moved), change)
    message = (
        f"{lead}{now_said}为{now.text}、{before_said}为{before.text}，较上年应{right}{shown}，"
        f"报告为{way}{change.text}，请核实。"
    )
    return make_finding(
        "difference-mismatch",
        sentence.paragraph,
        message,
        span=sentence.span_of(change),
        stated=change.text,
        recomputed=f"{right}{shown}",
    )


def check_year_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """“X较上年增加D” against this year's and last year's X, stated apart before it."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        for change in sentence.quantities:
            matched = _CHANGE.match(change.label) if change.kind == MONEY else None
            if matched is None or change.approx:
                continue
            name = figure_name(matched.group("subject"))
            year = _year(change, sentence) or doc.year
            if len(name) < MIN_NAME or year is None:
                continue
            now = _stated(sentences, at, name, year)
            before = _stated(sentences, at, name, year - 1)
            if now is None or before is None:
                continue
            finding = _finding(sentence, change, matched.group("way"), (now, before), year)
            if finding is not None:
                findings.append(finding)
    return findings

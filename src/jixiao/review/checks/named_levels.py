"""A year-on-year change and its rate whose level the sentence does not state, but a sentence
a few paragraphs before states under the same name (决算说明 texts state the level, then the
counts, then the comparison):

    2021年度全镇“三公”经费支出合计40.14万元。…
    …
    经比较，2021年度全镇“三公”经费较上年减少2.97万元，下降6.98%。 → 2.97 ÷ 43.11 = 6.89%

The name is the words before the comparison, without the year and the unit's own words (全镇,
本单位 …); the level is the last exact amount before the change named so (else whose label
holds the name), of the year both sentences say (a change whose sentence says no year is left
alone: the level may be the year before), and is no change, plan or last year's figure itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.checks.changes import COMPARED
from jixiao.review.checks.changes import STATED_PRIOR
from jixiao.review.checks.percent_findings import level_change
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import role

_CHANGE = re.compile(r"(?:增加|减少|下降|增长)了?\s*$")
_RATE = re.compile(r"^\s*[，,]\s*(?:增长|下降|上升|降低)了?\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d\s*年度?")
_NOISE = re.compile(
    r"(?:19|20)\d\d\s*年度?|全年|本年度?|全[镇县区市乡局]|本单位|本部门|我[单位局镇乡县区委部门]+|同口径"
    r"|[^\u4e00-\u9fff]"
)
#: A year compared with: 比2018年, 较2018年度, 与2018年.
_COMPARED_YEAR = re.compile(r"[比较与]\s*$")
_MIN_NAME = 3
_REACH = 3  # paragraphs back


def _name(text: str) -> str:
    return _NOISE.sub("", text)


def _year(text: str) -> str:
    """The last year ``text`` says, or ""."""
    years = _YEAR.findall(text)
    return years[-1].replace(" ", "").rstrip("度") if years else ""


def _subject(sentence: Sentence, change: Quantity) -> tuple[str, str, str] | None:
    """The name a change is said of, its year (“2021年度全镇“三公”经费较2020年度减少”:
    2021, not the year compared with) and, where the sentence says none and its paragraph
    gave it (“2019年，…。其中：因公出国（境）费同口径比2018年减少9万元”), the year compared
    with (else "")."""
    compared = COMPARED.search(change.label)
    if compared is None:
        return None
    name = _name(re.split(r"[，,；;:：]", change.label[: compared.start()])[-1])
    start = sentence.text.rfind(change.label, 0, change.start)
    said = start + compared.start() if start >= 0 else change.start
    if len(name) < _MIN_NAME and re.search(r"[；;]\s*$", sentence.text[:said]):
        name = _earlier_subject(sentence.text[:said])  # “…；较年初预算数减少6.8万元”
    year = _year(sentence.text[:said])
    against = "" if year else _year(change.label[compared.start() :])
    opening = "" if year else _opening_year(sentence, against)
    if len(name) < _MIN_NAME or not (year or opening):
        return None
    return name, year or opening, against


def _earlier_subject(text: str) -> str:
    """The name of the comparison before a ；, for the one after it that names nothing
    (““三公”经费较上年决算数减少0.03万元，下降0.6%；较年初预算数减少6.8万元”)."""
    compared = list(COMPARED.finditer(text))
    if not compared:
        return ""
    return _name(re.split(r"[，,；;:：]", text[: compared[-1].start()])[-1])


def _opening_year(sentence: Sentence, against: str) -> str:
    """The last year the paragraph says before ``sentence`` that is neither one compared with
    (比2018年) nor ``against``: the year the paragraph is of (“2022年，本单位…，2021年因公出国
    （境）费50万元。其中：…比2021年减少…”: 2022)."""
    text = sentence.paragraph.text[: sentence.start]
    years = [
        year
        for m in _YEAR.finditer(text)
        if not _COMPARED_YEAR.search(text, 0, m.start())
        and (year := m.group(0).replace(" ", "").rstrip("度")) != against
    ]
    return years[-1] if years else ""


def _said_year(sentence: Sentence, at: int, against: str) -> str:
    """The year said before ``at`` in the sentence, else before the sentence in its paragraph
    (“2023年度…合计40.19万元。其中，…公务接待费5.91万元”: 2023), not ``against``, the year
    the change is compared with."""
    return _year(sentence.text[:at]) or _opening_year(sentence, against)


def _is_level(sentence: Sentence, q: Quantity, name: str, year: str, against: str) -> bool:
    label = q.label
    if q.kind != MONEY or q.approx or _CHANGE.search(label) or STATED_PRIOR.search(label):
        return False
    return (
        role(label) != "plan"
        and name in _name(label)
        and _said_year(sentence, q.start, against) == year
    )


def _level(
    sentences: tuple[Sentence, ...], at: int, name: str, year: str, against: str
) -> Quantity | None:
    """The last level under ``name`` of ``year`` a few paragraphs back (when the change's
    sentence said no year, ``against`` set: in its own paragraph only)."""
    here = sentences[at].paragraph.index
    for earlier in reversed(sentences[:at]):
        if here - earlier.paragraph.index > (0 if against else _REACH):
            return None
        levels = [q for q in earlier.quantities if _is_level(earlier, q, name, year, against)]
        # the amount named exactly so, before parts whose names hold it (财政拨款支出 over
        # 政府性基金预算财政拨款支出)
        exact = [q for q in levels if _name(q.label) == name]
        if levels:
            return (exact or levels)[-1]
    return None


def _changes(sentence: Sentence) -> Iterator[tuple[Quantity, Quantity]]:
    """Each change with its rate right after it, with no amount before it in its ；-part
    (“其中：公务用车购置费23.86万元，…；公务接待费较上年减少1.39万元，下降19.04%”)."""
    figures = sentence.quantities
    for number, change in enumerate(figures[:-1]):
        rate = figures[number + 1]
        if change.kind != MONEY or change.approx or not _CHANGE.search(change.label):
            continue
        if rate.kind != PERCENT or not _RATE.match(sentence.text[change.end : rate.start]):
            continue
        part = max(sentence.text.rfind(c, 0, change.start) for c in "；;")
        if any(q.kind == MONEY and q.start > part for q in figures[:number]):
            continue  # its ；-part states a level of its own: the change check's
        yield change, rate


def _listed_total(sentences: tuple[Sentence, ...], at: int, change: Quantity) -> Quantity | None:
    """A change said of nothing (“同口径比2018年减少830万元，下降20%”) right after a 其中
    sentence whose amounts add up to the last amount of the sentence before it: that total."""
    compared = COMPARED.search(change.label)
    if at < 2 or compared is None or change.label[: compared.start()].strip("，, 同口径"):
        return None
    parts, whole = sentences[at - 1], sentences[at - 2]
    if not parts.text.startswith("其中") or parts.paragraph is not sentences[at].paragraph:
        return None
    amounts = [q for q in parts.quantities if q.kind == MONEY]
    totals = [q for q in whole.quantities if q.kind == MONEY and not q.approx]
    if len(amounts) < 2 or not totals or any(q.approx for q in amounts):
        return None
    total = totals[-1]
    return total if sum(q.value for q in amounts) == total.value else None


def check_named_levels(doc: ReportDoc) -> list[ReviewFinding]:
    """Each change rate against the level stated under the change's name shortly before."""
    findings: list[ReviewFinding] = []
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences):
        for change, rate in _changes(sentence):
            subject = _subject(sentence, change)
            level = _level(sentences, at, *subject) if subject else None
            if subject is None:
                level = _listed_total(sentences, at, change)
            if level is None:
                continue
            finding = level_change(sentence, level, change, rate, change.start)
            if finding is not None:
                findings.append(finding)
    return findings

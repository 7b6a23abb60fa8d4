"""The change of the “三公” 经费 against the changes of its kinds, told in the sentences after it:

    2021年度全镇“三公”经费较上年减少2.97万元，下降6.89%，较年初预算数减少0.36万元。主要是…。
    其中：无因公出国（境）费；公务用车购置及运行维护费较上年减少1.33万元，下降4.12%，较年初
    预算数减少0.07万元；公务接待费较上年减少1.64万元，较年初预算数减少0.29万元。

The kinds (因公出国, 公务用车, 公务接待) make the whole “三公” 经费, so their changes over last
year, and over the budget, make its changes: 1.33 + 1.64 = 2.97. Every kind must be told (one
with none: “无因公出国（境）费”, or unchanged), each once — or the kinds told make the total's
change over one base exactly, and over the other move more than the total did (the kind
left untold would have had to move the other way)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.sangong_table import kind_of_label
from jixiao.review.checks.sum_claims import figure_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_WHOLE = re.compile(r"三公")
#: “较上年减少”, “较年初预算数减少”, “比上年决算增加”: what the change is over, and its way.
_CHANGE = re.compile(
    r"(?:较|比|与)(?P<base>上年|去年|上一年|年初预算|预算)[^，。；,;\d]{0,6}?(?:相比)?[，,]?"
    r"(?P<way>增加|减少)了?$"
)
_NONE = re.compile(
    r"无(?:因公出国|公务接待|公务用车)|(?:因公出国|公务接待|公务用车)[^，；;。]{0,12}(?:为0|为零|没有)"
)
#: The kinds a “三公” total is made of, by what ``kind_of_label`` reads.
_WAYS = ({"abroad", "reception", "car"}, {"abroad", "reception", "buy", "run"})
#: Sentences after the total's where its kinds may be told.
REACH = 2

Changes = dict[str, Decimal]


def _changes(sentence: Sentence, quantities: list[Quantity]) -> dict[str, Quantity]:
    """The changes stated in ``quantities``, by what they are over (year or budget)."""
    found: dict[str, Quantity] = {}
    for q in quantities:
        match = _CHANGE.search(q.label) if q.kind == MONEY and not q.approx else None
        if match is not None:
            base = "budget" if "预算" in match.group("base") else "year"
            found.setdefault(base, q)
    return found


def _signed(q: Quantity) -> Decimal:
    match = _CHANGE.search(q.label)
    return -q.value if match is not None and match.group("way") == "减少" else q.value


def _kinds(sentence: Sentence) -> dict[str, Changes] | None:
    """Each kind's changes by base, from its ；-parts (a kind with none at 0)."""
    kinds: dict[str, Changes] = {}
    start = 0
    for part in re.split(r"[；;]", sentence.text):
        end = start + len(part)
        quantities = [q for q in sentence.quantities if start <= q.start < end]
        start = end + 1
        name = re.sub(r"^[^\u4e00-\u9fff]*(?:其中[:：]?)?", "", part)
        kind = kind_of_label(name[:16]) if not _NONE.search(part) else _none_kind(part)
        if kind is None or kind in kinds:
            return None
        changes = _changes(sentence, quantities)
        kinds[kind] = {base: _signed(q) for base, q in changes.items()}
        if _NONE.search(part):
            kinds[kind] = {"year": Decimal(0), "budget": Decimal(0)}
    return kinds


def _none_kind(part: str) -> str | None:
    match = _NONE.search(part)
    return kind_of_label(match.group(0).lstrip("无")) if match else None


#: “因公出国（境）费0万元”, “无因公出国（境）费支出”: this year's 因公出国 spent nothing.
_NO_ABROAD = re.compile(
    r"因公出国[（(]境[)）](?:经)?费(?:支出)?(?:为)?0(?:\.0+)?万元|无因公出国|未发生因公出国"
)


#: 因公出国 spent something this year: “因公出国（境）费支出3.00万元”.
_ABROAD_SPENT = re.compile(r"因公出国[（(]境[)）](?:经)?费(?:支出)?(?:为)?[1-9]")
#: Last year's, not this year's: “上年无因公出国”.
_LAST_YEAR = re.compile(r"(?:上年|去年|上一年)(?:度)?$")


def _idle_abroad(doc: ReportDoc) -> bool:
    """The text says this year's 因公出国 spent nothing, and never that it spent something."""
    said = [
        m
        for p in doc.paragraphs
        for m in _NO_ABROAD.finditer(p.text)
        if not _LAST_YEAR.search(p.text[max(0, m.start() - 6) : m.start()])
    ]
    return bool(said) and not any(_ABROAD_SPENT.search(p.text) for p in doc.paragraphs)


def _findings(total: Sentence, told: Sentence, idle_abroad: bool) -> Iterator[ReviewFinding]:
    changes = _changes(total, list(total.quantities))
    kinds = _kinds(told)
    if not changes or kinds is None:
        return
    whole = set(kinds) in _WAYS
    # 因公出国 untold, and spent nothing this year: it can only have gone down, so the kinds
    # told cannot have gone down by more than the whole did
    bounded = idle_abroad and not whole and set(kinds) | {"abroad"} in _WAYS
    if not whole and not bounded and not _proven(changes, kinds):
        return
    for base, stated in changes.items():
        if not all(base in c for c in kinds.values()):
            continue
        added = sum((c[base] for c in kinds.values()), Decimal(0))
        if added == _signed(stated) or (bounded and added > _signed(stated)):
            continue
        if not whole and not bounded and abs(added) < abs(_signed(stated)):
            continue  # (the kind left untold may have moved too: 因公出国 spent last year)
        over = "年初预算" if base == "budget" else "上年"
        said = "增加" if _signed(stated) >= 0 else "减少"
        way = "增加" if added >= 0 else "减少"
        shown = fmt_quantity(abs(added), stated)
        message = (
            f"“三公”经费较{over}{said}{stated.text}，"
            f"而其后所列各项较{over}的增减合计{way}{shown}，两者不符，请核实。"
        )
        yield figure_finding(total, stated, message, f"{way}{shown}")


def _proven(changes: dict[str, Quantity], kinds: dict[str, Changes]) -> bool:
    """Kinds told that are not all of them (no word of 因公出国) whose changes over one base
    make the total's exactly: they are the whole, and over the other base must be too."""
    if len(kinds) < 2:
        return False
    for base, stated in changes.items():
        if all(base in c for c in kinds.values()):
            added = sum((c[base] for c in kinds.values()), Decimal(0))
            if added and added == _signed(stated):
                return True
    return False


def check_sangong_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """The “三公” 经费's changes against its kinds' changes told after it."""
    findings: list[ReviewFinding] = []
    sentences = doc_sentences(doc)
    idle_abroad = _idle_abroad(doc)
    for at, sentence in enumerate(sentences):
        if not _WHOLE.search(sentence.text) or not _changes(sentence, list(sentence.quantities)):
            continue
        for told in sentences[at + 1 : at + 1 + REACH]:
            if told.paragraph is not sentence.paragraph:
                break
            if told.text.lstrip().startswith("其中"):
                findings.extend(_findings(sentence, told, idle_abroad))
                break
    return findings

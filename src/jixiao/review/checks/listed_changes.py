"""The changes of a 其中 list's parts against the change of their total (a 部门预算说明):

    基本支出预算2476260.58元，…，同比减少4696.66元，下降0.2%。其中：
    工资福利支出预算2016908.34元，…，同比增加33279.22元，增长1.86%。
    商品和服务支出预算445372.24元，…，同比减少36235.88元，下降7.52%。
    对个人和家庭补助支出预算13980元，…，同比减少2010元，下降12.57%。

Each part is a sentence of its own with its level and its change on the year. When the
parts' levels make the total's exactly, they are the whole of it, and their changes must make
its change too (33279.22 − 36235.88 − 2010 = −4966.66, not −4696.66).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.slips import places
from jixiao.review.slips import slip
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_CHANGE = re.compile(
    r"^[，,]?\s*(?:同比|(?:比|较|与)[^，。；,;]{0,12}?)?(?P<way>增加|减少|增长|下降)了?$"
)
_OPENS = re.compile(r"^其中\s*[:：]?")
#: A sentence that opens another item of the outline (“2. 项目支出…”): the list has ended.
_NEW_ITEM = re.compile(r"^\s*(?:\d+\s*[.．、]|[（(][一二三四五六七八九十\d]+[)）])")
_LEAST_PARTS = 2


def _level_change(sentence: Sentence) -> tuple[Quantity, Quantity, Decimal] | None:
    """The sentence's level and its change on the year (signed), when it states one."""
    found = []
    level: Quantity | None = None
    for q in sentence.quantities:
        if q.kind != MONEY or q.approx:
            continue
        way = _CHANGE.match(q.label)
        if way is None:
            level = q
        elif level is not None:
            sign = -1 if way.group("way") in ("减少", "下降") else 1
            found.append((level, q, sign * q.value))
            level = None
    return found[0] if len(found) == 1 else None


def _lists(doc: ReportDoc) -> Iterator[tuple[Sentence, list[Sentence]]]:
    """Each total's sentence with the sentences of its parts after “其中”."""
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences[:-1]):
        following = sentences[at + 1]
        if _level_change(sentence) is None or not _OPENS.match(following.text):
            continue
        parts: list[Sentence] = []
        start = at + 2 if not _level_change(following) else at + 1
        for part in sentences[start:]:
            if _NEW_ITEM.match(part.text) or _level_change(part) is None:
                break
            parts.append(part)
        if len(parts) >= _LEAST_PARTS:
            yield sentence, parts


def _finding(total: Sentence, parts: list[Sentence]) -> ReviewFinding | None:
    level, change, signed = _level_change(total) or (None, None, Decimal(0))
    read = [_level_change(p) for p in parts]
    if level is None or change is None or any(r is None for r in read):
        return None
    rows = [r for r in read if r is not None]
    levels = sum((r[0].value for r in rows), Decimal(0))
    if abs(levels - level.value) > sum((r[0].ulp for r in rows), level.ulp):
        return None  # the parts are not the whole of the total
    added = sum((r[2] for r in rows), Decimal(0))
    if abs(added - signed) <= 2 * max(r[1].ulp for r in [*rows, (level, change, signed)]):
        return None
    way = "增加" if added >= 0 else "减少"
    shown = fmt_quantity(abs(added), change)
    listed = "、".join(f"{_words(r[1])}{r[1].text}" for r in rows)
    name = _NUMBERED.sub("", level.label)
    message = (
        f"{name}{level.text}为其下各项之和，各项同比增减（{listed}）合计{way}{shown}，"
        f"与所述{_words(change)}{change.text}不符，请核实。{_suspect(change, signed, rows)}"
    )
    span = (total.start + level.start, total.start + change.end)
    return make_finding(
        "sum-mismatch",
        total.paragraph,
        message,
        span=span,
        stated=change.text,
        recomputed=f"{way}{shown}",
    )


_NUMBERED = re.compile(r"^\s*\d+\s*[.．、]\s*")


def _words(change: Quantity) -> str:
    return change.label.strip(" ，,")


def _suspect(
    change: Quantity, signed: Decimal, rows: list[tuple[Quantity, Quantity, Decimal]]
) -> str:
    """The one change that a slip of the hand would make right (the total's, or a part's), told
    as the sums' suspects are."""
    added = sum((r[2] for r in rows), Decimal(0))
    wanted = [(change, abs(added) if (added < 0) == (signed < 0) else None)]
    for _, part, own in rows:
        needed = own + signed - added
        wanted.append((part, abs(needed) if needed and (needed < 0) == (own < 0) else None))
    told = []
    for quantity, value in wanted:
        written = _FIGURE.search(quantity.text)
        if value is None or written is None:
            continue
        plain = written.group(0).replace(",", "")
        meant = value.quantize(places(plain))
        how = slip(plain, str(meant)) if meant == value else None
        if how is not None:
            unit = quantity.text[written.end() :]
            told.append(f"{quantity.text}疑为{meant}{unit}之误（{how}）。")
    return told[0] if len(told) == 1 else ""


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def check_listed_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """A total's change on the year against its parts', when their levels make it."""
    found = (_finding(total, parts) for total, parts in _lists(doc))
    return [f for f in found if f is not None]

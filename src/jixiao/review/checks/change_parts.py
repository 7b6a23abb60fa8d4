"""Year-on-year changes of the parts against the change of their total, in a 决算说明:

    财政拨款本年收入1205.11万元，比2018年度增加253.71万元。具体情况如下：
    一般公共预算财政拨款本年收入979.53万元，比上年增加28.13万元；…
    政府性基金预算财政拨款本年收入225.58万元，比上年增加161.78万元，…

The parts' levels add up to the total's (979.53 + 225.58 = 1205.11), so their changes must
add up to the total's change too (28.13 + 161.78 = 189.91, not 253.71). Only a total whose
parts (named by their budget: 一般公共预算, 政府性基金, 国有资本经营) are stated in the
paragraphs right after it, each with its own change, and whose levels add up, is checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import DATE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: The column a level is stated in: 本年收入, 本年支出 (and 收入/支出 合计).
_COLUMN = re.compile(r"(本年收入|本年支出)(?:合计)?(?:为|是|共)?$")
#: The budgets a 财政拨款 total is split into.
_BUDGET = re.compile(r"一般公共预算|政府性基金|国有资本经营")
_CHANGE = re.compile(
    r"^[，,]?\s*(?:(?:比|较|与)[^，。；,;]{0,12}?)?(?P<way>增加|减少|增长|下降)了?$"
)
#: How many paragraphs after the total its parts may stand in.
PART_REACH = 3


@dataclass(frozen=True, slots=True)
class Level:
    """A level in a column with its change (signed), and where it was stated."""

    sentence: Sentence
    column: str
    budget: str | None
    level: Quantity
    change: Quantity
    signed: Decimal


def _levels(sentence: Sentence) -> Iterator[Level]:
    quantities = [q for q in sentence.quantities if q.kind != DATE]  # “比2021年度增加”
    for level, change in pairwise(quantities):
        column = _COLUMN.search(level.label)
        way = _CHANGE.match(change.label)
        if column is None or way is None or level.kind != MONEY or change.kind != MONEY:
            continue
        if level.approx or change.approx:
            continue
        sign = -1 if way.group("way") in ("减少", "下降") else 1
        budget = _budget(sentence.text, sentence.paragraph.text, level)
        yield Level(sentence, column.group(1), budget, level, change, sign * change.value)


#: How far into its sentence a budget word names the sentence's subject.
SUBJECT_REACH = 4


def _budget(text: str, paragraph: str, level: Quantity) -> str | None:
    """The budget a level is of: named in its own clause (“一般公共预算财政拨款本年收入…”), or
    as the subject its paragraph opens with (“一般公共预算…收入…。…；本年支出…”)."""
    clause = max(text.rfind(mark, 0, level.start) for mark in "。；;") + 1
    own = _BUDGET.search(text, clause, level.start)
    opening = _BUDGET.search(paragraph.lstrip(), 0, SUBJECT_REACH + 6)
    found = own or (opening if opening and opening.start() <= SUBJECT_REACH else None)
    return found.group(0) if found else None


def _tolerance(levels: list[Level]) -> Decimal:
    return 2 * max(level.change.ulp for level in levels)


def _finding(total: Level, parts: list[Level]) -> ReviewFinding | None:
    added = sum((p.signed for p in parts), Decimal(0))
    if abs(added - total.signed) <= _tolerance([total, *parts]):
        return None
    listed = "、".join(f"{p.budget}{p.change.text}" for p in parts)
    shown = fmt_quantity(abs(added), total.change)
    way = "增加" if added >= 0 else "减少"
    message = (
        f"{total.column}{total.level.text}＝{_named_levels(parts)}，各项比上年的增减（{listed}）合计"
        f"{way}{shown}，与总额所述的增减{total.change.text}不符，请核实。"
    )
    return _on_total(total, total.change, message, f"{way}{shown}")


def _named_levels(parts: list[Level]) -> str:
    return "＋".join(f"{p.budget}{p.level.text}" for p in parts)


def _on_total(total: Level, stated: Quantity, message: str, recomputed: str) -> ReviewFinding:
    """A sum-mismatch quoting the total's sentence from its level to ``stated``."""
    sentence = total.sentence
    return make_finding(
        "sum-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + total.level.start, sentence.start + stated.end),
        stated=stated.text,
        recomputed=recomputed,
    )


def check_change_parts(doc: ReportDoc) -> list[ReviewFinding]:
    """A total's change against the changes of its parts, when their levels add up."""
    levels = [level for sentence in doc_sentences(doc) for level in _levels(sentence)]
    findings: list[ReviewFinding] = []
    for total in (level for level in levels if level.budget is None):
        index = total.sentence.paragraph.index
        parts = [
            p
            for p in levels
            if p.budget is not None
            and p.column == total.column
            and index < p.sentence.paragraph.index <= index + PART_REACH
        ]
        if len({p.budget for p in parts}) != len(parts) or len(parts) < 2:
            continue
        level_sum = sum((p.level.value for p in parts), Decimal(0))
        ulp = 2 * max(q.level.ulp for q in [total, *parts])
        if abs(level_sum - total.level.value) > ulp:
            continue  # the parts are not the whole of the total
        for finding in (_level_finding(total, parts, level_sum), _finding(total, parts)):
            if finding is not None:
                findings.append(finding)
    return findings


def _level_finding(total: Level, parts: list[Level], added: Decimal) -> ReviewFinding | None:
    """The parts' levels off their total by more than the rounding of all of them as written
    allows (“本年支出1094.65＝869.0＋225.58”: 869.0 stands for 869.07, which is 869.1)."""
    bound = sum((q.level.ulp for q in [total, *parts]), Decimal(0))
    gap = abs(added - total.level.value)
    if gap <= bound:
        return None
    shown = fmt_quantity(added, total.level)
    message = (
        f"{total.column}{total.level.text}，而其各项{_named_levels(parts)}＝{shown}，"
        f"相差{fmt_quantity(gap, total.level)}，超出各数舍入所能解释的范围，请核实。"
    )
    return _on_total(total, total.level, message, shown)

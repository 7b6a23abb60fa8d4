"""A change between two years whose levels a list of years stated before it:

    2021年、2022年、2023年本部门支出分别为1,850.20万元、1,962.75万元和2,104.38万元。
    2023年较2022年增加141.63万元，增长7.92%。

The two years' levels confirm the change (2104.38 − 1962.75 = 141.63), so its rate is over
the earlier one: 141.63 ÷ 1962.75 = 7.22%, not 7.92%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from jixiao.review.checks.named_changes import RATE_WORD
from jixiao.review.checks.prior_bases import over_base
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: “2021年、2022年和2023年…分别为”: the years a list's amounts are of, in order.
_YEARS = re.compile(
    r"((?:20\d\d)\s*年度?(?:\s*[、和及与]\s*(?:20\d\d)\s*年度?)+)[^。；;]{0,20}?分别(?:为|是|达)"
)
_YEAR = re.compile(r"20\d\d")
_CHANGE = re.compile(
    r"(?P<late>20\d\d)\s*年度?[^，。；,;\d]{0,8}(?:较|比)(?P<early>20\d\d)\s*年度?"
    r"[^，。；,;\d]{0,8}?(?P<way>增加|减少)$"
)
_REACH = 3  # sentences back


def check_year_lists(doc: ReportDoc) -> list[ReviewFinding]:
    """Change rates between two years of a list of years stated just before."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        levels: dict[str, Quantity] = {}
        for earlier in sentences[max(0, at - _REACH) : at + 1]:
            levels.update(_listed(earlier))
        if levels:
            findings.extend(_findings(sentence, levels))
    return findings


def _listed(sentence: Sentence) -> dict[str, Quantity]:
    """Each year's amount of a “…年、…年…分别为A、B…” list (as many amounts as years)."""
    found = _YEARS.search(sentence.text)
    if found is None:
        return {}
    years = _YEAR.findall(found.group(1))
    money = [q for q in sentence.quantities if q.start >= found.end() and q.kind == MONEY]
    if len(money) < len(years) or any(q.approx for q in money[: len(years)]):
        return {}
    return dict(zip(years, money, strict=False))


def _findings(sentence: Sentence, levels: dict[str, Quantity]) -> Iterator[ReviewFinding]:
    for change, rate in pairwise(sentence.quantities):
        said = _CHANGE.search(change.label) if change.kind == MONEY else None
        if said is None or rate.kind != PERCENT or change.approx or not change.value:
            continue
        if not RATE_WORD.match(sentence.text[change.end : rate.start]):
            continue
        late, early = levels.get(said.group("late")), levels.get(said.group("early"))
        if late is None or early is None or early.value <= 0:
            continue
        gap = late.value - early.value
        if gap != (change.value if said.group("way") == "增加" else -change.value):
            continue  # the change is not the two levels' difference: another base
        finding = over_base(sentence, (change, early, rate), change.start)
        if finding is not None:
            yield finding

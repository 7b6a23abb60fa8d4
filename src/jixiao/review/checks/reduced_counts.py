"""A count reported, what was taken off it, and what is left, in three sentences or fewer of
one paragraph:

    各乡镇审核上报人数为11200户26940人。在实际执行过程中，因死亡等原因减少4户10人，实际享受
    补贴人员为11196户26930人。                      → 11200 − 4 = 11196; 26940 − 10 = 26930

The reported count is named by how it came in (上报, 申报, 审核 …), the one taken off by 减少
(核减, 剔除, 退出) right before it and the one left by 实际 (最终); each unit (户, 人) is checked
on its own, when each of the three states it once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence

from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import in_paragraph

_REPORTED = re.compile(r"上报|申报|审核|核定|登记")
_TAKEN_OFF = re.compile(r"(?:减少|核减|剔除|退出)了?$")
_LEFT = re.compile(r"实际|最终")
#: Counts added on the way (新增, 增加, 补录): the reduction alone no longer leads to the end.
_ADDED = re.compile(r"(?:新增|增加|补录|补充)[\u4e00-\u9fff]{0,8}$")
REACH = 3  # sentences, the reported count's own first
_LABEL_REACH = 12  # the words before a figure its stage is read from

Placed = tuple[Sentence, Quantity]


def _groups(sentences: Sequence[Sentence]) -> list[list[Placed]]:
    """The counts of ``sentences`` in order, those written one after the other with no
    words between (11196户26930人) in one group."""
    groups: list[list[Placed]] = []
    for sentence in sentences:
        for q in sentence.quantities:
            if q.kind != COUNT or q.approx:
                continue
            last = groups[-1][-1] if groups else None
            if last is not None and last[0] is sentence and last[1].end == q.start:
                groups[-1].append((sentence, q))
            else:
                groups.append([(sentence, q)])
    return groups


def _stage(group: list[Placed]) -> str | None:
    label = group[0][1].label
    if _TAKEN_OFF.search(label):
        return "off"
    if _ADDED.search(label):
        return "added"
    if _LEFT.search(label[-_LABEL_REACH:]):
        return "left"
    if _REPORTED.search(label[-_LABEL_REACH:]):
        return "reported"
    return None


def _by_unit(group: list[Placed]) -> dict[str, Placed]:
    units = [q.unit for _, q in group]
    return {q.unit: (s, q) for s, q in group if units.count(q.unit) == 1}


def _findings(sentences: Sequence[Sentence]) -> Iterator[ReviewFinding]:
    groups = _groups(sentences)
    stages = [_stage(group) for group in groups]
    if stages[:1] != ["reported"] or stages.count("off") != 1 or "left" not in stages:
        return
    if "added" in stages:
        return
    off, left = stages.index("off"), stages.index("left")
    if not off < left or stages[1:off] != [None] * (off - 1):
        return
    before, taken, now = _by_unit(groups[0]), _by_unit(groups[off]), _by_unit(groups[left])
    for unit in sorted(before.keys() & taken.keys() & now.keys()):
        right = before[unit][1].value - taken[unit][1].value
        if right != now[unit][1].value:
            yield _finding(now[unit], before[unit][1], taken[unit][1], right)


def _finding(now: Placed, reported: Quantity, taken: Quantity, right: object) -> ReviewFinding:
    sentence, stated = now
    shown = f"{right}{stated.unit}"
    message = (
        f"上报{reported.text}，减少{taken.text}，实际应为{reported.text}－{taken.text}＝{shown}，"
        f"文中为{stated.text}，请核实。"
    )
    return claim_finding("difference-mismatch", sentence, stated, stated, message, shown)


def check_reduced_counts(doc: ReportDoc) -> list[ReviewFinding]:
    """Counts left after a reduction that the reported count less it does not give."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at in range(len(sentences)):
        findings.extend(_findings(in_paragraph(sentences, at, after=REACH - 1)))
    return findings

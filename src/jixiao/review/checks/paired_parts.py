"""A total stated as a budget and a result, split after its 其中 into parts that each state
their own budget and result side by side:

    “三公”经费预算数为832.05万元，决算支出数为820.33万元，…。其中：因公出国（境）费预算数为
    0万元，决算支出数为0万元；公务接待费预算数为310.37万元，决算支出数为249.29万元；公务用车
    购置及运行维护费预算数为521.67万元，决算支出数为571.04万元

When one column adds up to its total exactly, the parts are the whole, and the other column
must add up too: 0 + 310.37 + 521.67 = 832.04, not 832.05. (When neither adds up, the list
may leave parts out, and nothing is said.)
"""

from __future__ import annotations

import re

from jixiao.review.checks.level_changes import GLUED_FIGURE
from jixiao.review.checks.level_changes import MIN_PARTS
from jixiao.review.checks.level_changes import holds
from jixiao.review.checks.level_changes import level_change_claims
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import join_sentences
from jixiao.review.text.sentences import role

_QIZHONG = re.compile(r"其中[:：，,]?")


def paired_claims(doc: ReportDoc) -> list[SumClaim]:
    """The column of budgets or of results that fails where the other adds up exactly."""
    claims: list[SumClaim] = []
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences):
        read = _with_total(sentences, at) if sentence.text.startswith("其中") else sentence
        read = _parallel_after(read, sentences[at + 1 : at + 1 + _MAX_PARALLEL])
        marks = [m.start() for m in _QIZHONG.finditer(read.text)]
        for step, mark in enumerate(marks):
            end = marks[step + 1] if step + 1 < len(marks) else len(read.text)
            claims.extend(_claims(read, mark, end))
    return claims


#: Sentences after a 其中 list that may go on with its parts, told alike.
_MAX_PARALLEL = 3
#: The least tail two parts' opening words share (货物类采购项目, 服务类采购项目: 类采购项目).
_SHARED_TAIL = 3
_OTHER_PERIOD = re.compile(r"^(?:上年|去年|上一年|同期|前年)")
_OPENING = re.compile(r"^[\u4e00-\u9fff]+")


def _parallel_after(read: Sentence, following: tuple[Sentence, ...]) -> Sentence:
    """``read`` with the sentences after it that go on with the parts of its 其中 list, each
    opening with words that end as the first part's do (“其中货物类采购项目…；工程类采购项目…。
    服务类采购项目…。”)."""
    mark = _QIZHONG.search(read.text)
    first = _OPENING.match(read.text[mark.end() :].lstrip("，,：: ")) if mark else None
    if first is None:
        return read
    for sentence in following:
        opening = _OPENING.match(sentence.text)
        if sentence.paragraph is not read.paragraph or opening is None:
            break
        if _OTHER_PERIOD.match(opening.group(0)):
            break  # (上年度项目资金预算…: last year's whole, not a part)
        a, b = first.group(0), opening.group(0)
        if len(a) != len(b) or a[-_SHARED_TAIL:] != b[-_SHARED_TAIL:] or a == b:
            break
        read = join_sentences(read, sentence)
    return read


def _with_total(sentences: tuple[Sentence, ...], at: int) -> Sentence:
    """A sentence opening with 其中 joined to the sentence stating its total (“…820.33万元。
    其中：…”), past one sentence of words alone (the reason the result fell short)."""
    sentence, before = sentences[at], at - 1
    if (
        before > 0
        and not sentences[before].quantities
        and _follows(sentences[before - 1], sentences[before])
    ):
        before -= 1
    if before < 0 or not _follows(sentences[before], sentences[before + 1]):
        return sentence
    joined = sentences[before]
    for following in sentences[before + 1 : at + 1]:
        joined = join_sentences(joined, following)
    return joined


def _follows(previous: Sentence, sentence: Sentence) -> bool:
    """The sentence goes on from ``previous``: in its paragraph, or opening the next one."""
    if previous.paragraph is sentence.paragraph:
        return True
    return sentence.start == 0 and previous.paragraph.index + 1 == sentence.paragraph.index


def _roles(sentence: Sentence, start: int, end: int) -> list[tuple[str, Quantity]]:
    """The budgets and results stated between ``start`` and ``end``, in order."""
    found: list[tuple[str, Quantity]] = []
    for q in sentence.quantities:
        words = GLUED_FIGURE.split(q.label)[-1]
        if start <= q.start < end and q.kind == MONEY and not q.approx:
            said = role(words)
            if said in ("plan", "actual") and not has_any(words, COMPARE_WORDS):
                found.append((said, q))
    return found


def _claims(sentence: Sentence, mark: int, end: int) -> list[SumClaim]:
    return _paired(sentence, mark, end) or level_change_claims(sentence, mark, end)


def _paired(sentence: Sentence, mark: int, end: int) -> list[SumClaim]:
    # (not a level in brackets: “全年预算A（年初预算B，年中追加C），全年实际支出D”)
    before = [(r, q) for r, q in _roles(sentence, 0, mark) if not q.in_brackets][-2:]
    after = _roles(sentence, mark, end)
    if [r for r, _ in before] != ["plan", "actual"] or len(after) < 2 * MIN_PARTS:
        return []
    if [r for r, _ in after] != ["plan", "actual"] * (len(after) // 2):
        return []
    columns = [(before[0][1], after[0::2]), (before[1][1], after[1::2])]
    held = [holds(total, [q for _, q in parts]) for total, parts in columns]
    if all(held):
        return _counts(sentence, mark, end, len(after) // 2)
    if held.count(True) != 1:
        return []
    total, parts = columns[held.index(False)]
    return [SumClaim(sentence, total, tuple(q for _, q in parts), (), declared=True)]


def _counts(sentence: Sentence, mark: int, end: int, size: int) -> list[SumClaim]:
    """Parts the budget and result columns show to be the whole: the count each states
    (采购项目231个) makes the total's count, when the total and every part state one."""
    counts = [q for q in sentence.quantities if q.kind == COUNT and not q.approx]
    whole = [q for q in counts if q.start < mark]
    parts = [q for q in counts if mark <= q.start < end]
    if not whole or len(parts) != size or any(q.unit != whole[-1].unit for q in parts):
        return []
    return [SumClaim(sentence, whole[-1], tuple(parts), (), declared=True)]

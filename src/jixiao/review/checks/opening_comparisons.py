"""A change in a sentence that opens with its comparison, said of the amount of the sentence
before (a 三公 说明's shape):

    2015年部门决算公开“三公”经费合计31.23万元，其中：…。较2014年度部门决算公开“三公”经费
    合计16.80万元增加15.15万元。                           → 31.23 − 16.80 = 14.43

The comparison states its base alone before the change; the amount it is said of is the one of
the sentence before (in the same paragraph, not itself a 其中 or a comparison) that stands
before any 其中 and is no plan — or, of several, the one named as the base is (本年支出 for
较上年支出).
"""

from __future__ import annotations

import re
from itertools import pairwise

from jixiao.review.checks.differences import DIFF
from jixiao.review.checks.differences import change_finding
from jixiao.review.checks.differences import difference_pair
from jixiao.review.checks.differences import labelled_amounts
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import join_sentences
from jixiao.review.text.sentences import role
from jixiao.review.text.sentences import same_measure
from jixiao.review.text.sentences import word_pairs


def _subject(previous: Sentence, base: Quantity) -> Quantity | None:
    """The amount a comparison opening the next sentence is said of: the one before any 其中
    that is no plan (预算数A，决算数B。较上年C…: B), or the one named as the base is."""
    cut = previous.text.find("其中")
    found = [
        q
        for q in previous.quantities
        if q.kind == MONEY and (cut < 0 or q.start < cut) and role(q.label) != "plan"
    ]
    if len(found) > 1:  # (本年收入A，本年支出B。较上年支出C增加D: the 支出)
        words = word_pairs(base.label) - {"上年", "较上"}
        found = [q for q in found if any(w in q.label for w in words)]
    return found[0] if len(found) == 1 else None


#: “较2014年度…合计16.80万元增加15.15万元。”: a sentence opening with its comparison.
_OPENS_COMPARING = re.compile(r"^\s*(?:较|比)[^，。；]{0,24}?\d")
_OPENS_PART = re.compile(r"^\s*(?:其中|较|比)")


def _opening_comparison(
    previous: Sentence | None, sentence: Sentence, amount: Quantity
) -> ReviewFinding | None:
    """“…合计31.23万元，其中：…。较2014年度…合计16.80万元增加15.15万元。”: the change of a
    sentence opening with its comparison (its base alone before the change) is said of the
    first amount of the sentence before (not one of parts or of another comparison)."""
    if previous is None or previous.paragraph is not sentence.paragraph:
        return None
    if not _OPENS_COMPARING.match(sentence.text) or _OPENS_PART.match(previous.text):
        return None
    bases = [q for q in sentence.quantities if q.kind == MONEY and q.end <= amount.start]
    subject = _subject(previous, bases[0]) if bases else None
    if len(bases) != 1 or subject is None or subject.approx or not same_measure(subject, amount):
        return None
    both = join_sentences(previous, sentence)
    shift = sentence.start - previous.start
    moved = {q.start - shift: q for q in both.quantities if q.start >= shift}
    base, change = moved.get(bases[0].start), moved.get(amount.start)
    first = next((q for q in both.quantities if q.start == subject.start), None)
    if base is None or change is None or first is None:
        return None
    return change_finding(both, change, base, first)


def check_opening_comparisons(doc: ReportDoc) -> list[ReviewFinding]:
    """Each change of a sentence opening with its comparison, against the amount before."""
    before = {id(s): p for p, s in pairwise(doc_sentences(doc))}
    findings: list[ReviewFinding] = []
    for sentence, amount in labelled_amounts(doc, DIFF):
        if difference_pair(sentence, amount) is not None:
            continue
        finding = _opening_comparison(before.get(id(sentence)), sentence, amount)
        findings.extend([finding] if finding is not None else [])
    return findings

"""A 其中 list of the members of a known whole that runs on over the sentences after it in
its paragraph: “…“三公”经费决算支出数为A，同比减少…。其中：因公出国（境）费支出0万元。公务用车购置费
支出B，同比…；公务用车运行维护费支出C，…。公务接待费支出D，…。” — A against B + C + D, each
member's first figure (its change beside it left out), when the members name the whole."""

from __future__ import annotations

import re

from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.partitions import WHOLE_MEMBERS
from jixiao.review.checks.partitions import makes_whole
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import join_sentences

_OPENING = re.compile(r"其中[:：]")
#: A sentence that goes on with the list: it opens with a member's name (numbered or not).
_MEMBER_FIRST = re.compile(
    r"^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*[“\"]?"
    + f"(?:{'|'.join(WHOLE_MEMBERS)})"
)


def spread_claims(doc: ReportDoc) -> list[SumClaim]:
    """Each total whose 其中 list of a whole's members runs on past its sentence."""
    sentences = doc_sentences(doc)
    claims = []
    for at, sentence in enumerate(sentences):
        opening = _OPENING.search(sentence.text)
        claim = _spread(sentences, at, opening.start()) if opening else None
        if claim is not None:
            claims.append(claim)
    return claims


def _spread(sentences: tuple[Sentence, ...], at: int, mark: int) -> SumClaim | None:
    joined, last = sentences[at], at
    previous = sentences[at - 1] if at else None
    if not joined.text[:mark].strip() and previous and previous.paragraph is joined.paragraph:
        # “…支出数为A，同比减少…。其中：…”: the total closes the sentence before
        mark += joined.start - previous.start
        joined = join_sentences(previous, joined)
    while last + 1 < len(sentences):
        following = sentences[last + 1]
        if following.paragraph is not joined.paragraph or not _MEMBER_FIRST.match(following.text):
            break
        joined, last = join_sentences(joined, following), last + 1
    if last == at:
        return None  # the list stays within its sentence: the 其中 checks read it
    before = [
        q
        for q in joined.quantities
        if q.end <= mark and q.kind == MONEY and not has_any(q.label, COMPARE_WORDS)
    ]
    if not before or not usable(before[-1]):
        return None
    total = before[-1]
    parts = [q for q in joined.quantities if q.start > mark and _member_figure(q)]
    if len(parts) < 2 or not makes_whole([p.label for p in parts], total.label):
        return None
    return SumClaim(joined, total, tuple(parts), (), declared=True)


def _member_figure(q: Quantity) -> bool:
    """A member's own amount: money named by a member, not its change."""
    return (
        q.kind == MONEY
        and usable(q)
        and any(member in q.label for member in WHOLE_MEMBERS)
        and not has_any(q.label, COMPARE_WORDS)
    )

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
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import join_sentences

#: The members, a longer name before the shorter it holds (公务用车购置 before 公务用车).
_LONGEST_FIRST = sorted(WHOLE_MEMBERS, key=len, reverse=True)
_OPENING = re.compile(r"其中[:：，,]|具体(?:是|为)[:：]|分别(?:是|为)[:：]")
#: A sentence that goes on with the list: it opens with a member's name (numbered or not).
_MEMBER_FIRST = re.compile(
    r"^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*[“\"]?"
    + f"(?P<member>{'|'.join(_LONGEST_FIRST)})"
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
    named = _members_after(joined, mark)
    first, paragraph = len(named), joined.paragraph
    if _ends_paragraph(joined, mark) and at + 1 < len(sentences):
        paragraph = sentences[at + 1].paragraph  # “…其中：” closes its paragraph
    while (step := _next_member(sentences, last, paragraph, named)) is not None:
        for following in sentences[last + 1 : step + 1]:
            joined = join_sentences(joined, following)
        last, named = step, _members_after(joined, mark)
    if len(named) == first:
        return None  # the list stays within its sentence: the 其中 checks read it
    before = [
        q
        for q in joined.quantities
        if q.end <= mark
        and q.kind == MONEY
        and not has_any(q.label, COMPARE_WORDS)
        and not _SHARE_BASE.match(q.label)  # “…，占年计划75000万元的110.5%”: a base
    ]
    if not before or not usable(before[-1]):
        return None
    total, parts = before[-1], tuple(named.values())
    if len(parts) < 2 or not makes_whole([p.label for p in parts], total.label):
        return None
    return SumClaim(joined, total, parts, (), declared=True)


_SHARE_BASE = re.compile(r"^(?:约)?占")


def _ends_paragraph(sentence: Sentence, mark: int) -> bool:
    """True when the list's opening closes its paragraph: its members open the next one."""
    opening = _OPENING.match(sentence.text, mark)
    return opening is not None and not sentence.text[opening.end() :].strip()


def _members_after(sentence: Sentence, mark: int) -> dict[str, Quantity]:
    """Each member named after ``mark`` with its first amount (a member named again, as in
    “项目支出中，…”, adds nothing)."""
    named: dict[str, Quantity] = {}
    for q in sentence.quantities:
        if q.start > mark and _member_figure(q):
            member = _member_of(q.label)
            if not any(member.startswith(m) or m.startswith(member) for m in named):
                named[member] = q  # not 公务用车购置 under a 公务用车 already named
    return named


#: “公务用车购置及运行维护费”: the two car kinds as one.
_CAR_BOTH = re.compile(r"公务用车购置(?:及|和|与)运行")


def _member_of(label: str) -> str:
    if _CAR_BOTH.search(label):
        return "公务用车"
    return next(m for m in _LONGEST_FIRST if m in label)


def _next_member(
    sentences: tuple[Sentence, ...], last: int, paragraph: Paragraph, named: dict[str, Quantity]
) -> int | None:
    """The next sentence of the paragraph that opens with a member not named yet, past one
    sentence without money between (“截至年底，公务用车保有量2辆。”)."""
    for step in (last + 1, last + 2):
        if step >= len(sentences) or sentences[step].paragraph is not paragraph:
            return None
        opening = _MEMBER_FIRST.match(sentences[step].text)
        if opening is not None:
            return step if opening.group("member") not in named else None
        if any(q.kind == MONEY for q in sentences[step].quantities):
            return None
    return None


def runs_on(claim: SumClaim) -> bool:
    """A list of a whole's members whose paragraph names another member after its sentence
    (“具体是：因公出国（境）费0万元；公务用车…7.14万元。…公务接待费2.28万元”): not all of
    its parts stand in its sentence."""
    named = {m for m in WHOLE_MEMBERS for p in claim.parts if m in p.label}
    if not named:
        return False
    sentence = claim.sentence
    rest = sentence.paragraph.text[sentence.start + len(sentence.text) :]
    return any(m in rest and m not in named for m in WHOLE_MEMBERS)


def _member_figure(q: Quantity) -> bool:
    """A member's own amount: money named by a member, not its change."""
    return (
        q.kind == MONEY
        and usable(q)
        and any(member in q.label for member in WHOLE_MEMBERS)
        and not has_any(q.label, COMPARE_WORDS)
    )

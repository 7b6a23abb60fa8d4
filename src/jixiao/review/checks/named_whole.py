"""Parts listed under the name of a total stated in an earlier paragraph: “（一）总体情况”
states “‘三公’经费财政拨款支出决算为3.46万元”, and “（二）具体情况” lists “2023年‘三公’经费
财政拨款支出决算中，因公出国（境）费…万元，占…%；公务用车…” without the total."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import parts_after
from jixiao.review.model import ReportDoc
from jixiao.review.text.names import figure_name
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any

#: “2023年度…支出决算中，”: a sentence that opens with the name of the whole.
_WHOLE = re.compile(r"^(?P<whole>[^，。；,;:：]{4,60}?)中[，,:：]")
#: How many paragraphs back the total may stand.
LOOK_BACK = 3
MIN_NAME = 4


def _named_total(sentences: tuple[Sentence, ...], at: int, whole: str) -> Quantity | None:
    """The nearest money figure before sentence ``at`` whose name ends the whole's name, or
    else the first of the sentence right after it (“…支出决算中，因公出国（境）费…；公务接待费
    …。…“三公”经费支出决算总额为5.48万元”)."""
    here = sentences[at].paragraph.index
    for earlier in reversed(sentences[:at]):
        if here - earlier.paragraph.index > LOOK_BACK:
            break
        found = next((q for q in reversed(earlier.quantities) if _names(q, whole)), None)
        if found is not None:
            return found
    after = sentences[at + 1 : at + 2]
    money = [q for s in after for q in s.quantities if q.kind == MONEY]
    if not money or not _names(money[0], whole):
        return None
    years = set(re.findall(r"(?:19|20)\d\d", after[0].text[: money[0].start]))
    own = set(re.findall(r"(?:19|20)\d\d", sentences[at].text))
    return money[0] if years <= own else None  # not last year's total


def _names(q: Quantity, whole: str) -> bool:
    """A money figure of the whole: its name ends the whole's name (总额 and 为 aside)."""
    if q.kind != MONEY or not usable(q) or has_any(q.label, COMPARE_WORDS):
        return False
    core = _TOTAL_WORDS.sub("", figure_name(q.label))
    return len(core) >= MIN_NAME and whole.endswith(core)


_TOTAL_WORDS = re.compile(r"(?:总额|合计|总计)$")


def _within(claim: SumClaim) -> bool:
    """Parts above the total they are named under are of another scope (全国 items under a
    中央 total that goes by the same name): the name alone does not tie them."""
    added = sum((p.value for p in claim.parts), Decimal(0))
    return added <= claim.total.value + 2 * max(q.ulp for q in (claim.total, *claim.parts))


def named_whole_claims(doc: ReportDoc) -> list[SumClaim]:
    """Lists opened by the name of a total stated a few paragraphs before, with that total
    standing in for the name (judged on the list's paragraph)."""
    claims: list[SumClaim] = []
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences):
        opening = _WHOLE.match(sentence.text)
        if opening is None:
            continue
        total = _named_total(sentences, at, figure_name(opening.group("whole")))
        if total is None:
            continue
        here = replace(total, start=opening.start("whole"), end=opening.end("whole"))
        claim = parts_after(sentence, here, opening.end(), len(sentence.text))
        if claim is not None and _within(claim):
            claims.append(claim)
    return claims

"""The rest of a total told after its list, in the sentence or the paragraph right after it:

    全县共安排农村人居环境整治资金108万元，具体为：1.…30万元；2.…45万元；3.…25万元。
    上述合计100万元。另安排项目前期工作经费8万元，由县财政统筹安排。

The list makes 100, and the 8 said with 另 makes the rest of 108: the list is not the whole."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.sentences import same_measure

_ASIDE = ("另", "此外", "另外", "其余")


def rest_stated_after(doc: ReportDoc, claim: SumClaim) -> bool:
    """An amount said apart (另…, 此外…) after the claim's sentence, in its paragraph or the
    next, that is the gap between the total and its parts."""
    paragraph = claim.sentence.paragraph
    after = paragraph.text[claim.sentence.start + len(claim.sentence.text) :]
    if paragraph.index < len(doc.paragraphs):
        after += "\n" + doc.paragraphs[paragraph.index].text
    gap = claim.total.value - sum((p.value for p in claim.parts), Decimal(0))
    if gap <= 0:
        return False
    return any(
        q.value == gap and same_measure(q, claim.total) and any(w in q.label for w in _ASIDE)
        for q in find_quantities(after)
    )

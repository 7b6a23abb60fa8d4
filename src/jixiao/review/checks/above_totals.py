"""A total that says it adds up everything above it in its sentence: “以上合计…”.

    1.第二批中央财政衔接资金60万元拟用于真武村约5公里破损路面维修整治，投入资金10万元；
      对环线950米进行黑化，预计投入资金50万元；以上合计投入第二批中央财政衔接资金60万元。

The parts are the amounts of the total's measure before it in the sentence, without an
opening amount equal to the total (the item's heading restating it)."""

from __future__ import annotations

import re

from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import same_measure

_ABOVE = re.compile(r"(?:以上|上述)(?:各项|几项|[两二三四五六七八九十]项)?(?:合计|共计|总计)")
MIN_PARTS = 2


def above_claims(sentence: Sentence) -> list[SumClaim]:
    claims: list[SumClaim] = []
    for total in sentence.quantities:
        if not usable(total) or not _ABOVE.search(total.label):
            continue
        before = [q for q in sentence.quantities if q.end <= total.start]
        parts = [q for q in before if same_measure(q, total)]
        while parts and parts[0].value >= total.value:
            parts = parts[1:]  # the heading that restates the total, or a larger whole
            # the list is a part of (“共计268万元，其中：…，上述合计227.2万元；另安排…”)
        if len(parts) < MIN_PARTS or not all(usable(q) for q in parts):
            continue
        claims.append(SumClaim(sentence, total, tuple(parts), (), closing=True, declared=True))
    return claims

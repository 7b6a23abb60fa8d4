"""Assets told at their net value with what it is made of, in one sentence:

    固定资产净值6216.38万元（固定资产原值6606.25万元，累计折旧389.87万元）

The net value is the original value less the depreciation (or amortisation) so far. Only a
sentence that tells each of the three once is read (two kinds of assets told side by side
would pair wrongly), with the depreciation accumulated (not one year's), no impairment and no
其中 among them.
"""

from __future__ import annotations

import re

from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.checks.sum_tolerance import tolerance
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_NET = re.compile(r"净(?:值|额)(?:为|是|[:：])?$")
_ORIGINAL = re.compile(r"原值(?:为|是|[:：])?$")
#: What was worn so far (累计折旧): one year's depreciation (本年计提折旧) is not it.
_WORN = re.compile(r"累计(?:计提)?(?:折旧|摊销)(?:额)?(?:为|是|[:：])?$")
#: An impairment (减值准备) lowers the net value too; a 其中 between the figures makes the net
#: value a part's (其中…专用设备1台，账面净值45.20万元).
_ASIDE = re.compile(r"减值|其中")


def _one(money: list[Quantity], pattern: re.Pattern[str]) -> Quantity | None:
    found = [q for q in money if pattern.search(q.label)]
    return found[0] if len(found) == 1 else None


def _net_finding(sentence: Sentence) -> ReviewFinding | None:
    money = [q for q in sentence.quantities if q.kind == MONEY and not q.approx]
    net, original, worn = (_one(money, p) for p in (_NET, _ORIGINAL, _WORN))
    if net is None or original is None or worn is None:
        return None
    told = sorted((net, original, worn), key=lambda q: q.start)
    if _ASIDE.search(sentence.text, told[0].start, told[-1].end):
        return None
    due = original.value - worn.value
    if abs(due - net.value) <= tolerance(net, (original, worn)):
        return None
    right = fmt_quantity(due, net)
    message = (
        f"资产净值应为原值{original.text}减累计折旧{worn.text}，即{right}，"
        f"报告列为{net.text}，至少一项数据有误。"
    )
    return claim_finding("sum-mismatch", sentence, told[0], told[-1], message, right, net.text)


def check_net_values(doc: ReportDoc) -> list[ReviewFinding]:
    """A net value against its original value less its depreciation."""
    found = (_net_finding(sentence) for sentence in doc_sentences(doc))
    return [finding for finding in found if finding is not None]

"""Every total stated with its parts in a document, gathered once from every form the
claims take, and kept to what can be one total's parts: a fund's income and spending are
never parts of one total (an income total's list is cut at its first 支出), and neither are
figures of another government level than the total's."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from jixiao.review.checks.above_totals import above_claims
from jixiao.review.checks.batch_parts import batch_claims
from jixiao.review.checks.bracket_claims import bracket_claims
from jixiao.review.checks.counted_groups import counted_group_claims
from jixiao.review.checks.counted_projects import counted_project_claims
from jixiao.review.checks.done_counts import done_count_claims
from jixiao.review.checks.each_parts import EACH
from jixiao.review.checks.inline_items import inline_numbered_claims
from jixiao.review.checks.item_claims import circled_claims
from jixiao.review.checks.item_claims import counted_item_claims
from jixiao.review.checks.item_claims import enumerated_claims
from jixiao.review.checks.item_claims import inline_item_claims
from jixiao.review.checks.item_claims import item_claims
from jixiao.review.checks.keyed_paragraphs import collector_claims
from jixiao.review.checks.keyed_paragraphs import keyed_paragraph_claims
from jixiao.review.checks.keyed_paragraphs import named_key_claims
from jixiao.review.checks.keyed_paragraphs import side_claims
from jixiao.review.checks.listed_below import counted_below_claims
from jixiao.review.checks.listed_below import told_below_claims
from jixiao.review.checks.named_whole import named_whole_claims
from jixiao.review.checks.noun_counts import noun_count_claims
from jixiao.review.checks.outline_amounts import outline_claims
from jixiao.review.checks.paired_parts import paired_claims
from jixiao.review.checks.partitions import levels_down_to
from jixiao.review.checks.split_claims import sum_claims
from jixiao.review.checks.spread_lists import runs_on
from jixiao.review.checks.spread_lists import spread_claims
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.model import ReportDoc
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import income_and_spending
from jixiao.review.text.sentences import spending_label


@lru_cache(maxsize=4)
def all_claims(doc: ReportDoc) -> tuple[SumClaim, ...]:
    """Every total stated with its parts in the document, in every form the claims take
    (found once per report: the sums and the claim-changes checks both read them)."""
    claims: list[SumClaim] = []
    window: list[Sentence] = []
    for sentence in doc_sentences(doc):
        claims.extend(sum_claims(window, sentence) + bracket_claims(sentence))
        claims.extend(above_claims(sentence))
        window = [*window[-1:], sentence]
    claims.extend(item_claims(doc) + enumerated_claims(doc) + named_whole_claims(doc))
    claims.extend(inline_item_claims(doc) + counted_item_claims(doc) + counted_below_claims(doc))
    claims.extend(told_below_claims(doc) + batch_claims(doc))
    claims.extend(noun_count_claims(doc) + done_count_claims(doc))
    claims.extend(counted_group_claims(doc) + outline_claims(doc) + paired_claims(doc))
    claims.extend(keyed_paragraph_claims(doc) + counted_project_claims(doc))
    claims.extend(inline_numbered_claims(doc) + circled_claims(doc))
    claims.extend(named_key_claims(doc) + collector_claims(doc) + side_claims(doc))
    claims = _spread_over(claims, spread_claims(doc))
    # what a fund took in and paid out (…收入A；支出B) are never parts of one total
    kept = (_income_only(c) for c in claims if not (_other_level(c) or _no_sum(c)))
    return tuple(claim for claim in kept if claim is not None)


def _spread_over(claims: list[SumClaim], spread: list[SumClaim]) -> list[SumClaim]:
    """The claims with a list run on over sentences in place of its first sentence's part,
    and a list declared whole no longer so when its paragraph names more members after it."""
    totals = {_at(c) for c in spread}
    kept = [c for c in claims if _at(c) not in totals]
    return [replace(c, declared=False) if c.declared and runs_on(c) else c for c in kept] + spread


def _at(claim: SumClaim) -> tuple[int, int]:
    return claim.sentence.paragraph.index, claim.sentence.start + claim.total.start


#: A figure that holds for each of the names before it (“2个单位，编制各12人”), and a net
#: value whose bracket gives the gross value and what is taken off it (净值 = 原值 − 折旧).
_NET = re.compile(r"净(?:值|额)")
_TAKEN_OFF = re.compile(r"原值|折旧|摊销|减值|扣除")


def _no_sum(claim: SumClaim) -> bool:
    """A total that is no sum of its parts: one per name (各), or a net value."""
    if EACH.search(claim.total.label):
        return True
    return bool(_NET.search(claim.total.label)) and any(
        _TAKEN_OFF.search(part.label) for part in claim.parts
    )


_INCOME_TOTAL = re.compile(r"收到|收入|取得|到位")


def _income_only(claim: SumClaim) -> SumClaim | None:
    """``claim`` without the spending its parts run on to: an income total's parts end at
    the first 支出 (“共收到资金A。其中，上年结转B，当期收入C，当期发生支出D”: B + C = A);
    None when the parts mix both ways with no income total to cut them for."""
    labels = [p.label for p in claim.parts]
    if not income_and_spending(labels):
        return claim
    label = claim.total.label
    if not _INCOME_TOTAL.search(label) or "支出" in label:
        return None
    first = next(i for i, text in enumerate(labels) if spending_label(text))
    parts = claim.parts[:first]
    return replace(claim, parts=parts, shares=()) if len(parts) >= _MIN_CUT_PARTS else None


_MIN_CUT_PARTS = 2


_LEVELS = ("中央", "省级", "市级", "县级")


def _other_level(claim: SumClaim) -> bool:
    """A part of another government level than its total's (“中央财政补贴资金120万元，其中…，
    下达省级财政补贴资金15万元”): another fund, not a part of it."""
    own = [level for level in _LEVELS if level in claim.total.label]
    if len(own) != 1 or re.search(f"{own[0]}及?以上", claim.total.label):
        return False  # “市级及以上资金”: its own level and those above it
    if levels_down_to([p.label for p in claim.parts], claim.total.label):
        return False  # (a province's 对下 money: the centre's and its own)
    return any(
        re.search(level + _LEVEL_MONEY, part.label) and level != own[0]
        for part in claim.parts
        for level in _LEVELS
    )


#: A level's money (省级财政补贴资金, 县级配套), not a body of that level (县级融媒体中心).
_LEVEL_MONEY = r"(?:财政|资金|配套|补助|补贴|专项|投入|安排|下达|拨付|奖补|衔接)"

"""Totals stated after their parts: “A…，B…，C…，合计X” and, for scores, “…满意度指标得分
10分，自评总分96分” — one matching figure per clause before the closing total."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from jixiao.review.checks.claim_totals import usable
from jixiao.review.checks.each_parts import EACH
from jixiao.review.checks.list_ends import ASIDE
from jixiao.review.checks.sum_claims import QIZHONG
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.text.quantities import BARE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import SCORE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import money_scale
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import same_measure

#: “…，合计X”, and “…，合计批复总投资X” (the total's own noun after the word that closes).
_TOTAL_LABEL = re.compile(r"(合计|共计|总计|总共|共)(为|达|达到)?$")
#: “…，合计批复总投资X”: the total's own noun after the word that closes (its parts must
#: be named alike: 批复…投资, not 概算投资 under 合计完成投资).
_VERBS = ("下达", "安排", "拨付", "投入", "发放", "支付", "补助")
_NAMED_TOTAL = re.compile(r"^(?:合计|共计|总计)(?P<noun>[\u4e00-\u9fff]{2,8}?)(?:为|达|[:：])?$")
#: “…满意度指标得分10分，自评总分96分”: the score that closes the block scores before it.
_SCORE_TOTAL = re.compile(
    r"(?:总分|总得分|自评得分|综合得分|综合评分|评价得分|得分合计|合计得分)(?:为|是|达|[:：])?$"
)
#: A total that is earned, not a weight (总分 may be either): the parts before it are
#: scores, written with 得 or not, unless they make the whole 100 of a table's weights.
_EARNED_TOTAL = re.compile(
    r"(?:总得分|自评得分|综合得分|评价得分|得分合计|合计得分)(?:为|是|[:：])?$"
)
#: A score a block earned (产出指标得分48分, 得48分), not its weight (分值50分, 满分).
_EARNED = re.compile(r"得(?:分)?(?:为|是|[:：])?$")
#: A clause adjusting what came before (a running account, not parts); a clause with its
#: own 合计 is a subtotal, the first of the parts (“中央下达资金合计A，省内安排B，年初预算
#: 合计A+B”).
_WHOLE_TABLE = Decimal(100)
#: Points taken off or added beside the parts of a score.
_TAKEN = re.compile(r"扣|减|加分")
_RECONCILING = re.compile(r"调减|调增|追加|核减")


#: “安排4127万元（其中某任务资金100万元）”: a part's own breakdown, inside the part's clause.
_INNER = re.compile(r"[（(](?:其中|含|包括)[^（）()]*[）)]")


def _masked(text: str) -> str:
    """``text`` with each part's bracketed breakdown blanked out (offsets kept)."""
    return _INNER.sub(lambda m: "＿" * len(m.group(0)), text)


_JOIN = ("及", "和", "与")


Cut = tuple[int, int]


def _clause_bounds(text: str, total: Quantity, quantities: tuple[Quantity, ...]) -> list[Cut]:
    """The clauses before ``total``, each as (start − 1, end)."""
    within = {i for q in quantities for i in range(q.start, q.end)}  # 2,000: no cut
    cuts = [i for i, ch in enumerate(text[: total.start]) if ch in "，；、,;" and i not in within]
    # “省级资金17280元及州级资金28800元，合计…”: a figure joined to the next by 及/和/与
    cuts += [q.end for q in quantities if q.end < total.start and text[q.end : q.end + 1] in _JOIN]
    cuts.sort()
    return list(zip([-1, *cuts], [*cuts, total.start], strict=True))[:-1]


def _clause_part(
    text: str, clause: Cut, total: Quantity, quantities: tuple[Quantity, ...]
) -> Quantity | None:
    """The one figure of a clause that is a part of ``total`` (None: the list ends here)."""
    left, right = clause
    if _RECONCILING.search(text, left + 1, right):
        return None  # “年初预算合计A，年中调减B，全年合计C”: a running account, not parts
    inside = [q for q in quantities if left < q.start < right and same_measure(q, total)]
    if total.kind == SCORE:  # “产出指标（50分）得48分”: the weight beside the score
        inside = [q for q in inside if not q.in_brackets]
        earned = _EARNED_TOTAL.search(total.label)  # (“项目立项6分，…，总得分90”: scores too)
        if not earned and not all(_EARNED.search(q.label) for q in inside):
            return None
        if _TAKEN.search(text, left + 1, right):
            return None  # “…，扣减2分，总得分91分”: a deduction, not a part
    if len(inside) != 1 or not usable(inside[0]) or has_any(inside[0].label, COMPARE_WORDS):
        return None
    # “A、B各10万元”: the names stand in clauses of their own; “每村每年补助4400元，分配至…万元”:
    # a rate per unit in another unit than the total's, not a part
    per_unit = _PER_UNIT.search(inside[0].label) and inside[0].unit != total.unit
    if EACH.search(inside[0].label) or per_unit:
        return None
    return inside[0]


_PER_UNIT = re.compile(r"每[\u4e00-\u9fff]")


def _clause_figures(
    whole: str, total: Quantity, quantities: tuple[Quantity, ...]
) -> list[Quantity]:
    """Parts in the clauses right before ``total``: one matching figure per clause."""
    text = _masked(whole)
    quantities = tuple(q for q in quantities if text[q.start] != "＿")
    parts: list[Quantity] = []
    sure: int | None = None  # the parts read before a clause with no figure, when one was
    skipped = ""  # the last clause with no figure passed over (the first after a part)
    for left, right in reversed(_clause_bounds(text, total, quantities)):
        if ASIDE.search(text, left + 1, right):
            break  # another section
        figureless = not any(left < q.start < right for q in quantities)
        if figureless and text[right : right + 1] == "、":
            continue  # “A、B、C等补助850万元”: a name joined to the part after it
        split = QIZHONG.search(text, left + 1, right)
        if figureless and (split is None or split.group(0).endswith("包括")):
            # “…C 19.99万元，包括…，更换…，总计支出69.98万元”: what the last part went to,
            # passed over only on the way back to the 其中 that opens the parts
            sure = len(parts) if sure is None else sure
            skipped = text[left + 1 : right]
            continue
        if split is not None:
            return _opened(split, right, total, quantities, parts)
        part = _clause_part(text, (left, right), total, quantities)
        if part is None or (skipped and not parts and not _DESCRIBES.match(skipped)):
            break  # “…，加上勘察设计等支出，总计…”: a part with no figure, not what C went to
        parts.insert(0, part)
        if _SUBTOTAL.search(part.label):
            break  # “…A，B，C，总收入D，加E，收入总计F”: A–C are inside D
    return parts if sure is None else parts[len(parts) - sure :]


#: A clause right after a part saying what it went to (包括…, 主要用于…, 含…).
_DESCRIBES = re.compile(r"^\s*(?:主要)?(?:包括|包含|用于|含)")


#: “其中：A、B、C，合计X”: a bare 合计 closes the 其中 list it ends.
_SUMS_ITS_LIST = re.compile(r"^(?:合计|共计|总计)(?:为|是|[:：])?$")


def _opened(
    split: re.Match[str],
    right: int,
    total: Quantity,
    quantities: tuple[Quantity, ...],
    parts: list[Quantity],
) -> list[Quantity]:
    """The parts when the clauses run back into a 其中: none when a total stands before it
    (“A，其中:B，C，D，…共X”: B, C, D are A's, X another total), else with the part right
    after it (“其中中央100万元，省级50万元，合计150万元”)."""
    earlier = any(q.end <= split.start() and same_measure(q, total) for q in quantities)
    if earlier and not _SUMS_ITS_LIST.match(total.label.strip("，, ")):
        return []  # “…，全年累计下达共X”: a total of another scope
    inside = [q for q in quantities if split.end() <= q.start < right]
    opened = len(inside) == 1 and same_measure(inside[0], total) and usable(inside[0])
    return [inside[0], *parts] if opened else []


_ITEM_MARK = re.compile(
    r"^\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十])"
)
#: A figure that is itself a total: the clauses before it are its parts, not the outer sum's.
_SUBTOTAL = re.compile(r"总收入|总支出|总额|小计|合计|总计|共计")


def _own_clause(text: str, total: Quantity) -> str:
    """The clause a figure closes: from the last comma or semicolon before it."""
    start = max(text.rfind(mark, 0, total.start) for mark in "，；、,;") + 1
    return text[start : total.start]


#: “…经费，全部用于A、B、C，实际支出X”: the uses listed are all the money went to.
_ALL_USED = re.compile(r"全部用于")
_SPENT = re.compile(r"[，,]\s*(?:实际|共|共计)?支出(?:合计|总额)?(?:为|是)?$")


def _spent_on_all(sentence: Sentence, total: Quantity) -> bool:
    """The sentence lists what all its money went to, then what was spent in all."""
    opened = _ALL_USED.search(sentence.text, 0, total.start)
    return opened is not None and _SPENT.search(sentence.text, 0, total.start) is not None


def _closes(total: Quantity) -> bool:
    """A figure that closes the clauses before it: 合计, 共计 …; for scores also 总分."""
    if total.kind == SCORE and _SCORE_TOTAL.search(total.label):
        return True
    return (
        _TOTAL_LABEL.search(total.label) is not None or _NAMED_TOTAL.match(total.label) is not None
    )


def _named_alike(total: Quantity, parts: list[Quantity]) -> bool:
    """Parts of a total that names its noun (合计批复总投资) repeat its first and last words."""
    named = _NAMED_TOTAL.match(total.label)
    if named is None or named.group("noun") in _VERBS:
        return True  # “…，总计下达305万元”: what was done with the parts, no noun of theirs
    noun = named.group("noun")
    return all(noun[:2] in p.label and p.label.endswith(noun[-2:]) for p in parts)


def _own_segment(text: str, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts after the last ；: when they alone make the total, the ； ends the list
    (“出国费A；购置费B，运行费C，合计B+C；接待费D”)."""
    cut = max(text.rfind("；", 0, total.start), text.rfind(";", 0, total.start))
    own = [p for p in parts if p.start > cut]
    if len(own) < 2 or len(own) == len(parts):
        return parts
    return own if _adds_up(total, own) else parts


def _past_larger(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts after the last figure above the total: no part is larger than its sum
    (“核定编制329名，设书记1名，校长1名，副职4名，领导职数共6名”)."""
    larger = [n for n, p in enumerate(parts) if p.value > total.value]
    if larger and _transposed(total, sum((p.value for p in parts), Decimal(0))):
        return parts  # (“150万元，结余10.899万元，共计106.899万元”: 160.899 with digits swapped)
    return parts[larger[-1] + 1 :] if larger else parts


def _transposed(total: Quantity, added: Decimal) -> bool:
    """The total as written is ``added`` with two neighbouring digits swapped."""
    number = re.match(r"\d[\d,]*(?:\.\d+)?", total.text)
    written = number.group(0).replace(",", "") if number else ""
    places = len(written.partition(".")[2])
    scale = money_scale(total.unit) if total.kind == MONEY else Decimal(1)
    shown = f"{added / scale:.{places}f}"
    if len(written) != len(shown) or written == shown:
        return False
    diff = [i for i, (a, b) in enumerate(zip(written, shown, strict=True)) if a != b]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and written[diff[0]] == shown[diff[1]]


#: What arrived or was done, against the money planned: no sum of the plan's sources.
_ARRIVED = re.compile(r"到位|实际")


def _arrived(total: Quantity, parts: list[Quantity]) -> bool:
    """“中央资金合计800万元，地方配套200万元，到位资金合计920万元”: what arrived is no sum of
    the sources planned (unless the parts arrived too: 中央到位资金…)."""
    return bool(_ARRIVED.search(total.label)) and not any(_ARRIVED.search(p.label) for p in parts)


def _weights(parts: list[Quantity]) -> bool:
    """Points written without 得 that make a table's whole 100: its weights."""
    unearned = not any(_EARNED.search(p.label) for p in parts)
    return unearned and sum((p.value for p in parts), Decimal(0)) == _WHOLE_TABLE


def _as_score(total: Quantity) -> Quantity:
    """An earned total written without its 分 (“…，总得分90，”) is a score all the same."""
    if total.kind == BARE and _EARNED_TOTAL.search(total.label) and 0 < total.value <= _WHOLE_TABLE:
        return replace(total, kind=SCORE, unit="分")
    return total


def total_after_claims(sentence: Sentence) -> list[SumClaim]:
    claims: list[SumClaim] = []
    for total in map(_as_score, sentence.quantities):
        if not usable(total) or not (_closes(total) or _spent_on_all(sentence, total)):
            continue
        if QIZHONG.match(sentence.text[total.end :].lstrip("，,：: ")):
            continue  # “支出总计3332.76万元，其中…”: its parts follow it
        if ASIDE.search(_own_clause(sentence.text, total)):
            continue  # “…，编外人员共27人”: a group of its own, not the sum of the clauses before
        if _ITEM_MARK.match(_own_clause(sentence.text, total)):
            continue  # “一是…，二是…，三是…经费共计4.5万元”: an item's own amount
        parts = _own_segment(
            sentence.text, total, _clause_figures(sentence.text, total, sentence.quantities)
        )
        parts = _past_larger(total, parts)
        if total.kind == SCORE and _weights(parts):
            continue  # “项目立项10分，…，总得分90分”: the weights, then what they earned
        spent = _spent_on_all(sentence, total)  # (what the uses took, not money arrived)
        if len(parts) >= 2 and _named_alike(total, parts) and (spent or not _arrived(total, parts)):
            claims.append(SumClaim(sentence, total, tuple(parts), (), closing=True))
            claims.extend(_inner_claim(sentence, total, parts))
    return claims


def _inner_figure(sentence: Sentence, owner: Quantity) -> tuple[str, Quantity] | None:
    """The one figure of the bracketed breakdown right after ``owner`` (“2069.51万元（其中
    建筑工程1957.775万元）”), with its name."""
    bracket = _INNER.match(sentence.text, owner.end)
    if bracket is None:
        return None
    inside = [q for q in sentence.quantities if bracket.start() < q.start < bracket.end()]
    if len(inside) != 1 or inside[0].approx or not same_measure(inside[0], owner):
        return None
    name = re.sub(
        r"^[（(](?:其中|含|包括)[:：]?", "", sentence.text[bracket.start() : inside[0].start]
    )
    return name.strip(), inside[0]


def _inner_claim(sentence: Sentence, total: Quantity, parts: list[Quantity]) -> list[SumClaim]:
    """“一批…3374.3万元（其中建筑工程3292万元），二批…，合计…6222.4万元（其中建筑工程
    6025.215万元）”: the breakdowns of one name beside every part add up to the total's."""
    inner = [_inner_figure(sentence, q) for q in (total, *parts)]
    if any(found is None for found in inner):
        return []
    named = [found for found in inner if found is not None]
    if len({name for name, _ in named}) != 1 or not named[0][0]:
        return []
    figures = tuple(figure for _, figure in named)
    # the parts make the total, so their breakdowns name every part of the total's
    whole = _adds_up(total, parts)
    return [SumClaim(sentence, figures[0], figures[1:], (), closing=True, declared=whole)]


def _adds_up(total: Quantity, parts: list[Quantity]) -> bool:
    added = sum((p.value for p in parts), Decimal(0))
    return abs(added - total.value) <= total.ulp + sum((p.ulp for p in parts), Decimal(0))


#: “…支出A，…，加上上解支出B、债务还本支出C，…，总支出X”: a base and what is added to it.
_PLUS = re.compile(r"[，,。；;]\s*再?加上(?=[\u4e00-\u9fff])")
_PLUS_TOTAL = re.compile(
    r"(?:总支出|总收入|总财力|支出总计|收入总计|支出总量|收入总量|总计|合计)(?:为|是|达|[:：])?$"
)
_TAKEN_OFF = re.compile(r"减去|扣除|减除")


def plus_claims(sentence: Sentence) -> list[SumClaim]:
    """A total closing a base and the figures added to it with 加上."""
    plus = _PLUS.search(sentence.text)
    if plus is None or _TAKEN_OFF.search(sentence.text):
        return []
    figures = sentence.quantities
    total = next((q for q in figures if q.start > plus.end() and _PLUS_TOTAL.search(q.label)), None)
    if total is None or not usable(total):
        return []
    # “收入40亿元，其中税收30亿元，加上…”: the base is the figure the 其中 splits
    split = sentence.text.find("其中", 0, plus.start())
    cut = split if split >= 0 else plus.start()
    before = [q for q in figures if q.end <= cut and same_measure(q, total) and not q.in_brackets]
    added = [q for q in figures if plus.end() <= q.start < total.start and same_measure(q, total)]
    if not before or not added or not all(usable(q) for q in (before[-1], *added)):
        return []
    if has_any(before[-1].label, COMPARE_WORDS):
        return []  # the base is a change, not a level
    base = _split_base(sentence, total, before[-1], added, (split, plus.start()))
    return [SumClaim(sentence, total, (base, *added), (), closing=True, declared=True)]


def _split_base(
    sentence: Sentence,
    total: Quantity,
    whole: Quantity,
    added: list[Quantity],
    span: tuple[int, int],
) -> Quantity:
    """The base of a 加上 total: the figure a 其中 splits, or that 其中's first part when it,
    not the whole, comes nearer the total with what is added (“一般公共预算总收入410338万元，
    …，其中地方一般公共预算收入271630万元，…；加上级补助收入…，收入合计514601万元”: 地方 is
    the base)."""
    split, plus = span
    if split < 0:
        return whole
    parts = [
        q
        for q in sentence.quantities
        if split < q.start < plus and same_measure(q, total) and usable(q)
    ]
    if not parts:
        return whole
    more = sum((q.value for q in added), Decimal(0))
    return min((whole, parts[0]), key=lambda base: abs(base.value + more - total.value))

"""Shares whose base was stated a sentence before: “支出合计28764.35万元，…。按经济分类，工资
福利支出14216.80万元，占本年支出的49.43%；商品和服务支出9631.27万元，占33.48%；对个人和
家庭的补助4916.28万元，占15.09%。”

The base is the nearest amount before the sentence (in its paragraph or the two before) that
gives all the stated shares but one; that one is then wrong (4916.28 ÷ 28764.35 = 17.09%). A
base is taken only when at least two shares agree with it, so a list of shares of another
base, or of bases each part has its own, is left alone.

A share may also name its base in its own words: “收入完成82876万元，占年计划75000万元的112.5%”
(82876 ÷ 75000 = 110.50%).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from jixiao.review.checks.claim_shares import share_finding
from jixiao.review.checks.claim_shares import share_holds
from jixiao.review.checks.other_whole import core_name
from jixiao.review.checks.split_claims import sum_claims
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import same_measure

_SHARE = re.compile(
    r"^[，,、]?\s*占(?!用)[^，。；,;0-9]{0,10}?(?:的)?(?:比重|比例|比)?(?:为|是|达)?$"
)
_OTHER_BASE = re.compile(r"任务|计划|目标|上年|去年|同期|预算数|个数|总数|人数")
NEARBY_PARAGRAPHS = 2
MIN_AGREEING = 2
HUNDRED = Decimal(100)

Pair = tuple[Quantity, Quantity]


def _pairs(sentence: Sentence) -> list[Pair]:
    """Each amount followed straight by its share (“…4916.28万元，占15.09%”)."""
    found: list[Pair] = []
    quantities = sentence.quantities
    for part, share in pairwise(quantities):
        if part.kind != MONEY or share.kind != PERCENT or part.approx or share.approx:
            continue
        if part.value == 0:
            continue  # “经营收入0万元，占0%” agrees with any base
        between = sentence.text[part.end : share.start]
        if _SHARE.match(between) and not _OTHER_BASE.search(between):
            found.append((part, share))
    return found


def _agrees(pair: Pair, base: Decimal) -> bool:
    part, share = pair
    return abs(part.value / base * HUNDRED - share.value) <= 2 * share.ulp


def _base(sentences: tuple[Sentence, ...], at: int, pairs: list[Pair]) -> Quantity | None:
    """The nearest earlier amount that all shares but at most one agree with."""
    here = sentences[at].paragraph.index
    for earlier in reversed(sentences[:at]):
        if here - earlier.paragraph.index > NEARBY_PARAGRAPHS:
            return None
        for candidate in reversed(earlier.quantities):
            if candidate.kind != MONEY or candidate.approx or candidate.value <= 0:
                continue
            agreeing = sum(1 for pair in pairs if _agrees(pair, candidate.value))
            if agreeing >= MIN_AGREEING and agreeing >= len(pairs) - 1:
                return candidate
    return None


def _worded_base(sentence: Sentence, pair: Pair) -> str:
    """The base a share names in its own words (总支出 in “占总支出的22.5%”), else ""."""
    part, share = pair
    words = sentence.text[part.end : share.start]
    return re.sub(r"^[，,、\s]*占|(?:的)?(?:比重|比例|比)?(?:为|是|达)?$", "", words)


def _wrong_pairs(sentence: Sentence, pairs: list[Pair], base: Quantity) -> list[Pair]:
    """The shares that disagree with ``base``, but for one that names a base of its own
    other than the one the agreeing shares name (“占转移支付比重达82%” among shares
    “占总支出的…”)."""
    named = {_worded_base(sentence, p) for p in pairs if _agrees(p, base.value)} - {""}
    wrong = [p for p in pairs if not _agrees(p, base.value)]
    return [p for p in wrong if not named or _worded_base(sentence, p) in named | {""}]


def _finding(sentence: Sentence, pair: Pair, base: Quantity) -> ReviewFinding:
    part, share = pair
    right = fmt(part.value / base.value * HUNDRED)
    message = (
        f"{part.text}占前文所述{base.text}应为{right}%，报告列为{share.text}；"
        "同句其他各项占比均以该数为基数，此项计算有误。"
    )
    return share_finding(sentence, part, share, right, message)


def check_share_bases(doc: ReportDoc) -> list[ReviewFinding]:
    """Shares in a sentence with no total of its own, against the base stated before it."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        pairs = _pairs(sentence)
        if len(pairs) < MIN_AGREEING + 1 or sum_claims([], sentence):
            continue
        base = _base(sentences, at, pairs)
        if base is not None:
            findings.extend(
                _finding(sentence, p, base) for p in _wrong_pairs(sentence, pairs, base)
            )
    return findings


_NAMED_BASE = re.compile(r"^[，,、]?\s*占[^，。；,;0-9]{0,10}$")
_OF_BASE = re.compile(r"^的(?:比重|比例)?(?:为|是|达)?$")


def _named_base(sentence: Sentence) -> Iterator[tuple[Quantity, Quantity, Quantity]]:
    """“A，占B的P%”: a part, the base named after 占, and the share of it."""
    quantities = sentence.quantities
    for part, base, share in zip(quantities, quantities[1:], quantities[2:], strict=False):
        if share.kind != PERCENT or not same_measure(part, base) or base.value <= 0:
            continue
        if part.approx or base.approx or share.approx:
            continue
        between = sentence.text[part.end : base.start]
        if _NAMED_BASE.match(between) and _OF_BASE.match(sentence.text[base.end : share.start]):
            yield part, base, share


def check_named_bases(doc: ReportDoc) -> list[ReviewFinding]:
    """A share whose base is written in its own words (占年计划75000万元的112.5%)."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for part, base, share in _named_base(sentence):
            if share_holds(part, share, base):
                continue
            right = fmt(part.value / base.value * HUNDRED)
            message = f"{part.text}占{base.text}应为{right}%，报告列为{share.text}，请核实。"
            findings.append(share_finding(sentence, part, share, right, message))
    return findings


#: “…762.90万元，占本年支出合计的99.98%”: a share whose base is named, not stated, here.
_WORDED_BASE = re.compile(
    r"^[，,、]?\s*(?:[\u4e00-\u9fff]{2,8}?(?=占))?"  # “民生支出436744万元，民生支出占…”
    r"占到?(?P<name>[\u4e00-\u9fff]{4,14}?|总数|总额)(?:的(?:比重|比例)?(?:为|是|达)?)?\s*$"
)
#: “占总数的P%”: the whole the text stated before, under a name that says it is one.
_GENERIC = ("总数", "总额")
#: The scope or year a base's figure is stated under, which its share leaves out.
_SCOPE = re.compile(
    r"^(?:全[区市县省旗州镇乡]|全年|本年度?|本级|20\d\d年度?"
    r"|[\u4e00-\u9fff]{2,16}?(?:人民政府|局|委员会|中心|办公室))+"  # the unit's own name
)
_WHOLE_NAME = re.compile(r"(?:总收入|总支出|收入总额|支出总额|总计|合计|总数|总额)$")
_BASE_NOISE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、．]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)])?(?:其中)?(?:本年度?|20\d\d年度?)?"
    r"|(?:为|是|共|的|[:：])+$"
)


#: The budget's old name (公共财政预算, before 2015) for 一般公共预算, and its 拨款 form
#: (一般公共预算拨款支出 is the 一般公共预算支出 a share names).
_OLD_NAME = re.compile(r"(?:一般)?公共财政预算|一般公共预算(?:财政)?拨款(?=支出|收入)")


def _base_name(text: str) -> str:
    return _OLD_NAME.sub("一般公共预算", _BASE_NOISE.sub("", text.strip()))


#: A base named in full (一般公共预算支出, 本年支出合计): one amount under it, however far.
_FULL_NAME = 7


def _far_name(name: str) -> bool:
    return name in _GENERIC or len(name) >= _FULL_NAME


def _stated_base(
    sentences: tuple[Sentence, ...], at: int, name: str, part: str = ""
) -> Quantity | None:
    """The one amount stated under ``name`` in this sentence's paragraph or the two before
    (anywhere before for a name given in full; for 总数, under any name of a whole anywhere
    before: 总支出, 合计 … — of the part's side, 支出 or 收入, when both are stated), before
    the share."""
    here = sentences[at].paragraph.index
    found: dict[Decimal, Quantity | None] = {}
    for number, earlier in enumerate(reversed(sentences[: at + 1])):
        if here - earlier.paragraph.index > NEARBY_PARAGRAPHS and not _far_name(name):
            break  # (总数 is the one whole the text states before, however far)
        for q in earlier.quantities:
            if q.kind != MONEY or q.approx or q.value <= 0:
                continue
            named = _base_name(q.label)
            if name in _GENERIC and number > 0 and _WHOLE_NAME.search(named):
                found.setdefault(q.value, q)
            elif named.endswith(name) and name not in _GENERIC:
                # 全区一般公共预算支出 for 一般公共预算支出; a base of another scope or period
                # under the same name (区本级…, 1-6月…) makes it a guess
                found.setdefault(q.value, q if _SCOPE.sub("", named) == name else None)
    if len(found) > 1 and name in _GENERIC:
        side = next((word for word in ("支出", "收入") if word in part), None)
        found = {v: q for v, q in found.items() if side and q is not None and side in q.label}
    return next(iter(found.values())) if len(found) == 1 else None  # None: only a scoped one


#: “占同类产品采购规模的90%”: each part's own kind, not one base for every share.
_RELATIVE_BASE = re.compile(r"^(?:同类|同级|同口径|各自|本类|其所在|所在)")
#: “A和B，占…的8.1%和91.9%”: two parts and two shares, paired in order, not side by side.
_LISTED_BEFORE = re.compile(r"[和及与、]\s*$")
_LISTED_AFTER = re.compile(r"^\s*[和及与、]\s*\d")


#: “A，占调整预算100.93%，占一般公共预算收入的48.51%”: the plan's share before the named one.
_PLAN_SHARE = re.compile(r"^[，,]\s*占(?:年初|调整)?预算(?:数)?(?:的)?\d+(?:\.\d+)?%(?=[，,])")


def _part_share_pairs(
    quantities: tuple[Quantity, ...],
) -> Iterator[tuple[Quantity, Quantity]]:
    """Each figure with the next, and with the one after it past a share in between."""
    yield from pairwise(quantities)
    for part, middle, share in zip(quantities, quantities[1:], quantities[2:], strict=False):
        if middle.kind == PERCENT:
            yield part, share


def _worded(sentence: Sentence, part: Quantity, share: Quantity) -> str | None:
    """The base's name of “A，占<name>的P%” as written, when A and P are each alone (not one
    of a list of amounts and one of shares) and the name is one base for every share."""
    between = _PLAN_SHARE.sub("", sentence.text[part.end : share.start], count=1)
    worded = _WORDED_BASE.match(between)
    if worded is None or _LISTED_BEFORE.search(sentence.text[: part.start]):
        return None
    if _LISTED_AFTER.match(sentence.text[share.end :]):
        return None
    name: str = worded.group("name")
    return None if _RELATIVE_BASE.match(_base_name(name)) else name


def _held_by_namesake(
    sentences: tuple[Sentence, ...], at: int, part: Quantity, share: Quantity, base: Quantity
) -> bool:
    """Another figure of the base's name nearby holds the share (this year's 基本支出 stated
    before last year's, which the base's words matched): the share is of that one."""
    here = sentences[at].paragraph.index
    name = core_name(base.label)
    return any(
        q.kind == base.kind
        and q is not base
        and core_name(q.label) == name
        and share_holds(part, share, q)
        for s in sentences[: at + 1]
        if here - s.paragraph.index <= _NEAR_PARAGRAPHS
        for q in s.quantities
    )


_NEAR_PARAGRAPHS = 2
#: A figure told for last year's period, whose share is of last year's base.
_PRIOR = re.compile(r"去年|上年|上一年|同期")


def check_worded_bases(doc: ReportDoc) -> list[ReviewFinding]:
    """A share whose base is named in words (占本年支出合计的…) and stated, under that name,
    in the same paragraph or the two before it."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        for part, share in pairwise(sentence.quantities):
            if part.kind != MONEY or share.kind != PERCENT or part.approx:
                continue
            name = _worded(sentence, part, share)
            if name is None or sum_claims([], sentence):
                continue  # a total and parts of its own: the sums check reads its shares
            base = _stated_base(sentences, at, _base_name(name), part.label)
            if base is None or base is part or share_holds(part, share, base):
                continue
            if _PRIOR.search(part.label) and not _PRIOR.search(base.label):
                continue  # (去年同期教育支出…，占一般公共预算支出…: last year's base, not this)
            if _held_by_namesake(sentences, at, part, share, base):
                continue
            right = fmt(part.value / base.value * HUNDRED)
            message = f"{part.text}占{name}{base.text}应为{right}%，报告列为{share.text}，请核实。"
            findings.append(share_finding(sentence, part, share, right, message))
    return findings


def worded_shares(doc: ReportDoc) -> Iterator[tuple[Sentence, str, Quantity, Quantity]]:
    """Each “A，占<named base>的P%” of the document whose base is not stated nearby (then
    ``check_worded_bases`` reads it): its sentence, the base's name, A and P."""
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences):
        for part, share in _part_share_pairs(sentence.quantities):
            if part.kind != MONEY or share.kind != PERCENT or part.approx or share.approx:
                continue
            worded = _worded(sentence, part, share)
            if worded is None or part.value <= 0 or share.value <= 0:
                continue
            name = _base_name(worded)
            if _stated_base(sentences, at, name) is None:
                yield sentence, name, part, share

"""A share of a base the text named with its amount before:

    2023年度政府采购支出总额16,502,343.07元，其中：…。授予中小企业合同金额10,777,680.26元，
    占政府采购支出总额的66.68%，其中：…          → 10,777,680.26 ÷ 16,502,343.07 = 65.31%

The share's clause opens right after its part's amount (“A元，占B的P%”); the base is the one
amount whose words end with the base's name, in the share's paragraph or up to three
paragraphs before, and the name is long enough to say which figure it is (four characters);
the share's own sentence naming it first, its amount there is meant. A base named with its
kind after it and no 的 (“，占基本支出预算90.68%” over “一般公共预算基本支出1133753.33元”) is
that amount too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from jixiao.review.checks.claim_shares import share_finding
from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.rate_findings import HUNDRED
from jixiao.review.checks.rate_findings import allowed
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.structure import YEAR

#: “，占政府采购支出总额的”: the clause between a part's amount and its share.
_OF_BASE = re.compile(
    r"^\s*[，,]\s*占(?P<base>[\u4e00-\u9fff“”]{4,16}?)"
    r"(?:的(?:比重|比例|份额)?|比重|比例|(?<=预算))(?:分别)?(?:为|是|达到|达)?\s*$"
)
#: A rate of the part between it and its share (“，完成全年预算的100.03%”): passed over.
_OWN_RATE = re.compile(r"^\s*[，,][^，,。；;]{0,16}$")
#: A second share right after the first: the shares of two amounts, in order.
_PAIRED = re.compile(r"\s*[和、及与]\s*\d")
#: Paragraphs before the share's where its base may be stated.
REACH = 3
_SAID = re.compile(r"(?:累计|共计)?(?:为|是|达|共|完成|实现|达到|[:：])$")


def _self_consistent(sentence: Sentence) -> set[int]:
    """The shares of 分别 lists (or of parts naming one base in one sentence) that each part's
    share of the parts' sum gives: a base that does not is where the slip is (the list
    against its base says so)."""
    held: set[int] = set()
    for parts, shares, _ in [*listed_groups(sentence), *_same_base(sentence)]:
        added = sum((p.value for p in parts), Decimal(0))
        exact = [p.value / added * HUNDRED for p in parts] if added > 0 else []
        if exact and all(allowed(s, e, parts) for s, e in zip(shares, exact, strict=True)):
            held.update(id(s) for s in shares)
    return held


def _same_base(sentence: Sentence) -> Iterator[tuple[list[Quantity], list[Quantity], str]]:
    """The parts and shares of ``sentence`` naming one base, when more than one (“其中：A，
    占基本支出预算P%，B，占基本支出预算Q%”)."""
    by_name: dict[str, list[tuple[Quantity, Quantity]]] = {}
    for part, share, name in _shares(sentence):
        by_name.setdefault(name, []).append((part, share))
    for name, pairs in by_name.items():
        if len(pairs) > 1:
            yield [p for p, _ in pairs], [s for _, s in pairs], name


def listed_groups(sentence: Sentence) -> Iterator[tuple[list[Quantity], list[Quantity], str]]:
    """Each “分别为A、B和C，占<base>的P、Q和R” of ``sentence``: its amounts, its shares and
    the base's name."""
    quantities = sentence.quantities
    for at, (before, share) in enumerate(pairwise(quantities)):
        named = _OF_BASE.match(sentence.text[before.end : share.start])
        if share.kind == PERCENT and before.kind == MONEY and named is not None:
            pairs = list(_listed(sentence, at, named.group("base")))
            if pairs:
                yield [p for p, _, _ in pairs], [s for _, s, _ in pairs], named.group("base")


def base_of(
    sentences: tuple[Sentence, ...], at: int, part: Quantity, share: Quantity, name: str
) -> Quantity | None:
    """The one amount stated for the base ``name`` before the share (see :func:`_base`)."""
    return _base(sentences, at, part, share, name)


def check_base_shares(doc: ReportDoc) -> list[ReviewFinding]:
    """Each “A，占B的P%” against the one amount the text gave for B before it."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        own = _self_consistent(sentence)
        for part, share, base_name in _shares(sentence):
            if id(share) in own:
                continue  # (shares of their parts' sum: a slip is in the base, told once)
            base = _base(sentences, at, part, share, base_name)
            if base is None or base.value <= 0 or base.value == part.value:
                continue
            finding = _finding(sentence, part, share, base)
            if finding is not None:
                findings.append(finding)
    return findings


def stated_base(doc: ReportDoc, sentence: Sentence, share: Quantity) -> Quantity | None:
    """The amount the text gave before for the base a share of ``sentence`` names, when this
    check reads that share (then it is held to that amount, not to a base implied)."""
    sentences = doc_sentences(doc)
    at = next((i for i, s in enumerate(sentences) if s is sentence), None)
    if at is None:
        return None
    for part, own, name in _shares(sentence):
        if own is share:
            return _base(sentences, at, part, own, name)
    return None


def _shares(sentence: Sentence) -> Iterator[tuple[Quantity, Quantity, str]]:
    quantities = sentence.quantities
    for at, (before, share) in enumerate(pairwise(quantities)):
        if share.kind != PERCENT or before.approx or share.approx:
            continue
        named = _OF_BASE.match(sentence.text[before.end : share.start])
        paired = _PAIRED.match(sentence.text, share.end)  # “A和B，占…的8.0%和92.0%”
        part = before if before.kind == MONEY else _rated(sentence, quantities[: at + 1])
        if named is not None and paired is None and part is not None and not part.approx:
            yield part, share, named.group("base")
        elif named is None and paired is None:
            yield from _restated_share(sentence, quantities[: at + 1], share)
        elif named is not None and paired is not None and before.kind == MONEY:
            yield from _listed(sentence, at, named.group("base"))


_JOINED = re.compile(r"^\s*[、和及与]\s*$")


def _run(quantities: list[Quantity], text: str, kind: str, back: bool = False) -> list[Quantity]:
    """The quantities of ``kind`` joined one to the next by 、 or 和, from the first (or,
    ``back``, to the last)."""
    ordered = quantities[::-1] if back else quantities
    run = ordered[:1]
    for q in ordered[1:]:
        left, right = (q, run[-1]) if back else (run[-1], q)
        if q.kind != kind or q.approx or not _JOINED.match(text[left.end : right.start]):
            break
        run.append(q)
    return run[::-1] if back else run


def _listed(sentence: Sentence, at: int, name: str) -> Iterator[tuple[Quantity, Quantity, str]]:
    """“…规模分别为0.54亿元、0.04亿元和0.74亿元，占全市政府采购规模的40.91%、3.03%和56.06%”:
    each amount of the list with its share, in order, when as many."""
    quantities = list(sentence.quantities)
    shares = _run(quantities[at + 1 :], sentence.text, PERCENT)
    parts = _run(quantities[: at + 1], sentence.text, MONEY, back=True)
    opened = "分别" in sentence.text[max(0, parts[0].start - 6) : parts[0].start]
    if opened and len(parts) == len(shares) >= 2 and not any(q.approx for q in parts):
        yield from ((part, share, name) for part, share in zip(parts, shares, strict=True))


#: “…，税收收入占地方财政收入66.91%”: a share whose clause names its part again, then its base.
_SUBJECT_OF = re.compile(
    r"^(?P<subject>[\u4e00-\u9fff]{2,12}?)占(?P<base>[\u4e00-\u9fff“”]{4,16}?)"
    r"(?:的(?:比重|比例)?|比重|比例)?(?:为|是|达)?$"
)


def _restated_share(
    sentence: Sentence, before: tuple[Quantity, ...], share: Quantity
) -> Iterator[tuple[Quantity, Quantity, str]]:
    """The amount of the sentence the share's own clause names before 占 (the last whose
    words end with that name, 完成 aside), and the base it names after."""
    clause = _SUBJECT_OF.match(share.label)
    if clause is None:
        return
    subject = clause.group("subject")
    named = [
        q
        for q in before
        if q.kind == MONEY and not q.approx and _SAID.sub("", q.label).endswith(subject)
    ]
    if len(named) == 1:
        yield named[0], share, clause.group("base")


def _rated(sentence: Sentence, before: tuple[Quantity, ...]) -> Quantity | None:
    """The amount a share's clause speaks of past one rate of its own right after it
    (“地方税收收入完成37614万元，完成全年预算的100.03%，占…的比重为51.78%”)."""
    if len(before) < 2 or before[-1].kind != PERCENT:
        return None
    if before[-2].kind == MONEY and not _CHANGE_OF.search(before[-2].label):
        between = sentence.text[before[-2].end : before[-1].start]
        return before[-2] if _OWN_RATE.match(between) else None
    # “税收收入A，比上年增收B，同比增长C%，占…的比重为P%”: past its change and growth
    at = len(before) - 1
    while at > 0 and _CHANGE_OF.search(before[at].label) and before[at].kind in (MONEY, PERCENT):
        at -= 1
    part = before[at]
    spans = sentence.text[part.end : before[-1].start]
    if part.kind != MONEY or len(before) - at > _MOST_PAST or re.search(r"[；;。]", spans):
        return None
    return part


#: A change of the part between it and its share (比上年增收B, 同比增长C%, 增长D%).
_CHANGE_OF = re.compile(
    r"(?:比|较|同比)[^，,；;。]{0,10}(?:增收|增加|减收|减少|增长|下降|降低)"
    r"|^(?:同比)?(?:增长|下降|降低|增幅|降幅)"
)
_MOST_PAST = 3


_LEAST_BARE = 3


#: The noun a base's name may leave to its part: 占年度计划的 for the 年度计划投资.
_LEFT_NOUN = 4


def _named(label: str, name: str, part: Quantity) -> bool:
    """``label`` ends with the base's ``name``, or with it and the noun that ends the part's
    own label (“完成投资2.41亿元，占年度计划的96.7%” over the 年度计划投资)."""
    if label.endswith(name) or _split_named(label, name):
        return True
    bare = name.removeprefix("全部")  # (占全部采购额的: the 采购额 stated)
    if bare != name and len(bare) >= _LEAST_BARE and label.endswith(bare):
        return True
    # (占基本支出预算的 over “一般公共预算基本支出A元”: the kind named before the noun)
    head = name.removesuffix("预算")
    if head != name and len(head) >= _LEAST_BARE and label.endswith(head) and "预算" in label:
        return True
    tail = label.rpartition(name)[2] if name in label else ""
    return 0 < len(tail) <= _LEFT_NOUN and part.label.endswith(tail)


#: The least of a base's name on each side of the words its amount's label puts between.
_SPLIT_SIDE = 2


def _split_named(label: str, name: str) -> bool:
    """``label`` holds the base's name broken by more words (全市总量: “全市中央直达资金总量”),
    its head first and ending with its tail."""
    for cut in range(_SPLIT_SIDE, len(name) - _SPLIT_SIDE + 1):
        head, tail = name[:cut], name[cut:]
        if label.endswith(tail) and head in label[: -len(tail)]:
            return True
    return False


def _base(
    sentences: tuple[Sentence, ...], at: int, part: Quantity, share: Quantity, name: str
) -> Quantity | None:
    """The one amount stated for ``name`` before the share: in its paragraph or the few
    before, or, for a name long enough to say which figure it is (本年支出合计), anywhere
    before when the nearer ones do not state it."""
    near = _base_within(sentences, at, part, share, name, REACH)
    if near is None and len(name) >= _FAR_NAME:
        return _base_within(sentences, at, part, share, name, None)
    return near


#: The least length of a base's name that is sought past :data:`REACH`.
_FAR_NAME = 6


def _base_within(
    sentences: tuple[Sentence, ...],
    at: int,
    part: Quantity,
    share: Quantity,
    name: str,
    reach: int | None,
) -> Quantity | None:
    here = sentences[at]
    found: dict[Decimal, Quantity] = {}
    own: list[Quantity] = []  # the share's own sentence's, nearest last
    for sentence in sentences[: at + 1]:
        if reach is not None and here.paragraph.index - sentence.paragraph.index > reach:
            continue
        for q in sentence.quantities:
            if sentence is here and q.start >= share.start:
                break
            if q is part:
                continue  # (公开招标完成采购额A，占全部采购额的P: not A itself)
            if q.kind == MONEY and not q.approx and _named(_SAID.sub("", q.label), name, part):
                found.setdefault(q.value, q)
                if sentence is here:
                    own.append(q)
    if own:
        return own[-1]  # (“…实际采购金额2170.10万元，…公开招标1580.62万元，占实际采购金额的…”)
    base = next(iter(found.values())) if len(found) == 1 else None
    return None if base is not None and _other_year(base, here, share) else base


def _other_year(base: Quantity, here: Sentence, share: Quantity) -> bool:
    """The base is another year's (“2022年全市政府采购规模为11.80亿元” before 2023's shares)."""
    of_base = YEAR.findall(base.label)
    of_share = YEAR.findall(here.text[: share.start])
    return bool(of_base and of_share) and of_base[-1] != of_share[-1]


def _finding(
    sentence: Sentence, part: Quantity, share: Quantity, base: Quantity
) -> ReviewFinding | None:
    exact = part.value / base.value * HUNDRED
    if allowed(share, exact, [part, base]):
        return None
    verdict = judge_percent(share, exact)
    right = fmt(exact)  # as the other share checks give it, so that one fault is said once
    code = "rounding-truncated" if verdict.truncated else "share-mismatch"
    why = "截位而非四舍五入" if verdict.truncated else "计算有误"
    message = f"{part.text}占{base.text}应为{right}%，报告列为{share.text}，{why}。"
    return share_finding(sentence, part, share, right, message, code)

"""Where a sentence states a total with its parts: “X，其中A…、B…”, and the shares stated
beside the parts (a total after its parts, “A…、B…，合计X”: ``closing_claims``; a total in
the sentence before its parts: ``split_claims``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.claim_totals import count_beside
from jixiao.review.checks.claim_totals import money_before
from jixiao.review.checks.claim_totals import total_before
from jixiao.review.checks.declared_lists import declared_whole
from jixiao.review.checks.each_parts import counted
from jixiao.review.checks.each_parts import each_count
from jixiao.review.checks.list_ends import ends_parts
from jixiao.review.checks.list_ends import list_end
from jixiao.review.checks.list_ends import names_only
from jixiao.review.checks.list_ends import parts_own
from jixiao.review.checks.list_units import several_units
from jixiao.review.checks.list_units import with_sets
from jixiao.review.checks.no_split import no_parts
from jixiao.review.checks.no_split import not_a_split
from jixiao.review.checks.no_split import same_column
from jixiao.review.checks.no_split import scores_got
from jixiao.review.checks.part_changes import IN_YEAR
from jixiao.review.checks.part_changes import a_change
from jixiao.review.checks.part_changes import past_semicolon
from jixiao.review.checks.part_shares import OWN_SHARE_BASE
from jixiao.review.checks.part_shares import in_breakdown
from jixiao.review.checks.part_shares import is_share
from jixiao.review.checks.part_shares import other_base
from jixiao.review.checks.part_shares import share_owner
from jixiao.review.checks.partitions import names_whole
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import SCORE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import same_measure

#: “…，分别支持A…、B…”: what the money went to, item by item.
_ITEM_VERBS = "支持|用于|安排|下达|拨付"
QIZHONG = re.compile(
    r"其中|(?:^|(?<=[。\s]))含(?=[\u4e00-\u9fff])|(?<=[。\s])(?:主要)?用于(?=[\u4e00-\u9fff])|(?:主要|具体)包括|主要[\u4e00-\u9fff]{1,6}?包含|具体(?:是|为)[:：]|(?<=[，,])具体(?:是|为)(?=[^，。；,;]{0,30}\d)"
    r"|按[^，。；,;:：]{0,10}分类?[:：]"  # “按债券性质分：”
    r"|(?<=元[，,])即[:：](?!\s*主要)"  # “预算资金为2827.23万元，即：A、B、C”
    # “，在项目支出当中，教育事业支出…”: the total named again as what the parts are of
    r"|(?<=[，,。])在[\u4e00-\u9fff“”]{0,10}(?:支出|收入|资金|经费)(?:当中|之中)(?=[，,：:])"
    r"|(?:^|(?<=[。，,]))分项(?:目)?(?:情况)?(?:是|为|看|来看)[:：]"  # “。分项情况是：…”
    r"|(?<=[，,])为(?=[\u4e00-\u9fff])(?![^，。；,;]{0,10}的\s*\d)"  # not “，为预算的104.7%”
    rf"|(?<=[，,。])分别(?:为|是|{_ITEM_VERBS})"
    r"|(?<=[，,])分别于(?=[^，。；,;]{0,16}第一[笔批次])"  # “，分别于1月下达第一笔…，9月…第二批…”
    rf"|(?<=[，,])[\u4e00-\u9fff]{{0,8}}?如下[:：]"
    r"|(?<=[，,:：])(?:包括|主要用于)[:：]|(?<=[，,])包[括含](?=[\u4e00-\u9fff])|(?<=[（(])含(?=[\u4e00-\u9fff])|(?<=[，,])主要用于(?=[\u4e00-\u9fff][^，,；;。]*\d)"
    # “主要用于以下方面(按大类)：”
    r"|(?<=[，,])[\u4e00-\u9fff]{0,6}?以下(?:几个)?方面(?:[（(][^）)]{0,6}[)）])?[:：]"
    r"|(?:(?<=[，,。])|^)由(?=[\u4e00-\u9fff][^。；]{0,60}构成)"  # “X，由A，加B构成”
    # “总预算36620万元，经调整后资金的来源为：中央…，省级…”
    r"|(?<=[，,])[\u4e00-\u9fff]{0,12}?(?:来源|构成|组成)(?:为|是|如下)?[:：]"
)
#: “省级资金124.23万元，为A25万元、B100万元；市级…”: a list opened by 为 ends at its ；.
_WEI = "为"
_SEMICOLON = re.compile(r"[；;]")  # where a part described after “，为” ends
_SIGNED = re.compile(r"调减|核减|扣减|减少|减去")


@dataclass(frozen=True, slots=True)
class SumClaim:
    """A total stated together with its parts."""

    sentence: Sentence
    total: Quantity
    parts: tuple[Quantity, ...]
    shares: tuple[tuple[Quantity, Quantity], ...]
    closing: bool = False  # “A、B，共计X”: the list is declared to make the total
    declared: bool = False  # “…二类支出，总预算X，其中A、B”, “X，分别为A、B”: the list is whole


def figure_finding(
    sentence: Sentence, figure: Quantity, message: str, recomputed: str
) -> ReviewFinding:
    """A sum-mismatch on one stated figure of ``sentence``, quoting it."""
    return make_finding(
        "sum-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + figure.start, sentence.start + figure.end),
        stated=figure.text,
        recomputed=recomputed,
    )


def each_figure_claims(
    doc: ReportDoc, claim_at: Callable[[Sentence, int], SumClaim | None]
) -> list[SumClaim]:
    """The claims ``claim_at`` makes of each figure of each sentence, as a whole."""
    claims = []
    for sentence in doc_sentences(doc):
        for at in range(len(sentence.quantities)):
            claim = claim_at(sentence, at)
            claims.extend([claim] if claim is not None else [])
    return claims


def claim_finding(
    code: str,
    sentence: Sentence,
    total: Quantity,
    last: Quantity,
    message: str,
    recomputed: str,
    stated: str | None = None,
) -> ReviewFinding:
    """A finding on a total and its parts, quoting from the total to the last part; it
    states the total's figure unless ``stated`` names another (a share's)."""
    return make_finding(
        code,
        sentence.paragraph,
        message,
        span=(sentence.start + total.start, sentence.start + last.end),
        stated=total.text if stated is None else stated,
        recomputed=recomputed,
    )


#: What a figure after a 其中 is to its list: a part, the end of the list, a figure that
#: makes the list unreadable, or a figure to pass over.
_END, _UNREADABLE, _SKIP = "end", "unreadable", "skip"


#: The base of a part's share (占支出总计X万元的Y%), the plan of a rate after it (…X万元的85.0%).
_SHARE_BASE = re.compile(r"^(?:约|分别)?占")
OF_RATE = re.compile(r"的\s*\d+(?:\.\d+)?\s*%")
_NOT_CUMULATIVE = tuple(word for word in COMPARE_WORDS if word != "累计")


def _as_part(
    sentence: Sentence, total: Quantity, q: Quantity, parts: list[Quantity], start: int
) -> Quantity | str:
    """A money (or count …) figure after a 其中, as a part of the list or what else it is."""
    if ends_parts(sentence, total, parts, q):
        return _END
    if a_change(sentence, q):
        return _SKIP  # “…21万元，较上年减少16万元”: the part's change, not a part
    if _SHARE_BASE.match(q.label) or OF_RATE.match(sentence.text, q.end):
        return _SKIP  # “…，占支出总计5,000.00万元的37.60%”: the base of a part's share
        # (or of its rate: “…收入42100万元，完成预算49531万元的85.0%”)
    if q.approx or _SIGNED.search(q.label):
        return _UNREADABLE  # an approximate part, or one that is taken off (调减)
    # “收入累计完成A，其中：税收收入累计完成B”: parts as cumulative as their total
    compared = COMPARE_WORDS if "累计" not in total.label else _NOT_CUMULATIVE
    if has_any(q.label, compared) and not IN_YEAR.search(q.label):
        return _SKIP
    times = each_count(sentence, q, parts[-1].end if parts else start)
    return _UNREADABLE if times is None else counted(q, times)


def _ends_list(
    sentence: Sentence,
    total: Quantity,
    at: int,
    end: int,
    shares: list[tuple[Quantity, Quantity]],
    own_base: re.Match[str] | None = None,
) -> bool:
    """A rate after the parts ends their list, unless it is a share or the part's own rate
    (“中央61.02亿元，分配率99.3%；地方13.78亿元，分配率99.5%”); so does a share of the base
    the total's own share named (``own_base``)."""
    q = sentence.quantities[at]
    if own_base is not None and own_base.group("name") in q.label:
        return True
    if _own_rate(sentence, at, end):
        return False
    before = sentence.text[: q.start]
    return not is_share(q, shares, before) or other_base(total, q)


def _own_rate(sentence: Sentence, at: int, end: int) -> bool:
    """A rate that belongs to the part before it: the next part follows a semicolon, or the
    rate is named as the part's own (“基本支出A元，执行率达100.00%，项目支出B元”)."""
    rate = sentence.quantities[at]
    following = sentence.quantities[at + 1 :]
    nxt = next((q for q in following if q.kind != PERCENT and q.start < end), None)
    if is_share(rate, []) or nxt is None:
        return False
    before = sentence.quantities[max(at - 1, 0) : at]  # (the part the rate is named after)
    named = any(_PART_RATE.fullmatch(sentence.text, q.end, rate.start) for q in before)
    return bool(named or re.search(r"[；;]", sentence.text[rate.end : nxt.start]))


_RATES = "执行|完成|到位|支付|拨付|分配"
_PART_RATE = re.compile(rf"[，,]\s*(?:资金|预算)?(?:{_RATES})率(?:为|达|是)?\s*")


def _opens_bracket(sentence: Sentence, mark: int) -> bool:
    """“核定编制48名（其中行政编制30名、…）”: the 其中 opens a bracket, its parts inside it."""
    return mark > 0 and sentence.text[mark - 1] in "（("


#: A part's own breakdown, opened right after it; a semicolon closes it.
_NESTED = re.compile(
    rf"^(?:主要是|主要为|主要包括|包括|包含|主要用于|即[:：]|分别(?:{_ITEM_VERBS}))"
)


def _inner(sentence: Sentence, total: Quantity, start: int, end: int) -> set[int]:
    """Where the figures inside a part's own breakdown start (“本年收入A，主要是B、C；上年结转
    D”: B and C are inside A; a semicolon closes the breakdown — but not one opened by 包含 or
    包括 while the figures so far still fit inside A: “其中基本支出A，包含工资福利支出B；商品和
    服务支出C；…；项目支出D”)."""
    figures = [q for q in sentence.quantities if start <= q.start < end and same_measure(q, total)]
    inner: set[int] = set()
    inside, owner, held = False, None, Decimal(0)
    for at, q in enumerate(figures):
        if at and _NESTED.match(q.label):
            inside, owner, held = True, figures[at - 1], Decimal(0)
        elif inside and re.search(r"[；;]", sentence.text[figures[at - 1].end : q.start]):
            inside = (
                owner is not None
                and _INCLUDES.match(_opener(owner, figures, at)) is not None
                and held + q.value <= owner.value
            )
        if inside:
            inner.add(q.start)
            held += q.value
    return inner


_INCLUDES = re.compile(r"^(?:包含|包括)")


def _opener(owner: Quantity, figures: list[Quantity], at: int) -> str:
    """The label of the figure that opened ``owner``'s breakdown (the first after it)."""
    after = [f for f in figures[:at] if f.start > owner.start]
    return after[0].label if after else ""


def _collect(
    sentence: Sentence, total: Quantity, start: int, end: int
) -> tuple[list[Quantity], list[tuple[Quantity, Quantity]]] | None:
    """The parts after a 其中 and the shares stated after them (None: an approximate part,
    or one given for “each” of names that cannot be counted)."""
    parts: list[Quantity] = []
    shares: list[tuple[Quantity, Quantity]] = []
    inner = _inner(sentence, total, start, end)
    # “合同金额A，占采购支出总额的P%，其中：小微企业B，占采购支出总额的Q%”: Q is of that base
    own_base = OWN_SHARE_BASE.search(sentence.text, total.end, start)
    for at, q in enumerate(sentence.quantities):
        if not start <= q.start < end or (q.kind == PERCENT and total.kind == SCORE):
            continue  # (“满意度95%，得9.5分”: an item's rate among scores, no share)
        if q.kind == PERCENT and parts and not parts_own(q):
            if _ends_list(sentence, total, at, end, shares, own_base):
                break
            # “A（其中B，占P%；C，占Q%）”: P and Q are B's and C's, not the parts'
            owner = None if in_breakdown(sentence, total, q) else share_owner(q, parts)
            if owner is not None and not _own_rate(sentence, at, end):
                shares.append((owner, q))
        elif (
            q.kind != PERCENT
            and same_measure(q, total)
            and (not q.in_brackets or _opens_bracket(sentence, start))
            and q.start not in inner
        ):
            part = _as_part(sentence, total, q, parts, start)
            if part == _END:
                break
            if part == _UNREADABLE:
                return None
            if isinstance(part, Quantity):
                parts.append(part)
    return parts, shares


#: How far after its last part, within its clause, a list's wording is read.
_AFTER_PARTS = 12


def parts_after(sentence: Sentence, total: Quantity, start: int, end: int) -> SumClaim | None:
    stop = list_end(sentence, total, start, end)
    mixed = several_units(sentence, total, start, stop)
    sentence = with_sets(sentence, total, start, stop)
    collected = None if mixed else _collect(sentence, total, start, stop)
    if collected is None:
        return None
    # standards per head and the like among the parts (not in what the sentence says after)
    last = max((p.end for p in collected[0]), default=stop)
    clause = [i for i in (sentence.text.find(c, last) for c in "，,；;。") if i >= 0]
    if not_a_split(sentence.text, start, min([stop, last + _AFTER_PARTS, *clause])):
        return None
    parts, shares = scores_got(total, same_column(total, collected[0])), collected[1]
    if len(parts) < 2 and not (parts and shares):  # one part is checked by its share alone
        return None
    if no_parts(sentence, total, start, parts):
        return None
    trailing = [share for _, share in shares if share.start > parts[-1].end]
    if len(trailing) == len(parts) == len(shares):  # “占比分别为a%和b%”
        shares = list(zip(parts, trailing, strict=True))
    declared = declared_whole(sentence, total, start, parts)
    return SumClaim(sentence, total, tuple(parts), tuple(shares), declared=declared)


def _exact(sentence: Sentence, mark: int, stop: int) -> SumClaim | None:
    """With no figure just before it to split, a 其中 list of money that makes exactly an
    amount told earlier in the sentence splits that amount (“收入8552万元，…，同口径完成
    10066万元，同口径增长9.7%，其中：税收5537万元，非税3015万元，非税占比35.3%”)."""
    for total in reversed([q for q in sentence.quantities if q.end <= mark and q.kind == MONEY]):
        claim = parts_after(sentence, total, mark, stop)
        if claim and sum((p.value for p in claim.parts), Decimal(0)) == total.value:
            return claim
    return None


_BY_KEY = re.compile(r"^按[^，。；,;:：]{0,10}分类?[:：]$")


def _keyed_totals(sentence: Sentence, found: list[re.Match[str]]) -> list[Quantity | None]:
    """The total each mark splits; a second split by another key (“按资金来源分：…，按支出
    用途分：…”) splits the total the first one did, not its last part."""
    totals: list[Quantity | None] = []
    for match in found:
        earlier = [t for m, t in zip(found, totals, strict=False) if _BY_KEY.match(m.group(0))]
        keyed = _BY_KEY.match(match.group(0)) and earlier
        totals.append(earlier[0] if keyed else total_before(sentence, match.start()))
    return totals


#: What a part went to, item by item: its own breakdown, not the next list.
_ITEMS_OF_PART = re.compile(rf"分别(?:{_ITEM_VERBS})")
#: “其中基本支出A，包含B；C；项目支出D”: a part's own breakdown, the outer list going on after it.
_PART_BREAKDOWN = re.compile(r"(?:万?元|人|个|项)[，,]包[括含]$")


def _whole_through(
    sentence: Sentence, total: Quantity, mark: int, through: int, claim: SumClaim | None
) -> SumClaim | None:
    """The list run on through the figure the next 其中 splits, when with it the parts name
    every member of a known whole and without it they do not (“…分项情况是：因公出国…102万元；
    公务接待费…1033万元；公务用车购置及运行费决算1618万元，其中：购置费…”)."""
    longer = parts_after(sentence, total, mark, through)
    if longer is None or (claim is not None and len(longer.parts) <= len(claim.parts)):
        return claim
    shorter = [p.label for p in claim.parts] if claim is not None else []
    if names_whole([p.label for p in longer.parts]) and not names_whole(shorter):
        return longer
    return claim


def qizhong_claims(sentence: Sentence) -> list[SumClaim]:
    """“X，其中A、B”: the parts run to the next 其中 — or to the total that next 其中 splits
    (“编制117人，其中…65人，实有在职113人，其中…”: 113 is not a part of 117)."""
    found = [m for m in QIZHONG.finditer(sentence.text) if not names_only(sentence, m)]
    marks = [m.start() for m in found]
    totals = _keyed_totals(sentence, found)
    claims: list[SumClaim] = []
    for number, (mark, total) in enumerate(zip(marks, totals, strict=True)):
        # a part's own breakdown in brackets (“B（其中B1、B2），C”) does not end the list
        # nor does a part's own items (“第一批5000万元，分别支持甲2000万元、乙…；第二批…”)
        after = [
            (m, t)
            for m, t in zip(marks[number + 1 :], totals[number + 1 :], strict=True)
            if (_opens_bracket(sentence, mark) or not _opens_bracket(sentence, m))
            and not _ITEMS_OF_PART.match(sentence.text, m)
            and not _PART_BREAKDOWN.search(sentence.text, 0, m + 2)
        ]
        stop = after[0][0] if after else len(sentence.text)
        through = stop  # up to the next mark, the figure it splits among the parts
        if after and after[0][1] is not None and after[0][1] is not total:
            stop = after[0][1].start  # the next mark splits a figure of its own
        if _opens_bracket(sentence, mark):
            close = min(
                (i for i in (sentence.text.find(c, mark) for c in "）)") if i >= 0), default=-1
            )
            stop = close if 0 <= close < stop else stop
        if sentence.text.startswith(_WEI, mark):
            semicolon = _SEMICOLON.search(sentence.text, mark, stop)
            stop = semicolon.start() if semicolon else stop
        claim = parts_after(sentence, total, mark, stop) if total else _exact(sentence, mark, stop)
        plain = not _opens_bracket(sentence, mark) and not sentence.text.startswith(_WEI, mark)
        if total and through > stop and plain:
            claim = _whole_through(sentence, total, mark, through, claim)
        if claim and past_semicolon(sentence, claim.total, [p.label for p in claim.parts], mark):
            claim = None
        if claim:
            claims.append(claim)
        count = count_beside(sentence, total) if total else money_before(sentence, mark)
        if count is None and total is not None and not claim:
            count = money_before(sentence, mark)  # the 其中 after a measure splits money
        counted = parts_after(sentence, count, mark, stop) if count else None
        if counted:
            claims.append(counted)
    return claims

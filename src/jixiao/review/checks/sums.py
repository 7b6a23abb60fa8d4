"""Totals against their parts: “X，其中A…、B…”, “A…、B…，合计X”, shares and “分别”."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import replace
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import BARE
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import SCORE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import same_measure

_SUMMABLE = (MONEY, COUNT, SCORE, MEASURE)
_QIZHONG = re.compile(r"其中|按[^，。；,;:：]{0,10}分类[:：]|(?<=[，,])为(?=[\u4e00-\u9fff])")
#: “省级资金124.23万元，为A25万元、B100万元；市级…”: a list opened by 为 ends at its ；.
_WEI = "为"
#: What follows these is set beside the total, not inside it (另有离退休人员47人).
_ASIDE = re.compile(
    r"另有|此外|另外|不含|不包括|未计入|退休|离休|遗属|编外|临聘|劳务派遣"
    r"|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）"  # the next section
)
_TOTAL_LABEL = re.compile(r"(合计|共计|总计|总共|共)(为|达|达到)?$")
_SHARE_LABEL = re.compile(r"占比|占.{0,8}的?比重|比重|占.{0,10}的$|占$")
_OTHER_BASE = re.compile(r"占[^，。；,;]{0,10}(?:任务|预算|计划|目标|上年|全年)")
_CAUSE = re.compile(r"原因|由于|因为|主要是")
_SIGNED = re.compile(r"调减|核减|扣减|减少|减去")
_RECONCILING = re.compile(r"合计|共计|总计|调减|调增|追加|核减")
_CHANGE_LABEL = re.compile(r"增收|减收|增支|减支|增加|减少|增长|下降|节约|超支|差值|差额")
#: Part labels that together name a whole (so parts below the total are an error).
PARTITIONS: tuple[tuple[str, ...], ...] = (
    ("中央", "国家级", "省级", "市级", "区级", "县级", "乡镇级", "本级"),
    ("基本支出", "项目支出"),
    ("基本支出", "项目支出", "经营支出", "上缴上级支出", "对附属单位补助支出"),
    ("人员经费", "公用经费"),
    ("规上", "规下"),
    ("行政编", "事业编", "工勤"),
    ("男", "女"),
    ("城市", "农村"),
    ("城镇", "农村"),
    ("一般公共预算", "政府性基金", "国有资本经营", "财政专户", "其他资金"),
    ("财政拨款", "上年结转", "其他资金", "其他收入"),
)


MIN_LEVELS = 3


@dataclass(frozen=True, slots=True)
class SumClaim:
    """A total stated together with its parts."""

    sentence: Sentence
    total: Quantity
    parts: tuple[Quantity, ...]
    shares: tuple[tuple[Quantity, Quantity], ...]
    closing: bool = False  # “A、B，共计X”: the list is declared to make the total


def _usable(q: Quantity) -> bool:
    return q.kind in _SUMMABLE and not q.approx and not q.in_brackets


_CJK = re.compile(r"[\u4e00-\u9fff]")


def _total_before(sentence: Sentence, position: int) -> Quantity | None:
    before = [q for q in sentence.quantities if q.end <= position and q.kind != "date"]
    if not before or not _usable(before[-1]) or _CHANGE_LABEL.search(before[-1].label):
        return None  # “…，增收5939万元。其中…”: a change has no parts
    if _CAUSE.search(before[-1].label):
        return None  # “…，主要原因是上年有专项经费29.01万元。其中…”: a reason, not the total
    if sentence.start == 0 and not _CJK.search(sentence.text[: before[-1].start]):
        return None  # “2、7万元，其中…” opening a paragraph: a figure cut at a page break
    gap = sentence.text[before[-1].end : position]
    return before[-1] if len(gap.strip("，,：: 。")) == 0 else None


def _is_share(q: Quantity, shares: list[tuple[Quantity, Quantity]]) -> bool:
    if "各占" in q.label:
        return False  # “按数量和库容各占50%的比例分配”: weights of a formula, not shares
    follows_share = bool(shares) and re.search(r"%[和及、]$", q.label) is not None
    return bool(_SHARE_LABEL.search(q.label)) or follows_share


def _collect(
    sentence: Sentence, total: Quantity, start: int, end: int
) -> tuple[list[Quantity], list[tuple[Quantity, Quantity]]] | None:
    """The parts after a 其中 and the shares stated after them (None: an approximate part)."""
    parts: list[Quantity] = []
    shares: list[tuple[Quantity, Quantity]] = []
    for q in sentence.quantities:
        if not start <= q.start < end:
            continue
        if q.kind == PERCENT and parts:
            if not _is_share(q, shares) or _OTHER_BASE.search(q.label):
                break  # a rate, or “占任务数的56.4%”: the list has ended
            shares.append((parts[-1], q))
        elif same_measure(q, total) and not q.in_brackets:
            if q.approx or _SIGNED.search(q.label):
                return None  # an approximate part, or one that is taken off (调减)
            if not has_any(q.label, COMPARE_WORDS):
                parts.append(q)
    return parts, shares


def _parts_after(sentence: Sentence, total: Quantity, start: int, end: int) -> SumClaim | None:
    aside = _ASIDE.search(sentence.text, start, end)
    collected = _collect(sentence, total, start, aside.start() if aside else end)
    if collected is None:
        return None
    parts, shares = _same_column(total, collected[0]), collected[1]
    if len(parts) < 2 and not (parts and shares):  # one part is checked by its share alone
        return None
    trailing = [share for _, share in shares if share.start > parts[-1].end]
    if len(trailing) == len(parts) == len(shares):  # “占比分别为a%和b%”
        shares = list(zip(parts, trailing, strict=True))
    return SumClaim(sentence, total, tuple(parts), tuple(shares))


_COLUMN = re.compile(r"年初预算|全年预算|调整后?预算|全年执行|执行数|实际支出|决算")


def _same_column(total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """“全年执行566.16万元，其中：基本支出年初预算…、全年预算…、全年执行345.28万元、项目支出…”:
    when the parts name several columns, only those of the total's column add up to it."""
    columns = [_COLUMN.search(p.label) for p in parts]
    if len({c.group(0) for c in columns if c}) < 2:
        return parts
    own = _COLUMN.search(total.label)
    if own is None:
        return []
    return [p for p, c in zip(parts, columns, strict=True) if c and c.group(0) == own.group(0)]


def _qizhong_claims(sentence: Sentence) -> list[SumClaim]:
    """“X，其中A、B”: the parts run to the next 其中 — or to the total that next 其中 splits
    (“编制117人，其中…65人，实有在职113人，其中…”: 113 is not a part of 117)."""
    marks = [m.start() for m in _QIZHONG.finditer(sentence.text)]
    totals = [_total_before(sentence, mark) for mark in marks]
    claims: list[SumClaim] = []
    for number, (mark, total) in enumerate(zip(marks, totals, strict=True)):
        following = number + 1 < len(marks)
        stop = marks[number + 1] if following else len(sentence.text)
        next_total = totals[number + 1] if following else None
        if next_total is not None:
            stop = next_total.start
        if sentence.text.startswith(_WEI, mark):
            semicolon = sentence.text.find("；", mark, stop)
            stop = semicolon if semicolon >= 0 else stop
        claim = _parts_after(sentence, total, mark, stop) if total else None
        if claim:
            claims.append(claim)
    return claims


def _clause_figures(text: str, total: Quantity, quantities: tuple[Quantity, ...]) -> list[Quantity]:
    """Parts in the clauses right before ``total``: one matching figure per clause."""
    cuts = [i for i, ch in enumerate(text[: total.start]) if ch in "，；、,;"]
    bounds = list(zip([-1, *cuts], [*cuts, total.start], strict=True))
    parts: list[Quantity] = []
    for left, right in reversed(bounds[:-1]):
        if _ASIDE.search(text, left + 1, right) or _QIZHONG.search(text, left + 1, right):
            break  # another section, or the parts of another total
        if _RECONCILING.search(text, left + 1, right):
            break  # “年初预算合计A，年中调减B，全年合计C”: a running account, not parts
        inside = [q for q in quantities if left < q.start < right and same_measure(q, total)]
        if len(inside) != 1 or not _usable(inside[0]) or has_any(inside[0].label, COMPARE_WORDS):
            break
        parts.insert(0, inside[0])
        if _SUBTOTAL.search(inside[0].label):
            break  # “…A，B，C，总收入D，加E，收入总计F”: A–C are inside D
    return parts


#: A figure that is itself a total: the clauses before it are its parts, not the outer sum's.
_SUBTOTAL = re.compile(r"总收入|总支出|总额|小计|合计|总计|共计")


def _own_clause(text: str, total: Quantity) -> str:
    """The clause a figure closes: from the last comma or semicolon before it."""
    start = max(text.rfind(mark, 0, total.start) for mark in "，；、,;") + 1
    return text[start : total.start]


def _total_after_claims(sentence: Sentence) -> list[SumClaim]:
    claims: list[SumClaim] = []
    for total in sentence.quantities:
        if not _usable(total) or not _TOTAL_LABEL.search(total.label):
            continue
        if _QIZHONG.match(sentence.text[total.end :].lstrip("，,：: ")):
            continue  # “支出总计3332.76万元，其中…”: its parts follow it
        if _ASIDE.search(_own_clause(sentence.text, total)):
            continue  # “…，编外人员共27人”: a group of its own, not the sum of the clauses before
        parts = _clause_figures(sentence.text, total, sentence.quantities)
        if len(parts) >= 2:
            claims.append(SumClaim(sentence, total, tuple(parts), (), closing=True))
    return claims


def _exhaustive(claim: SumClaim) -> bool:
    if claim.total.kind == SCORE and len(claim.parts) >= 3:
        return True
    for group in PARTITIONS:
        hits = [next((w for w in group if w in p.label), None) for p in claim.parts]
        # “其中中央、省级” alone may leave 市县 out; “省级…；市区级…；共计” says it does not
        rest = any(h is not None and h.startswith("其他") for h in hits)  # 其他 is the rest
        enough = claim.closing or rest or len(hits) >= min(MIN_LEVELS, len(group))
        if all(hits) and len(set(hits)) == len(hits) and enough:
            return True
    if claim.shares and len(claim.shares) == len(claim.parts):
        shares = sum((share.value for _, share in claim.shares), Decimal(0))
        return abs(shares - 100) <= len(claim.shares)
    return False


def _tolerance(total: Quantity, parts: tuple[Quantity, ...]) -> Decimal:
    """Counts and scores add exactly; money may differ by one unit of its coarsest digit (尾差),
    except that parts written coarser than a total whose precision other parts share are
    exact."""
    figures = (total, *parts)
    if total.kind in (COUNT, SCORE):
        if all(q.ulp == Decimal("0.5") for q in figures):
            return Decimal(0)
        return 2 * min(q.ulp for q in figures)
    fine = [q for q in parts if q.ulp <= total.ulp]
    if fine:  # 89.97 = 30 + 30 + 29.99: whole 30s beside a 29.99 are exact, not rounded
        unit = 2 * max(q.ulp for q in (total, *fine))
        finer = [q.ulp for q in fine if q.ulp < total.ulp]
        if not finer:
            return unit
        # a total written coarser than its parts is their sum rounded: within its half unit
        # and the parts' own, the parts all read at the finest precision one of them shows
        # (269,847,166.9 is not 269,847,166.81 rounded; 1586 is not 43.8 + 43 + 1500)
        return min(unit, total.ulp + min(finer) * len(fine))
    return 2 * max(q.ulp for q in figures)


#: A list of this many parts covering this share of its total is meant to be the whole.
NEARLY_ALL_PARTS = 3
NEARLY_ALL_SHARE = Decimal("0.9")


def _nearly_all(total: Quantity, parts: tuple[Quantity, ...], added: Decimal) -> bool:
    """Three or more parts of money or counts that cover nine tenths of the total or more."""
    return (
        total.kind in (MONEY, COUNT)
        and len(parts) >= NEARLY_ALL_PARTS
        and added >= total.value * NEARLY_ALL_SHARE
    )


def _prefix_adds_up(total: Quantity, parts: tuple[Quantity, ...]) -> bool:
    """The first two or more parts, not all, make the total exactly."""
    running = Decimal(0)
    for count, part in enumerate(parts[:-1], start=1):
        running += part.value
        if count >= 2 and abs(running - total.value) <= _tolerance(total, parts[:count]):
            return True
    return False


_OPENS_ITEMS = re.compile(r"分别|其中|包括|用于|支持|[:：]")


def _outer_parts(text: str, parts: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """The parts without those listed inside another part: “第一批9910万元，分别支持A3000、
    B3357.17、C3552.83；第二批7437万元，…” adds the batches, not the batches and their items
    (the items opened by 分别/用于/其中 … right after the part, and adding up to it)."""
    kept: list[Quantity] = []
    position = 0
    while position < len(parts):
        part = parts[position]
        kept.append(part)
        running, inner = Decimal(0), position + 1
        while inner < len(parts) and running < part.value:
            running += parts[inner].value
            inner += 1
        exact = abs(running - part.value) <= _tolerance(part, parts[position + 1 : inner])
        opened = position + 1 < len(parts) and _OPENS_ITEMS.search(
            text, part.end, parts[position + 1].start
        )
        position = inner if inner - position > 2 and exact and opened else position + 1
    return tuple(kept)


def _unit_slip(total: Quantity, parts: tuple[Quantity, ...]) -> Quantity | None:
    """The one part written in 元 among parts and a total in 万元 (or 亿元) that, read in
    their unit, brings the parts within a tenth of the total when they do not add up as
    written: a slip of the unit."""
    if total.kind != MONEY or total.unit == "元":
        return None
    odd = [p for p in parts if p.unit == "元"]
    if len(odd) != 1 or any(p.unit != total.unit for p in parts if p is not odd[0]):
        return None
    scale = _SCALE[total.unit]
    slipped = replace(odd[0], value=odd[0].value * scale, ulp=odd[0].ulp * scale, unit=total.unit)
    plain = sum((p.value for p in parts), Decimal(0))
    if abs(plain - total.value) <= _tolerance(total, parts):
        return None  # “39.2696万元，其中39万元、2696元”: both units meant
    added = plain - odd[0].value + slipped.value
    near = total.value * NEARLY_ALL_SHARE <= added <= total.value * (2 - NEARLY_ALL_SHARE)
    return slipped if near else None


_SCALE = {"万元": Decimal(10_000), "亿元": Decimal(100_000_000)}


def _total_finding(claim: SumClaim) -> ReviewFinding | None:
    """The total against its parts (the outer ones), reading a slipped unit as meant."""
    parts = _outer_parts(claim.sentence.text, claim.parts)
    if len(parts) < 2:
        return None
    slip = _unit_slip(claim.total, parts)
    return _slip_finding(claim, parts, slip) if slip else _sum_finding(claim, parts)


def _sum_finding(claim: SumClaim, parts: tuple[Quantity, ...]) -> ReviewFinding | None:
    total = claim.total
    if any(p.value == total.value for p in parts):
        return None  # “预算60万元，其中…60万、结余12.664万”: the rest lies beside the total
    if _prefix_adds_up(total, parts):
        return None  # “…，其中A、B；纳入评价的资金C”: the list ended before C
    added = sum((p.value for p in parts), Decimal(0))
    tolerance = _tolerance(total, parts)
    if abs(added - total.value) <= tolerance:
        return None
    listed = "＋".join(p.text for p in parts)
    gap = fmt_quantity(abs(added - total.value), total)
    if added < total.value and not _exhaustive(claim):
        if not _nearly_all(total, parts, added):
            return None  # “其中” may name only some parts
        code = "sum-short"
        message = (
            f"所述总数{total.text}，所列{len(parts)}项合计{listed}＝{fmt_quantity(added, total)}，"
            f"少{gap}；如另有未列项目请注明，否则请核实。"
        )
    else:
        code = "score-mismatch" if total.kind == SCORE else "sum-mismatch"
        message = (
            f"所述总数{total.text}与所列分项之和不符：{listed}＝{fmt_quantity(added, total)}，"
            f"相差{gap}，请核实。"
        )
    sentence = claim.sentence
    start = sentence.start + total.start
    return make_finding(
        code,
        sentence.paragraph,
        message,
        span=(start, sentence.start + parts[-1].end),
        stated=total.text,
        recomputed=fmt_quantity(added, total),
    )


def _slip_finding(claim: SumClaim, parts: tuple[Quantity, ...], slip: Quantity) -> ReviewFinding:
    """A part whose unit slipped: the sum read in the others' unit, and whether it holds."""
    total = claim.total
    read = tuple(slip if p.start == slip.start else p for p in parts)
    added = sum((p.value for p in read), Decimal(0))
    listed = "＋".join(p.text for p in parts)
    note = f"其中{slip.text}与其他各项单位不一，按{slip.unit}计"
    if abs(added - total.value) <= _tolerance(total, read):
        code = "unit-slip"
        message = f"{note}，各项之和与总数{total.text}相符，应为笔误，请更正单位。"
    else:
        code = "sum-mismatch"
        gap = fmt_quantity(abs(added - total.value), total)
        message = (
            f"所述总数{total.text}与所列分项之和不符：{listed}（{note}）＝"
            f"{fmt_quantity(added, total)}，相差{gap}，请核实。"
        )
    sentence = claim.sentence
    return make_finding(
        code,
        sentence.paragraph,
        message,
        span=(sentence.start + total.start, sentence.start + parts[-1].end),
        stated=total.text,
        recomputed=fmt_quantity(added, total),
    )


def _share_finding(claim: SumClaim) -> ReviewFinding | None:
    total = claim.total
    if any(p.value > total.value for p in claim.parts):
        return None  # a part above its total (a unit left out): the sum check says so
    added = sum((p.value for p in claim.parts), Decimal(0))
    wrong = [
        (part, share)
        for part, share in claim.shares
        if abs(share.value - part.value / total.value * 100) > 2 * share.ulp
    ]
    if not wrong or total.value == 0:
        return None
    part, share = wrong[0]
    right = fmt(part.value / total.value * 100)
    on_sum = abs(share.value - part.value / added * 100) <= 2 * share.ulp if added else False
    reason = (
        f"按各分项之和{fmt_quantity(added, total)}计算，而非所述总数{total.text}"
        if on_sum
        else "计算有误"
    )
    message = f"{part.text}占{total.text}应为{right}%，报告列为{share.text}，{reason}。"
    sentence = claim.sentence
    return make_finding(
        "share-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + part.start, sentence.start + share.end),
        stated=share.text,
        recomputed=f"{right}%",
    )


def _split_claims(previous: Sentence, sentence: Sentence) -> list[SumClaim]:
    """“项目资金共1856.00万元。其中，中央资金…”: the total ends the sentence before (what
    lies between the two, a bridge sentence, is blanked so offsets stay the paragraph's)."""
    if not _QIZHONG.match(sentence.text.lstrip()):
        return []
    gap = " " * (sentence.start - previous.start - len(previous.text))
    text = previous.text + gap + sentence.text
    joined = Sentence(previous.paragraph, previous.start, text, tuple(find_quantities(text)))
    return [c for c in _qizhong_claims(joined) if c.total.end <= len(previous.text)]


#: “实际支出共计5353.48万元。资金用于三个方面。其中…”: a sentence announcing the parts,
#: with no figure of its own, between a total and its 其中.
_BRIDGE = re.compile(r"用于|分为|分成|包括|涉及|方面|如下")
BRIDGE_MAX = 100


def _bridge(sentence: Sentence) -> bool:
    return (
        len(sentence.text) <= BRIDGE_MAX
        and _BRIDGE.search(sentence.text) is not None
        and all(q.kind in (COUNT, BARE) for q in sentence.quantities)
    )


def _earlier_claims(window: list[Sentence], sentence: Sentence) -> list[SumClaim]:
    """Claims whose total stands in the sentence before, or the one before a bridge."""
    same = [s for s in window if s.paragraph is sentence.paragraph]
    if not same:
        return []
    claims = _split_claims(same[-1], sentence)
    if not claims and len(same) == 2 and _bridge(same[-1]):
        claims = _split_claims(same[0], sentence)
    return claims


def check_sums(doc: ReportDoc) -> list[ReviewFinding]:
    """Totals that differ from the sum of their parts, and shares on the wrong base."""
    findings: list[ReviewFinding] = []
    window: list[Sentence] = []
    for sentence in doc_sentences(doc):
        claims = _qizhong_claims(sentence) + _total_after_claims(sentence)
        claims.extend(_earlier_claims(window, sentence))
        window = [*window[-1:], sentence]
        for claim in claims:
            for finding in (_total_finding(claim), _share_finding(claim)):
                if finding is not None:
                    findings.append(finding)
    return findings

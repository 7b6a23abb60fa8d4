"""Totals against their parts (the claims: ``sum_claims``; their shares: ``claim_shares``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.review.checks.all_claims import all_claims
from jixiao.review.checks.claim_shares import share_findings
from jixiao.review.checks.claim_shares import share_total
from jixiao.review.checks.cut_lists import runs_off
from jixiao.review.checks.level_wholes import level_wholes
from jixiao.review.checks.list_kinds import crossed
from jixiao.review.checks.list_kinds import one_kind
from jixiao.review.checks.other_whole import split_of_another
from jixiao.review.checks.other_whole import splits_earlier
from jixiao.review.checks.partitions import PARTITIONS
from jixiao.review.checks.partitions import indicator_kinds
from jixiao.review.checks.partitions import kinds_apart
from jixiao.review.checks.partitions import levels_down_to
from jixiao.review.checks.partitions import member_label
from jixiao.review.checks.partitions import names_whole
from jixiao.review.checks.rest_after import rest_stated_after
from jixiao.review.checks.restated_whole import restated_whole
from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.checks.sum_slips import mixed_slip
from jixiao.review.checks.sum_slips import slip_finding
from jixiao.review.checks.sum_slips import total_slip
from jixiao.review.checks.sum_slips import unit_slip
from jixiao.review.checks.sum_tolerance import OVERLAPPING
from jixiao.review.checks.sum_tolerance import nearly_all
from jixiao.review.checks.sum_tolerance import slip_gap
from jixiao.review.checks.sum_tolerance import tolerance
from jixiao.review.checks.sum_tolerance import written_as
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import SCORE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import same_measure

MIN_LEVELS = 3


def _score_parts(claim: SumClaim) -> int:
    """Scores listed after a 总分 name its blocks (three or more); scores closed by a 总分
    (“产出得分…，效益得分…，满意度得分…，总分…”) may leave the 执行率 block out unless four."""
    return 4 if claim.closing else 3


#: “…，其余由社会资本投入”, “另设…”, “另有…”: the list says it is not the whole.
_REST_AFTER = re.compile(r"^[^。]*?(?:其余|其他为|另设|另有|另外|此外)")


def _rest_after(claim: SumClaim) -> bool:
    return _REST_AFTER.match(claim.sentence.text[claim.parts[-1].end :]) is not None


#: “重病、重残儿童460人，其中重病107人、重残335人”: the total's own name lists its parts.
_NAMED_PARTS = re.compile(r"([\u4e00-\u9fff]{2,4})(?:、([\u4e00-\u9fff]{2,4}))+")


def _named_in_total(claim: SumClaim) -> bool:
    """The total's name joins as many names with 、 as there are parts, and each part is
    named by its own one, in order."""
    text, start = claim.sentence.text, claim.total.start
    clause = text[max(text.rfind(c, 0, start) for c in "，,；;。：:") + 1 : start]
    listed = _NAMED_PARTS.search(clause)
    if listed is None:
        return False
    names = listed.group(0).split("、")
    labels = [p.label.removeprefix("其中").lstrip("：:，, ") for p in claim.parts]
    return len(names) == len(labels) and all(
        len(label) >= 2 and label[:2] in name for name, label in zip(names, labels, strict=True)
    )


#: “…，其他调入0.19亿元”: the last part is the rest, so the list is the whole.
#: Not a category of its own that opens with 其他 (其他资本性支出 under 资本性支出).
_REST = re.compile(r"^(?:其中)?[，,：:、\s]*(?:其他|其余|其它)[\u4e00-\u9fff]{0,4}(?:为|是)?$")
MIN_REST_PARTS = 3


def _closed_by_rest(claim: SumClaim) -> bool:
    return len(claim.parts) >= MIN_REST_PARTS and _REST.match(claim.parts[-1].label) is not None


def _exhaustive(claim: SumClaim) -> bool:
    if _rest_after(claim):
        return False
    labels = [p.label for p in claim.parts]
    if (
        claim.declared
        or _named_in_total(claim)
        or _closed_by_rest(claim)
        or (claim.total.kind == SCORE and len(claim.parts) >= _score_parts(claim))
        or (claim.total.kind == COUNT and indicator_kinds(labels))
        or levels_down_to(labels, claim.total.label)
    ):
        return True
    for group in PARTITIONS:
        hits = _members(claim, group)
        # “其中中央、省级” alone may leave 市县 out; “省级…；市区级…；共计” says it does not
        rest = any(h is not None and h.startswith("其他") for h in hits)  # 其他 is the rest
        enough = claim.closing or rest or len(hits) >= min(MIN_LEVELS, len(group))
        if all(hits) and len(set(hits)) == len(hits) and enough:
            return True
    if claim.shares and len(claim.shares) == len(claim.parts):
        shares = sum((share.value for _, share in claim.shares), Decimal(0))
        return abs(shares - 100) <= len(claim.shares)
    return False


def _members(claim: SumClaim, group: tuple[str, ...]) -> list[str | None]:
    """The member of ``group`` each part names; a part of nothing (结余结转0万元 after
    基本支出 and 项目支出) adds nothing and is passed over."""
    hits = [next((w for w in group if w in member_label(p.label)), None) for p in claim.parts]
    return [h for h, p in zip(hits, claim.parts, strict=True) if h is not None or p.value]


def _prefix_adds_up(claim: SumClaim, parts: tuple[Quantity, ...]) -> bool:
    """The first two or more parts, not all, make the total exactly, and the next part
    stands after a stop (not a comma of the same list: “…高级工3人，中级工1人”), or they name
    a known whole (行政编制 + 事业编制 + 工勤, 专业技术 + 管理 + 工勤: the rest is beside it)."""
    total, text = claim.total, claim.sentence.text
    running = Decimal(0)
    for count, part in enumerate(parts[:-1], start=1):
        running += part.value
        if not any(p.value for p in parts[count:]):
            return False  # the rest are nil (“；上缴上级支出0万元…”): the prefix is the list
        if count >= 2 and running and abs(running - total.value) <= tolerance(total, parts[:count]):
            stop = _STOP.search(text, part.end, parts[count].start) is not None
            whole = names_whole([p.label for p in parts[:count]])
            lone = not one_kind(total, parts)  # names of one kind may add up by chance
            return whole or ((total.kind != COUNT or stop) and lone)
    return False


_STOP = re.compile(r"[；;。]")


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
        exact = abs(running - part.value) <= tolerance(part, parts[position + 1 : inner])
        opened = position + 1 < len(parts) and _OPENS_ITEMS.search(
            text, part.end, parts[position + 1].start
        )
        position = inner if inner - position > 2 and exact and opened else position + 1
    return tuple(kept)


def _total_finding(claim: SumClaim, complete: bool = False) -> ReviewFinding | None:
    """The total against its parts (the outer ones), reading a slipped unit as meant."""
    parts = _outer_parts(claim.sentence.text, _new_values(claim.sentence.text, claim.parts))
    if len(parts) < 2:
        return None
    slipped_total = total_slip(claim, parts) or mixed_slip(claim, parts)
    if slipped_total is not None:
        return slipped_total
    slip = unit_slip(claim.total, parts)
    return slip_finding(claim, parts, slip) if slip else _sum_finding(claim, parts, complete)


#: “由年初预算的65000万元调整为35000万元”: the old figure of a part, not a part.
_ADJUSTED_TO = re.compile(r"^\s*调(?:整|增|减)?(?:为|到|至)\s*$")


_CHANGED_BY = re.compile(r"调[增减]|增加|减少")


def _new_values(text: str, parts: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """The parts as adjusted: without the old figures, and then without the changes."""
    kept = tuple(
        part
        for part, after in zip(parts, (*parts[1:], None), strict=True)
        if after is None or not _ADJUSTED_TO.match(text[part.end : after.start])
    )
    if len(kept) == len(parts):
        return parts
    return tuple(part for part in kept if not _CHANGED_BY.search(part.label))


#: Lists this long, of the same names in the same order, are one list of categories.
TWIN_PARTS = 3
_NAME_NOISE = re.compile(r"^其中|[^\u4e00-\u9fff]")


def _names(claim: SumClaim) -> tuple[str, ...]:
    return tuple(_NAME_NOISE.sub("", p.label).removeprefix("其中") for p in claim.parts)


def adds_up(claim: SumClaim) -> bool:
    """The parts make the total, within the rounding their figures allow."""
    added = sum((p.value for p in claim.parts), Decimal(0))
    return abs(added - claim.total.value) <= tolerance(claim.total, claim.parts)


def _covers(claim: SumClaim) -> bool:
    """The parts reach the total: they add up to it, or pass it."""
    return adds_up(claim) or sum(p.value for p in claim.parts) > claim.total.value


def _twinned(claims: Sequence[SumClaim]) -> set[int]:
    """Claims whose list of parts is complete because a twin list — the same categories in the
    same order for another total (“申请预算…，其中A、B、C…”; “完成…，其中A、B、C…”) — adds up
    to its own total, or passes it: the categories are the whole (a twin whose parts pass its
    total is wrong itself, but its categories leave nothing out)."""
    whole: set[int] = set()
    for claim in claims:
        names = _names(claim)
        if len(names) < TWIN_PARTS or not all(names):
            continue
        for other in claims:
            same_parts = other.sentence is claim.sentence and [p.start for p in other.parts] == [
                p.start for p in claim.parts
            ]
            if other is not claim and not same_parts and _names(other) == names and _covers(other):
                whole.add(id(claim))
                break
    return whole


def _not_its_parts(claim: SumClaim, parts: tuple[Quantity, ...], added: Decimal) -> bool:
    """The list is not the total's parts, or adds up to it as written."""
    total = claim.total
    if _prefix_adds_up(claim, parts):
        return True  # “…，其中A、B；纳入评价的资金C”: the list ended before C
    if written_as(added, total) == total.value:
        return True  # equal at the precision the total is written to
    if total.kind == COUNT and crossed(parts):
        return True  # “学生1200人，其中女生580人，少数民族学生700人”: traits that overlap
    # “其中：国家财政性教育经费A，一般公共预算教育经费B”: one inside the other — not the
    # members of a known whole (人员经费 and 公用经费 never hold each other)
    overlapping = added > total.value * OVERLAPPING and all(p.value <= total.value for p in parts)
    return overlapping and not names_whole([p.label for p in parts])


#: What is left, or what changed: a 其中 after it may split the level stated before it.
_REMAINDER = re.compile(r"结转|结余|剩余|余额|调[增减]")
#: “预算A，实际支出B，资金来源为：…”: where the money came from splits the plan, not B.
_SOURCES = re.compile(r"来源")


def _whole_beside(claim: SumClaim, parts: tuple[Quantity, ...]) -> bool:
    """Parts after what is left over that make the whole stated before it (“收入1237万元，
    安排支出1169万元，结转下年使用68万元。其中：1.福利彩票公益金498万元…2.体育彩票公益金
    739万元”): the 其中 splits the whole, not the remainder."""
    total = claim.total
    if not _REMAINDER.search(total.label) and not _SOURCES.search(
        claim.sentence.text, total.end, claim.parts[0].start
    ):
        return False
    before = [q for q in claim.sentence.quantities if q.end <= total.start and q.kind == total.kind]
    added = sum((p.value for p in parts), Decimal(0))
    return any(q.value == added for q in before)


#: “共有单位3277个，包括机关和16个直属单位、…”: a name listed without its own count.
_UNCOUNTED = re.compile(r"[\u4e00-\u9fff]{2,}[和及与、]\s*$")


def _uncounted_first(claim: SumClaim, parts: tuple[Quantity, ...]) -> bool:
    """A count's list that opens with a name without a figure (it counts, unwritten)."""
    total = claim.total
    if total.kind != COUNT or parts[0].start < total.end:
        return False
    return bool(_UNCOUNTED.search(claim.sentence.text[total.end : parts[0].start]))


#: “A及B，合计共C”, “…，总计支出C”: a total that says it adds up the clauses right before it.
_SUMMED_UP = re.compile(r"^(?:合计|共计|总计)(?:共|为)?(?:支出|投入|下达|安排|拨付)?(?:为)?$")


def _summed_up(claim: SumClaim) -> bool:
    """A closing total labelled only by its adding word (合计共, 共计), right after its parts."""
    total, first = claim.total, claim.parts[0]
    if not claim.closing or not _SUMMED_UP.match(total.label.strip("，, ")):
        return False
    # the parts open the sentence's figures: no earlier one the clauses may have lost
    return not any(
        q.start < first.start and same_measure(q, total) for q in claim.sentence.quantities
    )


#: “支出总计A，包括本年支出B和年末结转和结余C”: the items a 决算's 总计 is made of (结余分配,
#: 用事业基金弥补 … left unnamed may be none or not: a gap only warns).
_FINAL_TOTAL = re.compile(r"(?:收入|支出)总计")
_FINAL_ITEMS = (("本年支出", "年末结转"), ("本年收入", "年初结转"))


def _final(claim: SumClaim) -> bool:
    if not _FINAL_TOTAL.search(claim.total.label) or len(claim.parts) != 2:
        return False
    labels = [p.label for p in claim.parts]
    return any(
        all(n in label for n, label in zip(names, labels, strict=True)) for names in _FINAL_ITEMS
    )


#: Kinds of units no unit is two of at once (a 行政 unit is no 事业 unit).
def _sum_finding(
    claim: SumClaim, parts: tuple[Quantity, ...], complete: bool = False
) -> ReviewFinding | None:
    total = claim.total
    added = sum((p.value for p in parts), Decimal(0))
    if total.value and any(p.value == total.value for p in parts) and not kinds_apart(parts):
        restated = restated_whole(claim, parts, added)  # the rest may lie beside the total
        if restated is not None or not _exhaustive(claim):
            return restated
    # (split_of_another: the 其中 splits this year's whole, stated before last year's level)
    if (
        _not_its_parts(claim, parts, added)
        or _whole_beside(claim, parts)
        or split_of_another(claim, parts)
        or splits_earlier(claim, parts, added)
    ):
        return None
    whole = added > total.value or complete or _exhaustive(claim) or _summed_up(claim)
    near = nearly_all(total, parts, added) or slip_gap(total, parts, added) or _final(claim)
    if not whole and (_rest_after(claim) or not near or _uncounted_first(claim, parts)):
        return None  # “其中” may name only some parts
    if not whole and claim.sentence.text.startswith("等", parts[-1].end):
        return None  # “…、软件开发695万元等”: the list says it leaves items out
    if abs(added - total.value) <= tolerance(total, parts):
        return _rounding_gap(claim, parts, added)
    listed = "＋".join(p.text for p in parts)
    gap = fmt_quantity(abs(added - total.value), total)
    if not whole:
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
    recomputed = fmt_quantity(added, total)
    return claim_finding(code, claim.sentence, total, parts[-1], message, recomputed)


def _rounding_gap(claim: SumClaim, parts: tuple[Quantity, ...], added: Decimal) -> ReviewFinding:
    """Parts a last digit away from their total, within what rounding allows: a 尾差."""
    total = claim.total
    message = (
        f"所列分项之和{'＋'.join(p.text for p in parts)}＝{fmt_quantity(added, total)}，"
        f"与总数{total.text}相差{fmt_quantity(abs(added - total.value), total)}，"
        "在数据舍入范围内（尾差）；应注明尾差原因或调整一致。"
    )
    recomputed = fmt_quantity(added, total)
    return claim_finding("sum-rounding-gap", claim.sentence, total, parts[-1], message, recomputed)


def check_sums(doc: ReportDoc) -> list[ReviewFinding]:
    """Totals that differ from the sum of their parts, and shares on the wrong base."""
    claims = all_claims(doc)
    findings: list[ReviewFinding] = []
    whole = _twinned(claims) | level_wholes(doc, claims)
    cut = doc.cut_off()
    for claim in claims:
        complete = id(claim) in whole
        total = _total_finding(claim, complete)
        if total is not None and runs_off(claim, total.code, cut):
            total = None  # the list runs into the end of an excerpt: the rest is not there
        if total is not None and rest_stated_after(doc, claim):
            total = None  # “上述合计100万元。另安排…8万元”: the rest is told after the list
        findings.extend([total] if total is not None else [])
        shares = [] if split_of_another(claim, claim.parts) else share_findings(claim)
        findings.extend(shares)
        wrong = any(f.code == "share-mismatch" for f in shares)  # a wrong share says it already
        if not wrong and (complete or _exhaustive(claim)):
            findings.extend(share_total(claim))
    return findings

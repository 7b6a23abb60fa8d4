"""The total a 其中 splits: the figure before it, past the total's own rates, changes and
shares and a reason clause (“…累计完成8736万元，完成年初预算的27.39%，同比增长11.91%，其中：…”),
and the companion totals a list's other figures add up to (a count beside its amount, an
amount before its beneficiaries)."""

from __future__ import annotations

import re

from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import POINTS
from jixiao.review.text.quantities import SCORE
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import same_measure

_SUMMABLE = (MONEY, COUNT, SCORE, MEASURE)
CAUSE = re.compile(r"原因|由于|因为|主要是")
CHANGE_LABEL = re.compile(r"增收|减收|增支|减支|增加|减少|增长|下降|节约|超支|差值|差额")


def usable(q: Quantity) -> bool:
    return q.kind in _SUMMABLE and not q.approx and not q.in_brackets


_CJK = re.compile(r"[\u4e00-\u9fff]")


#: “…资金总额75.20亿元，分配率99.5%。其中…” (支出进度100%): the total's own rate stands
#: between it and its 其中; a remainder (未分配0.32亿元) with the rate is no total.
_TOTALS_RATE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:率|进度)(?:为|是|达)?$|^占[\u4e00-\u9fff]{0,12}?的?(?:比例|比重)?(?:为|是)?$"
    r"|^(?:完成|为)[\u4e00-\u9fff]{0,8}的$"  # “，为预算的55.3%”
    r"|^完成[\u4e00-\u9fff]{0,6}(?:预算|计划|任务)数?$"  # “，完成年初预算36.7%”
    r"|^(?:同比)?(?:增长|下降|增幅|降幅)(?:了|为)?$"  # “700.4亿元，增长1.9%。其中…”
)
#: (已完成 is the work done: its 其中 splits it, its own rate standing between)
_REMAINDER = re.compile(r"未|已(?!完成)|剩余|结余|结转")
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
_RATE_CLAUSE = re.compile(
    r"[，,]*(?:[\u4e00-\u9fff]{0,4}(?:率|进度)(?:为|是|达)?|占[\u4e00-\u9fff]{0,12}?的?(?:比例|比重)?(?:为|是)?)"
    r"\d+(?:\.\d+)?%"
)


def _of_stated_base(before: list[Quantity]) -> bool:
    """The last figure is the total's share of a base written in its own clause right
    before it (“占年初预算数109466万元的56.3%”)."""
    rate, base = before[-1], before[-2]
    return (
        len(before) > 2
        and rate.kind == PERCENT
        and base.label.startswith(("占", "为", "完成"))
        and rate.label == f"{base.label}{base.text}的"
    )


#: “…，完成年初预算36.7%，快于序时进度3.4个百分点，其中…”: the total's pace against the
#: year's, in points after its rate.
_PACE = re.compile(r"(?:快于|慢于|超过?|高于|低于|落后于?)(?:序时|时间|均衡)?进度")


def _past_own_rate(sentence: Sentence, before: list[Quantity]) -> list[Quantity]:
    if len(before) < 2 or before[-1].kind not in (PERCENT, POINTS):
        return before
    if _of_stated_base(before):  # “…，占年初预算数109466万元的56.3%，其中…”
        return before[:-2]
    label = _BRACKETED.sub("", before[-1].label)
    if before[-1].kind == POINTS and not _PACE.search(label):
        return before
    if before[-1].kind == PERCENT and not _TOTALS_RATE.match(label):  # “占预算（…，下同）的”
        return before
    gap = sentence.text[before[-2].end : before[-1].start - len(before[-1].label)]
    if gap.strip("，,：: ") or _REMAINDER.search(before[-2].label):
        return before
    return before[:-1]


#: “…比上年减少3.20万元，下降17.0%”: the change a total's own clause adds after it.
_CHANGE_CLAUSE = re.compile(r"^[，,]?(?:[^，,。；;]{0,12}(?:较|比|同比|与))")


def _past_change(sentence: Sentence, before: list[Quantity]) -> list[Quantity]:
    """“三公经费支出15.60万元，比上年减少3.20万元，下降17.0%。其中：…”: the 其中 splits the
    figure whose year-on-year change stands between it and the 其中, not the change."""
    at = len(before)
    while at > 1 and (
        CHANGE_LABEL.search(before[at - 1].label) or has_any(before[at - 1].label, COMPARE_WORDS)
    ):
        at -= 1
    if at == len(before) or CHANGE_LABEL.search(before[at - 1].label):
        return before
    if not _CHANGE_CLAUSE.match(sentence.text[before[at - 1].end : before[at].start + 1]):
        return before
    return before[:at]


def _past_own_figures(sentence: Sentence, before: list[Quantity]) -> list[Quantity]:
    """The figures before a 其中 without the total's own rates and changes after it, however
    many (“…累计完成8736万元，完成年初预算的27.39%，同比增长11.91%，其中：…”)."""
    while True:
        kept = _past_change(sentence, _past_own_rate(sentence, before))
        if len(kept) == len(before):
            return before
        before = kept


#: “…，增长7.0%，主要原因是…增加。其中：…”: the reason for the total's change, ending its
#: sentence before the 其中 that splits the total.
#: (“，“三公”经费支出减少主要原因是…”: the reason may name what changed first)
_CHANGED = r"(?:[\u4e00-\u9fff“”]{2,14}(?:增加|减少|下降|增长|上升|变动|变化)的?)?"
_REASON_OPENER = re.compile(
    rf"[，,]\s*{_CHANGED}(?:主要(?:原因)?(?:是|为|系)|原因是|主要由于|主要因为)"
)
_REASON_CLAUSE = re.compile(
    rf"[，,]\s*{_CHANGED}(?:主要(?:原因)?(?:是|为|系)|原因是|主要由于|主要因为)[^。；;]*。?[ \t]*"
)


_COUNT_CLAUSE = re.compile(r"[\u4e00-\u9fff“”]{1,16}[，,：:]?\s*")
_ASIDE = re.compile(r"^\s*[（(][^（()）]*[）)]")
_SHARED_OUT = re.compile(
    r"[\u4e00-\u9fff]{0,16}[，,]?[\u4e00-\u9fff]{0,4}全部(?:分解|分配|下达|拨付)到位[，,：:]?\s*"
    r"|(?:下达|拨付|分配|安排)给?(?:你们|你单位|你局|你县|你区|你市|各单位)[，,：:]?\s*"
)
_PURPOSE_CLAUSE = re.compile(
    r"[，,]?[\u4e00-\u9fff]{0,8}用于[\u4e00-\u9fff“”]{2,30}[，,：:。]?\s*"
    # “补助资金总额118万元，对…发生灾害的情况进行补助，其中…”: whom the money went to
    r"|[，,]\s*对[\u4e00-\u9fff“”]{2,30}(?:进行|给予|实施)了?(?:补助|补贴|奖补|奖励|扶持|资助)"
    r"[，,：:]?\s*"
)
#: “…93分，评价等级为“优”。其中：…”: the grade a score total gives, before its parts.
_GRADE_CLAUSE = re.compile(
    r"[，,]\s*(?:自评|综合)?(?:评价)?(?:等级|结果|等次)(?:为|是|评定为)?\s*[“\"]?[优良中差][秀好等]?[”\"]?"
    r"(?:等级|等次)?[。，,：:]?\s*"
)
#: “实际支付2700万元，全部用于设备采购和软件开发。其中：…”: what all of it went to.
_WHOLE_USE = re.compile(r"[，,]?\s*(?:全部|全额|均)用于[\u4e00-\u9fff“”、]{2,30}[，,。：:]?\s*")
#: “支出566.20万元，按支出功能分类（类级），主要用于以下方面：…”: the key the parts split by.
_BY_KEY_CLAUSE = re.compile(
    r"[，,]?\s*按[\u4e00-\u9fff]{2,12}?分类?(?:[（(][\u4e00-\u9fff]{1,6}[)）])?[，,：:]?\s*"
)


def _cited(sentence: Sentence, q: Quantity) -> bool:
    """A figure of a document's number in brackets (“（福财直〔2020〕67号）”): no amount."""
    return q.in_brackets and "〔" in sentence.text[max(0, q.start - 12) : q.end + 6]


_LIST_OPENER = re.compile(r"其中|用于以下|分别为|包括|如下")
#: “…决算为100万元，2021年为125万元。其中…”: last year's figure said beside the total; the
#: 其中 splits this year's.
_PRIOR_CLAUSE = re.compile(
    r"[，,]\s*(?:上年|去年|上一年|(?:19|20)\d\d\s*年度?)(?:同期)?(?:为|是)\s*\d[\d,]*(?:\.\d+)?\s*[万亿]?元"
    # “…3136万元，较2020年的3178万元减少42万元”: last year's level the change is over
    r"|[，,]\s*(?:较|比|与)(?:上年|去年|上一年|(?:19|20)\d\d\s*年度?)(?:同期)?的\s*"
    r"\d[\d,]*(?:\.\d+)?\s*[万亿]?元"
)


#: “…预算为432万元，与2020年预算基本持平，其中…”: a comparison with no figure of its own.
_FLAT_CLAUSE = re.compile(
    r"[，,]\s*(?:与|较|比|同)(?:上年|去年|上一年|(?:19|20)\d\d\s*年度?)(?:同期)?(?:预算|决算)?数?"
    r"(?:相比)?[，,]?\s*(?:基本)?(?:持平|相当|相同|一致|无变化|无增减)"
)


def total_before(sentence: Sentence, position: int) -> Quantity | None:
    openers = list(_REASON_OPENER.finditer(sentence.text, 0, position))
    reason = openers[-1] if openers else None
    if reason is not None and _REASON_CLAUSE.fullmatch(sentence.text, reason.start(), position):
        inside = [q for q in sentence.quantities if reason.start() < q.start < position]
        # a figure of the reason (“主要原因是有疫情防控经费29.01万元”) stays in it; a total
        # after the reason (“，主要是人员增加，本年支出合计500万元”) ends it
        if all(q.kind != MONEY or CAUSE.search(q.label) for q in inside):
            position = reason.start()
    prior = [m.span() for m in _PRIOR_CLAUSE.finditer(sentence.text, 0, position)]
    before = [
        q
        for q in sentence.quantities
        if q.end <= position
        and q.kind != "date"
        and not _cited(sentence, q)
        and not any(start <= q.start < end for start, end in prior)
    ]
    kept = _past_own_figures(sentence, before)
    gap_start = before[-1].end if len(kept) < len(before) else None
    before = kept
    if _counted_aside(sentence, before, position):
        before, gap_start = before[:-1], position  # (the count of the items, not their total)
    if not before or not usable(before[-1]) or CHANGE_LABEL.search(before[-1].label):
        # “…，增收5939万元。其中…”: a change has no parts
        return _restated(sentence, before, position)
    if CAUSE.search(before[-1].label):
        return None  # “…，主要原因是上年有专项经费29.01万元。其中…”: a reason, not the total
    if sentence.start == 0 and not _CJK.search(sentence.text[: before[-1].start]):
        return None  # “2、7万元，其中…” opening a paragraph: a figure cut at a page break
    if _ends_list(sentence, before[-1]) and "。" in sentence.text[before[-1].end : position]:
        return None  # “…其中：A、B、其他C。其中，…”: C is the last part, not the new total
    gap = _RATE_CLAUSE.sub("", sentence.text[gap_start or before[-1].end : position])
    gap = _FLAT_CLAUSE.sub("", _PRIOR_CLAUSE.sub("", gap))
    gap = _ASIDE.sub("", gap)  # “35,820.29万元(含部分上级资金，不含…)，其中，…”
    if _ITEMISED.match(sentence.text, position) and _WHERE_CLAUSE.fullmatch(gap):
        return before[-1]  # “资金X统一计入…收入，具体为A、B”: where it went, then its items
    return before[-1] if _bridges(before[-1], gap) else None


#: “资金60万元，涉及2个项目，分别为：…”: how many items the amount is shared among, between
#: the amount and its list.
_COUNTED_CLAUSE = re.compile(
    r"[，,]\s*(?:涉及|包括|共|含|计|分|安排|支持|实施|用于)?\s*\d{1,3}\s*(?:个|项|类|批|笔)"
    r"[\u4e00-\u9fff]{0,6}[，,：:]?\s*"
)


def _counted_aside(sentence: Sentence, before: list[Quantity], position: int) -> bool:
    """The last figure before the list is the count of its items, an amount right before it."""
    if len(before) < 2 or before[-1].kind != COUNT or before[-2].kind != MONEY:
        return False
    return _COUNTED_CLAUSE.fullmatch(sentence.text, before[-2].end, position) is not None


def _restated(sentence: Sentence, before: list[Quantity], position: int) -> Quantity | None:
    """“总投资1.69亿元（16900万元），其中…”: the total, restated in brackets in another unit
    right before the 其中 (else None)."""
    if len(before) < 2 or not before[-1].in_brackets or before[-2].in_brackets:
        return None
    same = before[-1].kind == before[-2].kind and before[-1].value == before[-2].value
    closed = sentence.text[before[-1].end : position].strip("，, ") in ("）", ")")
    return before[-2] if same and closed and usable(before[-2]) else None


#: An opener that names every item of the total before it, and a clause of words alone
#: between them (what was done with the money).
_ITEMISED = re.compile(r"具体(?:为|是)|分别(?:为|是)")
_WHERE_CLAUSE = re.compile(r"[，,]?\s*[\u4e00-\u9fff“”]{2,30}[，,]\s*")


def _ends_list(sentence: Sentence, last: Quantity) -> bool:
    """``last`` closes a list opened before it, figures of the list standing between (not
    “包括行政单位、事业单位…经费决算总额2771万元”: a list of names, then the total)."""
    openers = list(_LIST_OPENER.finditer(sentence.text, 0, last.start))
    if not openers:
        return False
    opened = openers[-1].end()
    # (a flattened table's “其中:本年财政拨款90 89.974 …本项目共申请预算资金90万元”: cells,
    # then the total of the prose after them, no figure of its measure between)
    return any(
        opened <= q.start and q.end <= last.start and same_measure(q, last)
        for q in sentence.quantities
    )


def _bridges(total: Quantity, gap: str) -> bool:
    """Whether ``gap``, between a total and its 其中, leaves the 其中 splitting the total."""
    if len(gap.strip("，,：: 。（(；;")) == 0:  # (“…1969万元；其中：…”)
        return True
    # “共对9个重点项目进行了评价，其中…”: a count with its noun and verb, then the 其中
    if total.kind == COUNT and "共" in total.label and _COUNT_CLAUSE.fullmatch(gap):
        return True
    if total.kind == SCORE and _GRADE_CLAUSE.fullmatch(gap):
        return True  # “自评得分93分，评价等级为“优”。其中：决策…”: the grade the total gives
    # “共下达5404万元中央资金用于…项目建设，其中…”: an amount with what it is for; “…资金
    # 6800万元进行了合理分解，已全部分解到位，其中…”: an amount shared out in full
    if total.kind != MONEY:
        return False
    whole = "共" in total.label or "总额" in total.label
    pooled = whole and _PURPOSE_CLAUSE.fullmatch(gap) is not None
    return pooled or any(p.fullmatch(gap) for p in (_SHARED_OUT, _WHOLE_USE, _BY_KEY_CLAUSE))


def money_before(sentence: Sentence, mark: int) -> Quantity | None:
    """“…支出资助经费2816.73万元，受益学生近29401人次。其中，…经费1490.4万元，受益学生…”: the
    amount before the count that ends the text before the 其中 (the count too rough, or of
    another measure, to be the total the sentence splits)."""
    before = [q for q in sentence.quantities if q.end <= mark and q.kind != "date"]
    # (“补助资金17.80万元，计划兑现面积1980亩，其中：…”: a measure too)
    if len(before) < 2 or before[-1].kind not in (COUNT, MEASURE) or before[-2].kind != MONEY:
        return None
    money, count = before[-2], before[-1]
    between = sentence.text[money.end : count.start]
    if re.search(r"[。；;]", between) or not usable(money):
        return None
    return money if not sentence.text[count.end : mark].strip("，,。：: ") else None


def count_beside(sentence: Sentence, total: Quantity) -> Quantity | None:
    """“续建项目45个，预算支出259721万元，其中：(1)…项目7个，预算支出…”: the count stated
    with the amount, whose parts the items give beside their amounts."""
    if total.kind != MONEY:
        return None
    before = [q for q in sentence.quantities if q.end <= total.start]
    count = before[-1] if before else None
    if count is None or count.kind != COUNT or not usable(count):
        return None
    between = sentence.text[count.end : total.start - len(total.label)]
    return count if not between.strip("，, ") and "共" not in total.label else None

"""调增/调减 amounts: “较年初预算数调增了X万元” against the two amounts it compares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.dated_levels import last_years
from jixiao.review.checks.dated_levels import since_change
from jixiao.review.checks.gaps import GAP
from jixiao.review.checks.gaps import agrees
from jixiao.review.checks.gaps import difference_finding
from jixiao.review.checks.gaps import gap_finding
from jixiao.review.checks.prior_bases import bare_prior
from jixiao.review.checks.rate_inputs import SCHEDULE_GAP
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import part_start
from jixiao.review.text.sentences import role
from jixiao.review.text.sentences import same_measure
from jixiao.review.text.sentences import word_pairs

#: The words a stated difference is told in, those that say it went down, and those that
#: compare with a plan rather than with another figure (超收, 短收).
_DOWN_WORDS = "调减|减少|下降|节约|节省|减收|减支|减了"
_CHANGE_WORDS = f"调增|增加|超支|增收|增支|增了|{_DOWN_WORDS}"
_DIFF_WORDS = f"{_CHANGE_WORDS}|超收|短收"
DIFF = re.compile(rf"({_DIFF_WORDS})了?\s*$")
#: The comparison said of a change: its base in words, or with last year's figure in it
#: (“比上年的12,454.99元增加”, “比上年累计支出285万元下降”); not the 比 of “与2021年相比收入
#: 总计减少”.
_REFERENCE = re.compile(
    r"(?<!相)(较|比|与)([^，。；]{1,10}?|[^，。；]{1,40}?\d[\d,]*(?:\.\d+)?\s*[万亿]?元)"
    rf"(数|相比[，,]?)?净?({_CHANGE_WORDS})"  # (“与2020年的1006万元相比，净增加19万元”)
)


_OTHER_PERIOD = re.compile(r"(?:19|20)\d\d\s*年|上年|去年|上一年")
_YEAR_WORDS = re.compile(r"年度|本年|全年")
_DIFF_WORD = re.compile(_DIFF_WORDS)
_ADJUSTED = re.compile(r"调整后|调整预算|全年预算")


def _difference_inputs(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    floor = part_start(sentence.text, amount.start)
    before = [
        q
        for q in sentence.quantities
        if floor <= q.start
        and q.end <= amount.start
        and same_measure(q, amount)
        and not _DIFF_WORD.search(q.label)  # an earlier change is no level
    ]
    if len(before) < 2 or any(q.approx for q in before[-2:]):
        return None
    # the comparison said of this amount: the last before it (“较年初预算数减少A，…，较上年
    # 支出数减少B”: B's base is last year's figure, not the budget)
    reference = next(reversed(list(_REFERENCE.finditer(sentence.text, floor, amount.start))), None)
    if reference is None:
        return None
    if "其中" in sentence.text[before[-1].end : reference.start()]:
        return None  # “…，其中公务接待费比预算节省C”: a part named without its figures
    stated = [q for q in before if reference.start() <= q.start < reference.end()]
    if stated:  # “较上年896.77万元减少C”: the base is the figure the comparison states
        return _stated_base(sentence.text, before, stated[-1], amount)
    words = reference.group(2)
    year = _OTHER_PERIOD.search(words)
    if year is not None:  # “较2022年度决算数增加”: the base is that year's figure, if stated
        return _dated_inputs(sentence, before, year.group(0))
    return _named_base(_YEAR_WORDS.sub("", words), before, amount)


def _named_base(
    words: str, before: list[Quantity], amount: Quantity
) -> tuple[Quantity, Quantity] | None:
    """The base the comparison names by its words (比当年预算 → the figure labelled 预算) and
    the figure compared with it."""
    base_words = word_pairs(words)
    scored = [(sum(1 for w in base_words if w in q.label), -n, q) for n, q in enumerate(before)]
    best = max(scored, key=lambda item: (item[0], item[1]))
    if best[0] == 0:
        return None
    base = best[2]
    tied = [q for score, _, q in scored if score == best[0]]
    year_budget = "当年" in words or "调整" in words  # not a bare 比预算: 年初 may be meant
    if year_budget and any(_ADJUSTED.search(q.label) for q in tied[1:]):
        # “年初预算A，调整后预算B，…比当年预算节省C”: the year's budget is the adjusted one
        base = next(q for q in reversed(tied) if _ADJUSTED.search(q.label))
    if any("其中" in q.label for q in tied[1:]):
        base = tied[-1]  # “…，其中公务接待费预算12万元，实际支出9.6万元，比预算节省”: the part's
    # the figure the sentence is about: not one compared (“比上年的320万元”) itself
    other = next(
        (
            q
            for q in reversed(before)
            if q is not base and not _COMPARED.search(q.label) and not _bracketed(q, amount)
        ),
        None,
    )
    return (base, other) if other is not None else None


#: “…，上年960.76万元，减少64.48万元”: the change right after last year's level.
_RIGHT_AFTER = re.compile(rf"^\s*[）)]?\s*[，,]\s*(?:{_CHANGE_WORDS})了?\s*$")


def _bare_prior_inputs(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    """Last year's level named 上年 alone right after this year's, and this year's."""
    figures = sentence.quantities
    at = figures.index(amount)
    if at < 2 or not _RIGHT_AFTER.match(sentence.text[figures[at - 1].end : amount.start]):
        return None
    base, level = figures[at - 1], figures[at - 2]
    if not bare_prior(sentence, base) or base.approx or level.approx:
        return None
    return base, level


def _bracketed(quantity: Quantity, amount: Quantity) -> bool:
    """A part in the brackets after a total (“A(其中:B,C),比…增加D”) is not what the change
    outside them is said of."""
    return quantity.in_brackets and not amount.in_brackets


#: “完成年初预算A的96.25%”: A is the base of a share, not the figure compared.
_SHARE_BASE = re.compile(r"\s*的\s*\d+(?:\.\d+)?\s*[%％]")


def _stated_base(
    text: str, before: list[Quantity], base: Quantity, amount: Quantity
) -> tuple[Quantity, Quantity] | None:
    """The base stated in the comparison and the figure compared: the nearest before it
    that is not itself a base (“A，较年初预算数B减少…，较上年C减少D”: C against A; “A，完成
    年初预算B的P%，较上年C增加D”: C against A)."""
    other = next(
        (
            q
            for q in reversed(before)
            if q.start < base.start
            and not _COMPARED.search(q.label)
            and not _SHARE_BASE.match(text, q.end)
            and not _bracketed(q, amount)
        ),
        None,
    )
    return (base, other) if other is not None else None


def _dated_inputs(
    sentence: Sentence, before: list[Quantity], year: str
) -> tuple[Quantity, Quantity] | None:
    """The figure of that ``year`` and the one compared with it."""
    dated = [q for q in before if year in q.label and not _DIFF_WORD.search(q.label)]
    if not dated and year in _LAST_YEAR:
        # “2023年…A，2022年…B，比去年增加C”: the two figures alone since the last change
        # told before them (with more, which of this year's is compared cannot be told)
        before = since_change(sentence, before, _DIFF_WORD)
        last = last_years(sentence, before)
        return (last[0], before[0]) if len(last) == 1 and len(before) == 2 else None
    if not dated:
        return None
    if dated[-1] is not before[-1]:
        return dated[-1], before[-1]
    # “A，2014年为B，较2014年增加C”: A is this year's
    others = [q for q in before[:-1] if year not in q.label]
    if not others or "其中" in sentence.text[others[0].start : dated[-1].start]:
        return None  # “A，其中B，2022年为C”: which of A and B is compared?
    return dated[-1], others[-1]


_LAST_YEAR = ("上年", "去年", "上一年")


_COMPARED = re.compile(r"(?<!相)[比较]")


def labelled_amounts(doc: ReportDoc, label: re.Pattern[str]) -> Iterator[tuple[Sentence, Quantity]]:
    """Every exact money figure whose label ends as ``label`` says, with its sentence."""
    for sentence in doc_sentences(doc):
        for amount in sentence.quantities:
            if amount.kind == MONEY and not amount.approx and label.search(amount.label):
                yield sentence, amount


def difference_pair(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    """The base and the figure compared with it that a stated change lies between."""
    return (
        _difference_inputs(sentence, amount)
        or _bare_prior_inputs(sentence, amount)
        or _over_plan_inputs(sentence, amount)
        or _adjusted_inputs(sentence, amount)
    )


def check_differences(doc: ReportDoc) -> list[ReviewFinding]:
    """“较年初预算数调增了X万元”: X should equal the difference of the two amounts."""
    findings: list[ReviewFinding] = []
    for sentence, amount in labelled_amounts(doc, GAP):
        finding = gap_finding(sentence, amount)
        if finding is not None:
            findings.append(finding)
    for sentence, amount in labelled_amounts(doc, DIFF):
        pair = difference_pair(sentence, amount)
        finding = change_finding(sentence, amount, *pair) if pair is not None else None
        if finding is not None:
            findings.append(finding)
    # (savings, excesses and changes said without their way: each of its own two amounts)
    for label, inputs in (
        (_SAVED, _saved_inputs),
        (_EXCESS, _excess_inputs),
        (_NET_CHANGE, _net_change_inputs),
    ):
        for sentence, amount in labelled_amounts(doc, label):
            pair = inputs(sentence, amount)
            finding = change_finding(sentence, amount, *pair) if pair else None
            if finding is not None:
                findings.append(finding)
    return findings


#: Last year's figure named as such (“，上年24634.58万元”; not 使用上年结转结余).
_LAST_YEARS_OWN = re.compile(
    r"(?:^|[，,、])\s*(?:上年|去年|上一年)(?:同期)?(?:数|金额)?(?:为|是)?\s*$"
)
#: “本年A，上年B，同比增减额C”: a change said without its way, of this year's against last.
_NET_CHANGE = re.compile(r"(?:^|[，,])\s*(?:同比)?增减(?:额|金额|数)?(?:为)?$")


def _net_change_inputs(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    """Last year's amount and this year's, the only two before the change (this year's
    first), when the change agrees with neither way of their difference."""
    before = _two_before(sentence, amount)
    if before is None:
        return None
    this, last = before
    if not _LAST_YEARS_OWN.search(last.label) or _OTHER_PERIOD.search(this.label):
        return None
    if agrees(amount, abs(this.value - last.value), last, this):
        return None  # (a fall said as a bare figure, its sign left out)
    return last, this


#: “应配套A，实际配套到位资金B，超规模配套C”: what the result passed the plan by.
_EXCESS = re.compile(r"(?:^|[，,])\s*超(?:出|过)?(?:规模|计划|预算|任务|目标)[\u4e00-\u9fff]{0,6}$")


#: “预算执行2434.80万元，实际采购金额2170.10万元，节约资金264.70万元”: what the result
#: saved of the amount before it.
_SAVED = re.compile(r"(?:^|[，,])\s*节约(?:资金|金额)?(?:为)?$")


def _two_before(sentence: Sentence, amount: Quantity) -> list[Quantity] | None:
    """The only two exact amounts of ``amount``'s measure in its ；-part before it."""
    floor = part_start(sentence.text, amount.start)
    before = [
        q
        for q in sentence.quantities
        if floor <= q.start and q.end <= amount.start and same_measure(q, amount)
    ]
    return before if len(before) == 2 and not any(q.approx for q in before) else None


def _saved_inputs(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    """The amount planned and the one spent before the saving, the first the larger
    (C = A − B)."""
    before = _two_before(sentence, amount)
    if before is None or before[0].value <= before[1].value:
        return None
    return before[0], before[1]


def _excess_inputs(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    """The plan and the result, the only two amounts of the ；-part before the excess, in
    that order (C = B − A)."""
    before = _two_before(sentence, amount)
    if before is None:
        return None
    plan, result = before
    if role(plan.label) != "plan" or role(result.label) != "actual":
        return None
    return plan, result


#: The words a change is told in, by its verb's last character: 调减/调增, 减收/增收 ….
_WAYS = {
    "增": ("调减", "调增"),
    "减": ("调减", "调增"),
    "收": ("减收", "增收"),
    "支": ("减支", "增支"),
}


#: What came in above or below the plan (“完成年度收入计划B的101.0%，超收C”).
_PLAN_WAYS = ("短收", "超收")


def _over_plan_inputs(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    """“收入A，…，完成年度收入计划B的P%，超收C”: the plan B and the result A before it."""
    said = DIFF.search(amount.label)
    if said is None or said.group(1) not in _PLAN_WAYS:
        return None
    floor = part_start(sentence.text, amount.start)
    before = [
        q
        for q in sentence.quantities
        if floor <= q.start and q.end <= amount.start and same_measure(q, amount) and not q.approx
    ]
    plans = [n for n, q in enumerate(before) if role(q.label) == "plan"]
    if not plans or plans[-1] == 0 or role(before[plans[-1] - 1].label) == "plan":
        return None
    if plans[-1] != 1:
        return None  # several figures before the plan: a result and its parts, maybe
    if SCHEDULE_GAP.search(sentence.text[before[1].end : amount.start]):
        return None  # “…的78%，超平均进度11.3个百分点，超收C”: above the schedule, not the plan
    return before[1], before[0]


_ADJUSTED_TO = re.compile(r"^\s*调整(?:后)?(?:为|到|至)\s*$")


def _adjusted_inputs(sentence: Sentence, amount: Quantity) -> tuple[Quantity, Quantity] | None:
    """“由51.9亿元调整为111.65亿元，调增59.57亿元”: the two amounts right before the change
    (调增 or 调减 only: a 增加 after them may be over last year)."""
    if not re.search(r"调[增减]了?\s*$", amount.label):
        return None
    before = [q for q in sentence.quantities if q.end <= amount.start]
    if len(before) < 2:
        return None
    base, other = before[-2:]
    if not (same_measure(base, amount) and same_measure(other, amount)):
        return None
    if not _ADJUSTED_TO.match(sentence.text[base.end : other.start]):
        return None
    opened = sentence.text[max(0, base.start - 2) : base.start]
    return (base, other) if opened.endswith("由") else None


def change_finding(
    sentence: Sentence, amount: Quantity, base: Quantity, other: Quantity
) -> ReviewFinding | None:
    down = bool(re.search(f"{_DOWN_WORDS}|短收", amount.label))
    readings = (other, *_wholes(sentence, amount, base, other))
    if any(agrees(amount, _signed(q, base, down), base, q) for q in readings):
        return None
    # the reading nearest what is stated names the figure the change is said of
    other = min(readings, key=lambda q: abs(_signed(q, base, down) - amount.value))
    change = other.value - base.value
    said = DIFF.search(amount.label)
    words = _WAYS.get(said.group(1)[-1] if said else "", ("减少", "增加"))
    if said and said.group(1) in _PLAN_WAYS:
        words = _PLAN_WAYS
    word = words[0] if change < 0 else words[1]
    right = fmt_quantity(abs(change), amount)
    # either level may be the slip: what each would be, were the stated change right
    level = base.value - amount.value if down else base.value + amount.value
    start = other.value + amount.value if down else other.value - amount.value
    message = (
        f"{other.text}与{base.text}相差{right}（应为{word}），"
        f"报告列为{said.group(1) if said else ''}{amount.text}；"
        f"若{amount.text}无误，则{other.text}应为{fmt_quantity(level, other)}，"
        f"或{base.text}应为{fmt_quantity(start, base)}。"
    )
    recomputed = f"{word}{right}"
    if (change < 0) != down:  # the change runs the other way: its value as the text signs it
        recomputed += f"（即{words[0] if down else words[1]}-{right}）"
    return difference_finding(sentence, base, amount, message, recomputed)


def _signed(other: Quantity, base: Quantity, down: bool) -> Decimal:
    change = other.value - base.value
    return -change if down else change


def _wholes(
    sentence: Sentence, amount: Quantity, base: Quantity, other: Quantity
) -> list[Quantity]:
    """“转移性收入A，其中:…B,比报告数C增加D”: the change may be said of the whole before the
    其中 rather than of its last part."""
    text = sentence.text
    return [
        whole
        for whole in sentence.quantities
        if whole.end <= other.start
        and whole is not base
        and same_measure(whole, amount)
        and "其中" in text[whole.end : other.start]
    ]

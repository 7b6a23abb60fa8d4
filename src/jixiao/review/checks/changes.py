"""Year-on-year changes and the totals of a 决算: what 决算说明 texts state most.

* “收入合计128.61万元，较上年增加28.61万元，增长28.6%”: the rate is the change over last
  year's figure, current − change (or current + change for a decrease);
* the paired form “收、支总计各是A、B万元。与上年相比，收、支总计各减少C、D万元，各下降p%、q%”;
* 收入总计 and 支出总计 of a 决算, which balance by construction (:mod:`balances`);
* a percentage cut off instead of rounded half-up (38.2875 % written 38.28 %) is told apart
  from a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.balances import balance_finding
from jixiao.review.checks.balances import balances
from jixiao.review.checks.percent_findings import change_finding
from jixiao.review.checks.percent_findings import change_rate
from jixiao.review.checks.percent_findings import how_changed
from jixiao.review.checks.percent_findings import level_change
from jixiao.review.checks.percent_findings import rate_finding
from jixiao.review.checks.percent_findings import reachable
from jixiao.review.checks.rate_inputs import SCHEDULE_GAP
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.slips import written_slip
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import role

MAX_GAP = 40
_UP = "增加|增长|上升|提高|增收|增支"
_DOWN = "减少|下降|降低|减收|减支"
#: “比上年预算增56400元”: 增 or 减 alone, right after what it compares with.
BARE_WAY = "(?<=[年算数期])[增减]"
#: The word of a change, 了 allowed after it (增加了3.6万元，增长了6.46%).
#: (“减少支出0.88亿元”: the noun of the change between; “降幅达到38.7%”: its rate.)
_CHANGE_WORD = re.compile(
    rf"(?P<word>{_UP}|{_DOWN}|{BARE_WAY}|增幅|降幅|减幅)了?(?:支出|收入|资金|经费)?(?:达到|达|为)?\s*$"
)


def _up(word: str) -> bool:
    """The change word says the figure went up."""
    return word[0] in "增上提"


COMPARED = re.compile(
    r"[较比与](?:上年|去年|上一年)|同比|[较比](?:年初|人代会|人大批准的?|调整后?的?)预算数?|与?20\d\d年(?:度)?(?:预算|决算)?数?相比|较20\d\d年|比20\d\d年"
)


#: “超收14519万元”: a difference from the plan, not this year's level.
_OVER_PLAN = re.compile(r"(?:超收|短收|超支|节支|节约|超额)\s*$")
#: “2014年为107.89万元”: last year's level, stated beside this year's.
STATED_PRIOR = re.compile(r"(?<![较比与])(?:上年|去年|上一年|20\d\d\s*年度?)(?:同期)?(?:为|是)$")
#: “上年因公出国（境）费50万元，本年…减少10万元”: last year's level named as such (not 上年结转,
#: money carried into this year).
_PRIOR_NAMED = re.compile(r"^[，,]?\s*(?:上年|去年|上一年)度?(?!结转|结余)")
#: “收、支总计各是A、B…各减少C、D”: figures of two subjects at once (not 各乡(镇)).
_EACH = re.compile(rf"各(?:是|为|自|{_UP}|{_DOWN})")


def _is_level(quantity: Quantity, sentence: Sentence) -> bool:
    """A figure of this year's level: not a budget it is measured against (“完成预算29.6万元
    的92.8%”), not the base of a share."""
    after = sentence.text[quantity.end : quantity.end + 1]
    return after != "的" and role(quantity.label) != "plan"


#: “与2021年相比收入总计减少…”: the change names the figure it is said of.
_SUBJECT = re.compile(
    rf"(?:{COMPARED.pattern})[，,]?(?P<subject>[\u4e00-\u9fff]{{2,10}}?)(?:{_UP}|{_DOWN})\s*$"
)


def _named_level(change: Quantity, before: list[Quantity]) -> Quantity:
    """The level a change is said of: when the change names its subject (收入总计减少), the
    last figure before it of that name; else the figure just before it."""
    named = _SUBJECT.search(change.label)
    if named is None:
        # “A（县本级B，园区C），比上年增加D”: the parts in brackets are not what changed
        outside = [q for q in before if not q.in_brackets or change.in_brackets]
        return outside[-1] if outside else before[-1]
    subject = named.group("subject").removesuffix("数")  # 较上年支出数减少
    return next((q for q in reversed(before) if subject in q.label), before[-1])


#: A change of one year's budget over another's: the budget is then the level compared.
_BUDGETS = re.compile(r"(?:比|较)(?:上年|20\d\d年度?)预算")


#: “较上年减少1.5万元(42.86%)”: the rate in brackets right after the change it measures.
_BRACKETED_RATE = re.compile(rf"^\s*[（(]\s*(?:{_UP}|{_DOWN})?\s*$")


def _rate_of_change(sentence: Sentence, change: Quantity, rate: Quantity) -> bool:
    """The percentage after a change is its rate: worded (增长p%) or bracketed (D万元(p%)),
    in the change's own clause (not “增加C；与上年相比增长p%”, a rate over another base)."""
    between = sentence.text[change.end : rate.start]
    if re.search(r"[；;]", between):
        return False
    if _CHANGE_WORD.search(rate.label) is not None:
        return True
    return _BRACKETED_RATE.match(sentence.text[change.end : rate.start]) is not None


#: The clause of a change that names no subject of its own: “；比2019年决算数减少C”.
_BARE_CLAUSE = re.compile(r"[；;，,]\s*(?:比|较|与)[^；;，,]*$")


#: “公务用车购置费A，…；公务用车运行维护费较上年减少C”: the change is another subject's.
_NEW_SUBJECT = re.compile(r"[；;]\s*[\u4e00-\u9fff“”（）()]{2,}?(?:较|比|同比|与)[^；;]*$")


def _same_subject(gap: str) -> bool:
    """A change far from its level, in a clause that only compares (“A，完成预算…的P%，比上年
    增加B，增长Q%；比2019年减少C”): said of the same level, with no part named between."""
    return "其中" not in gap and "。" not in gap and _BARE_CLAUSE.search(gap) is not None


def _one_level(sentence: Sentence) -> bool:
    """No figures of two subjects at once (“…各减少C、D”), unless the two are of one level
    (“收入总计A，支出总计A，与上年相比，各增加C，增长p%”)."""
    each = _EACH.search(sentence.text)
    if each is None:
        return True
    levels = {q.value for q in sentence.quantities if q.kind == MONEY and q.end <= each.start()}
    return len(levels) == 1


def _contradicts(change_word: str, rate_label: str) -> bool:
    """The change and its rate said in opposite directions (增加 … 下降)."""
    said = _CHANGE_WORD.search(rate_label)
    if said is None:
        return False
    return _up(change_word) != _up(said.group("word"))


#: “上划中央收入完成12133万元，减少282万元，下降2.72%”: a level, its change and the change's
#: rate side by side need no 比上年 — whatever the base, the rate is the change over it.
_TIGHT = re.compile(
    rf"[，,]\s*(?:{_UP}|{_DOWN})了?\s*(?=\d[\d,.]*\s*[万亿]?元[，,]\s*(?:{_UP}|{_DOWN}))|[，,]\s*(?:{_UP}|{_DOWN})了?\s*$"
)


def _changes_one_level(sentence: Sentence) -> bool:
    """The sentence states a change (compared, or side by side with its level and rate) of
    one level, not figures of two subjects at once (the paired check's)."""
    changed = COMPARED.search(sentence.text) or _TIGHT.search(sentence.text)
    return changed is not None and _one_level(sentence)


def _single_changes(sentence: Sentence) -> Iterator[ReviewFinding]:
    """“X万元，较上年增加D万元，增长p%”."""
    if not _changes_one_level(sentence):
        return
    figures = sentence.quantities
    for number, change in enumerate(figures):
        word = _CHANGE_WORD.search(change.label)
        if change.kind != MONEY or word is None or change.approx:
            continue
        # “比2021年预算增加”, or a budget with no spending beside it (部门预算: “工资福利支出
        # 预算905709.06元，…同比增加…”): the budget is the level that changed
        money = [q for q in figures[:number] if q.kind == MONEY]
        budgets = _BUDGETS.search(change.label) is not None or not any(
            role(q.label) == "actual" for q in money
        )
        before = [
            q
            for q in money
            if not _CHANGE_WORD.search(q.label)
            and not STATED_PRIOR.search(q.label)
            and not _PRIOR_NAMED.search(q.label)
            and not _OVER_PLAN.search(q.label)
            and not SCHEDULE_GAP.search(q.label)  # “短月进度1143万元”: a gap, no level
            and (_is_level(q, sentence) or (budgets and sentence.text[q.end : q.end + 1] != "的"))
        ]
        rate = next((q for q in figures[number + 1 : number + 2] if q.kind == PERCENT), None)
        said = rate is not None and _rate_of_change(sentence, change, rate)
        if not before or rate is None or not said or _contradicts(word.group("word"), rate.label):
            continue  # no rate of this change, or one said the other way (增加…，下降…)
        if any(STATED_PRIOR.search(q.label) for q in money if q.start > before[-1].start):
            continue  # “A，2014年为B，较2014年增加C”: the stated base is read in prior_bases
        current = _named_level(change, before)
        gap = sentence.text[current.end : change.start]
        far = len(gap) > MAX_GAP and current is before[-1] and not _same_subject(gap)
        far = far or _NEW_SUBJECT.search(gap) is not None
        tight_by = _TIGHT.fullmatch(gap) and not re.search(r"[较比与]", current.label)
        if far or not (COMPARED.search(gap) or tight_by):
            continue  # the change is not said of the figure just before it (nor is it the
            # base: “较2016年决算4.08万元，增加了0.47万元”)
        if current.approx:
            continue
        finding = _said_of(sentence, before, current, change, rate)
        if finding is not None:
            yield finding


def _said_of(
    sentence: Sentence, before: list[Quantity], current: Quantity, change: Quantity, rate: Quantity
) -> ReviewFinding | None:
    """The finding on the rate of ``change`` over ``current``, or over the total a 其中 opens
    before it: “总预算A，其中：…，项目支出B，同比增加C” is said of A when it fits A, or when it
    is A's rate with a slip of the hand."""
    finding = level_change(sentence, current, change, rate, current.start)
    whole = _whole_before_parts(sentence, before, current)
    if whole is None:
        return finding
    of_whole = level_change(sentence, whole, change, rate, whole.start)
    slipped = of_whole is not None and written_slip(rate.text, of_whole.recomputed)
    return of_whole if of_whole is None or slipped else finding


def _whole_before_parts(
    sentence: Sentence, before: list[Quantity], current: Quantity
) -> Quantity | None:
    """The total a 其中 opens before the level, which the change may be said of instead."""
    mark = sentence.text.rfind("其中", 0, current.start)
    wholes = [q for q in before if q.end <= mark and not q.approx]
    return wholes[-1] if mark >= 0 and wholes else None


_AFTER_CHANGE = re.compile(r"(?P<word>增收|减收|增加|减少|增支|减支)\s*$")


#: “，占调整预算105.47%”: a share of the plan between a level and its change on the year.
_PLAN_SHARE = re.compile(r"占|为[^，,]{0,16}的$|完成[^，,]{0,16}的$")


def _level_before(sentence: Sentence, at: int) -> Quantity:
    """The figure before ``figures[at]``, past the shares of the plan between, the plan they
    are of (“完成预算49531万元的85.0%”) and the gap to it (短收7431万元)."""
    figures, k = sentence.quantities, at - 1
    while k > 0 and _plan_side(sentence, figures[k]):
        k -= 1
    return figures[k]


def _plan_side(sentence: Sentence, figure: Quantity) -> bool:
    if figure.kind == PERCENT:
        return _PLAN_SHARE.search(figure.label) is not None
    if figure.kind != MONEY:
        return False
    of_share = sentence.text.startswith("的", figure.end) or figure.label.startswith("占")
    return of_share or _OVER_PLAN.search(figure.label) is not None


def _rate_then_change(sentence: Sentence) -> Iterator[ReviewFinding]:
    """“完成30161万元，同比增长14.6%，增收4376万元”: the change follows its rate."""
    if not _changes_one_level(sentence):
        return
    figures = sentence.quantities
    for number in range(1, len(figures) - 1):
        current = _level_before(sentence, number)
        rate, change = figures[number], figures[number + 1]
        word = _AFTER_CHANGE.search(change.label)
        if rate.kind != PERCENT or _CHANGE_WORD.search(rate.label) is None or word is None:
            continue
        gap = sentence.text[current.end : rate.start]
        if current.kind != MONEY or change.kind != MONEY or not COMPARED.search(gap):
            continue
        if sentence.text[rate.end : change.start].lstrip("，, ") != change.label:
            continue  # the change stands in another clause (“；剔除…后，增加C”)
        down = re.search(r"减", word.group("word")) is not None
        exact = change_rate(current.value, change.value, down)
        if exact is None or current.approx or change.approx:
            continue
        span = (sentence.start + current.start, sentence.start + change.end)
        how = how_changed(change.text, current.text, down)
        near = reachable(rate, current, change, down)  # 26.5亿元 and 1.4亿元 allow 4.84–5.20%
        finding = change_finding(sentence.paragraph, rate, exact, (how, span), near=near)
        if finding is not None:
            yield finding


_PAIR_VALUES = re.compile(
    r"(?P<subjects>(?:[\u4e00-\u9fff]{1,4}?、)+[\u4e00-\u9fff]{1,4}?)(?P<what>总计|合计)?"
    r"(?:均为|各是|各为|分别是|分别为)"
)
_PAIR_CHANGE = re.compile(rf"各(?P<word>{_UP}|{_DOWN})")
_ONE_RATE = re.compile(rf"[，,](?P<word>{_UP}|{_DOWN})(?=\s*\d)")


def _pair_figures(text: str, start: int, kind: str, count: int) -> list[Quantity]:
    """The next ``count`` figures of ``kind`` after ``start`` (one clause list)."""
    found = [q for q in find_quantities(text[start:]) if q.kind in (kind, "bare")]
    figures = found[:count]
    if len(figures) < count:
        return []
    unit = next((q for q in figures if q.kind == kind), None)
    if unit is None:
        return []
    return figures


def _paired_changes(paragraph: Paragraph) -> Iterator[ReviewFinding]:
    text = paragraph.text
    values = _PAIR_VALUES.search(text)
    if values is None:
        return
    # “收、支总计均为A”: one figure for both, and “各减少C，下降p%” then speaks of it once
    count = 1 if "均为" in values.group(0) else values.group("subjects").count("、") + 1
    figures = _pair_figures(text, values.end(), MONEY, count)
    currents = _money(figures)
    if len(currents) != count:
        return
    both_totals = bool(_BALANCE_SUBJECTS.search(values.group("subjects")))
    if both_totals and values.group("what") == "总计" and count == 2 and currents[0] != currents[1]:
        first, second = (_written(q) for q in figures[:2])
        yield balance_finding(paragraph, first, second, values.span())
    change_mark = _PAIR_CHANGE.search(text, values.end())
    if change_mark is None:
        return
    changes = _money(_pair_figures(text, change_mark.end(), MONEY, count))
    rate_mark = _PAIR_CHANGE.search(text, change_mark.end()) or _ONE_RATE.search(
        text, change_mark.end()
    )
    if len(changes) != count or rate_mark is None:
        return
    rates = [q for q in find_quantities(text[rate_mark.end() :]) if q.kind == PERCENT][:count]
    down = not _up(change_mark.group("word"))
    unit = figures[-1]
    for current, change, rate in zip(currents, changes, rates, strict=False):
        exact = change_rate(current, change, down)
        if exact is None:
            continue
        how = how_changed(_show(change, unit), _show(current, unit), down)
        start = rate_mark.end() + rate.start
        finding = rate_finding(paragraph, rate, exact, how, (start, start + len(rate.text)))
        if finding is not None:
            yield finding


def _written(quantity: Quantity) -> Decimal:
    """The number as written, without its unit (4143.91 of 4143.91万元)."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", quantity.text)
    return Decimal(number.group(0).replace(",", "")) if number else quantity.value


def _money(figures: list[Quantity]) -> list[Decimal]:
    """Paired figures in 元, a bare one taking the unit written after the last (“A,B万元”)."""
    if not figures or figures[-1].kind != MONEY or _written(figures[-1]) == 0:
        return []
    scale = figures[-1].value / _written(figures[-1])
    return [q.value if q.kind == MONEY else q.value * scale for q in figures]


_BALANCE_SUBJECTS = re.compile(r"收(?:入)?、支(?:出)?$")


def _show(value: Decimal, like: Quantity) -> str:
    """``value`` (元) in the unit ``like`` was written in."""
    scale = like.value / _written(like) if _written(like) else Decimal(1)
    return f"{fmt(value / scale, 2)}{like.unit}"


#: A sentence that only compares, its subject the level the sentence before states
#: (“…支出A万元，占本年支出合计的P%。同比减少C万元，下降R%”).
_COMPARING = re.compile(
    r"^(?:同比|与上年(?:度)?相比[，,]?|较上年(?:度)?|比上年(?:度)?)(?:增加|减少)"
)


def _goes_on(before: Sentence, sentence: Sentence) -> bool:
    return (
        before.paragraph is sentence.paragraph
        and _COMPARING.match(sentence.text) is not None
        and any(q.kind == MONEY for q in before.quantities)
    )


def _joined(before: Sentence, sentence: Sentence) -> Sentence:
    text = before.paragraph.text[before.start : sentence.start + len(sentence.text)]
    return Sentence(before.paragraph, before.start, text, tuple(find_quantities(text)))


def check_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """Year-on-year change rates against the change and the current figure."""
    findings: list[ReviewFinding] = []
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences):
        findings.extend(_single_changes(sentence))
        findings.extend(_rate_then_change(sentence))
        if at and _goes_on(sentences[at - 1], sentence):
            joined = _joined(sentences[at - 1], sentence)
            findings.extend(f for f in _single_changes(joined) if (f.stated or "") in sentence.text)
    for paragraph in doc.paragraphs:
        if not paragraph.is_heading and not paragraph.contents:
            findings.extend(_paired_changes(paragraph))
            findings.extend(balances(paragraph))
    return findings

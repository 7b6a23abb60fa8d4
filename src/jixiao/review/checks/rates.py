"""Ratios stated with their inputs, and 1 − 执行率 complements."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from itertools import permutations

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.changes import judge_percent
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MEASURE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import part_start
from jixiao.review.text.sentences import role
from jixiao.review.text.sentences import same_measure

_RATE_CONTEXT = re.compile(
    r"率|(?:拨付|支付|执行)进度|完成全年目标|完成年度目标|目标的|增长|增幅|下降"
    r"|完成[^，。；]{0,8}(?:预算|计划)的"  # “完成年初预算的70%”
)
_SHARE_CONTEXT = re.compile(r"占比|比重|占[^，。；]{0,12}$")
_TARGET_CUE = re.compile(
    r"(目标值?|指标值|不低于|不高于|不超过|不少于|≥|≤|＞|＜|>|<|控制在|在|达到了年初目标)\s*(为|是)?\s*$"
)
_TARGET_AFTER = re.compile(r"^\s*(以内|以上|以下|左右)")
_CHANGE = re.compile(r"调整|变动|增长|增幅|下降|减少")
_LEFTOVER = re.compile(r"结余|结转")
HUNDRED = Decimal(100)


#: Rates that are a share of a plan, never a change over it: 执行率 400% is not “+400%”.
_SHARE_RATE = re.compile(
    r"(?:执行|完成|到位|支付|拨付|使用)率[^，。；,;0-9]{0,4}$"
    r"|完成[^，。；,;0-9]{0,6}(?:预算|计划)的$"  # “完成预算的43%”: a share, never “−43%”
)


def _candidates(inputs: list[Quantity], *, changes: bool = True) -> list[Decimal]:
    """Every ratio a writer could have meant from the inputs, as percentages (with
    ``changes``, also the change of one over the other)."""
    values: list[Decimal] = []
    for a, b in permutations(inputs, 2):
        if a.value + b.value != 0:
            values.append(a.value / (a.value + b.value) * HUNDRED)  # 支付 over 支付 + 未支付
        if b.value == 0:
            continue
        values.append(a.value / b.value * HUNDRED)
        change = (a.value - b.value) / b.value * HUNDRED
        if changes:
            values.extend((change, abs(change)))  # “下降10.1%” writes a fall unsigned
        if a.value != b.value:
            values.append(a.value / (b.value - a.value) * HUNDRED)
    if len(inputs) > 2:  # “完成A、B，计划C，完成率”: the parts together over the plan
        for b in inputs:
            rest = sum((q.value for q in inputs if q is not b), Decimal(0))
            if b.value != 0:
                values.append(rest / b.value * HUNDRED)
    return values


_REMAINDER = re.compile(r"未支付?|未拨付|尚未|结余|剩余|余额")


def _paid_share(inputs: list[Quantity]) -> Decimal | None:
    """“支付A，未支付B，支付率”: A over A + B."""
    paid = next((q for q in inputs if not _REMAINDER.search(q.label)), None)
    rest = next((q for q in inputs if _REMAINDER.search(q.label)), None)
    if paid is None or rest is None or paid.value + rest.value == 0:
        return None
    return paid.value / (paid.value + rest.value) * HUNDRED


def _primary(name: str, inputs: list[Quantity]) -> Decimal | None:
    """The ratio the indicator's name calls for (used to show the recomputed figure)."""
    actual_at = next((i for i, q in enumerate(inputs) if role(q.label) == "actual"), 0)
    plans = [q for q in inputs[:actual_at] if role(q.label) == "plan"]
    # “总投资178.7亿元，年度投资计划17.68亿元，完成投资4.28亿元”: the plan nearest the result
    plan = plans[-1] if plans else next((q for q in inputs if role(q.label) == "plan"), inputs[0])
    others = [q for q in inputs if q is not plan]
    amounts = [q for q in others if role(q.label) != "diff"]
    diff = next((q for q in others if role(q.label) == "diff"), None)
    actual = next((q for q in amounts if role(q.label) == "actual"), (amounts or others)[-1])
    if plan.value == 0:
        return None
    if _CHANGE.search(name):
        change = actual.value - plan.value if amounts or diff is None else diff.value
        return change / plan.value * HUNDRED
    if _LEFTOVER.search(name):
        return (plan.value - actual.value) / plan.value * HUNDRED
    return actual.value / plan.value * HUNDRED


#: How far a rate may sit from its last input (“支付812.3万元，支付率96%”).
_INPUT_REACH = 40
_TABLE_WORDS = re.compile(r"分值|得分|指标值|完成值|二级指标|三级指标")


def _rate_inputs(sentence: Sentence, rate: Quantity, floor: int) -> list[Quantity]:
    """The figures a rate is computed from: before it in its sentence, after the previous
    rate, within its ；-part (“完成7座，目标7座；优良路率86.3%”: 7座 are not its inputs)."""
    floor = max(floor, part_start(sentence.text, rate.start))
    near = [
        q
        for q in sentence.quantities
        if floor <= q.start < rate.start and q.kind in (MONEY, COUNT, MEASURE)
    ]
    # “2640万元（…第三批补助资金2640万）”: a figure restated in brackets is not a second input
    plain = {q.value for q in near if not q.in_brackets}
    before = [q for q in near if not (q.in_brackets and q.value in plain)]
    if not before:
        return []
    gap = sentence.text[before[-1].end : rate.start]
    if len(gap) > _INPUT_REACH or _TABLE_WORDS.search(gap):
        return []  # a table's cells run together: the figures belong to other rows
    kind = before[-1]
    inputs = [q for q in before if same_measure(q, kind)]
    if any(_enumerated(sentence.text, a, b) for a, b in itertools.pairwise(inputs)):
        return []  # “5000吨稻谷、500吨成品粮储备到位率”: figures of the indicator's name
    return inputs


def _enumerated(text: str, first: Quantity, second: Quantity) -> bool:
    """Two figures listed side by side (“A、B”), not a plan and its result."""
    gap = text[first.end : second.start]
    return gap.endswith("、") and role(gap) == "other" and role(second.label) == "other"


def _is_rate_claim(sentence: Sentence, rate: Quantity) -> bool:
    left = sentence.text[: rate.start]
    clause = left[max(left.rfind("，"), left.rfind("；"), left.rfind("。")) + 1 :]
    if rate.approx or _TARGET_CUE.search(left) or _TARGET_AFTER.match(sentence.text[rate.end :]):
        return False
    return bool(_RATE_CONTEXT.search(clause)) and not _SHARE_CONTEXT.search(clause)


#: “实施养护工程380公里，…完成200.031公里，完工率为100%”: what was undertaken is the plan of
#: a 完成率 whose other input is what was done.
_UNDERTAKEN = re.compile(r"实施|建设|改造|新建|修建")
_DONE_RATE = re.compile(r"完成率|完工率")


def _undertaken(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> bool:
    name = sentence.text[max(0, rate.start - 8) : rate.start]
    if len(inputs) != 2 or not _DONE_RATE.search(name):
        return False
    first, done = inputs
    return (
        role(first.label) == "other"
        and _UNDERTAKEN.search(first.label) is not None
        and role(done.label) == "actual"
        and "完成" in done.label
    )


#: “…，与2021年相比收入总计减少315.71万元，下降29.17%”: a change over last year, with its
#: amount (the year-on-year check reads it against the level it names).
_YEAR_ON_YEAR = re.compile(r"较上年|比上年|与上年|同比|与20\d\d年(?:度)?相比|较20\d\d年|比20\d\d年")
_CHANGE_AMOUNT = re.compile(r"(?:增加|减少)\s*$")


def _year_change(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> bool:
    clause = sentence.text[part_start(sentence.text, rate.start) : rate.start]
    return _YEAR_ON_YEAR.search(clause) is not None and any(
        _CHANGE_AMOUNT.search(q.label) for q in inputs
    )


def _slack(inputs: list[Quantity]) -> Decimal:
    """How far, relatively, the rounding of the inputs as written can move a ratio of them.
    Counts are exact, and so is an input written coarser than another (预算1万元 beside
    决算0.53万元): the writer gave the finer one to its last digit and would have given it
    too."""
    rounded = [q for q in inputs if q.kind != COUNT and q.value]  # counts are exact
    finest = min((q.ulp for q in rounded), default=Decimal(0))
    return sum((q.ulp / abs(q.value) for q in rounded if q.ulp == finest), Decimal(0))


def _rate_finding(
    sentence: Sentence, rate: Quantity, inputs: list[Quantity]
) -> ReviewFinding | None:
    if len(inputs) < 2 or any(q.approx for q in inputs) or _year_change(sentence, rate, inputs):
        return None
    adjusting = _ADJUSTING_RATE.search(sentence.text[max(0, rate.start - 8) : rate.start])
    if not adjusting and any(_ADJUSTED.search(q.label) for q in inputs):
        return None  # “下达111万元…调减40万元，实际下达71万元”: the base moved
    remainder = len(inputs) == 2 and any(_REMAINDER.search(q.label) for q in inputs)
    planned = any(role(q.label) == "plan" for q in inputs) or _undertaken(sentence, rate, inputs)
    if not remainder and not planned:
        return None
    slack = _slack(inputs)
    stated = [q for q in inputs if role(q.label) != "diff"]
    basis = stated if len(stated) >= 2 else inputs  # a stated 调增额 may itself be wrong
    name = sentence.text[max(0, rate.start - 12) : rate.start]
    primary = _primary(name, inputs) if not remainder else _paid_share(inputs)
    changes = not _SHARE_RATE.search(sentence.text[: rate.start])
    candidates = _candidates(basis, changes=changes)
    matched = any(abs(rate.value - v) <= rate.ulp + abs(v) * slack for v in candidates)
    if matched or primary is None or judge_percent(rate, primary).truncated:
        return _truncated(sentence, rate, inputs, primary)  # right, or only cut off
    shown = "、".join(q.text for q in inputs)
    message = (
        f"按报告所列数据（{shown}）复算，该比率应为{fmt(primary)}%，报告列为{rate.text}，请核实。"
    )
    return _on_rate("rate-mismatch", sentence, inputs, rate, message, f"{fmt(primary)}%")


def _on_rate(
    code: str,
    sentence: Sentence,
    inputs: list[Quantity],
    rate: Quantity,
    message: str,
    right: str,
) -> ReviewFinding:
    """A finding on a rate, quoting it with its inputs."""
    return make_finding(
        code,
        sentence.paragraph,
        message,
        span=(sentence.start + inputs[0].start, sentence.start + rate.end),
        stated=rate.text,
        recomputed=right,
    )


def _truncated(
    sentence: Sentence, rate: Quantity, inputs: list[Quantity], primary: Decimal | None
) -> ReviewFinding | None:
    """A rate that agrees with its inputs only when cut off, not rounded half-up."""
    if primary is None or not judge_percent(rate, primary).truncated:
        return None
    shown = "、".join(q.text for q in inputs)
    right = judge_percent(rate, primary).right
    message = (
        f"按报告所列数据（{shown}）复算为{fmt(primary, 4)}%，四舍五入应为{right}，"
        f"报告为{rate.text}（截位而非四舍五入）。"
    )
    return _on_rate("rounding-truncated", sentence, inputs, rate, message, right)


_MONEY_RATE = re.compile(r"(?:支付|执行|到位|拨付|支出)率[^，。；,;0-9]{0,4}$")
_PLANNED_MONEY = re.compile(
    r"安排|下达|批复|总投资|计划投资|预算(?:资金|总额|数)?$"
    r"|(?<![实已])(?:共|总)投入(?:资金)?(?:共计|合计)?$"  # “共投入资金1987.08万元”
)
NEARBY_PARAGRAPHS = 2


_ADJUSTED = re.compile(r"调减|调增|核减|追加|追减|收回")
#: A rate of the adjustment itself (预算调整率): the 调增 is its input, not a moved base.
_ADJUSTING_RATE = re.compile(r"调整率|变动率")
#: A funding stream named with an amount: its rate is over that stream's budget.
_STREAM = re.compile(r"中央|省级|市级|县级|区级|乡镇|地方|本级|其他资金|上年结转|结转|自筹|债券")


#: “学校层面：…”, “专业群层面：…”: paragraphs that speak of different scopes.
_SCOPE = re.compile(r"^\s*([\u4e00-\u9fff]{2,10}(?:层面|层级|部分))[:：]")


def _scope(text: str) -> str | None:
    match = _SCOPE.match(text)
    return match.group(1) if match else None


def _earlier_plan(sentences: tuple[Sentence, ...], at: int) -> Quantity | None:
    """The nearest amount stated as planned (安排资金860.5万, 下达预算…) in the sentences
    before, within this paragraph and the two before it, and of the same scope."""
    here = sentences[at].paragraph
    scope = _scope(here.text)
    for earlier in reversed(sentences[:at]):
        if here.index - earlier.paragraph.index > NEARBY_PARAGRAPHS:
            return None
        other = _scope(earlier.paragraph.text)
        if scope and other and other != scope:
            return None  # the plan of another scope (专业群层面 before 学校层面)
        if has_any(earlier.text, COMPARE_WORDS):
            continue
        if _ADJUSTED.search(earlier.text):
            return None  # “下达111万元…调减40万元，实际下达71万元”: which base is meant?
        planned = [
            q
            for q in earlier.quantities
            if q.kind == MONEY and not q.approx and _PLANNED_MONEY.search(q.label)
        ]
        if planned:  # several planned amounts (a total and its parts): which one is meant?
            return planned[0] if len(planned) == 1 else None
    return None


def _other_base(sentence: Sentence, rate: Quantity, actual: Quantity) -> bool:
    """“到位资金480万元，资金到位率100%，已支付450万元，支付率93.75%”: the rate is over
    another amount of its own sentence (the money that arrived), not the earlier plan."""
    for base in sentence.quantities:
        if base.start >= actual.start or base.kind != MONEY or base.value <= 0:
            continue
        if abs(rate.value - actual.value / base.value * HUNDRED) <= 2 * rate.ulp:
            return True
    return False


def _with_earlier_plan(
    sentences: tuple[Sentence, ...], at: int, rate: Quantity, inputs: list[Quantity]
) -> ReviewFinding | None:
    """“资金支付812.3万元，支付率96%” with the 安排资金 in a paragraph before it."""
    sentence = sentences[at]
    if len(inputs) != 1 or role(inputs[0].label) != "actual" or inputs[0].approx:
        return None
    if not _MONEY_RATE.search(sentence.text[: rate.start]) or inputs[0].kind != MONEY:
        return None
    plan = _earlier_plan(sentences, at)
    if plan is None or plan.value <= 0 or _other_base(sentence, rate, inputs[0]):
        return None
    before = sentence.text[: inputs[0].start]
    clause = before[max(before.rfind(c) for c in "，,；;：:") + 1 :]
    stream = _STREAM.search(clause)
    if stream is not None and stream.group(0) not in plan.label:
        return None  # “中央资金完成636.75万元，执行率81.97%”: over 中央资金's own budget
    return _over_plan(sentence, rate, plan, inputs[0])


def _over_plan(
    sentence: Sentence, rate: Quantity, plan: Quantity, done: Quantity
) -> ReviewFinding | None:
    """The rate against the amount done over the earlier plan: wrong, or only cut off."""
    exact = done.value / plan.value * HUNDRED
    name = (plan.label.rsplit("项目", 1)[-1] or plan.label)[-8:]  # 本项目共投入资金 → 共投入资金
    said = f"按前文{name}{plan.text}与此处{done.text}复算"
    if abs(rate.value - exact) > 2 * rate.ulp:
        message = f"{said}，该比率应为{fmt(exact)}%，报告列为{rate.text}，请核实。"
        return _on_rate("rate-mismatch", sentence, [done], rate, message, f"{fmt(exact)}%")
    verdict = judge_percent(rate, exact)
    if not verdict.truncated:
        return None
    message = (
        f"{said}为{fmt(exact, 4)}%，四舍五入应为{verdict.right}，"
        f"报告为{rate.text}（截位而非四舍五入）。"
    )
    return _on_rate("rounding-truncated", sentence, [done], rate, message, verdict.right)


#: “完成年初预算的70%，比年初预算减少537.35万元”: the budget is the result and the gap.
_GAP_AFTER = re.compile(r"^[，,]?(?:比|较)[^，。；,;]{0,8}预算数?(?P<way>增加|减少)$")


def _with_gap(sentence: Sentence, rate: Quantity, inputs: list[Quantity]) -> ReviewFinding | None:
    """A 完成预算的 rate with one amount before it and the gap to the budget after it."""
    if len(inputs) != 1 or inputs[0].kind != MONEY or inputs[0].approx:
        return None
    if "预算" not in rate.label or not _SHARE_RATE.search(sentence.text[: rate.start]):
        return None
    after = [q for q in sentence.quantities if q.start > rate.end]
    gap = after[0] if after and after[0].kind == MONEY and not after[0].approx else None
    way = _GAP_AFTER.match(gap.label) if gap is not None else None
    if gap is None or way is None:
        return None
    done = inputs[0]
    budget = done.value + (gap.value if way.group("way") == "减少" else -gap.value)
    if budget <= 0:
        return None
    exact = done.value / budget * HUNDRED
    if abs(rate.value - exact) <= rate.ulp + exact * _slack([done, gap]):
        return None
    message = (
        f"按{done.text}与所述{way.group('way')}{gap.text}，预算应为{fmt_quantity(budget, done)}，"
        f"完成比例应为{fmt(exact)}%，报告列为{rate.text}，请核实。"
    )
    return _on_rate("rate-mismatch", sentence, [done, gap], rate, message, f"{fmt(exact)}%")


def check_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """Ratios (执行率, 控制率, 完成率 …) that the figures stated beside them do not give; a
    支付率/执行率 with one amount beside it is taken against the 安排 amount stated just
    before (the previous paragraphs of a report often state it)."""
    findings: list[ReviewFinding] = []
    sentences = doc_sentences(doc)
    for at, sentence in enumerate(sentences):
        floor = 0
        for rate in sentence.quantities:
            if rate.kind != PERCENT:
                continue
            if _is_rate_claim(sentence, rate):
                inputs = _rate_inputs(sentence, rate, floor)
                finding = (
                    _rate_finding(sentence, rate, inputs)
                    or _with_gap(sentence, rate, inputs)
                    or _with_earlier_plan(sentences, at, rate, inputs)
                )
                if finding is not None:
                    findings.append(finding)
            floor = rate.end  # a share before it has used the figures before it too
    return findings


_LEFTOVER_RATE = re.compile(r"结转结余率(?:为|是|达到?|约|[:：]|\s)*$")
_EXECUTION_RATE = re.compile(r"执行率(?:为|是|达到?|约|[:：]|\s)*$")


def _labelled_rate(
    text: str, quantities: list[Quantity], pattern: re.Pattern[str]
) -> Quantity | None:
    for q in quantities:
        if q.kind == PERCENT and pattern.search(text[max(0, q.start - 14) : q.start]):
            return q
    return None


def check_complements(doc: ReportDoc) -> list[ReviewFinding]:
    """结转结余率 stated beside 执行率 in one paragraph should be its complement."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        if paragraph.is_heading or "结转结余率" not in paragraph.text:
            continue
        quantities = find_quantities(paragraph.text)
        leftover = _labelled_rate(paragraph.text, quantities, _LEFTOVER_RATE)
        execution = _labelled_rate(paragraph.text, quantities, _EXECUTION_RATE)
        if leftover is None or execution is None:
            continue
        expected = HUNDRED - execution.value
        if abs(leftover.value - expected) <= leftover.ulp + execution.ulp:
            continue
        message = (
            f"按1减执行率{execution.text}复算，结转结余率应为{fmt(expected)}%，"
            f"报告列为{leftover.text}。"
        )
        findings.append(
            make_finding(
                "complement-mismatch",
                paragraph,
                message,
                span=(leftover.start, leftover.end),
                stated=leftover.text,
                recomputed=f"{fmt(expected)}%",
            )
        )
    return findings

"""What is left of the money available: “实际到位170万元，实际支出179.6万元，结余0万元” — the
remainder should be the difference of the two amounts (named before its figure, or after it:
“…还有500万元暂未拨付”)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.differences import labelled_amounts
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import part_start

#: “实际到位170万元，实际支出179.6万元，结余0万元”: what is left of the money available.
#: What is left, named before its figure.
_LEFT_WORDS = "结余|节余|剩余|结存|结转|未支付|未使用"
_REMAINDER = re.compile(
    r"^(?!.*(?:上年|年初|以前年度))[^，。；,;]*"
    rf"(?:{_LEFT_WORDS}|未执行完?的?)(?:资金|金额)?(?:为|了)?\s*$"
)
_AVAILABLE = re.compile(r"到位|预算|安排|下达|总额|筹集|发行")
#: An amount named by its kind of money alone (“州级补助资金2.00万元，…已使用1.80万元”).
_NAMED_MONEY = re.compile(r"(?:资金|经费)$")
_SPENT = re.compile(r"支出|使用|支付|执行|花费|发放")
#: Money carried in from the year before, stated before the remainder: it is left too.
_CARRIED_IN = re.compile(r"(?:年初|上年)结转[^，。；,;]{0,6}\d")
#: Figures of another period or another balance: the remainder is not their difference.
_CARRIED = re.compile(r"年初(?!预算)|上年|结转|结余|节余|收入|累计|往年")


def _remainder_inputs(
    sentence: Sentence, amount: Quantity, earlier: Sentence | None
) -> tuple[Quantity, Quantity, int] | None:
    """The money available and the money spent stated before a remainder in its ；-part:
    the last spent figure, and the available figure right before it — in the sentence
    before, of the same paragraph, when the part states fewer (“预算总额为59000万元，…。实际
    支出47817.66万元，结余资金11682.34万元”, “…下达预算2596万元，…总支出2595.6208万元…。…
    剩余未执行完的0.3792万元”); with where the available figure stands in the paragraph."""
    floor = part_start(sentence.text, amount.start)
    before = [
        q
        for q in sentence.quantities
        if floor <= q.start and q.end <= amount.start and q.kind == MONEY
    ]
    opening = sentence.start
    if len(before) < 2 and floor == 0 and earlier is not None:  # “…下达A，支出B。…剩余C”
        before = [q for q in earlier.quantities if q.kind == MONEY][len(before) - 2 :] + before
        opening = earlier.start
        # (“…其他资金全年预算A，执行B。年末结转结余C”: C is the whole's, not the stream's)
        stream = _STREAM.search(before[0].label) if before else None
        before = [] if stream is not None and stream.group(0) not in amount.label else before
    if len(before) < 2 or any(q.approx or _CARRIED.search(q.label) for q in before):
        return None
    if any(_MOVED.search(q.label) for q in before[:-1]):
        return None  # “预算100万元，追加预算20万元，支出110万元，结转10万元”: more than two
    spent, available = before[-1], before[-2]
    if not _SPENT.search(spent.label) or _SPENT.search(available.label):
        return None
    if not _AVAILABLE.search(available.label) and not _named_whole(sentence, before, available):
        return None
    if _one_item(sentence, amount, spent, available):
        return None  # “…执行数B，…以下问题：一、…项目结转C”: one item's, not the whole's
    here = any(q is available for q in sentence.quantities)
    return available, spent, (sentence.start if here else opening) + available.start


def _named_whole(sentence: Sentence, before: list[Quantity], available: Quantity) -> bool:
    """An amount named by its kind of money alone is the money available only when it opens
    the figures, in this sentence, with no 其中 before it (not “…，其中市级资金10万元，已支付…”,
    nor “…补助资金10万元，收回资金0.48万元，已使用…”)."""
    here = any(q is available for q in sentence.quantities)
    return (
        here
        and len(before) == 2
        and _NAMED_MONEY.search(available.label) is not None
        and "其中" not in sentence.text[: available.start]
    )


#: A funding stream an amount is named by (its own budget and spending, not the whole's).
_STREAM = re.compile(r"中央|省级|市级|县级|财政拨款|其他资金|自筹")
_MOVED = re.compile(r"追加|调增|调减|调剂|调入|调出")
_LEFT_WORD = re.compile(rf"{_LEFT_WORDS}|未执行")
#: A list opened after the whole's figures: its items are parts, not the whole.
_LIST_OPENED = re.compile(
    r"[:：]|(?:^|[，,；;。])\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])"
)
#: A project's own remainder (校舍维修项目结转), by the project's name.
_PROJECT_LEFT = re.compile(r"(?P<name>(?<![该本此])[\u4e00-\u9fff]{2})项目(?:资金)?(?:结转|结余)")


def _one_item(sentence: Sentence, amount: Quantity, spent: Quantity, available: Quantity) -> bool:
    """The remainder is one item's: a list opens after the figures it would be the
    difference of, or it names a project the available money is not of."""
    own = any(q is spent for q in sentence.quantities)
    if _LIST_OPENED.search(sentence.text, spent.end if own else 0, amount.start):
        return True
    project = _PROJECT_LEFT.search(amount.label)
    return project is not None and project.group("name") not in available.label


def _previous_sentences(doc: ReportDoc) -> dict[int, Sentence]:
    """Each sentence's sentence before, when both are of one paragraph (by id)."""
    sentences = doc_sentences(doc)
    return {
        id(after): before
        for before, after in itertools.pairwise(sentences)
        if before.paragraph is after.paragraph
    }


Remainder = tuple[Sentence, Quantity, tuple[Quantity, Quantity, int]]


def _named_before(doc: ReportDoc) -> Iterator[Remainder]:
    """Remainders named before their figure (结余资金C), with their inputs."""
    previous = _previous_sentences(doc)
    for sentence, amount in labelled_amounts(doc, _REMAINDER):
        inputs = _remainder_inputs(sentence, amount, previous.get(id(sentence)))
        if inputs is not None:
            yield sentence, amount, inputs


#: “拨付…资金1800万元，…拨付…1200万元，还有500万元暂未拨付”: named after the figure.
_NOT_YET = re.compile(r"^\s*(?:暂|尚|仍)?未(?P<verb>拨付|支付|使用)")


def _named_after(doc: ReportDoc) -> Iterator[Remainder]:
    """A remainder named after its figure, against the two amounts of the same verb before it:
    the whole, then what has gone."""
    for sentence in doc_sentences(doc):
        money = [q for q in sentence.quantities if q.kind == MONEY]
        for at, amount in enumerate(money):
            found = _NOT_YET.match(sentence.text[amount.end :])
            if found is None or at < 2 or amount.approx:
                continue
            whole, gone = money[at - 2], money[at - 1]
            if "其中" in sentence.text[whole.start : amount.start]:
                continue  # “已拨付1300万元，其中拨付A乡镇500万元，尚有…”: a part, not what went
            verb = found.group("verb")
            if verb not in whole.label or verb not in gone.label or whole.value <= gone.value:
                continue
            if whole.approx or gone.approx:
                continue
            yield sentence, amount, (whole, gone, sentence.start + whole.start)


#: “…，结余31.61万元，结转下年120.00万元”: what is carried to next year, left over beside the
#: remainder.
_CARRIED_OUT = re.compile(r"结转(?:下年|下一年|以后年度|使用)|转下年")


def _carried_beside(sentence: Sentence, amount: Quantity, left: Decimal) -> bool:
    """The remainder and an amount carried forward right after it make what is left."""
    after = [q for q in sentence.quantities if q.start > amount.start and q.unit == amount.unit]
    carried = next(iter(after), None)
    return (
        carried is not None
        and _CARRIED_OUT.search(carried.label) is not None
        and abs(left - amount.value - carried.value) <= amount.ulp + carried.ulp
    )


def _interest_inside(sentence: Sentence, amount: Quantity) -> Quantity | None:
    """Interest the remainder says it holds, in its bracket (“结余11073.80万元(其中:包含专账
    资金产生的利息收益1514.53万元)”): money that came in besides the amount available."""
    after = [q for q in sentence.quantities if q.start > amount.start and q.unit == amount.unit]
    held = next(iter(after), None)
    if held is None or not held.in_brackets or "利息" not in held.label:
        return None
    said = sentence.text[amount.end : held.start]
    closing = sentence.text[held.end :].split(")", 1)[0].split("）", 1)[0]
    if not _HOLDS.search(said) or "不含" in said or _COUNTED.search(said + closing):
        return None  # (“不含利息收入”, “…利息0.35万元，已计入下拨金额”: not on top of it)
    return held


#: The balance says it holds the interest; the bracket says it was counted already.
_HOLDS = re.compile(r"含|其中")
_COUNTED = re.compile(r"计入|列入|包含在")


def check_remainders(doc: ReportDoc) -> list[ReviewFinding]:
    """“到位170万元，支出179.6万元，结余0万元”: the remainder should be their difference."""
    findings: list[ReviewFinding] = []
    for sentence, amount, (available, spent, at) in itertools.chain(
        _named_before(doc), _named_after(doc)
    ):
        if _CARRIED_IN.search(sentence.paragraph.text[: sentence.start + amount.start]):
            continue  # “年初结转结余186万元，…预算…，执行…，年末结转结余…”: carried in too
        interest = _interest_inside(sentence, amount)
        left = available.value - spent.value + (interest.value if interest else 0)
        # an amount written coarser than the other (预算2596万元 beside 2595.6208万元) is exact;
        # a remainder of 0 says nothing is left however coarsely written (结余0万元), within
        # the rounding of the two amounts it is the difference of
        slack = 2 * min(available.ulp, spent.ulp)
        slack += amount.ulp if amount.value else max(available.ulp, spent.ulp)
        if abs(left - amount.value) <= slack:
            continue
        if _carried_beside(sentence, amount, left):
            continue
        right = fmt_quantity(left, amount)
        word = _LEFT_WORD.search(amount.label) or _NOT_YET.match(sentence.text[amount.end :])
        added = f"加上{interest.text}" if interest else ""
        message = (
            f"{available.text}减去{spent.text}{added}应为{right}，"
            f"报告列{word.group(0).strip() if word else '结余'}{amount.text}，至少一项数据有误。"
        )
        findings.append(
            make_finding(
                "remainder-mismatch",
                sentence.paragraph,
                message,
                span=(at, sentence.start + amount.end),
                stated=amount.text,
                recomputed=right,
            )
        )
    return findings

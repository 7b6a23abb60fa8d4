"""A budget told as a running account in one sentence: where it started, what was added or
cut, and where it ended:

    年初预算111万元，年中调减40万元，调整后预算61万元。           → 111 − 40 = 71, not 61
    下达我区111万元，其中A100万元、B11万元，调减40万元，全年实际下达71万元。

The start is the sentence's first amount and may be split by a 其中 list before the first
change; those parts are passed over. Any other amount between the start and the end leaves the
account unread, and so does an end that is what was spent (全年预算执行数).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.gaps import difference_finding
from jixiao.review.checks.sum_tolerance import tolerance
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.quantities import label_words
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_ADDED = "追加|调增"
_CUT = "调减|追减|核减"
#: A change told alone in its clause (年中追加预算20万元, 调减40万元, 调减中央财政资金200万),
#: not one against another year (较上年减少…) nor the level after it (调减后的预算).
_CHANGE = re.compile(
    rf"^(?:年中|年内|其后|后|又|再|另)?(?:经批准)?(?P<way>{_ADDED}|{_CUT})(?:了)?"
    r"(?:(?!后)[\u4e00-\u9fff]{0,6}?(?:预算|资金|经费|指标|补助|补贴|拨款))?(?:数)?(?:为|[:：])?$"
)
_START = re.compile(r"年初预算|预算安排|安排|下达|批复|预算数|预算资金|预算为")
_END = re.compile(
    r"(?:^|[^较比])(?:调整后|调整为|变更后|实际下达|全年下达|全年预算|最终预算|合计下达)"
)
_SPLIT = "其中"
_SPENT = re.compile(r"执行|支出|使用|完成")


def _changes(money: list[Quantity], end: Quantity) -> list[tuple[Quantity, re.Match[str]]]:
    found = ((q, _CHANGE.match(q.label.strip())) for q in money if q.end <= end.start)
    return [(q, m) for q, m in found if m is not None]


def _start(sentence: Sentence, money: list[Quantity], first: Quantity) -> Quantity | None:
    """The amount the account starts from: the last before the first change, or before the
    其中 that splits it."""
    before = [q for q in money if q.end <= first.start]
    if not before:
        return None
    mark = sentence.text.rfind(_SPLIT, before[0].end, first.start)
    if mark >= 0:
        before = [q for q in before if q.end <= mark]
    start = before[-1] if before else None
    if start is None or start is not money[0] or not _START.search(start.label):
        return None  # money told before the start (上年结转30万元，本年下达150万元，…) is in it too
    return start


def _account(sentence: Sentence) -> tuple[Quantity, list[Quantity], list[int], Quantity] | None:
    money = [q for q in sentence.quantities if q.kind == MONEY]
    end = next((q for q in money if _END.search(q.label)), None)
    if end is not None and _SPENT.search(end.label):
        return None  # what was spent of the budget (全年预算执行数) may fall short of it
    if end is None or any(q.approx for q in money):
        return None
    changes = _changes(money, end)
    if not changes:
        return None
    start = _start(sentence, money, changes[0][0])
    if start is None:
        return None
    amounts = [q for q, _ in changes]
    between = [q for q in money if changes[0][0].start <= q.start < end.start]
    if between != amounts:
        return None  # another amount among the changes: not a plain account
    signs = [1 if re.fullmatch(_ADDED, m.group("way")) else -1 for _, m in changes]
    return start, amounts, signs, end


def check_running_accounts(doc: ReportDoc) -> list[ReviewFinding]:
    """The end of a running account against its start and changes."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        account = _account(sentence)
        if account is None:
            continue
        start, amounts, signs, end = account
        due = start.value + sum(
            (s * q.value for s, q in zip(signs, amounts, strict=True)), Decimal(0)
        )
        if abs(due - end.value) <= tolerance(end, (start, *amounts)):
            continue
        steps = "".join(
            ("＋" if s > 0 else "－") + q.text for s, q in zip(signs, amounts, strict=True)
        )
        right = fmt_quantity(due, end)
        message = (
            f"{label_words(start, 8)}{start.text}{steps}＝{right}，"
            f"报告所列{label_words(end, 8)}为{end.text}，两者不符。"
        )
        findings.append(difference_finding(sentence, start, end, message, right))
    return findings

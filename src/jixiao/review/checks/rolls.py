"""What is left at the end of the year from what there was, what came in and what went out,
stated by name in one paragraph:

    总收入266.98万元，上年结转171.60万元，总支出405.43万元，结余33.15万元。
    年初结转结余759.01万元，…总收入207.79万元，…总支出774.59万元，年末结转结余192.21万元。
    预算收入65.17亿元，…预算支出57.93亿元。收支相抵，本年收支结余7.24亿元。
    年初债务余额138832万元，转贷政府债券39272万元，归还本金10870万元，年末债务余额167234万元。

结余 = 上年结转 + 收入 − 支出 (with no 上年结转 stated, only a 收支相抵 / 本年结余 is read); a
debt's 年末余额 = 年初余额 + 举借 − 归还. Each name must be stated once in the paragraph, and
nothing else may be named as added or taken off (提取, 调出, 结余分配 …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.sum_tolerance import written_as
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.suspects import slipped_figure
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.quantities import quantities_in
from jixiao.review.text.sentences import COMPARE_WORDS
from jixiao.review.text.sentences import has_any
from jixiao.review.text.sentences import is_checkable


@dataclass(frozen=True, slots=True)
class Roll:
    """The names of what there was, what came in, what went out and what is left."""

    opening: re.Pattern[str] | None
    income: re.Pattern[str]
    spending: re.Pattern[str]
    closing: re.Pattern[str]
    whole_income: re.Pattern[str] | None = None  # names of a whole, tried first
    whole_spending: re.Pattern[str] | None = None


_FUNDS = Roll(
    re.compile(r"(?:年初|上年)[^，。；,;]{0,10}结转(?:和|及)?结余$|上年结转$"),
    re.compile(r"(?:总收入|收入合计|本年收入|收入总量)(?:为|是|共)?$|^[^，。；,;]{0,20}预算收入$"),
    re.compile(r"(?:总支出|支出合计|本年支出|支出总量)(?:为|是|共)?$|^[^，。；,;]{0,20}预算支出$"),
    re.compile(
        r"^(?!.*(?:年初|上年))(?:年末[^，。；,;]{0,10}结转(?:和|及)?结余"
        r"|[\u4e00-\u9fff]{0,8}?(?:本年|当年)?(?:收支)?结余"
        r"|结转下年)(?:为|是)?$"
    ),
    re.compile(r"(?:总收入|收入合计|收入总计|本年收入|收入总量)(?:为|是|共)?$"),
    re.compile(r"(?:总支出|支出合计|支出总计|本年支出|支出总量)(?:为|是|共)?$"),
)
_DEBT = Roll(
    re.compile(r"年初[^，。；,;]{0,12}债务余额$"),
    re.compile(r"(?:转贷|举借|发行|新增)[^，。；,;]{0,10}(?:债券|债务)(?:资金)?$"),
    re.compile(r"(?:归还|偿还)[^，。；,;]{0,10}(?:本金|债务)$"),
    re.compile(r"年末[^，。；,;]{0,12}债务余额$"),
)
#: Anything else added or taken off: the roll is then not these four alone.
_OTHER_MOVES = re.compile(r"提取|调出|调入|结余分配|收回|上缴|弥补|缴回|核销|置换")
_YEAR_END = re.compile(r"滚存")


def _named(paragraph: Paragraph, pattern: re.Pattern[str]) -> Quantity | None:
    """The one amount of the paragraph whose label ends in ``pattern``'s name (a 其中 part,
    “其中一般公共财政拨款预算收入…”, is not the whole)."""
    found = [
        q
        for q in quantities_in(paragraph.text)
        if q.kind == MONEY
        and not q.approx
        and pattern.search(q.label.strip())
        and not has_any(q.label, COMPARE_WORDS)
        and not _YEAR_END.search(q.label)
        and not q.label.lstrip().startswith("其中")
    ]
    return found[0] if len({q.value for q in found}) == 1 else None


def _first_named(
    paragraph: Paragraph, patterns: tuple[re.Pattern[str] | None, ...]
) -> Quantity | None:
    """The one amount under the first of ``patterns`` that names one."""
    for pattern in patterns:
        found = _named(paragraph, pattern) if pattern is not None else None
        if found is not None:
            return found
    return None


def _roll(paragraph: Paragraph, roll: Roll, scope: Paragraph) -> Iterator[ReviewFinding]:
    """``scope``: the paragraph, or it and the two before when it opens with 收支相抵."""
    # “…收入A，加上…，收入总计X”: built up from parts, only a name of the whole is the total
    built = "加上" in scope.text
    income = _first_named(
        scope, (roll.whole_income,) if built else (roll.whole_income, roll.income)
    )
    spending = _first_named(
        scope, (roll.whole_spending,) if built else (roll.whole_spending, roll.spending)
    )
    closing = _named(paragraph, roll.closing)
    if income is None or spending is None or closing is None:
        return
    opening = _named(scope, roll.opening) if roll.opening else None
    if opening is not None and "总计" in income.label + spending.label:
        return  # a 决算's 收入总计 holds the 年初结转 already (final_totals reads that)
    if opening is None and "收支相抵" not in paragraph.text and "本年" not in closing.label:
        return  # a 结余 with no opening stated may include one
    whole = "总计" in income.label and "总计" in spending.label
    if _OTHER_MOVES.search(paragraph.text) and not whole:
        return  # (the totals' own paragraphs before a 收支相抵 hold what moved into them;
        # a 收入总计 and a 支出总计 hold every move: 调入 in the one, 调出 in the other)
    start = opening.value if opening else Decimal(0)
    left = start + income.value - spending.value
    if written_as(left, closing) == closing.value:
        return
    slack = closing.ulp + income.ulp + spending.ulp + (opening.ulp if opening else 0)
    if abs(left - closing.value) <= slack:
        return
    shown = f"{opening.text}＋" if opening else ""
    computed = fmt_quantity(left, closing)
    message = (
        f"{shown}{income.text}－{spending.text}＝{computed}，与所述结余（余额）{closing.text}"
        "不符；期末数应等于期初数加本期增加减本期减少，请核实。"
    )
    gap = closing.value - left
    moves = [
        *([("期初数", opening, gap)] if opening else []),
        ("本期增加", income, gap),
        ("本期减少", spending, -gap),
        ("期末数", closing, -gap),
    ]
    message += slipped_figure(moves) or ""
    yield make_finding(
        "sum-mismatch",
        paragraph,
        message,
        span=(closing.start, closing.end),
        stated=closing.text,
        recomputed=computed,
    )


def _scope(doc: ReportDoc, at: int) -> Paragraph:
    """“收支相抵后，政府性基金结余…” opening a paragraph: its totals stand in the two before."""
    paragraph = doc.paragraphs[at]
    if not paragraph.text.lstrip().startswith("收支相抵") or at < 1:
        return paragraph
    before = [p for p in doc.paragraphs[max(0, at - 2) : at] if is_checkable(p)]
    return replace(paragraph, text="\n".join([*(p.text for p in before), paragraph.text]))


def check_rolls(doc: ReportDoc) -> list[ReviewFinding]:
    """Year-end balances against the opening, what came in and what went out."""
    return [
        finding
        for at, paragraph in enumerate(doc.paragraphs)
        if is_checkable(paragraph)
        for roll in (_FUNDS, _DEBT)
        for finding in _roll(paragraph, roll, _scope(doc, at))
    ]

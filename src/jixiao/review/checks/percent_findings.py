"""What a percentage finding is made of: how a stated percentage compares with the exact one
(right, cut off, wrong), the rate of a change over last year's figure, and the finding that
says so — an error, the cut-off warning, or a note when the rounding of the figures written
allows it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a stated percentage compares with the exact one."""

    right: str
    truncated: bool
    wrong: bool


def judge_percent(stated: Quantity, exact: Decimal) -> Verdict:
    """Right when equal at the digits written; truncated when cutting (not rounding) the
    exact figure gives what is written."""
    digit = Decimal(1).scaleb(-places(stated.text))
    rounded = exact.quantize(digit, rounding=ROUND_HALF_UP)
    cut = exact.quantize(digit, rounding=ROUND_DOWN)
    right = f"{rounded}%"
    if stated.value == rounded:
        return Verdict(right, truncated=False, wrong=False)
    return Verdict(right, truncated=stated.value == cut, wrong=stated.value != cut)


def places(text: str) -> int:
    """The decimals a figure is written to (thousands separators aside)."""
    number = re.search(r"\d+(?:\.(\d+))?", text.replace(",", ""))
    return len(number.group(1)) if number and number.group(1) else 0


def half_digit(text: str) -> Decimal:
    """Half the last digit a figure is written to (12.34 → 0.005): how far rounding moved it."""
    return Decimal(5).scaleb(-places(text) - 1)


def rate_finding(
    paragraph: Paragraph,
    stated: Quantity,
    exact: Decimal,
    how: str,
    span: tuple[int, int],
) -> ReviewFinding | None:
    verdict = judge_percent(stated, exact)
    if not verdict.truncated and not verdict.wrong:
        return None
    if verdict.truncated:
        message = (
            f"{how}＝{fmt(exact, 4)}%，四舍五入应为{verdict.right}，"
            f"报告为{stated.text}（截位而非四舍五入）。"
        )
        code = "rounding-truncated"
    else:
        message = f"{how}＝{fmt(exact, 2)}%，报告为{stated.text}，计算有误。"
        code = "rate-mismatch"
    return make_finding(
        code, paragraph, message, span=span, stated=stated.text, recomputed=verdict.right
    )


#: Why a rate a last digit away is only a note, and what to do.
WITHIN_ROUNDING = "差异在所列数据的舍入范围内，应核实计算口径或数据精度"


def rounding_gap(
    paragraph: Paragraph,
    stated: Quantity,
    exact: Decimal,
    how: str,
    span: tuple[int, int],
    *,
    code: str = "rate-rounding-gap",
    why: str = WITHIN_ROUNDING,
) -> ReviewFinding | None:
    """A rate the figures as written do not give, though their rounding could (12.4 and
    11.8 give 95.16%, written 95.6%): a note, not an error (``code`` and ``why`` say
    otherwise for shares a last digit off for no reason)."""
    verdict = judge_percent(stated, exact)
    if not verdict.wrong and not verdict.truncated:
        return None  # equal at the digits written
    message = (
        f"{how}＝{fmt(exact, 4)}%，按所列数据应为{verdict.right}，报告为{stated.text}；{why}。"
    )
    return make_finding(
        code,
        paragraph,
        message,
        span=span,
        stated=stated.text,
        recomputed=verdict.right,
    )


def change_finding(
    paragraph: Paragraph,
    stated: Quantity,
    exact: Decimal,
    where: tuple[str, tuple[int, int]],
    *,
    near: bool,
) -> ReviewFinding | None:
    """A rate against the one its figures give (``where``: how it was recomputed, and the
    span to quote): within the rounding of the figures (``near``) a note — a rate some reading
    of them gives is not shown to be cut off either (1.1 and 14 亿元 allow 6.95–7.62%: 7.2% is
    no truncation of 7.28%); else an error (or the cut-off warning)."""
    how, span = where
    if near:
        return rounding_gap(paragraph, stated, exact, how, span)
    return rate_finding(paragraph, stated, exact, how, span)


def how_changed(change: str, current: str, down: bool) -> str:
    """The change over last year's figure, in words: 变动额÷(本年数±变动额)."""
    return f"{change}÷({current}{'＋' if down else '－'}{change})"


def change_rate(current: Decimal, change: Decimal, down: bool) -> Decimal | None:
    before = current + change if down else current - change
    return change / before * HUNDRED if before > 0 else None


def reachable(rate: Quantity, current: Quantity, change: Quantity, down: bool) -> bool:
    """The stated rate lies between what the inputs give at either end of their rounding
    (a base of 1.96 makes 20.63 ÷ 1.96 anything from 1049 % to 1056 %)."""
    rates = [
        change_rate(current.value + a, change.value + b, down)
        for a in (-current.ulp, current.ulp)
        for b in (-change.ulp, change.ulp)
    ]
    known = [r for r in rates if r is not None]
    if len(known) < len(rates):
        return True  # a base that may be zero: nothing can be said
    return min(known) - rate.ulp <= rate.value <= max(known) + rate.ulp


def level_change(
    sentence: Sentence, level: Quantity, change: Quantity, rate: Quantity, quote_from: int
) -> ReviewFinding | None:
    """The rate of ``change`` over the year before ``level`` (a decrease when the change's
    words say so), against the ``rate`` stated; the quote runs from ``quote_from``."""
    down = re.search(r"减|下降|降低", change.label) is not None
    exact = change_rate(level.value, change.value, down)
    if exact is None:
        return None
    how = how_changed(change.text, level.text, down)
    span = (sentence.start + quote_from, sentence.start + rate.end)
    near = reachable(rate, level, change, down)
    return change_finding(sentence.paragraph, rate, exact, (how, span), near=near)

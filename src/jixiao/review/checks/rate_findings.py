"""What a rate finding is made of: the rates that are shares of a plan, the slack the
rounding of their inputs allows, and the finding that quotes a rate with its inputs."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.checks.percent_findings import rounding_gap as changes_gap
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence

HUNDRED = Decimal(100)
#: Amounts taken off or added to a base (“下达111万元…调减40万元”): the base moved.
ADJUSTED = re.compile(r"调减|调增|核减|追加|追减|收回")

#: Rates that are a share of a plan, never a change over it: 执行率 400% is not “+400%”.
SHARE_RATE = re.compile(
    r"(?:执行|完成|到位|支付|拨付|使用)率[^，。；,;0-9]{0,4}$"
    r"|完成[^，。；,;0-9]{0,6}(?:预算|计划)的$"  # “完成预算的43%”: a share, never “−43%”
)


def slack(inputs: list[Quantity]) -> Decimal:
    """How far, relatively, the rounding of the inputs as written can move a ratio of them.
    Counts are exact, and so is an input written coarser than another (预算1万元 beside
    决算0.53万元): the writer gave the finer one to its last digit and would have given it
    too."""
    rounded = [q for q in inputs if q.kind != COUNT and q.value]  # counts are exact
    finest = min((q.ulp for q in rounded), default=Decimal(0))
    return sum((q.ulp / abs(q.value) for q in rounded if q.ulp == finest), Decimal(0))


def allowed(rate: Quantity, exact: Decimal, inputs: list[Quantity]) -> bool:
    """Whether ``rate`` is ``exact`` as far as the rounding of the inputs as written (and of
    the rate itself) can move it."""
    return abs(exact - rate.value) <= abs(exact) * slack(inputs) + rate.ulp


def on_rate(
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


def cut_off(
    sentence: Sentence, rate: Quantity, inputs: list[Quantity], exact: Decimal, said: str
) -> ReviewFinding | None:
    """A rate that agrees with ``exact`` only when cut off, not rounded half-up (``said``
    tells how it was recomputed: “按报告所列数据（…）复算”)."""
    verdict = judge_percent(rate, exact)
    if not verdict.truncated:
        return None
    message = (
        f"{said}为{fmt(exact, 4)}%，四舍五入应为{verdict.right}，"
        f"报告为{rate.text}（截位而非四舍五入）。"
    )
    return on_rate("rounding-truncated", sentence, inputs, rate, message, verdict.right)


def rounding_gap(
    sentence: Sentence, rate: Quantity, inputs: list[Quantity], exact: Decimal, said: str
) -> ReviewFinding | None:
    """A rate the inputs as written do not give, though their rounding could."""
    span = (sentence.start + inputs[0].start, sentence.start + rate.end)
    return changes_gap(sentence.paragraph, rate, exact, said, span)

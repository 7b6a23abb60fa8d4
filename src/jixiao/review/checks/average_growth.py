"""An average yearly growth against the two levels and years it is said between:

    一般公共预算收入从2015年的2007万元上升到2020年的2468万元，年均增长4.22%
                                        → (2468 ÷ 2007)^(1/5) − 1 = 4.22%

The average is the compound one (the national statistics' 年均增长速度), over the years
between the two levels; every figure may be off by half its last written digit. A rate that
is the simple average ((B ÷ A − 1) ÷ n) is a method, not a slip, and is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from decimal import InvalidOperation
from decimal import localcontext

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.percent_findings import HUNDRED
from jixiao.review.checks.percent_findings import half_digit
from jixiao.review.checks.percent_findings import places
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import doc_sentences

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"[万亿]?元|万?人|个|户|家|亩|吨"
_WHEN = r"年(?:底|末|度)?的?\s*"
_GROWTH = re.compile(
    rf"(?P<y1>(?:19|20)\d{{2}})\s*{_WHEN}(?P<a>{_NUMBER})\s*(?P<ua>{_UNIT})[^。；;\d]{{0,12}}?"
    rf"(?P<y2>(?:19|20)\d{{2}})\s*{_WHEN}(?P<b>{_NUMBER})\s*(?P<ub>{_UNIT})\s*[，,]?\s*"
    r"年均(?P<way>增长|递增|增幅|下降|减少|降幅)率?(?:为|达到?)?\s*(?P<p>\d+(?:\.\d+)?)\s*%"
)
_DOWN = ("下降", "减少", "降幅")
_MAX_YEARS = 30


def _value(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _rate(first: Decimal, last: Decimal, years: int) -> Decimal:
    """The compound yearly growth from ``first`` to ``last`` over ``years``, in per cent."""
    with localcontext() as context:
        context.prec = 28
        return ((last / first) ** (Decimal(1) / years) - 1) * HUNDRED


def _holds(match: re.Match[str], years: int, sign: int) -> tuple[bool, Decimal]:
    """Whether some reading of the written figures gives the stated rate, and the exact one."""
    a, b, stated = _value(match["a"]), _value(match["b"]), _value(match["p"]) * sign
    da, db, dp = half_digit(match["a"]), half_digit(match["b"]), half_digit(match["p"])
    low = _rate(a + da, b - db, years)
    high = _rate(a - da, b + db, years)
    exact = _rate(a, b, years)
    simple = (b / a - 1) / years * HUNDRED
    within = stated + dp >= low and stated - dp <= high
    return within or abs(simple - stated) <= dp, exact


def check_average_growth(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 年均增长 said between two years' levels against the compound growth they give."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for match in _GROWTH.finditer(sentence.text):
            years = int(match["y2"]) - int(match["y1"])
            if match["ua"] != match["ub"] or not 0 < years <= _MAX_YEARS:
                continue
            try:
                if _value(match["a"]) <= 0 or _value(match["b"]) <= 0:
                    continue
                sign = -1 if match["way"] in _DOWN else 1
                holds, exact = _holds(match, years, sign)
            except (InvalidOperation, ZeroDivisionError):
                continue
            if holds:
                continue
            right = fmt(exact * sign, places(match["p"]))
            message = (
                f"按{match['y1']}年{match['a']}{match['ua']}、{match['y2']}年"
                f"{match['b']}{match['ub']}复算，{years}年年均{match['way']}应为{right}%，"
                f"报告为{match['p']}%，计算有误。"
            )
            span = (sentence.start + match.start("p"), sentence.start + match.end())
            findings.append(
                make_finding(
                    "average-growth-mismatch",
                    sentence.paragraph,
                    message,
                    span=span,
                    stated=f"{match['p']}%",
                    recomputed=f"{right}%",
                )
            )
    return findings

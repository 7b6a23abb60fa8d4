"""A percentage's change against the earlier percentage it is compared with, both stated:

    占资金的53.1%，比2020年31.6%增加22.5%      → 53.1 − 31.6 = 21.5 个百分点

The change may be told in points (个百分点, or % as texts often write it) or as a share of
the earlier figure (增长68.0%); either reading that the written figures give, within half
their last digits, holds. A change the wrong way (增加 while the percentage fell) is wrong.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.percent_findings import HUNDRED
from jixiao.review.checks.percent_findings import half_digit
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import doc_sentences

_NUMBER = r"\d+(?:\.\d+)?"
_CHANGE = re.compile(
    rf"(?P<now>{_NUMBER})\s*%\s*[，,]\s*(?:比|较)(?:上年|去年|同期|(?:19|20)\d{{2}}年)?(?:同期)?的?"
    rf"\s*(?P<then>{_NUMBER})\s*%\s*(?:相比)?[，,]?\s*(?P<way>增加|提高|上升|增长|下降|减少|降低)了?"
    rf"\s*(?P<by>{_NUMBER})\s*(?P<unit>%|个百分点)"
)
_DOWN = ("下降", "减少", "降低")


def _near(value: Decimal, stated: Decimal, slack: Decimal) -> bool:
    return abs(value - stated) <= slack


def _holds(match: re.Match[str]) -> tuple[bool, Decimal]:
    now, then, by = (Decimal(match[k]) for k in ("now", "then", "by"))
    slack_points = half_digit(match["now"]) + half_digit(match["then"]) + half_digit(match["by"])
    points = abs(now - then)
    down = match["way"] in _DOWN
    if (now < then) != down and now != then:
        return False, points
    if _near(points, by, slack_points):
        return True, points
    if match["unit"] == "%" and then > 0:
        share = points / then * HUNDRED
        slack = (
            half_digit(match["by"])
            + (half_digit(match["now"]) + half_digit(match["then"])) / then * 200
        )
        return _near(share, by, slack), points
    return False, points


def check_point_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """Each “P%，比…Q%增加D%” against P − Q (or its share of Q)."""
    findings: list[ReviewFinding] = []
    for sentence in doc_sentences(doc):
        for match in _CHANGE.finditer(sentence.text):
            holds, points = _holds(match)
            if holds:
                continue
            places = max(
                len(match[k].split(".")[1]) if "." in match[k] else 0 for k in ("now", "then")
            )
            right = fmt(points, places)
            fell = Decimal(match["now"]) < Decimal(match["then"])
            message = (
                f"由{match['then']}%{'降至' if fell else '升至'}{match['now']}%，"
                f"应{'下降' if fell else '增加'}{right}个百分点，报告为{match['way']}"
                f"{match['by']}{match['unit']}，计算有误。"
            )
            span = (sentence.start + match.start(), sentence.start + match.end())
            findings.append(
                make_finding(
                    "difference-mismatch",
                    sentence.paragraph,
                    message,
                    span=span,
                    stated=match["by"],
                    recomputed=right,
                )
            )
    return findings

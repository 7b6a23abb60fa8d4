"""Projects counted and summed by the grade their evaluation gave, under a count and a sum of
all of them (a 财政重点绩效评价情况报告):

    共计11个，涉及资金33528.4万元。评价结果显示，绩效评价结果为“优”的项目有1项，涉及金额为
    460万元；…为“良”的项目有6项，涉及金额为21075.69万元；…为“中”的项目有4项，涉及金额为
    11722.71万元。

When the counts by grade make the count of all (1 + 6 + 4 = 11), every project is in one grade,
and the amounts by grade must make the sum of all too (33258.40, not 33528.4).
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import figure
from jixiao.review.text.quantities import fmt

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"(?P<unit>亿元|万元|元)"
_ALL = re.compile(
    rf"(?:共计?|合计)(?P<n>\d+)\s*[个项][，,]\s*涉及(?:资金|金额)(?:共|合计)?(?:为)?(?P<sum>{_NUMBER})"
    rf"{_UNIT}"
)
_GRADE = re.compile(
    r"[“\"](?P<grade>优秀?|良好?|中|合格|差|不合格)[”\"]的?(?:项目|政策)?(?:有|共)?(?P<n>\d+)\s*[个项]"
    rf"[，,]\s*涉及(?:资金|金额)(?:为)?(?P<amount>{_NUMBER})(?P<grade_unit>亿元|万元|元)"
)
_MIN_GRADES = 2


def _finding(paragraph: Paragraph) -> ReviewFinding | None:
    whole = _ALL.search(paragraph.text)
    if whole is None:
        return None
    grades = list(_GRADE.finditer(paragraph.text, whole.end()))
    units = {m.group("grade_unit") for m in grades}
    if len(grades) < _MIN_GRADES or units != {whole.group("unit")}:
        return None
    if sum(int(m.group("n")) for m in grades) != int(whole.group("n")):
        return None  # the grades do not count every project: nothing is said of the sum
    total = figure(whole.group("sum"))
    amounts = [figure(m.group("amount")) for m in grades]
    parts = [a for a in amounts if a is not None]
    if total is None or len(parts) != len(amounts) or adds_up(total, parts):
        return None
    added = sum((a.value for a in parts), Decimal(0))
    places = max(f.places for f in [total, *parts])
    written = total.text
    unit = whole.group("unit")
    listed = "＋".join(f"{a.text}{unit}" for a in parts)
    message = (
        f"各评价等次的项目数之和与项目总数相符，而其涉及金额{listed}＝{fmt(added, places)}{unit}，"
        f"与所述涉及资金{written}{unit}不符，请核实。"
    )
    return make_finding(
        "sum-mismatch",
        paragraph,
        message,
        span=(whole.start(), grades[-1].end()),
        stated=f"{written}{unit}",
        recomputed=f"{fmt(added, places)}{unit}",
    )


def check_graded_amounts(doc: ReportDoc) -> list[ReviewFinding]:
    """The amounts by grade against the sum of all, when the counts by grade make the count."""
    found = (_finding(p) for p in doc.paragraphs)
    return [f for f in found if f is not None]

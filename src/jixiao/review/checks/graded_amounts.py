"""Projects counted and summed by the grade their evaluation gave, under a count and a sum of
all of them (a 财政重点绩效评价情况报告):

    共计11个，涉及资金33528.4万元。评价结果显示，绩效评价结果为“优”的项目有1项，涉及金额为
    460万元；…为“良”的项目有6项，涉及金额为21075.69万元；…为“中”的项目有4项，涉及金额为
    11722.71万元。

When the counts by grade make the count of all (1 + 6 + 4 = 11), every project is in one grade,
and the amounts by grade must make the sum of all too (33258.40, not 33528.4). Counts by grade
that do not make the count of all are told on their own (more than all: a fault; fewer: a
warning, since a project may have been left ungraded); their amounts are then held only to
stay within the sum.
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
_OTHER_YEAR = re.compile(r"上年|去年|20\d\d年")
_UNGRADED = re.compile(r"未评定|暂不评定|不评定|未评价|政策\d+[项个]")


def _findings(paragraph: Paragraph) -> list[ReviewFinding]:
    whole = _ALL.search(paragraph.text)
    if whole is None:
        return []
    other = _OTHER_YEAR.search(paragraph.text, whole.end())  # (上年评价结果为“优”的…)
    end = other.start() if other else len(paragraph.text)
    grades = list(_GRADE.finditer(paragraph.text, whole.end(), end))
    units = {m.group("grade_unit") for m in grades}
    if len(grades) < _MIN_GRADES or units != {whole.group("unit")}:
        return []
    counted = sum(int(m.group("n")) for m in grades)
    if counted == int(whole.group("n")):
        amounts = _amounts(paragraph, whole, grades, within=False)
        return [amounts] if amounts else []
    short = counted < int(whole.group("n"))
    told = short and _UNGRADED.search(paragraph.text)  # (另有1个项目暂不评定等次; 政策3项)
    found = [] if told else [_counts(paragraph, whole, grades, counted)]
    amounts = _amounts(paragraph, whole, grades, within=True)
    return found + ([amounts] if amounts else [])


def _counts(
    paragraph: Paragraph, whole: re.Match[str], grades: list[re.Match[str]], counted: int
) -> ReviewFinding:
    listed = "＋".join(f"{m.group('n')}个" for m in grades)
    short = counted < int(whole.group("n"))  # (a project may have been left ungraded)
    said = "少于" if short else "多于"
    message = (
        f"各评价等次的项目数{listed}＝{counted}个，{said}所述共计{whole.group('n')}个"
        f"{'；' if short else '，'}"
        f"{'如有未评定等次的项目请注明，否则请核实。' if short else '请核实。'}"
    )
    return make_finding(
        "sum-short" if short else "sum-mismatch",
        paragraph,
        message,
        span=(whole.start(), grades[-1].end()),
        stated=f"{whole.group('n')}个",
        recomputed=f"{counted}个",
    )


def _amounts(
    paragraph: Paragraph, whole: re.Match[str], grades: list[re.Match[str]], *, within: bool
) -> ReviewFinding | None:
    """The amounts by grade against the sum of all: equal to it, or with ``within`` (a grade
    may be left out) not above it."""
    total = figure(whole.group("sum"))
    amounts = [figure(m.group("amount")) for m in grades]
    parts = [a for a in amounts if a is not None]
    if total is None or len(parts) != len(amounts) or adds_up(total, parts):
        return None
    added = sum((a.value for a in parts), Decimal(0))
    if within and added < total.value:
        return None
    places = max(f.places for f in [total, *parts])
    written = total.text
    unit = whole.group("unit")
    listed = "＋".join(f"{a.text}{unit}" for a in parts)
    lead = "各评价等次的" if within else "各评价等次的项目数之和与项目总数相符，而其"
    said = "超过" if within else "不符"
    told = f"所述涉及资金{written}{unit}"
    message = (
        f"{lead}涉及金额{listed}＝{fmt(added, places)}{unit}，"
        f"{f'{said}{told}' if within else f'与{told}{said}'}，请核实。"
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
    """The counts by grade against the count of all, and their amounts against the sum."""
    return [f for p in doc.paragraphs for f in _findings(p)]

"""An indicator row's 实际完成值 told again in the text with another figure:

    年度总体目标 | … | 3.完成农村户用卫生厕所改造3061户; …
    指标3:完成农村户用卫生厕所改造数量 | ≥2000 | 3016 | 10 | 10 |

The 实际完成情况 cell (or the report) names the row's indicator, its name cut to what a
sentence calls it (改造数量 → 改造), and gives a count right after it: one of the two is a
slip. A figure told as the row's target, or as a plan (计划, 目标), is no result; a figure
after other words (改造示范户50户) is of something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.score_only import target_rows
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.rows import NamedRow
from jixiao.review.tables.scored import scored_tables

#: A count as a 实际完成值 cell holds it: a figure, perhaps its unit.
_COUNT = re.compile(r"^\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[\u4e00-\u9fff]{0,2})\s*$")
_PREFIX = re.compile(r"^(?:指标\s*\d+\s*[:：]|\d+[.、．])\s*")
#: What a sentence leaves off a row's name (改造数量 → 改造).
_SUFFIX = r"(?:数量|人数|户数|个数|次数|面积|长度|数|量)"
_SAID = r"(?:为|达到?|共计?|了)?"
_PLAN = re.compile(r"(?:计划|目标|预计|力争|争取|累计|预期)[^，。；;,]{0,12}$")
_MIN_CORE = 4


def _core(name: str) -> str:
    return re.sub(f"{_SUFFIX}$", "", _PREFIX.sub("", name.strip()))


def _told(row: NamedRow, paragraph: Paragraph) -> re.Match[str] | None:
    core = _core(row.name)
    if len(core) < _MIN_CORE:
        return None
    pattern = re.escape(core) + f"{_SUFFIX}?{_SAID}" + r"(?P<n>\d+(?:\.\d+)?)(?![\d.%])"
    for match in re.finditer(pattern, paragraph.text):
        if not _PLAN.search(paragraph.text[: match.start()]):
            return match
    return None


def _differs(row: NamedRow, told: Decimal) -> str | None:
    """The row's 实际完成值 when a count the text tells is neither it nor the target."""
    actual = _COUNT.match(row.actual)
    if actual is None:
        return None
    target = re.search(r"\d+(?:\.\d+)?", row.target)
    if target is not None and Decimal(target.group(0)) == told:
        return None  # the text tells the target
    return actual["n"] if Decimal(actual["n"]) != told else None


def _rows(doc: ReportDoc) -> list[NamedRow]:
    rows: list[NamedRow] = [r for t in scored_tables(doc) for r in t.rows]
    return [*rows, *target_rows(doc)]


def _findings(doc: ReportDoc, row: NamedRow) -> Iterator[ReviewFinding]:
    for paragraph in doc.paragraphs:
        if paragraph.index == row.paragraph.index:
            continue
        told = _told(row, paragraph)
        actual = _differs(row, Decimal(told["n"])) if told is not None else None
        if told is None or actual is None:
            continue
        message = (
            f"指标“{row.name}”表中实际完成值为{row.actual.strip()}，"
            f"文中同一事项为{told.group(0)}，两处不一致，请核实。"
        )
        span = quote_span(paragraph, told.group(0))
        yield make_finding(
            "figure-inconsistent",
            paragraph,
            message,
            span=span,
            stated=told["n"],
            recomputed=actual,
        )
        return


def check_row_told(doc: ReportDoc) -> list[ReviewFinding]:
    """Indicator rows whose 实际完成值 the text tells otherwise."""
    return [f for row in _rows(doc) for f in _findings(doc, row)]

"""An indicator row's 实际完成值 told again in the text with another figure:

    年度总体目标 | … | 3.完成农村户用卫生厕所改造3061户; …
    指标3:完成农村户用卫生厕所改造数量 | ≥2000 | 3016 | 10 | 10 |

The 实际完成情况 cell (or the report) names the row's indicator, its name cut to what a
sentence calls it (改造数量 → 改造), and gives a count right after it: one of the two is a
slip. Not a figure told as the row's target, as a plan (计划, 目标, 累计), for part of the
year (上半年, 截至6月) or another year, nor one of another unit (6期 beside 520人次; 2.13万户
is 21300户); a figure after other words (改造示范户50户) is of something else.
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

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = r"[\u4e00-\u9fff]{0,3}"
#: A count as a 实际完成值 cell holds it: a figure, perhaps its unit.
_COUNT = re.compile(rf"^\s*(?P<n>{_NUMBER})\s*(?P<unit>{_UNIT})\s*$")
_PREFIX = re.compile(r"^(?:指标\s*\d+\s*[:：]|\d+[.、．])\s*")
#: What a sentence leaves off a row's name (改造数量 → 改造), and the unit some of them imply.
_SUFFIX = r"(?:数量|人数|户数|个数|次数|面积|长度|数|量)"
_SUFFIX_UNIT = {"人数": "人", "户数": "户", "个数": "个", "次数": "次"}
_SAID = r"(?:为|达到?|共计?|了)?"
#: Words that make the figure no result of the whole year: a plan, a running total, part of
#: the year.
_NOT_RESULT = re.compile(
    r"计划|目标|预计|力争|争取|累计|预期|上半年|下半年|季度|截至|截止|\d{1,2}月"
)
_YEAR = re.compile(r"(20\d\d)\s*年")
_LAST_YEAR = re.compile(r"上年|去年|上一年")
_CLAUSE = re.compile(r"[，,；;。：:]")
_MIN_CORE = 4


def _core(name: str) -> tuple[str, str]:
    """The name a sentence uses, and the unit its cut-off word implies (人数 → 人)."""
    plain = _PREFIX.sub("", name.strip())
    cut = re.search(f"{_SUFFIX}$", plain)
    if cut is None:
        return plain, ""
    return plain[: cut.start()], _SUFFIX_UNIT.get(cut.group(0), "")


def _value(number: str, unit: str) -> tuple[Decimal, str]:
    """The count in units (2.13万户 → 21300, 户)."""
    value = Decimal(number.replace(",", ""))
    if unit.startswith("万"):
        return value * 10000, unit[1:]
    return value, unit


def _told(row: NamedRow, paragraph: Paragraph) -> re.Match[str] | None:
    core, _ = _core(row.name)
    if len(core) < _MIN_CORE:
        return None
    pattern = (
        re.escape(core) + f"{_SUFFIX}?{_SAID}" + rf"(?P<n>{_NUMBER})(?![\d.%])(?P<unit>{_UNIT})"
    )
    text = paragraph.text
    for match in re.finditer(pattern, text):
        clause = _CLAUSE.split(text[: match.start()])[-1]
        start, end = text.rfind("。", 0, match.start()) + 1, text.find("。", match.end())
        years = _YEAR.findall(text[start : end if end >= 0 else len(text)])
        own = _YEAR.findall(clause)
        earlier = bool(own) and max(own) < max(years)  # 2022年… beside 2023年…
        if _NOT_RESULT.search(clause) or earlier or _LAST_YEAR.search(clause):
            continue  # a plan, part of the year, or an earlier year's
        return match
    return None


def _row_unit(row: NamedRow) -> str:
    """The unit the row counts in: its 实际完成值's, its target's, or its name's."""
    for cell in (row.actual, row.target):
        found = re.search(rf"(?:{_NUMBER})\s*(?P<unit>[\u4e00-\u9fff]{{1,3}})", cell)
        if found is not None:
            return _value("0", found["unit"])[1]
    return _core(row.name)[1]


def _differs(row: NamedRow, told: re.Match[str]) -> str | None:
    """The row's 实际完成值 when the count the text tells is of its unit and neither it nor
    the target."""
    actual = _COUNT.match(row.actual)
    if actual is None:
        return None
    value, _ = _value(actual["n"], actual["unit"])
    said, unit = _value(told["n"], told["unit"])
    own = _row_unit(row)
    if own and unit and not unit.startswith(own) and not own.startswith(unit):
        return None  # 6期 beside a count of 人次
    target = re.search(rf"(?P<n>{_NUMBER})\s*(?P<unit>[\u4e00-\u9fff]{{0,3}})", row.target)
    if target is not None and _value(target["n"], target["unit"])[0] == said:
        return None  # the text tells the target
    return actual.group(0).strip() if value != said else None


def _rows(doc: ReportDoc) -> list[NamedRow]:
    rows: list[NamedRow] = [r for t in scored_tables(doc) for r in t.rows]
    return [*rows, *target_rows(doc)]


def _findings(doc: ReportDoc, row: NamedRow) -> Iterator[ReviewFinding]:
    for paragraph in doc.paragraphs:
        if paragraph.index == row.paragraph.index:
            continue
        told = _told(row, paragraph)
        actual = _differs(row, told) if told is not None else None
        if told is None or actual is None:
            continue
        message = (
            f"指标“{row.name}”表中实际完成值为{actual}，"
            f"文中同一事项为{told.group(0)}，两处不一致，请核实。"
        )
        yield make_finding(
            "figure-inconsistent",
            paragraph,
            message,
            span=quote_span(paragraph, told.group(0)),
            stated=told["n"],
            recomputed=actual,
        )
        return


def check_row_told(doc: ReportDoc) -> list[ReviewFinding]:
    """Indicator rows whose 实际完成值 the text tells otherwise."""
    return [f for row in _rows(doc) for f in _findings(doc, row)]

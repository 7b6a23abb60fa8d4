"""What a bureau's 绩效科 sorts a pile of documents by: the unit, the project, the total
score the document states and the one its rows add up to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewResult
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.scored import complete_sum
from jixiao.review.tables.scored import scored_tables

_UNIT_LABEL = re.compile(
    r"^(?:实施单位|部门（单位）名称|部门\(单位\)名称|单位名称|部门名称|单位)[:：]?$"
)
_PROJECT_LABEL = re.compile(r"^项目名称[:：]?$")
_INLINE = re.compile(
    r"(?P<label>实施单位|单位名称|部门名称|项目名称)[:：]\s*(?P<value>[^\s，。；,;|｜]{2,40})"
)
_TITLE_UNIT = re.compile(r"^(?P<unit>[^\d\s，。()（）]{2,40}?)(?:20\d\d年度?)")
_NOT_A_NAME = re.compile(r"绩效|自评|报告|预算|决算|表")
_TOTAL_SCORE = re.compile(
    r"(?:自评总分|自评得分|综合得分|总分)(?:为|是|[:：])?\s*(\d+(?:\.\d+)?)\s*分?"
)
_CODE_PREFIX = re.compile(r"^[\dA-Za-z]+[-—－]")


@dataclass(frozen=True, slots=True)
class Digest:
    """The summary facts of one document ("" or None where it does not say)."""

    unit: str
    project: str
    stated_total: Decimal | None
    recomputed_total: Decimal | None


def _labelled(doc: ReportDoc, label: re.Pattern[str]) -> str:
    for paragraph in doc.paragraphs[:60]:
        cells = [c.strip(" |｜") for c in paragraph.cells if c.strip(" |｜")]  # “名称 | 某局”
        for number, cell in enumerate(cells[:-1]):
            if label.match(cell) and not label.match(cells[number + 1]):
                return _CODE_PREFIX.sub("", cells[number + 1])
    return ""


def _inline(doc: ReportDoc, names: tuple[str, ...]) -> str:
    for paragraph in doc.paragraphs[:60]:
        for match in _INLINE.finditer(paragraph.text):
            if match.group("label") in names:
                return _CODE_PREFIX.sub("", match.group("value"))
    return ""


_YEAR_FIRST = re.compile(
    r"^20\d\d年度?(?P<unit>[^\d\s，。()（）]{2,40}?)(?:部门整体|整体支出|部门|单位|项目|绩效|决算)"
)


def _title_unit(doc: ReportDoc) -> str:
    for paragraph in doc.paragraphs[:3]:
        text = paragraph.text.strip()
        match = _TITLE_UNIT.match(text) or _YEAR_FIRST.match(text)
        if match and not _NOT_A_NAME.search(match.group("unit")):
            return match.group("unit")
    return ""


def _totals(doc: ReportDoc, tables: Sequence[ScoredTable]) -> tuple[Decimal | None, Decimal | None]:
    funds = funds_rows(doc)
    for table in tables:
        if table.total is not None:
            return table.total.score.value, complete_sum(table, funds)
    for paragraph in doc.paragraphs:
        match = _TOTAL_SCORE.search(paragraph.text)
        if match:
            return Decimal(match.group(1)), None
    return None, None


def digest(doc: ReportDoc) -> Digest:
    """The unit, project and totals of ``doc``, as far as it states them."""
    unit = (
        _labelled(doc, _UNIT_LABEL)
        or _inline(doc, ("实施单位", "单位名称", "部门名称"))
        or _title_unit(doc)
    )
    project = _labelled(doc, _PROJECT_LABEL) or _inline(doc, ("项目名称",))
    stated, recomputed = _totals(doc, scored_tables(doc))
    return Digest(unit, project, stated, recomputed)


def result_digest(result: ReviewResult) -> Digest:
    """The digest of a reviewed file (empty when the file could not be read)."""
    return digest(result.doc) if result.doc is not None else Digest("", "", None, None)

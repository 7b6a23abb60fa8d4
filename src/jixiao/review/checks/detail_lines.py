"""A 项目支出明细 a PDF export ran into one line (the 河北 项目支出绩效评价报告 form):

    二、项目支出明细情况 支出内容 (经济科目) 计划支出数 实际支出数 30399 村专职委员工作补贴
    21.7 21.7 30201 办公费 3.0 2.8 支出合计 24.7 24.5 三、项目考评情况 …

After the two column names, each row is an economic code (optional), a name and its two
amounts, up to 支出合计 and its two amounts: each column's 合计 against its rows. The
stretch must be rows and nothing else (a figure left over, a row of one amount, a name
with a figure inside, a 小计 row or a class code over its items' codes — 302 over 30201 — and
nothing is read); one row alone is its own total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.review.checks.total_rows import sum_mismatch
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import unexplained_sum

_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_HEADER = re.compile(r"计划支出数\s*(?:[(（]万?元[)）])?\s*实际支出数\s*(?:[(（]万?元[)）])?")
_TOTAL = re.compile(rf"支出\s*合\s*计\s*(?P<plan>{_AMOUNT})\s+(?P<done>{_AMOUNT})(?![\d.])")
#: A row: its economic code (30399), its name, its two amounts (the export may have dropped
#: the spaces between words and figures).
_ROW = re.compile(
    rf"\s*(?:(?P<code>\d{{3,7}})\s*)?(?P<name>[\u4e00-\u9fff][^\d]*?)\s*"
    rf"(?P<plan>{_AMOUNT})\s+(?P<done>{_AMOUNT})(?![\d.])"
)
_COLUMNS = ("计划支出数", "实际支出数")
_SUBTOTAL = re.compile(r"小\s*计|合\s*计|其中")


@dataclass(frozen=True, slots=True)
class _Line:
    """A row of the line, as a sum finding names it."""

    label: str
    paragraph: Paragraph


def _rows(stretch: str) -> list[tuple[str, tuple[Figure, Figure]]] | None:
    """The rows the stretch is made of, or None when something else is in it."""
    rows: list[tuple[str, tuple[Figure, Figure]]] = []
    codes: list[str] = []
    at = 0
    while at < len(stretch.rstrip()):
        match = _ROW.match(stretch, at)
        if match is None:
            return None
        plan, done = figure(match.group("plan")), figure(match.group("done"))
        if plan is None or done is None:
            return None
        if _SUBTOTAL.search(match.group("name")):
            return None  # (a 小计 row: its rows are counted twice)
        rows.append((match.group("name"), (plan, done)))
        codes.extend([match.group("code")] if match.group("code") else [])
        at = match.end()
    nested = any(a != b and b.startswith(a) for a in codes for b in codes)
    return None if nested else rows  # (302 over 30201, 30205: a class over its items)


def _findings(paragraph: Paragraph) -> Iterator[ReviewFinding]:
    header = _HEADER.search(paragraph.text)
    total = _TOTAL.search(paragraph.text, header.end()) if header else None
    if header is None or total is None:
        return
    rows = _rows(paragraph.text[header.end() : total.start()])
    if not rows:
        return
    line = _Line("支出合计", paragraph)
    for column, key in enumerate(("plan", "done")):
        stated = figure(total.group(key))
        parts = [(_Line(name, paragraph), amounts[column]) for name, amounts in rows]
        added = unexplained_sum(stated, [f for _, f in parts], known=True) if stated else None
        if stated is not None and added is not None:
            yield sum_mismatch(line, stated, parts, added, f"“{_COLUMNS[column]}”栏")


def check_detail_lines(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 支出明细 run into one line: its 支出合计 against its rows, column by column."""
    return [finding for paragraph in doc.paragraphs for finding in _findings(paragraph)]

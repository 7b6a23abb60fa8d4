"""A 决算 table whose rows are classification subjects with their codes (功能分类 类 201, 款
20106, 项 2010601; 经济分类 301, 30101), one row to a line as a PDF's text gives it:

    科目编码 科目名称 本年支出合计 基本支出 项目支出
    201 一般公共服务支出 729.07 548.72 180.35
    20106 财政事务 729.07 548.72 180.35
    2010601 行政运行 548.72 548.72
    2010602 一般行政管理事务 180.35 180.35
    合计 1024.49 844.14 180.35

Each subject's first figure (its total, never left blank) against the sum of the subjects one
level under it, and the 合计 against the 类; where the header splits the total into 基本支出
and 项目支出, a row giving all three against its two. A subject's name broken over two lines
keeps its figures on the second; page numbers and a header printed again are passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.review.checks.cell_sums import cell_sum_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import PAGE_MARK
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure

_CODE = re.compile(r"^\d{3}(?:\d{2}){0,2}$")
_TOTAL = re.compile(r"^(?:合计|总计)$")
_HEADER = re.compile(r"科目编码|科目名称|项目名称")
_SPLIT = re.compile(r"基本支出.*项目支出")
_MIN_ROWS = 3


@dataclass(frozen=True, slots=True)
class _Row:
    paragraph: Paragraph
    code: str  # "" for the 合计 row
    name: str
    figures: tuple[Figure, ...]


def _figures(cells: tuple[str, ...]) -> tuple[Figure, ...] | None:
    found = tuple(f for c in cells if (f := figure(c)) is not None and not f.percent)
    return found if len(found) == len(cells) else None


def _row(paragraph: Paragraph, following: Paragraph | None) -> _Row | None:
    """A code row (its figures perhaps on the next line, after the end of its name)."""
    cells = paragraph.cells
    if len(cells) < 2 or not (_CODE.match(cells[0]) or _TOTAL.match(cells[0])):
        return None
    code = cells[0] if _CODE.match(cells[0]) else ""
    rest = cells[2:] if code else cells[1:]
    name = cells[1] if code else cells[0]
    if not rest and following is not None and len(following.cells) >= 2:
        rest = following.cells[1:]  # “2010399 其他…机构事” / “务支出 29.55 0 29.55”
        name += following.cells[0]
    figures = _figures(rest)
    return _Row(paragraph, code, name, figures) if figures else None


def _blocks(doc: ReportDoc) -> Iterator[tuple[bool, list[_Row]]]:
    """Runs of code rows under a header naming the subjects, each with whether the header
    splits the total into 基本支出 and 项目支出."""
    paragraphs = doc.paragraphs
    rows: list[_Row] = []
    split = False
    for at, paragraph in enumerate(paragraphs):
        following = paragraphs[at + 1] if at + 1 < len(paragraphs) else None
        row = _row(paragraph, following)
        if rows and _took_figures_of(rows[-1], paragraph):
            continue  # the end of the row's name, with its figures
        if row is not None and (rows or row.code):
            rows.append(row)
            if not row.code:  # the 合计 closes the table
                yield split, rows
                rows = []
            continue
        if _HEADER.search(paragraph.text):
            split = split or bool(_SPLIT.search(paragraph.text))
            continue  # the header, or printed again after a page break
        if rows and (PAGE_MARK.match(paragraph.text) or not _has_figures(paragraph)):
            continue  # a page number, a footer, the end of a name
        if rows:
            yield split, rows
            rows, split = [], False
        elif "。" in paragraph.text:
            split = False  # prose between the header and any row


def _took_figures_of(row: _Row, paragraph: Paragraph) -> bool:
    return paragraph.index == row.paragraph.index + 1 and len(row.paragraph.cells) == 2


def _has_figures(paragraph: Paragraph) -> bool:
    return any(figure(c) is not None for c in paragraph.cells)


def _children(rows: list[_Row], at: int) -> list[_Row]:
    """The rows one level under ``rows[at]`` (codes two digits longer, its own as prefix;
    under the 合计, the 类)."""
    code = rows[at].code
    depth = len(code) + 2 if code else 3
    found: list[_Row] = []
    for row in rows[at + 1 :] if code else rows[:at]:
        if code and not row.code.startswith(code):
            break
        if len(row.code) == depth:
            found.append(row)
    return found


def _level_finding(rows: list[_Row], at: int) -> ReviewFinding | None:
    row, children = rows[at], _children(rows, at)
    if not children:
        return None
    parts = [child.figures[0] for child in children]
    named = f"科目“{row.code}{row.name}”" if row.code else "“合计”行"
    under = "其下各科目" if row.code else "各类科目"
    listed = "＋".join(p.text for p in parts)

    def say(shown: str, gap: str) -> str:
        return f"{named}为{row.figures[0].text}，而{under}之和为{listed}＝{shown}，相差{gap}。"

    return cell_sum_finding(row.paragraph, row.figures[0], parts, say)


def _split_finding(row: _Row) -> ReviewFinding | None:
    total, basic, project = row.figures

    def say(shown: str, gap: str) -> str:
        named = f"“{row.code}{row.name}”" if row.code else "“合计”"
        return (
            f"{named}行合计为{total.text}，而基本支出{basic.text}与项目支出{project.text}之和"
            f"为{shown}，相差{gap}。"
        )

    return cell_sum_finding(row.paragraph, total, [basic, project], say, known=True)


def check_code_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Each subject of a coded 决算 table against the subjects under it and its own split."""
    findings: list[ReviewFinding] = []
    for split, rows in _blocks(doc):
        if len(rows) < _MIN_ROWS:
            continue
        for at, row in enumerate(rows):
            found = _level_finding(rows, at)
            if found is None and split and len(row.figures) == 3:
                found = _split_finding(row)
            if found is not None:
                findings.append(found)
    return findings

"""A table whose header writes its column formulas in the column names, the rows of figures
after it set apart by spaces (the 部门整体支出绩效自评表 of Fujian, copied from a web page):

    年初部门预算安排金额① 年中调整金额② 小计 年度拨付金额 支出实现率(%)⑤=④/③
    本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③
    ③=①+②
    财政资金小计 130.54 58.07 188.61 188.45 99.92 0.16 0.08

The header may put each column's name and formula on lines of their own (④ = ①+② +③ /
年度拨付金额 / 支出实现率(%) / ⑥=⑤/④ …), rates as “93%”, and rows left blank (①中央及省级
财政资金) among its rows. The circled numbers count the columns of figures in order (① the
first); every row under the header with as many figures is held to every formula, as
:mod:`jixiao.review.checks.marked_formulas` holds a table whose formulas stand in a row of
their own. A quotient whose column the header calls a rate or a percentage is read in per
cent, on a 合计 or 小计 row too (the rate of the sums).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.review.checks.marked_formulas import Formula
from jixiao.review.checks.marked_formulas import checked_row
from jixiao.review.checks.marked_formulas import formula_finding
from jixiao.review.checks.marked_formulas import formula_of
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.doc_rows import TableRow

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
_WRITTEN = re.compile(
    rf"(?P<target>[{_CIRCLED}])\s*[=＝]\s*(?P<formula>[{_CIRCLED}+\-−×*/÷()（）\s]+)"
)
_NUMBER = r"-?\d[\d,]*(?:\.\d+)?%?"
#: Paragraphs a header may run over (a column name, then its formula, a line each).
HEADER_LINES = 16
MIN_FORMULAS = 2
_PERCENT = re.compile(r"[%％率]\s*[)）]?\s*$")
_TIMES_HUNDRED = re.compile(r"\s*100\s*[%％]")
#: A line of words alone inside the rows (①中央及省级财政资金, ①……): a row left blank.
_BLANK_ROW = re.compile(r"^[^\d]{1,24}$")
MAX_BLANK_ROWS = 4


def _row_pattern(width: int) -> re.Pattern[str]:
    """A row: a label (the space after it may be lost), then ``width`` figures apart by
    spaces."""
    figures = rf"(?:{_NUMBER}\s+){{{width - 1}}}{_NUMBER}"
    return re.compile(rf"^\s*(?P<label>.*?[^\d\s.,%-])\s*(?P<figures>{figures})\s*$")


def _header(paragraphs: Sequence[Paragraph]) -> tuple[list[tuple[str, str, bool]], int] | None:
    """The formulas the header writes (target, right side, in per cent) and how many
    paragraphs it takes up to its first row of figures, when two formulas at least are
    written; the header's lines read as one text (a column's name may stand on the line
    before its formula)."""
    lines: list[str] = []
    for paragraph in paragraphs[:HEADER_LINES]:
        if lines and re.search(rf"(?:{_NUMBER}\s+){{2}}{_NUMBER}\s*$", paragraph.text):
            break  # the first row of figures
        lines.append(paragraph.text)
    text = "｜".join(lines)  # (a bar ends a formula at its line's end)
    written: list[tuple[str, str, bool]] = []
    for match in _WRITTEN.finditer(text):
        before = text[max(0, match.start() - 8) : match.start()].replace("｜", "")
        right, percent = match.group("formula").rstrip(), bool(_PERCENT.search(before))
        if right[-1:] in "×*" and _TIMES_HUNDRED.match(text, match.end()):
            right, percent = right[:-1], True  # “⑤=④/③×100%”
        written.append((match.group("target"), right, percent))
    return (written, len(lines)) if len(written) >= MIN_FORMULAS else None


def _rows(paragraphs: Sequence[Paragraph], width: int) -> list[TableRow]:
    """The rows right after the header, past lines of words alone (rows left blank)."""
    row = _row_pattern(width)
    rows: list[TableRow] = []
    blank = 0
    for paragraph in paragraphs:
        match = row.match(paragraph.text)
        if match is None:
            blank += 1
            if rows and blank <= MAX_BLANK_ROWS and _BLANK_ROW.match(paragraph.text.strip()):
                continue
            break
        blank = 0
        cells = (match.group("label"), *match.group("figures").split())
        rows.append(TableRow(paragraph, re.sub(r"\s", "", match.group("label")), cells))
    return rows


def _table(
    doc: ReportDoc, at: int, header: tuple[list[tuple[str, str, bool]], int]
) -> list[ReviewFinding]:
    written, used = header
    width = (
        max(
            _CIRCLED.index(c)
            for target, right, _ in written
            for c in target + right
            if c in _CIRCLED
        )
        + 1
    )
    columns = {mark: number + 1 for number, mark in enumerate(_CIRCLED[:width])}
    rows = _rows(doc.paragraphs[at + used :], width)
    findings: list[ReviewFinding] = []
    wrong: dict[int, set[int]] = {}  # each row's columns found off their formula
    for target, right, percent in written:
        formula: Formula | None = formula_of(columns[target], right, columns)
        if formula is None:
            continue
        scale = Decimal(100) if percent and not formula.linear else Decimal(1)
        for row in rows:
            checked = checked_row(row, formula, rates=True)
            if checked is None or checked.holds(scale):
                continue
            off = wrong.setdefault(id(row), set())
            if not off & {t for t in formula.tokens if isinstance(t, int)}:
                findings.append(formula_finding(checked, scale, f"{target}={right.strip()}"))
            off.add(formula.target)  # (a rate over a wrong figure follows from it)
    return findings


def check_worded_formulas(doc: ReportDoc) -> list[ReviewFinding]:
    """Rows of figures against the formulas their header writes in its column names."""
    findings: list[ReviewFinding] = []
    past = 0  # the paragraphs a header read already
    for at, paragraph in enumerate(doc.paragraphs):
        if at >= past and _WRITTEN.search(paragraph.text):
            header = _header(doc.paragraphs[at:])
            if header is not None:
                findings += _table(doc, at, header)
                past = at + header[1]
    return findings

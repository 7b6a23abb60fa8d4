"""A 资金投入 table whose header names its columns by letters and writes each rate's formula
over them (a Sichuan 转移支付 绩效评价表: 全年预算数(A) | 统筹整合资金数(B) | 扣除统筹整合资金后
预算金额(C) | 全年到位资金(D) | 预算到位(D/C×100%) | 全年执行资金(E) | 预算执行(E/C×100%)),
its rows perhaps numbered (行次) and broken over lines.

A row's figures are placed on the columns in order, amounts on amount columns and
percentages on rate columns; where cells were left blank, every placement is kept, and a
rate is wrong only when every placement that gives it disagrees, all on one figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import tokens

_TAG = re.compile(r"[（(]\s*(?P<letter>[A-Z])\s*[）)]$")
_FORMULA = re.compile(
    r"[（(]\s*(?P<part>[A-Z])\s*[/÷]\s*(?P<whole>[A-Z])\s*(?:[×*xX]\s*100\s*%)?\s*[）)]$"
)
_ROW_LABEL = re.compile(
    r"^(?:其中\s*[:：]?\s*)?[\u4e00-\u9fff]{2,16}(?:资金|总额)(?:[（(][^）)]*[）)])?\s*[:：]?$"
)
_SERIAL_HEADER = "行次"
#: The header words of another table after this one (a 自评表's 资金 or indicator block).
_NEXT_TABLE = re.compile(r"年初预算数|全年预算数|执行数|执行率|分值|得分|一级指标|三级指标")
_MAX_CELLS = 9


@dataclass(frozen=True, slots=True)
class Column:
    """A column of the header: its letter (a rate's is ``part/whole``) and its name."""

    letter: str
    name: str
    part: str = ""
    whole: str = ""

    @property
    def rate(self) -> bool:
        return bool(self.part)


@dataclass(frozen=True, slots=True)
class LetterRow:
    """A row of the table: its label, paragraph and every placement of its figures."""

    label: str
    paragraph: Paragraph
    placements: tuple[dict[str, Figure], ...]


def _column(stream: tuple[Token, ...], at: int) -> Column | None:
    text = stream[at].text
    rate, tag = _FORMULA.search(text), _TAG.search(text)
    found = rate or tag
    if found is None:
        return None
    name = text[: found.start()].strip() or (stream[at - 1].text if at else "")
    if rate is not None:
        part, whole = rate.group("part"), rate.group("whole")
        return Column(f"{part}/{whole}", name, part, whole)
    return Column(found.group("letter"), name)


def _header(stream: tuple[Token, ...]) -> tuple[list[Column], int, bool] | None:
    """The lettered columns, where the header ends and whether it numbers its rows."""
    columns: list[Column] = []
    end = 0
    for at, token in enumerate(stream):
        column = _column(stream, at)
        if column is not None:
            columns.append(column)
            end = at + 1
        elif columns and _ROW_LABEL.match(token.text) and _column(stream, at + 1) is None:
            break  # the first row (a column's name is followed by its letter)
    letters = {c.letter for c in columns if not c.rate}
    rates = [c for c in columns if c.rate]
    if not rates or any(c.part not in letters or c.whole not in letters for c in rates):
        return None
    serial = any(t.text == _SERIAL_HEADER for t in stream[max(0, end - 3 * len(columns)) : end])
    return columns, end, serial


def _placements(columns: list[Column], figures: list[Figure]) -> list[dict[str, Figure]]:
    """Every order-keeping placement of the figures on the columns, percentages on rates."""
    found = []
    for chosen in combinations(range(len(columns)), len(figures)):
        cells = [columns[i] for i in chosen]
        if all(c.rate == f.percent for c, f in zip(cells, figures, strict=True)):
            found.append({c.letter: f for c, f in zip(cells, figures, strict=True)})
    return found


def _rows(
    stream: tuple[Token, ...], columns: list[Column], start: int, serial: bool
) -> list[LetterRow]:
    rows: list[LetterRow] = []
    at = start
    while at < len(stream):
        label = stream[at]
        if _NEXT_TABLE.search(label.text):
            break  # another table's header: its rows are not on these columns
        if not _ROW_LABEL.match(label.text):
            at += 1
            continue
        run: list[Figure] = []
        at += 1
        while at < len(stream) and (cell := figure(stream[at].text)) is not None:
            run.append(cell)
            at += 1
        if serial and run and not run[0].percent and "." not in run[0].text:
            run = run[1:]  # the 行次
        if run and len(run) <= min(len(columns), _MAX_CELLS):
            placements = _placements(columns, run)
            if placements:
                rows.append(LetterRow(label.text, label.paragraph, tuple(placements)))
    return rows


@lru_cache(maxsize=4)
def letter_tables(doc: ReportDoc) -> tuple[list[Column], list[LetterRow]] | None:
    """The lettered columns of the document's 资金投入 table and its rows, or None (read
    once per document; not to be changed by the caller)."""
    stream = tokens(doc)
    header = _header(stream)
    if header is None:
        return None
    columns, end, serial = header
    return columns, _rows(stream, columns, end, serial)

"""The tables of a reviewed document as runs of rows, each row its cells and its label (the
first cell that is words), with the header rows above the first row holding a figure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure

_SIGN = re.compile(r"^[-−－+＋]")
#: Rows numbering the columns (栏次 1 2 3 …): header, not figures.
COLUMN_NUMBERS = {"栏次", "行次"}


@dataclass(frozen=True, slots=True)
class TableRow:
    """One row of a document's table."""

    paragraph: Paragraph
    label: str
    cells: tuple[str, ...]

    def value(self, column: int) -> Figure | None:
        """The figure of the cell in ``column`` (a percentage too), or None."""
        return figure(self.cells[column].strip()) if column < len(self.cells) else None


def row_label(cells: Sequence[str]) -> str:
    """The first cell that is words, spaces taken out (“合 计”)."""
    for cell in cells:
        text = re.sub(r"\s+", "", cell)
        if text and figure(text) is None:
            return text
    return ""


def doc_tables(doc: ReportDoc) -> Iterator[list[TableRow]]:
    """Runs of consecutive table rows, each a table; a row of words alone after rows of
    figures (a caption, or the next table's header) begins another."""
    run: list[TableRow] = []
    for paragraph in doc.paragraphs:
        if len(paragraph.cells) >= 2 and not paragraph.contents:
            row = TableRow(paragraph, row_label(paragraph.cells), paragraph.cells)
            if run and _words_only(row) and not _words_only(run[-1]):
                yield run  # a header after rows of figures: the next table begins
                run = []
            run.append(row)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _words_only(row: TableRow) -> bool:
    return not any(figure(_SIGN.sub("", cell.strip())) for cell in row.cells)


def header_end(table: list[TableRow]) -> int:
    """The index of the first row holding a figure (the rows before it are the header)."""
    for i, row in enumerate(table):
        if any(figure(cell) for cell in row.cells) and row.label not in COLUMN_NUMBERS:
            return i
    return len(table)


def header_names(table: list[TableRow], end: int) -> list[str] | None:
    """The name of each column: the header rows' texts joined, column by column. A header
    row below the first that is shorter than the table names the columns under a merged
    cell at the right end of the row above (“比上年增减情况” over “增减金额 | 增减幅度”),
    when it repeats that cell's words. None when the names cannot be placed: a header wider
    than the rows (a caption or a merged header kept as one row), or a shorter row under
    another cell."""
    width = max((len(row.cells) for row in table[end:]), default=0)
    names = [""] * width
    above = ""
    for number, row in enumerate(table[:end]):
        cells = [re.sub(r"\s+", "", cell) for cell in row.cells]
        if len(cells) > width and all(_NOTE.fullmatch(cell) for cell in cells[width:]):
            cells = cells[:width]  # a 备注 column left blank in every row
        if len(cells) > width:
            return None
        shift = 0
        if number and len(cells) < width:
            if not _shares_words(cells, above):
                return None
            shift = width - len(cells)
        for column, cell in enumerate(cells):
            names[column + shift] += cell
        above = next((cell for cell in reversed(cells) if cell), above)
    return names


_NOTE = re.compile(r"(?:备注|说明|注)?")  # a note column, or a blank header cell


def _shares_words(cells: list[str], above: str) -> bool:
    pairs = {above[i : i + 2] for i in range(len(above) - 1)} - {""}
    return any(pair in cell for cell in cells for pair in pairs)

"""The tables of a reviewed document as runs of rows, each row its cells and its label (the
first cell that is words), with the header rows above the first row holding a figure."""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import PAGE_MARK
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.text.sentences import word_pairs

_SIGN = re.compile(r"^[-−－+＋]")
#: A cell left blank or dashed.
_EMPTY = re.compile(r"^[\s\-—－/／]*$")
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

    def blank(self, column: int) -> bool:
        """The cell in ``column`` is left blank or dashed (or missing): nothing in it."""
        return column >= len(self.cells) or _EMPTY.match(self.cells[column]) is not None


def row_label(cells: Sequence[str]) -> str:
    """The first cell that is words, spaces taken out (“合 计”)."""
    for cell in cells:
        text = re.sub(r"\s+", "", cell)
        if text and figure(text) is None:
            return text
    return ""


def doc_tables(doc: ReportDoc) -> Iterator[list[TableRow]]:
    """Runs of consecutive table rows, each a table; a row of words alone after rows of
    figures (a caption, or the next table's header) begins another. A page break inside a
    table (a running header, a page number, then the header said again) does not end it."""
    run: list[TableRow] = []
    paragraphs = doc.paragraphs
    at = 0
    while at < len(paragraphs):
        paragraph = paragraphs[at]
        inside = _blank_row(paragraph, run) and _row_follows(paragraphs[at + 1 : at + 3])
        page = PAGE_MARK.match(paragraph.text) is not None  # “第 11 页 共 20 页”: no row
        if (len(paragraph.cells) >= 2 or inside) and not paragraph.contents and not page:
            row = TableRow(paragraph, row_label(paragraph.cells), paragraph.cells)
            if run and _words_only(row) and not _words_only(run[-1]):
                yield run  # a header after rows of figures: the next table begins
                run = []
            run.append(row)
            at += 1
            continue
        resumed = _resumed(paragraphs, at, run)
        if resumed is not None:
            at = resumed
            continue
        if run:
            yield run
        run = []
        at += 1
    if run:
        yield run


#: At most this many lines of page furniture between a table and its header said again.
_FURNITURE = 3
_FURNITURE_LENGTH = 40


def _resumed(paragraphs: Sequence[Paragraph], at: int, run: list[TableRow]) -> int | None:
    """Where the table ``run`` goes on past a page break from ``at``: the row after its
    header said again, when only short lines of no sentence (a running header, a page
    number) stand between; None when it does not."""
    headers = [row.paragraph.cells for row in run[:2] if _words_only(row)]
    for skip in range(at, min(at + _FURNITURE, len(paragraphs))):
        line = paragraphs[skip].text
        if len(line) > _FURNITURE_LENGTH or "。" in line or _OUTLINE.match(line):
            return None
        if line.rstrip("）) ").endswith("表") or _UNIT_LINE.match(line):
            return None  # a caption, a unit: the next table's, not a page's furniture
        after = skip + 1
        if after < len(paragraphs) and paragraphs[after].cells in headers:
            return after + 1
    return None


#: A numbered heading (一、 （二） 3. 第四部分): the document's outline, no page's furniture.
_OUTLINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]"
    r"|第[一二三四五六七八九十\d]+(?:部分|章|节))"
)
_UNIT_LINE = re.compile(r"^\s*(?:金额)?单位\s*[:：]")


#: A row flattened with its cells set apart by bars.
_BARS = re.compile(r"[|｜]")


def _blank_row(paragraph: Paragraph, run: list[TableRow]) -> bool:
    """A row inside a table whose cells after its label are all blank (“因公出国(境)费 | ||”:
    the blank cells read as none)."""
    if not run or len(paragraph.cells) != 1:
        return False
    return _BARS.search(paragraph.text) is not None or _same_grid(run[-1].paragraph, paragraph)


def _row_follows(after: Sequence[Paragraph]) -> bool:
    """A row of cells comes next (past one more blank row at most): the blank row is inside
    its table, not a heading after it."""
    return any(len(p.cells) >= 2 for p in after)


#: A grid row's place: its table and row (表1第5行, 自评表!5行).
_GRID_ROW = re.compile(r"^(?P<grid>.+?)(?:第\d+行|!\d+行)$")


def _same_grid(above: Paragraph, paragraph: Paragraph) -> bool:
    """Two rows of one grid of a .docx or workbook (表1第4行, 表1第5行)."""
    here, there = _GRID_ROW.match(paragraph.place), _GRID_ROW.match(above.place)
    return here is not None and there is not None and here.group("grid") == there.group("grid")


def _words_only(row: TableRow) -> bool:
    """A row of words alone, two of them at least: a header, not a row left blank or dashed
    (“公务用车购置费 | - | -”, “其中：（1）公务用车购置费 | |”)."""
    if any(figure(_SIGN.sub("", cell.strip())) for cell in row.cells):
        return False
    return sum(1 for column in range(len(row.cells)) if not row.blank(column)) >= _HEADER_WORDS


#: A header names two columns at least.
_HEADER_WORDS = 2


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
    # (no row broken over lines: a line of figures alone goes on with the row above)
    even = not any(row.cells and figure(row.cells[0].strip()) for row in table[end:])
    grouped = _grouped(table[:end], width) if even else None
    if grouped is not None:
        return grouped
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
                if all(names):
                    continue  # every column named already: a stray row from elsewhere
                return None
            shift = width - len(cells)
        for column, cell in enumerate(cells):
            names[column + shift] += cell
        above = next((cell for cell in reversed(cells) if cell), above)
    return names


#: A header cell that names one column of its own, never a merged group (年度预算, 合计, 为预算%).
_SINGLE = re.compile(r"预算|合计|总计|[%％]|率|占|备注|科目|项目|名称")


def _grouped(header: list[TableRow], width: int) -> list[str] | None:
    """The names of a header whose last row repeats one group of names under as many merged
    cells of the row above (累计 and 当月 each over 本期 | 同期 | 增减额 | 增减率%): the merged
    cells are the run of the upper row's cells that name no column of their own."""
    if len(header) < 2:
        return None
    upper = [re.sub(r"\s+", "", c) for c in header[-2].cells if c.strip()]
    lower = [re.sub(r"\s+", "", c) for c in header[-1].cells if c.strip()]
    for size in range(2, len(lower) // 2 + 1):
        groups = len(lower) // size
        if len(lower) % size or lower != lower[:size] * groups:
            continue
        if len(upper) - groups + len(lower) != width:
            return None
        merged = [i for i, cell in enumerate(upper) if i and not _SINGLE.search(cell)]
        if len(merged) != groups or merged != list(range(merged[0], merged[0] + groups)):
            return None
        at = merged[0]
        spread = [upper[at + g] + name for g in range(groups) for name in lower[:size]]
        return upper[:at] + spread + upper[at + groups :]
    return None


_NOTE = re.compile(
    r"(?:备注|说明|注|(?:增减|变动|变化)?原因(?:说明)?)?"
)  # a note column, or a blank one


def _shares_words(cells: list[str], above: str) -> bool:
    pairs = word_pairs(above)
    return any(pair in cell for cell in cells for pair in pairs)

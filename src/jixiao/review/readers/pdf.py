"""PDF with a text layer, read by poppler's ``pdftotext -layout``.

Layout mode keeps each printed line with its columns apart, so a table row comes out as
one line whose cells are separated by wide gaps: such a line (three cells or more, one of
them a figure) is a table row; the other lines are running text, joined back into
paragraphs. poppler-utils is a Debian package that LibreOffice's conversions already pull
in, it is fast, and its layout mode is enough for the ruled tables of a 自评表; a PDF
table extractor (pdfplumber) would add a dependency for little more on these layouts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from jixiao.review.readers.blocks import Block
from jixiao.review.readers.blocks import Read
from jixiao.review.readers.blocks import ReportReadError
from jixiao.review.readers.blocks import row_block

PDF_TIMEOUT_SECONDS = 60
MIN_CELLS = 3
_FIGURE_CELL = re.compile(r"^[≥≤<>=]?\d[\d,]*(?:\.\d+)?%?$")
_PDF_BREAK = re.compile(
    r"^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}(?:[.．](?!\d)|、))"
)


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        raise ReportReadError("未找到 pdftotext（poppler-utils），无法读取 PDF；请安装后重试。")
    try:
        run = subprocess.run(
            [tool, "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=PDF_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ReportReadError(f"{path.name} 读取超时，文件可能过大或已损坏。") from None
    stderr = run.stderr.decode("utf-8", "replace")
    if run.returncode != 0:
        if "password" in stderr.lower() or "encrypt" in stderr.lower():
            raise ReportReadError(f"{path.name} 已加密，请去除密码后再复核。")
        raise ReportReadError(f"{path.name} 已损坏或不是有效的 PDF 文件。")
    return run.stdout.decode("utf-8", "replace")


_CELL = re.compile(r"\S+(?: \S+)*")
_PAGE_NUMBER = re.compile(r"^[-—－–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—－–\s]*$")
HEADER_CELL_MAX = 10
ALIGN = 3
HEADING_LINE = 30
Cells = list[tuple[int, str]]


def layout_cells(line: str) -> Cells:
    """The cells of a layout line with their columns: runs of text two spaces apart."""
    return [(m.start(), m.group(0)) for m in _CELL.finditer(line)]


def is_table_line(cells: Cells) -> bool:
    """A row of figures (three cells or more, one a figure), or a header of short cells."""
    texts = [text for _, text in cells]
    if len(texts) < MIN_CELLS:
        return False
    if any(_FIGURE_CELL.match(t) for t in texts):
        return True
    return len(texts) > MIN_CELLS and all(len(t) <= HEADER_CELL_MAX for t in texts)


def _continues(row: Cells, cells: Cells) -> bool:
    """A line that only carries on the cells above it: words wrapped in a cell (年度资金 /
    总额), or the last digits or the % of figures a narrow cell wrapped (“129.6” over “3”,
    “95.67” over “%”), each starting where its figure starts."""
    if not row or not cells or len(cells) >= len(row):
        return False  # as many cells as the row above: a row of its own
    above = dict(row)
    words = [t for at, t in cells if not _number_tail(above.get(at), t)]
    if any(_FIGURE_CELL.match(t) or len(t) > HEADER_CELL_MAX or "。" in t for t in words):
        return False
    if _PDF_BREAK.match(cells[0][1]):
        return False
    starts = [start for start, _ in row]
    return all(any(abs(at - start) <= ALIGN for start in starts) for at, _ in cells)


_NUMBER_TAIL = re.compile(r"^\d{1,2}%?$|^%$")


def _number_tail(figure: str | None, text: str) -> bool:
    """``text`` ends ``figure``: a decimal's last digits, or the % of a number."""
    if figure is None or not _NUMBER_TAIL.match(text) or not _FIGURE_CELL.match(figure):
        return False
    return not figure.endswith("%") and (not text[0].isdigit() or "." in figure)


def _merge(row: Cells, cells: Cells) -> Cells:
    merged = list(row)
    for at, text in cells:
        index = min(range(len(merged)), key=lambda i: abs(merged[i][0] - at))
        merged[index] = (merged[index][0], merged[index][1] + text)
    return merged


def _furniture(pages: list[list[str]]) -> set[str]:
    """Running heads and feet: a first or last line printed on most pages (草稿, the unit's
    name), which belong to no paragraph."""
    edges = [line.strip() for lines in pages if lines for line in {lines[0], lines[-1]}]
    if len(pages) < 2:
        return set()
    return {line for line in set(edges) if edges.count(line) * 2 > len(pages)}


def _aligned(header: Cells, row: Cells) -> list[str]:
    """A row whose blank cells layout mode dropped, put under its header's columns by where
    each cell starts (a merged 一级指标 left blank no longer shifts the 分值 and 得分)."""
    if len(row) >= len(header):
        return [text for _, text in row]
    grid = [""] * len(header)
    for at, text in row:
        nearest = min(range(len(header)), key=lambda i: abs(header[i][0] - at))
        free = next((i for i in range(nearest, len(header)) if not grid[i]), nearest)
        grid[free] = f"{grid[free]}{text}"
    return grid


class _Page:
    """The blocks of one page as its lines are read; the table header carries over from
    the page before (a table split across pages keeps its columns)."""

    def __init__(self, number: int, header: Cells) -> None:
        self.place = f"第{number}页"
        self.blocks: list[Block] = []
        self.prose: list[str] = []
        self.row: Cells = []
        self.header = header
        self.header_here = False  # columns sit where the header is only on its own page

    def add(self, line: str) -> None:
        cells = layout_cells(line)
        if self.row and _continues(self.row, cells):
            self.row = _merge(self.row, cells)
        elif is_table_line(cells):
            self._flush_prose()
            self._flush_row()
            self.row = cells
        else:
            self._flush_row()
            self.prose.append(" ".join(text for _, text in cells))

    def close(self) -> list[Block]:
        self._flush_row()
        self._flush_prose()
        return self.blocks

    def _flush_row(self) -> None:
        if not self.row:
            return
        texts = [text for _, text in self.row]
        if not any(_FIGURE_CELL.match(text) for text in texts):
            self.header, self.header_here = self.row, True  # the columns of the rows below
            cells = texts
        elif self.header and self.header_here:
            cells = _aligned(self.header, self.row)
        elif self.header and len(texts) < len(self.header):
            cells = [""] * (len(self.header) - len(texts)) + texts  # a page the table runs on to
        else:
            cells = texts
        block = row_block(cells, self.place)
        if block is not None:
            self.blocks.append(block)
        self.row = []

    def _flush_prose(self) -> None:
        if any(len(line) > HEADER_CELL_MAX for line in self.prose):
            self.header = []  # running text ends a table (a stray cell carried over does not)
        self.blocks.extend(Block(text=t, place=self.place) for t in join_pdf_lines(self.prose))
        self.prose = []


def read_pdf(path: Path) -> Read:
    """Running text joined into paragraphs and table rows kept as rows, page by page; page
    numbers and running heads are left out."""
    output = _pdftotext(path)
    pages = [[line for line in page.splitlines() if line.strip()] for page in output.split("\f")]
    while pages and not pages[-1]:
        pages.pop()
    furniture = _furniture(pages)
    blocks: list[Block] = []
    header: Cells = []
    for number, lines in enumerate(pages, 1):
        page = _Page(number, header)
        for line in lines:
            if line.strip() not in furniture and not _PAGE_NUMBER.match(line):
                page.add(line.rstrip())
        blocks.extend(page.close())
        header = page.header
    if sum(len(b.text) for b in blocks) < 20:
        raise ReportReadError(
            f"{path.name} 没有文字层（可能是扫描件），请提供可复制文字的 PDF 或 Word 文件。"
        )
    return Read(blocks, max(1, len(pages)), "pdf")


#: A numbered line that states an amount, goes on after a comma or a stop, or breaks off in
#: a figure is running text, not a heading: “（二）社会保障和就业支出类科目 116433.12 元，占支”
#: and “（一）收入情况。2023年本部门全年预算收入885” continue on the next line.
_RUNNING_TEXT = re.compile(r"\d\s*(?:万元|亿元|元)|[，,。]|(?<!年)\d$")


_NARROW = re.compile("[\x00-\u1fff]+")


def printed_width(line: str) -> float:
    """How wide ``line`` prints, in Chinese characters: digits, Latin letters and ASCII
    signs take half a character (a line of figures holds more characters)."""
    wide = len(_NARROW.sub("", line))
    return wide + (len(line) - wide) / 2


#: A table's row printed with blanks between its cells: two figure cells side by side
#: (“服务达标率 80% 80% 20 20”, “年度资金总额 287 287 171 10 60% 6”), never running text,
#: whose figures carry their units (“支出 1234.56 万元”).
ROW_LINE = re.compile(
    r"(?:^|\s)[≥≤<>=]?[-+]?\d[\d,]*(?:\.\d+)?%?\s+[≥≤<>=]?[-+]?\d[\d,]*(?:\.\d+)?%?(?=\s|$)"
)


#: A line that stops short because the figure after it did not fit (“…，同比增加” /
#: “12206.88 元，增长 9.49%。”): the figure goes on in the next line.
_BEFORE_FIGURE = re.compile(r"(?:增加|减少|增长|下降|为|达|共|计|合计|总计|的|，|,)$")
_FIGURE_FIRST = re.compile(r"^\d[\d,]*(?:\.\d+)?\s*(?:%|万元|亿元|元)")


def _pushed_on(line: str, following: list[str]) -> bool:
    return bool(following) and bool(
        _BEFORE_FIGURE.search(line) and _FIGURE_FIRST.match(following[0].strip())
    )


#: A web table's row with its cells between bars (“霞山村 | 4 | 修复拦水坝3座。 | 4 |”), in
#: a text whose prose a copy broke at every printed line.
_BARRED_ROW = re.compile(r"[|｜][^|｜]*[|｜]")


def join_pdf_lines(lines: list[str]) -> list[str]:
    """Re-join PDF lines into paragraphs: a paragraph ends after 。：；, after a short line,
    and after a numbered heading."""
    widths = sorted(printed_width(line.strip()) for line in lines if line.strip())
    full = widths[len(widths) * 3 // 4] if widths else 0
    paragraphs: list[str] = []
    current = ""
    for at, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if ROW_LINE.search(line) or _BARRED_ROW.search(line):
            # a table's row stands alone: its cells are no running text
            paragraphs.extend([current, line] if current else [line])
            current = ""
            continue
        if current and _PDF_BREAK.match(line):
            paragraphs.append(current)
            current = ""
        current += line
        heading = bool(_PDF_BREAK.match(line)) and len(line) <= HEADING_LINE
        heading = heading and line[-1] not in "，,、" and not _RUNNING_TEXT.search(line)
        short = printed_width(line) < full * 0.8 and not _pushed_on(line, lines[at + 1 : at + 2])
        if line[-1] in "。：:；！？" or short or heading:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs

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
_GAP = re.compile(r"\s{2,}")
_FIGURE_CELL = re.compile(r"^[≥≤<>=]?\d[\d,]*(?:\.\d+)?%?$")
_PDF_BREAK = re.compile(
    r"^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])"
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


def table_cells(line: str) -> list[str] | None:
    """The cells of a layout line that is a table row, else None."""
    cells = [c for c in _GAP.split(line.strip()) if c]
    if len(cells) < MIN_CELLS or not any(_FIGURE_CELL.match(c) for c in cells):
        return None
    return cells


_PAGE_NUMBER = re.compile(r"^[-—－–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?[-—－–\s]*$")


def _furniture(pages: list[list[str]]) -> set[str]:
    """Running heads and feet: a first or last line printed on most pages (草稿, the unit's
    name), which belong to no paragraph."""
    edges = [line for lines in pages for line in {lines[0], lines[-1]} if lines]
    if len(pages) < 2:
        return set()
    return {line for line in set(edges) if edges.count(line) * 2 > len(pages)}


def read_pdf(path: Path) -> Read:
    """Running text joined into paragraphs and table rows kept as rows, page by page; page
    numbers and running heads are left out."""
    output = _pdftotext(path)
    pages = [
        [line.strip() for line in page.splitlines() if line.strip()]
        for page in output.split("\f")
    ]
    while pages and not pages[-1]:
        pages.pop()
    furniture = _furniture(pages)
    blocks: list[Block] = []
    for number, page in enumerate(pages, 1):
        prose: list[str] = []
        for line in page:
            if line in furniture or _PAGE_NUMBER.match(line):
                continue
            cells = table_cells(line)
            if cells is None:
                prose.append(_GAP.sub(" ", line.strip()))
                continue
            blocks.extend(Block(text=t, place=f"第{number}页") for t in join_pdf_lines(prose))
            prose = []
            row = row_block(cells, f"第{number}页")
            if row is not None:
                blocks.append(row)
        blocks.extend(Block(text=t, place=f"第{number}页") for t in join_pdf_lines(prose))
    if sum(len(b.text) for b in blocks) < 20:
        raise ReportReadError(
            f"{path.name} 没有文字层（可能是扫描件），请提供可复制文字的 PDF 或 Word 文件。"
        )
    return Read(blocks, max(1, len(pages)), "pdf")


def join_pdf_lines(lines: list[str]) -> list[str]:
    """Re-join PDF lines into paragraphs: a paragraph ends after 。：； or a short line."""
    widths = sorted(len(line.strip()) for line in lines if line.strip())
    full = widths[len(widths) * 3 // 4] if widths else 0
    paragraphs: list[str] = []
    current = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if current and _PDF_BREAK.match(line):
            paragraphs.append(current)
            current = ""
        current += line
        if line[-1] in "。：:；！？" or len(line) < full * 0.8:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs

"""Plain text and Markdown: one paragraph per non-empty line."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from jixiao.review.readers.blocks import Block
from jixiao.review.readers.blocks import Read
from jixiao.review.readers.blocks import ReportReadError
from jixiao.review.readers.cell_lines import join_cell_lines
from jixiao.review.readers.pdf import ROW_LINE
from jixiao.review.readers.pdf import join_pdf_lines
from jixiao.review.readers.pdf import printed_width
from jixiao.review.readers.run_rows import split_run_rows
from jixiao.review.text.structure import TITLE
from jixiao.review.text.structure import numbered_level

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def decode(data: bytes, name: str) -> str:
    """Text bytes as UTF-8 or GB18030 (what Chinese Windows writes)."""
    if b"\x00" in data[:4096]:
        raise ReportReadError(f"{name} 不是文本文件，请核对扩展名。")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReportReadError(f"{name} 的文字编码无法识别，请另存为 UTF-8 文本。")


#: A page number printed between dashes or as 第N页 (a bare number may be a table cell), or
#: a document-sharing site's page thumbnail (“服务贸易项目绩效自评表.docx_第1页”).
_PAGE_MARK = re.compile(
    r"^(?:[-—－–]\s*\d{1,4}\s*[-—－–]|(?:[^|｜\s]{1,60}_)?第\s*\d{1,4}\s*[页頁])$"
)
_END = '。；;：:！？!?）)”"'
#: A cell holding a figure alone (“3144.00”, “97.59%”, “1,234”) between spaces, not an
#: amount a PDF export spaced from its unit (“基本支出 150384 元，”).
#: A gap between two cells (two words, two figures), not the space a PDF export puts
#: between a figure and the words around it (“预算 615200.00 元，占”).
_CELL_GAP = re.compile(r"(?<=[\d%])\s+(?=[-\d])|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_FIGURE_CELL = re.compile(r"(?:^|\s)[-+]?\d[\d,]*(?:\.\d+)?%?(?=\s|$)(?!\s*[万亿]?元)")
WRAP_MIN_LINES = 5
WRAP_SHARE = 0.6
NEAR_SHARE = 0.5
WRAP_SLACK = 0.15


def hard_wrapped(lines: list[str]) -> bool:
    """Text exported from a PDF with a line break at every printed line: most lines of
    running text are about as long as the longest and end without a stop."""
    prose = [
        line
        for line in lines
        if len(line) >= 12
        and "|" not in line
        and "｜" not in line
        and len(_CELL_GAP.findall(line)) <= 2
        and len(_FIGURE_CELL.findall(line)) < 2  # “其中:中央资金 3144.00 3144.00”: a row
    ]
    if len(prose) < WRAP_MIN_LINES:
        return False
    width = {line: printed_width(line) for line in prose}
    widths = sorted(width.values())
    full = widths[len(widths) * 3 // 4]
    near = [line for line in prose if abs(width[line] - full) <= max(2, full * WRAP_SLACK)]
    running = [line for line in near if line[-1] not in _END]
    # a text of short paragraphs ends every other line short of the width: half will do
    return len(near) >= NEAR_SHARE * len(prose) and len(running) >= WRAP_SHARE * len(near)


#: A figure's unit broken over two lines (“增加 1.05 万” / “元，增长…”).
_UNIT_HEAD = re.compile(r"\d\s*[万亿]$")
_UNIT_TAIL = re.compile(r"^元")


def _units_joined(lines: list[str]) -> list[str]:
    """The lines with a unit broken at a line's end put back together."""
    joined: list[str] = []
    for line in lines:
        if joined and _UNIT_HEAD.search(joined[-1]) and _UNIT_TAIL.match(line):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


#: A 文库 copy numbers its pages at the start of the line each page opens (“2、灯光、道具…”),
#: breaking a table or a sentence wherever the page ended.
_PAGE_NUMBER = re.compile(r"^(\d{1,3})、")
_PAGE_LINE = 150  # a page runs on (the shortest real one seen: 283); a list item ends on a stop
#: The line a 文库 site prints above the copy (“《….docx》由会员分享,可在线阅读…”): with it, a
#: short page is still a page.
_LIBRARY = re.compile(r"由(?:会员|用户)(?:上传)?分享|可在线(?:阅读|预览)|珍藏版|文库")
_LIBRARY_PAGE_LINE = 100


def _pages_joined(lines: list[str]) -> list[str]:
    """The lines with each 文库 page number (“2、”, “3、” … counting on from a long “1、”
    line) taken out and the page put back after the page before it, when that one runs past
    a list item's length (less under a 文库 site's line) and stops mid-sentence."""
    joined: list[str] = []
    page = 0
    least = _PAGE_LINE
    for line in lines:
        if not page and _LIBRARY.search(line):
            least = _LIBRARY_PAGE_LINE
        number = _PAGE_NUMBER.match(line)
        at = int(number.group(1)) if number else 0
        running = bool(joined) and len(joined[-1]) >= least and joined[-1][-1] not in _END
        if number and at == page + 1 and page:
            page = at  # the next page, joined or not (a page may end on a stop)
            if running:
                joined[-1] += line[number.end() :]
                continue
        elif at == 1 and len(line) >= least:
            page = 1
        joined.append(line)
    return joined


#: Running text at least this wide may be a printed line broken mid-sentence.
_PROSE_WIDTH = 20
#: The marks inside a line of running text (a title, a caption or a cell has none).
_RUNNING = re.compile(r"[，,、。；;]")
#: Lines this close in width count as printed to the same right margin.
_MARGIN = 1
#: How far short of the margin a line may stop and still run on (a figure or a word that
#: would not fit went to the next line).
_SHORT_OF_MARGIN = 3
#: So many lines broken at one margin make it the page's margin.
_MARGIN_LINES = 3
_STOPS = "。；;：:！？!?"


def _prose(line: str) -> bool:
    return "|" not in line and "｜" not in line and not ROW_LINE.search(line)


#: The number opening a heading or an item (六、 （一） 1.), no mark of running text.
_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])"
)


def _running(line: str) -> bool:
    body = _NUMBER.sub("", line)
    return _prose(line) and _RUNNING.search(body[:-1]) is not None


Width = Callable[[str], float]


def _margin(lines: list[str], width: Width) -> tuple[float, int] | None:
    """The width most lines of running text break at without a stop, when at least three
    do (a page's right margin), and how many do."""
    widths = [
        width(line)
        for line in set(lines)  # a line printed on every page (a title) is no margin
        if _running(line) and line[-1] not in _STOPS and width(line) >= _PROSE_WIDTH
    ]
    best = max(widths, key=lambda w: sum(abs(w - v) <= _MARGIN for v in widths), default=None)
    count = sum(abs(best - v) <= _MARGIN for v in widths) if best is not None else 0
    return (best, count) if best is not None and count >= _MARGIN_LINES else None


def _sentences_joined(lines: list[str]) -> list[str]:
    """The lines with a sentence the page's right margin broke off put back together, in a
    text not broken at every line (a few paragraphs of running text among tables). The
    margin is found by printed width (digits half a character) or by characters (a text
    broken at a count of characters), whichever more lines break at."""
    found: list[tuple[float, int, Width]] = []
    widths: tuple[Width, ...] = (printed_width, len)
    for measure in widths:
        margin = _margin(lines, measure)
        if margin is not None:
            found.append((*margin, measure))
    if not found:
        return lines
    at, _, chosen = max(found, key=lambda each: each[1])
    return _joined_at(lines, at, chosen)


def _joined_at(lines: list[str], margin: float, width: Width) -> list[str]:
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        carried = (
            last
            and _running(last)
            and _prose(line)
            and last[-1] not in _STOPS
            and width(last) >= margin - _SHORT_OF_MARGIN
            and not numbered_level(line)
        )
        if carried:
            joined[-1] += line
        else:
            joined.append(line)
    return joined


#: A sentence broken after its “其中：”, its parts on the next line.
_OPEN_QIZHONG = re.compile(r"其中[:：]$")
#: A line holding the parts, told one after another by ；: an amount, a ；, an amount.
_PARTS_LINE = re.compile(r"\d\s*[万亿]?元[^；;]*[；;][^；;]*\d\s*[万亿]?元")


def _qizhong_joined(lines: list[str]) -> list[str]:
    """The lines with the parts of a sentence that ends a line on “其中：” put back after it,
    when the next line tells them all, ；by ； (a part to a paragraph is read as such)."""
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        opened = _OPEN_QIZHONG.search(last) and _running(last)
        if opened and _PARTS_LINE.search(line) and _prose(line) and not numbered_level(line):
            joined[-1] += line
            continue
        joined.append(line)
    return joined


def read_text(path: Path) -> Read:
    """The lines of a .txt or .md file (Markdown # headings kept as headings); a text whose
    lines were broken at every printed line (a PDF export) is joined back into paragraphs."""
    markdown = path.suffix.lower() == ".md"
    lines = [raw.strip() for raw in decode(path.read_bytes(), path.name).splitlines()]
    lines = _units_joined([line for line in lines if line and not _PAGE_MARK.match(line)])
    lines = split_run_rows(_pages_joined(lines))
    if not markdown and hard_wrapped(lines):
        lines = join_pdf_lines(lines)
    elif not markdown:
        cells = join_cell_lines(_sentences_joined(_qizhong_joined(lines)))
        return Read(cells, None, path.suffix.lower().lstrip("."))
    blocks: list[Block] = []
    for line in lines:
        match = _MD_HEADING.match(line) if markdown else None
        if match:
            title = match.group(2).strip()
            hashes = len(match.group(1))
            level = numbered_level(title) or (TITLE if hashes == 1 else 2 * (hashes - 1))
            blocks.append(Block(text=title, style=level))
        else:
            blocks.append(Block(text=line.lstrip("-* ").strip() if markdown else line))
    return Read(blocks, None, path.suffix.lower().lstrip("."))

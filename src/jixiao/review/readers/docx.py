"""Word documents (.docx) in body order: paragraphs with their heading styles, and each
table row in its place, merged cells given once per row."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from lxml import etree  # type: ignore[import-untyped]

from jixiao.review.readers.blocks import Block
from jixiao.review.readers.blocks import Read
from jixiao.review.readers.blocks import ReportReadError
from jixiao.review.readers.blocks import row_block
from jixiao.review.text.structure import TITLE

_HEADING_STYLE = re.compile(r"(?:Heading|标题)\s*(\d)")


def style_level(style_name: str) -> int | None:
    """The heading level a Word style name gives (Title → 1, Heading 2 → 4), or None."""
    if style_name in {"Title", "标题"}:
        return TITLE
    match = _HEADING_STYLE.search(style_name)
    return 2 * int(match.group(1)) if match else None


def _table_blocks(table: Table, number: int) -> list[Block]:
    """Each row's cells, one per grid column so that columns line up; a merged cell's text
    is given once, in its first row and column, as a workbook gives it (python-docx repeats
    it in every position the merge covers)."""
    blocks: list[Block] = []
    above: list[object] = []
    for row_number, row in enumerate(table.rows, 1):
        cells: list[str] = []
        previous = None
        try:
            row_cells = row.cells
        except ValueError:  # a merge python-docx cannot resolve: the row's own cells
            row_cells = [_Cell(tc, table) for tc in row._tr.tc_lst]
        for column, cell in enumerate(row_cells):
            same = cell._tc is previous or (column < len(above) and cell._tc is above[column])
            cells.append("" if same else cell.text.strip())
            previous = cell._tc
        above = [cell._tc for cell in row_cells]
        places = tuple(f"表{number}第{row_number}行第{i}列" for i in range(1, len(cells) + 1))
        block = row_block(cells, f"表{number}第{row_number}行", places)
        if block is not None:
            blocks.append(block)
    return blocks


def _style_levels(document: DocxDocument) -> dict[str | None, int | None]:
    """Heading level by paragraph style id, from the styles part once (``paragraph.style``
    scans every style on each call: minutes on a long document)."""
    levels: dict[str | None, int | None] = {
        style.style_id: style_level(style.name or "") for style in document.styles
    }
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    levels[None] = style_level(default.name or "") if default is not None else None
    return levels


def _style_id(paragraph: Paragraph) -> str | None:
    """The paragraph's own style id, None for the default paragraph style."""
    properties = paragraph._p.pPr  # python-docx has no public getter for the style id
    return properties.style if properties is not None else None


#: What a damaged .docx raises while it is opened: a bad zip or member, broken or
#: oversized XML, a content-types part of the wrong kind.
_DAMAGED_FILE_ERRORS = (
    PackageNotFoundError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    AttributeError,
    etree.XMLSyntaxError,
)


def read_docx(path: Path) -> Read:
    """The blocks of a .docx in reading order."""
    try:
        document = Document(str(path))
    except _DAMAGED_FILE_ERRORS:
        raise ReportReadError(f"{path.name} 已损坏或不是有效的 Word 文档。") from None
    blocks: list[Block] = []
    position = tables = 0
    levels = _style_levels(document)
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if text:
                level = levels.get(_style_id(item), levels[None])  # unknown ids: the default
                blocks.append(Block(text=text, style=level, anchor=position))
            position += 1
        elif isinstance(item, Table):
            tables += 1
            blocks.extend(_table_blocks(item, tables))
    return Read(blocks, None, "docx")

"""Readers: a file of any format a bureau receives → the document as blocks in body order.

Bad files never raise past :func:`read_report`: they become :class:`ReportReadError` with a
Chinese message the CLI prints (exit status 2).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from jixiao.review.model import ReportDoc
from jixiao.review.readers.blocks import Block
from jixiao.review.readers.blocks import Read
from jixiao.review.readers.blocks import ReportReadError
from jixiao.review.readers.docx import read_docx
from jixiao.review.readers.office import CONVERTED
from jixiao.review.readers.office import read_converted
from jixiao.review.readers.pdf import join_pdf_lines
from jixiao.review.readers.pdf import read_pdf
from jixiao.review.readers.sheets import read_sheets
from jixiao.review.readers.text import read_text
from jixiao.review.text.structure import build_doc

__all__ = ["SUPPORTED", "Block", "ReportReadError", "join_pdf_lines", "read_report"]

SUPPORTED = (
    ".docx",
    ".doc",
    ".wps",
    ".pdf",
    ".txt",
    ".md",
    ".xlsx",
    ".xlsm",
    ".xls",
    ".et",
    ".ods",
)
SHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
MAX_BYTES = 50 * 1024 * 1024
#: A plain-text file larger than this is no single report (a 30-page report is ~70 KB).
MAX_TEXT_BYTES = 2 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_ZIP_FORMATS = {".docx", ".xlsx", ".xlsm", ".ods"}
#: What each format's first bytes must be (a .wps may be either kind of container).
_CONTAINER: dict[str, frozenset[str]] = {
    **{suffix: frozenset({"zip"}) for suffix in _ZIP_FORMATS},
    **{suffix: frozenset({"ole"}) for suffix in (".doc", ".xls", ".et")},
    ".wps": frozenset({"ole", "zip"}),
    ".pdf": frozenset({"pdf"}),
}


def _sniff(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK"):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    return "other"


def _check_file(path: Path) -> str:
    if not path.is_file():
        raise ReportReadError(f"找不到文件：{path}")
    size = path.stat().st_size
    if size == 0:
        raise ReportReadError(f"{path.name} 是空文件，没有可复核的内容。")
    if size > MAX_BYTES:
        raise ReportReadError(f"{path.name} 超过 50MB，过大，请拆分或压缩图片后再复核。")
    suffix = path.suffix.lower()
    if suffix in {".txt", ".md"} and size > MAX_TEXT_BYTES:
        raise ReportReadError(f"{path.name} 超过 2MB 文本，不是一份报告的篇幅，请拆分后再复核。")
    if suffix not in SUPPORTED:
        raise ReportReadError(
            f"{path.name}：不支持的文件类型，请提供 .docx、.doc、.wps、.pdf、.xlsx、.xls、.et、"
            ".txt 或 .md 文件。"
        )
    with path.open("rb") as handle:
        real = _sniff(handle.read(8))
    if real == "ole" and suffix in _ZIP_FORMATS:
        raise ReportReadError(f"{path.name} 已加密，请去除密码后再复核。")
    expected = _CONTAINER.get(suffix)
    if expected is not None and real not in expected:
        raise ReportReadError(
            f"{path.name} 的扩展名为 {suffix}，但文件内容并非该格式，请核对后重新保存。"
        )
    return suffix


def _read(path: Path, suffix: str) -> Read:
    if suffix in CONVERTED:
        reader = read_sheets if CONVERTED[suffix] == "xlsx" else read_docx
        return read_converted(path, reader)
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix in SHEETS:
        return read_sheets(path)
    return read_text(path)


def read_report(path: Path, indicators: tuple[str, ...] = ()) -> ReportDoc:
    """Read ``path`` as a document to review.

    Raises:
        ReportReadError: the file is missing, empty, too large, encrypted, corrupt, a scan
            without text, or of an unsupported type.
    """
    suffix = _check_file(path)
    read = _read(path, suffix)
    texts = [block.text for block in read.blocks]
    if not any(re.search(r"[\u4e00-\u9fff]", t) for t in texts):
        raise ReportReadError(f"{path.name} 中没有可识别的中文文字，无法复核。")
    doc = build_doc(
        path.name,
        texts,
        styles=[block.style for block in read.blocks],
        anchors=[block.anchor for block in read.blocks],
        cells=[block.cells for block in read.blocks],
        places=[(block.place, block.cell_places) for block in read.blocks],
        pages=read.pages,
        indicators=indicators,
        source_kind=read.source_kind,
    )
    return replace(doc, read_notes=read.notes) if read.notes else doc

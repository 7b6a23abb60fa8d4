"""Old and Kingsoft formats (.doc, .wps, .et) converted by LibreOffice, then read as
.docx or .xlsx. The conversion runs in a temporary folder with its own profile."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from jixiao.documents.pdf import PdfError
from jixiao.documents.pdf import convert
from jixiao.review.readers.blocks import Read
from jixiao.review.readers.blocks import ReportReadError

#: Suffix → the LibreOffice target it is converted to.
CONVERTED = {".doc": "docx", ".wps": "docx", ".et": "xlsx"}


def read_converted(path: Path, reader: Callable[[Path], Read]) -> Read:
    """Convert ``path`` with LibreOffice and read the result with ``reader``."""
    target = CONVERTED[path.suffix.lower()]
    with tempfile.TemporaryDirectory(prefix="jixiao-review-") as folder:
        try:
            converted = convert(path, Path(folder), target)
        except PdfError as error:
            raise ReportReadError(
                f"{path.name} 无法转换读取（{error}）；可在 WPS 或 Word 中另存为 "
                f".{target} 后再复核。"
            ) from None
        read = reader(converted)
    return Read(read.blocks, read.pages, path.suffix.lower().lstrip("."))

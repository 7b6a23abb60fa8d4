"""Cheap looks at a workbook file before it is parsed: what it really is, and sheet extents.

calamine builds a dense grid from the first to the last cell of a sheet, so one stray
value at row 1,000,000 costs hundreds of megabytes. The sheet XML is therefore streamed
once here to find the last cell that holds a value (and whether any formula exists);
the reader then picks a bounded way to read each sheet.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from pathlib import PurePosixPath
from xml.etree import ElementTree

#: A sheet whose XML unpacks to more than this is refused (a zip bomb or a data dump).
MAX_SHEET_XML_BYTES = 200 * 1024 * 1024
_CHUNK = 1 << 20
#: Past this row the scan stops: a sheet this long is refused beyond its first rows
#: anyway, and its exact length is not worth reading a million rows for.
SCAN_ROWS = 20_000
_OVERLAP = 256
# A cell start tag with its reference, and its first child: a formula, value or inline
# string means the cell holds something; none (``<c r="A9" s="1"/>``) is only a style.
_CELL = re.compile(
    rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(/?)>\s*(<(?:\w+:)?(?:[fv]|is)\b)?'
)
_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="([0-9]{1,7})"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_ERROR = re.compile(rb'<(?:\w+:)?c\b[^>]*?\bt="e"')
_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0"


class SheetTooLargeError(ValueError):
    """A sheet's XML is larger than :data:`MAX_SHEET_XML_BYTES` once unpacked."""

    def __init__(self, size: int) -> None:
        """Keep the unpacked size for the finding."""
        super().__init__(size)
        self.size = size


@dataclass(frozen=True, slots=True)
class SheetExtent:
    """How far a sheet's values reach (1-based; 0 when empty) and whether it has formulas."""

    rows: int
    cols: int
    formulas: bool
    errors: bool = False  # an error value (#N/A, #DIV/0! …) in some cell
    cut: bool = False  # the scan stopped at SCAN_ROWS: the sheet reaches further still


def sniff(path: Path) -> str | None:
    """A Chinese description of why the file is not an .xlsx, or None when it may be one."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        return f"文件 {path.name} 是空文件。"
    if head.startswith(_OLE2):
        renamed = "" if path.suffix.lower() == ".xls" else f"（扩展名被改成了 {path.suffix}）"
        return (
            f"{path.name} 是旧版 Excel（.xls）文件{renamed}；"
            "请在 Excel/WPS 中打开后“另存为” .xlsx 格式再导入。"
        )
    if not head.startswith(_ZIP):
        kind = "文本文件（可能是改了扩展名的 CSV 文件）" if _is_text(head) else "未知格式的文件"
        return (
            f"{path.name} 不是 Excel 文件，而是{kind}；"
            "请使用 jixiao template 生成的 .xlsx 模板填写。"
        )
    if not zipfile.is_zipfile(path):
        return f"{path.name} 已损坏（压缩包不完整），请在 Excel/WPS 中重新保存或重新下载后再导入。"
    return None


def _is_text(head: bytes) -> bool:
    for encoding in ("utf-8", "gb18030"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return all(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return False


def scan_sheets(path: Path) -> dict[str, SheetExtent]:
    """Sheet name → extent of its values. Raises on a broken package (caller reports)."""
    with zipfile.ZipFile(path) as package:
        return {name: _scan(package, part) for name, part in sheet_parts(package).items()}


def sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → path of its XML part, from workbook.xml and its relationships."""
    workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels if r.tag.endswith("Relationship")}
    parts: dict[str, str] = {}
    for sheet in workbook.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rid, "")
        if target:
            parts[sheet.get("name", "")] = _resolve(target)
    return parts


def _resolve(target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return str(PurePosixPath("xl") / target)


def _scan(package: zipfile.ZipFile, part: str) -> SheetExtent:
    info = package.getinfo(part)
    if info.file_size > MAX_SHEET_XML_BYTES:
        raise SheetTooLargeError(info.file_size)
    rows = cols = last_row = 0
    formulas = errors = seen = False
    tail = b""
    with package.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            for letters, number, closed, child in _CELL.findall(data):
                seen = True
                if child and not closed:
                    rows = max(rows, int(number))
                    cols = max(cols, column_number(letters.decode()))
            last_row = max([last_row, *(int(n) for n in _ROW.findall(data))])
            formulas = formulas or _FORMULA.search(data) is not None
            errors = errors or _ERROR.search(data) is not None
            tail = data[-_OVERLAP:]
            if max(rows, last_row) > SCAN_ROWS:
                return SheetExtent(max(rows, last_row), cols, formulas, errors, cut=True)
    # Cells without references: fall back to the (possibly phantom) last row.
    return SheetExtent(rows if seen else last_row, cols, formulas, errors)


def column_number(letters: str) -> int:
    """1-based column number of ``C`` / ``AB``."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number

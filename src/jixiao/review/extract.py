"""Read a report file (.docx, .pdf, .txt, .md) into paragraphs.

Bad files never raise past :func:`read_report`: they become :class:`ReportReadError`
with a Chinese message the CLI prints (exit status 2).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError

from jixiao.review.model import ReportDoc
from jixiao.review.structure import TITLE
from jixiao.review.structure import build_doc
from jixiao.review.structure import numbered_level

SUPPORTED = (".docx", ".pdf", ".txt", ".md")
MAX_BYTES = 50 * 1024 * 1024
PDF_TIMEOUT_SECONDS = 60
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_HEADING_STYLE = re.compile(r"(?:Heading|标题)\s*(\d)")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


class ReportReadError(Exception):
    """The file cannot be reviewed; the message is Chinese and shown as is."""


def _sniff(path: Path, head: bytes) -> str:
    """The real format of the file from its first bytes."""
    if head.startswith(b"%PDF"):
        return ".pdf"
    if head.startswith(b"PK"):
        return ".docx"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    return path.suffix.lower()


def _check_file(path: Path) -> str:
    if not path.is_file():
        raise ReportReadError(f"找不到文件：{path}")
    size = path.stat().st_size
    if size == 0:
        raise ReportReadError(f"{path.name} 是空文件，没有可复核的内容。")
    if size > MAX_BYTES:
        raise ReportReadError(f"{path.name} 超过 50MB，过大，请拆分或压缩图片后再复核。")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ReportReadError(
            f"{path.name}：不支持的文件类型，请提供 .docx、.pdf、.txt 或 .md 文件。"
        )
    with path.open("rb") as handle:
        real = _sniff(path, handle.read(8))
    if real == "ole":
        raise ReportReadError(
            f"{path.name} 已加密，或为旧版 Word（.doc）格式，请去除密码或另存为 .docx 后再复核。"
        )
    if real != suffix and suffix in {".docx", ".pdf"}:
        raise ReportReadError(
            f"{path.name} 的扩展名为 {suffix}，但文件内容并非该格式，请核对后重新保存。"
        )
    return suffix


def read_report(path: Path, indicators: tuple[str, ...] = ()) -> ReportDoc:
    """Read ``path`` as a report.

    Raises:
        ReportReadError: the file is missing, empty, too large, encrypted, corrupt, a scan
            without text, or of an unsupported type.
    """
    suffix = _check_file(path)
    if suffix == ".docx":
        texts, styles, anchors = _docx_paragraphs(path)
        pages = None
    elif suffix == ".pdf":
        texts, pages = _pdf_paragraphs(path)
        styles, anchors = [None] * len(texts), [None] * len(texts)
    else:
        texts, styles = _text_paragraphs(path)
        anchors, pages = [None] * len(texts), None
    if not any(re.search(r"[\u4e00-\u9fff]", t) for t in texts):
        raise ReportReadError(f"{path.name} 中没有可识别的中文文字，无法复核。")
    return build_doc(
        path.name,
        texts,
        styles=styles,
        anchors=anchors,
        pages=pages,
        indicators=indicators,
        source_kind=suffix.lstrip("."),
    )


def _style_level(style_name: str) -> int | None:
    if style_name in {"Title", "标题"}:
        return TITLE
    match = _HEADING_STYLE.search(style_name)
    return 2 * int(match.group(1)) if match else None


def _docx_paragraphs(path: Path) -> tuple[list[str], list[int | None], list[int | None]]:
    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ReportReadError(f"{path.name} 已损坏或不是有效的 Word 文档（{error}）。") from None
    texts: list[str] = []
    styles: list[int | None] = []
    anchors: list[int | None] = []
    for position, paragraph in enumerate(document.paragraphs):
        text = paragraph.text.strip()
        if not text:
            continue
        style = paragraph.style.name if paragraph.style is not None else ""
        texts.append(text)
        styles.append(_style_level(style or ""))
        anchors.append(position)
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            line = "｜".join(dict.fromkeys(c for c in cells if c))
            if line:
                texts.append(line)
                styles.append(0)
                anchors.append(None)
    return texts, styles, anchors


def _pdf_paragraphs(path: Path) -> tuple[list[str], int]:
    tool = shutil.which("pdftotext")
    if tool is None:
        raise ReportReadError("未找到 pdftotext（poppler-utils），无法读取 PDF；请安装后重试。")
    try:
        run = subprocess.run(
            [tool, "-enc", "UTF-8", str(path), "-"],
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
    output = run.stdout.decode("utf-8", "replace")
    pages = max(1, output.count("\f") + (0 if output.endswith("\f") else 1))
    texts = join_pdf_lines(output.replace("\f", "\n").splitlines())
    if sum(len(t) for t in texts) < 20:
        raise ReportReadError(
            f"{path.name} 没有文字层（可能是扫描件），请提供可复制文字的 PDF 或 Word 文件。"
        )
    return texts, pages


_PDF_BREAK = re.compile(
    r"^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])"
)


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


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise ReportReadError(f"{name} 不是文本文件，请核对扩展名。")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ReportReadError(f"{name} 的文字编码无法识别，请另存为 UTF-8 文本。")


def _text_paragraphs(path: Path) -> tuple[list[str], list[int | None]]:
    text = _decode(path.read_bytes(), path.name)
    texts: list[str] = []
    styles: list[int | None] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        match = _MD_HEADING.match(line) if path.suffix.lower() == ".md" else None
        if match:
            title = match.group(2).strip()
            texts.append(title)
            hashes = len(match.group(1))
            styles.append(numbered_level(title) or (TITLE if hashes == 1 else 2 * (hashes - 1)))
        else:
            texts.append(line.lstrip("-* ").strip() if path.suffix.lower() == ".md" else line)
            styles.append(None)
    return texts, styles

"""Plain text and Markdown: one paragraph per non-empty line."""

from __future__ import annotations

import re
from pathlib import Path

from jixiao.review.readers.blocks import Block
from jixiao.review.readers.blocks import Read
from jixiao.review.readers.blocks import ReportReadError
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


def read_text(path: Path) -> Read:
    """The lines of a .txt or .md file (Markdown # headings kept as headings)."""
    markdown = path.suffix.lower() == ".md"
    blocks: list[Block] = []
    for raw in decode(path.read_bytes(), path.name).splitlines():
        line = raw.strip()
        if not line:
            continue
        match = _MD_HEADING.match(line) if markdown else None
        if match:
            title = match.group(2).strip()
            hashes = len(match.group(1))
            level = numbered_level(title) or (TITLE if hashes == 1 else 2 * (hashes - 1))
            blocks.append(Block(text=title, style=level))
        else:
            blocks.append(Block(text=line.lstrip("-* ").strip() if markdown else line))
    return Read(blocks, None, path.suffix.lower().lstrip("."))

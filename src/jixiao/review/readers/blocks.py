"""What a reader gives: the document's pieces in body order, each with its place."""

from __future__ import annotations

from dataclasses import dataclass


class ReportReadError(Exception):
    """The file cannot be reviewed; the message is Chinese and shown as is."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """One paragraph, heading or table row of a document, as read.

    Attributes:
        text: the text (a table row's non-empty cells joined by ｜).
        style: a heading level from the file's own styles (Word 标题 1 …), or None.
        anchor: the position among a .docx's body paragraphs (for comments written back).
        cells: a table row's cells in grid order, blanks kept; None for running text.
        place: where it is, as a reader says it (表2第3行, 自评表!A5, 第2页).
        cell_places: each cell's own place, parallel to ``cells`` (自评表!C5).
    """

    text: str
    style: int | None = None
    anchor: int | None = None
    cells: tuple[str, ...] | None = None
    place: str = ""
    cell_places: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Read:
    """A document read: its blocks, its page count (PDF), the format it was read as and what
    the reader could not read (in a reviewer's words)."""

    blocks: list[Block]
    pages: int | None
    source_kind: str
    notes: tuple[str, ...] = ()


def row_block(cells: list[str], place: str, cell_places: tuple[str, ...] = ()) -> Block | None:
    """A table row as a block (None when every cell is blank)."""
    texts = [c.strip() for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    shown = [t for t in texts if t]
    if not shown:
        return None
    return Block(
        text="｜".join(shown),
        cells=tuple(texts),
        place=place,
        cell_places=cell_places[: len(texts)],
    )

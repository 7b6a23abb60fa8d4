"""Cells of a table as text gives them: figures, and the stream of cells in reading order.

A table reaches a reviewer as a grid (Word, Excel), as ``a｜b｜c`` lines, or flattened by a
PDF or web export: one long line with the cells separated by spaces, or one cell per line.
Every paragraph keeps its cells (:attr:`Paragraph.cells`); this module walks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation
from functools import lru_cache

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_FIGURE = re.compile(rf"^(?P<num>{_NUMBER})(?P<pct>%)?$")
#: The counters a count is written in (26次, 5处, 120篇): a figure followed by one is a value,
#: never a 分值 or 得分 glued before the next cell.
COUNT_UNITS = "次个篇份人项件场户所家期批台套处条"
#: A cell left blank on purpose (—, /, -).
BLANK = re.compile(r"^[-—－/／\\]+$")
#: A 偏差原因 cell that gives no reason: a dash, 无, or the target said to be met.
_NO_REASON = re.compile(r"^(?:[-—－/／\\]+|无|无偏差|没有|已?完成|已?达标|达到预期|已达到)$")


def gives_reason(cell: str) -> bool:
    """The 偏差原因 cell says why points were lost (not blank, 无 or 已完成)."""
    text = cell.strip(" 。.")
    return bool(text) and _NO_REASON.match(text) is None


#: A sum more than this many times above or below its total is a nesting, not a slip.
FAR = Decimal("1.5")
#: No indicator weighs more than the whole table.
MAX_WEIGHT = Decimal(100)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of a table cell: its value, whether it is a percentage, and as written."""

    value: Decimal
    percent: bool
    text: str
    scaled_places: int | None = None  # a fraction read as a percentage: 0.1 → −1

    @property
    def places(self) -> int:
        """Decimals written (of the percentage, for a fraction read as one)."""
        if self.scaled_places is not None:
            return self.scaled_places
        return len(self.text.rstrip("%").split(".")[1]) if "." in self.text else 0

    @property
    def ulp(self) -> Decimal:
        """Half the last digit written: how far rounding may have moved the figure."""
        return Decimal(5).scaleb(-self.places - 1)


#: An empty cell's figure, where a blank counts as nothing.
ZERO = Figure(Decimal(0), False, "0")


def unexplained_sum(total: Figure, parts: list[Figure], known: bool = False) -> Decimal | None:
    """The parts' sum when no rounding of the figures written explains its gap to the total,
    and it is near enough to the total to be a slip (not a nesting the text does not show).

    The figures of one column are written to one precision: a whole number among figures
    with decimals (20 beside 14.9 and 48.9) lost its zeros to the export, and is as exact as
    they are. Rows whose labels name the members of a known whole (``known``: the 购置 and
    运行维护 rows under the 公务用车 row) are its parts however far their sum is from it."""
    added = sum((part.value for part in parts), Decimal(0))
    slack = column_slack(total, parts)
    near = total.value / FAR <= added <= total.value * FAR
    if abs(added - total.value) <= slack or not (near or known):
        return None
    return added


def column_slack(total: Figure, parts: list[Figure]) -> Decimal:
    """How far rounding may move a column's sum from its total: half a last digit for each
    part, all of them written to the column's finest precision, and half the total's own
    (a total written coarser than its parts, 30 over 12.46 + 17.5, is their sum rounded)."""
    places = max(figure.places for figure in parts) if parts else total.places
    return total.ulp + Decimal(5).scaleb(-places - 1) * len(parts)


def adds_up(total: Figure, parts: list[Figure]) -> bool:
    """The parts make the total within the rounding of every figure written (the sum of
    their half last digits)."""
    added = sum((part.value for part in parts), Decimal(0))
    return abs(added - total.value) <= total.ulp + sum((part.ulp for part in parts), Decimal(0))


def whole_adds_up(total: Figure, parts: list[Figure]) -> bool:
    """The parts make the total: exactly when every figure is whole (an allocation in whole
    万元 is exact), else within the rounding of every figure written (:func:`adds_up`)."""
    if total.places == 0 and all(part.places == 0 for part in parts):
        return sum((part.value for part in parts), Decimal(0)) == total.value
    return adds_up(total, parts)


def figure(text: str) -> Figure | None:
    """The figure a cell holds (``880``, ``95.5%``, ``1,234.50``), or None. A mirror site's
    “?” for a space lost after the figure (``4,614,453.11?``) is no part of it."""
    text = text.strip().removesuffix("?").removesuffix("？")
    match = _FIGURE.match(text)
    if match is None:
        return None
    try:
        value = Decimal(match.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    return Figure(value, bool(match.group("pct")), text)


#: A page's number or footer printed into a table's text: “5”, “— 1 —”, “第 7 页 共 16 页”.
PAGE_MARK = re.compile(r"^[-—－–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*共\s*\d+\s*页)?[-—－–\s]*$")


@dataclass(frozen=True, slots=True)
class Token:
    """A cell of a flattened table: its text and the paragraph it came from."""

    text: str
    paragraph: Paragraph
    line_end: bool


#: A line that is only a web table's bar: it closes a cell; two in a row close an empty one.
_BAR = re.compile(r"^[\s|｜]*[|｜][\s|｜]*$")


@lru_cache(maxsize=8)
def tokens(doc: ReportDoc, *, gaps: bool = False) -> tuple[Token, ...]:
    """Every cell-like piece of the document in reading order (cells, or space-separated
    pieces of a line); read once per document, several table readers walk it.

    With ``gaps``, an empty cell of a table exported one cell per line (a bar line after a
    bar line) is kept as a token with no text, so a run of figures does not reach across
    it into the next row's 序号.
    """
    found: list[Token] = []
    bar_before = False
    for paragraph in doc.paragraphs:
        if paragraph.contents:
            continue
        bar = bool(_BAR.match(paragraph.text))
        if gaps and bar and bar_before and (not found or found[-1].text):
            found.append(Token("", paragraph, True))
        bar_before = bar
        # “30 |”: a cell per line with the web table's bar kept; a bare “|” is no cell
        parts = [c.strip(" |｜\t") for c in paragraph.cells if c.strip(" |｜\t")]
        for number, part in enumerate(parts, 1):
            found.append(Token(part, paragraph, number == len(parts)))
    return tuple(found)

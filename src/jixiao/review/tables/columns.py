"""The columns of a 自评表's 资金 block: the header words of each role, the money roles, and
how a money or 执行率 cell is read."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.model import Paragraph
from jixiao.review.tables.cells import BLANK
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure

#: Column words of the 资金 header, by role, in the national layout's order.
FUNDS_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("initial", re.compile(r"年初预算数?")),
    ("budget", re.compile(r"全年预算数?|调整(?:后)?预算数?|(?<![初整])预算数")),
    (
        "executed",
        re.compile(r"全年执行数?|全年实际支出|实际执行数|预算执行数|(?<![年])执行数|实际投入资金"),
    ),
    ("weight", re.compile(r"分值|权重")),
    ("rate", re.compile(r"执行率")),
    ("score", re.compile(r"得分")),
)
MONEY_ROLES = ("initial", "budget", "executed")
MONEY_SUFFIX = re.compile(r"(?<=\d)\s*(?:万元|万|元)$")  # “4753.66万元”, “125.25万”
FRACTION_MAX = Decimal("1.5")


def as_rate(value: Figure) -> Figure:
    """An 执行率 cell read without its % format (0.914 from an .xls) as the percentage."""
    if value.percent or value.value > FRACTION_MAX:
        return value
    scaled = value.value * 100
    # “0.1” is 10% known to ±5 points: the fraction's precision carries over
    return Figure(scaled, True, f"{format(scaled.normalize(), 'f')}%", value.places - 2)


def figures_after(
    pieces: list[tuple[str, Paragraph]],
) -> tuple[list[Figure], dict[int, Paragraph], int]:
    """The figures (blanks skipped) at the start of ``pieces``, where each was read, and how
    many pieces they took."""
    figures: list[Figure] = []
    where: dict[int, Paragraph] = {}
    used = 0
    for piece, paragraph in pieces:
        value = figure(MONEY_SUFFIX.sub("", piece))  # “4753.66万元” in a cell
        if value is None and not BLANK.match(piece):
            break
        used += 1
        if value is not None:
            where[id(value)] = paragraph
            figures.append(value)
    return figures, where, used

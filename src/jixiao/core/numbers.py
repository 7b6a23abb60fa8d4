"""Decimal arithmetic for amounts and rates, and parsing of numbers typed by people.

All money is ``Decimal``; rates are ``x / y × 100`` rounded half-up to 2 decimals.
Nothing here does I/O; readers (workbook, YAML, web forms) call :func:`parse_number`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP
from decimal import Decimal
from decimal import InvalidOperation

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
ZERO = Decimal(0)

#: Strings that people type for "nothing": they are blanks, never zero.
BLANK_MARKS = frozenset({"", "—", "——", "-", "--", "/", "无", "空", "N/A", "n/a", "NA"})

_UNIT_SUFFIXES = ("万元", "亿元", "元", "%", "％", "人", "个", "家", "项", "篇", "次", "份", "分")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def round2(value: Decimal) -> Decimal:
    """Round half-up to 2 decimals (never banker's rounding)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def percent(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    """Return ``numerator / denominator × 100`` rounded half-up to 2 decimals.

    Returns None when the denominator is zero: such a rate is not a number (不适用).
    """
    if denominator == ZERO:
        return None
    return round2(numerator / denominator * HUNDRED)


def fmt_decimal(value: Decimal | None, places: int = 2) -> str:
    """Format with a fixed number of decimals (keeps trailing zeros: 92.40)."""
    if value is None:
        return ""
    quantum = Decimal(1).scaleb(-places)
    return f"{value.quantize(quantum, rounding=ROUND_HALF_UP):f}"


def fmt_plain(value: Decimal | None) -> str:
    """Format without needless trailing zeros (6, 17.3, 89.98)."""
    if value is None:
        return ""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """Outcome of reading a number a person typed.

    Attributes:
        value: the number, or None when the text is blank or not a number.
        problem: None when fine; otherwise a short Chinese description of what is wrong.
        unit: a unit the text carried (万元, %, 元 …), or "" when none.
    """

    value: Decimal | None
    problem: str | None = None
    unit: str = ""


#: A figure of a budget unit's evaluation lies within these bounds (万元, %, counts);
#: beyond them it is a typing or export error, and arithmetic on it would overflow.
MAX_MAGNITUDE = Decimal("1e12")
MIN_MAGNITUDE = Decimal("1e-6")


def range_problem(value: Decimal) -> str | None:
    """Why ``value`` cannot be a figure of an evaluation, or None when it can."""
    if not value.is_finite():
        return "不是有限数字"
    if abs(value) >= MAX_MAGNITUDE:
        return "数值过大（绝对值应小于1万亿）"
    if value and abs(value) < MIN_MAGNITUDE:
        return "数值过小（绝对值不应小于0.000001）"
    return None


def parse_number(raw: object) -> ParsedNumber:
    """Read a number, refusing one outside the bounds of :func:`range_problem`."""
    parsed = _parse_any(raw)
    problem = range_problem(parsed.value) if parsed.value is not None else None
    return ParsedNumber(None, problem) if problem else parsed


def _parse_any(raw: object) -> ParsedNumber:
    """Read a number from a cell or a form field without guessing silently.

    Full-width digits are normalised and thousands separators dropped; a trailing unit
    (``7.44万元``) is split off and reported so the caller can decide; blanks and dashes
    are blanks (value None, no problem); anything else is a problem, never zero.
    """
    if raw is None:
        return ParsedNumber(None)
    if isinstance(raw, bool):
        return ParsedNumber(None, "应填数字，实际为是/否值")
    if isinstance(raw, int | Decimal):
        return ParsedNumber(Decimal(raw))
    if isinstance(raw, float):
        value = decimal_of_float(raw)
        return ParsedNumber(value) if value is not None else ParsedNumber(None, "不是有限数字")
    return _parse_text(raw)


def decimal_of_float(value: float) -> Decimal | None:
    """A binary float as the decimal a person wrote: its shortest repr, not its binary
    expansion (spreadsheet cells, YAML and JSON give floats: 7.44 stays 7.44); None for
    NaN and infinity."""
    return Decimal(repr(value)) if math.isfinite(value) else None


def _parse_text(raw: object) -> ParsedNumber:
    """Read a number typed as text: normalise, split off a unit, refuse the rest."""
    text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", "").replace(" ", "")
    if text in BLANK_MARKS:
        return ParsedNumber(None)
    unit = ""
    for suffix in _UNIT_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            unit, text = suffix, text[: -len(suffix)]
            break
    if not _NUMBER.match(text):
        return ParsedNumber(None, f"“{raw}”不是数字")
    try:
        return ParsedNumber(Decimal(text), None, unit.replace("％", "%"))
    except InvalidOperation:  # pragma: no cover - the regex admits only valid numbers
        return ParsedNumber(None, f"“{raw}”不是数字")

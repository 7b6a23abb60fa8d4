"""Typed reading of single template cells; every problem becomes a finding at its cell.

Facts keep the raw cell value (the core normalises them by field kind); numbers of
typed fields (targets, unit-defined indicators, projects) are parsed here with
:func:`jixiao.core.numbers.parse_number`. A value that cannot be read is None and is
reported — it never becomes zero.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import time
from datetime import timedelta
from decimal import Decimal

from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.numbers import decimal_of_float
from jixiao.core.numbers import parse_number
from jixiao.core.submission import Comparison
from jixiao.documents.workbook.grid import SheetGrid
from jixiao.documents.workbook.grid import as_text
from jixiao.documents.workbook.layout import NO
from jixiao.documents.workbook.layout import YES

_COMPARISONS: dict[str, Comparison] = {"≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", "=": "="}


@dataclass
class Intake:
    """What the reader collects besides values: findings and the place of each value."""

    findings: list[Finding] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)

    def add(self, code: str, location: str, **params: object) -> None:
        """Record a finding from the catalogue."""
        self.findings.append(make_finding(code, location, **params))


def raw_fact(value: object) -> Decimal | str | None:
    """A cell value as a submission fact: numbers exact, blanks None, the rest as text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number_fact(value)
    if isinstance(value, date | time | timedelta):
        return as_text(value)
    text = str(value)
    return text if text.strip() else None


def _number_fact(value: float) -> Decimal | str:
    """A numeric cell exactly (187.0 is 187); NaN or infinity stays text, for the number
    reader to report at its cell."""
    if isinstance(value, int):
        return Decimal(value)
    exact = decimal_of_float(value)
    if exact is None:
        return str(value)
    return Decimal(int(value)) if value.is_integer() else exact


def usable_cell(grid: SheetGrid, row: int, col: int, label: str, intake: Intake) -> bool:
    """False, with a finding, for a cell showing an error value or a formula saved
    without its value: neither is a blank, and neither may pass as one."""
    where = grid.where(row, col)
    error = grid.error_at(row, col)
    if error is not None:
        intake.add("cell-error", where, label=label, value=error)
        return False
    if grid.formula_blank(row, col):
        intake.add("formula-no-value", where, label=label)
        return False
    return True


def read_number(
    grid: SheetGrid, row: int, col: int, label: str, unit: str, intake: Intake
) -> Decimal | None:
    """A number for a typed field, with findings for text, units and unsaved formulas."""
    where = grid.where(row, col)
    if not usable_cell(grid, row, col, label, intake):
        return None
    raw = grid.value(row, col)
    parsed = parse_number(raw_fact(raw))
    if parsed.problem:
        intake.add("invalid-number", where, label=label, detail=parsed.problem)
        return None
    if parsed.unit and parsed.unit != unit:
        detail = f"单位应为{unit or '纯数字'}，实际填写了“{as_text(raw)}”"
        intake.add("invalid-number", where, label=label, detail=detail)
        return None
    if parsed.unit:
        intake.add(
            "unit-in-number", where, label=label, raw=as_text(raw), value=parsed.value, unit=unit
        )
    return parsed.value


def read_comparison(
    grid: SheetGrid, row: int, col: int, label: str, intake: Intake
) -> Comparison | None:
    """≥ / ≤ / = (also typed as >= or <=); blank is None."""
    text = unicodedata.normalize("NFKC", grid.text(row, col)).replace(" ", "")
    if not text:
        return None
    if text in _COMPARISONS:
        return _COMPARISONS[text]
    intake.add("invalid-choice", grid.where(row, col), label=label, choices="≥/≤/=", raw=text)
    return None


def read_yes_no(grid: SheetGrid, row: int, col: int, label: str, intake: Intake) -> bool | None:
    """是 / 否; blank is None."""
    text = grid.text(row, col)
    if not text:
        return None
    if text in (YES, NO):
        return text == YES
    intake.add("invalid-choice", grid.where(row, col), label=label, choices="是/否", raw=text)
    return None


def read_choice(
    grid: SheetGrid, row: int, col: int, label: str, choices: Sequence[str], intake: Intake
) -> str:
    """One of ``choices``; blank is ``''``."""
    text = grid.text(row, col)
    if not text or text in choices:
        return text
    options = "/".join(choices)
    intake.add("invalid-choice", grid.where(row, col), label=label, choices=options, raw=text)
    return ""


def read_year(grid: SheetGrid, row: int, col: int, intake: Intake) -> int | None:
    """A four-digit year between 2000 and 2100 (``2023`` / ``2023年`` / ``２０２３``)."""
    raw = grid.value(row, col)
    text = unicodedata.normalize("NFKC", as_text(raw)).removesuffix("年").strip()
    if text.isascii() and text.isdigit() and len(text) == 4 and 2000 <= int(text) <= 2100:
        return int(text)
    intake.add("year-invalid", grid.where(row, col), raw=as_text(raw) or "（空白）")
    return None


def locate_rows(
    grid: SheetGrid,
    col: int,
    expected: Sequence[tuple[int, str, str]],
    intake: Intake,
    shown_col: int | None = None,
) -> list[int | None]:
    """Check that each key sits in its row; find moved rows, report every move.

    ``expected`` holds (row, key looked for in ``col``, label shown to the user, read from
    ``shown_col`` when the key column is hidden). Returns the row to read for each entry
    (None when it is gone). Rows shifted by the same amount are reported once.
    """
    shown_col = col if shown_col is None else shown_col
    index: dict[str, int] = {}
    for row in range(grid.height - 1, -1, -1):
        index[grid.text(row, col)] = row
    found: list[int | None] = []
    reported_shift: int | None = None
    for row, key, label in expected:
        at = row if grid.text(row, col) == key else index.get(key)
        found.append(at)
        shift = None if at is None else at - row
        # One inserted or deleted row moves every row below it: report the first only.
        if shift != 0 and (shift is None or shift != reported_shift):
            actual = grid.text(row, shown_col) or "（空白）"
            intake.add("label-moved", grid.where(row, shown_col), expected=label, found=actual)
            reported_shift = shift
    return found

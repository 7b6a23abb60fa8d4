"""Example values a clerk forgot to replace.

The template marks its example cells with the sheet-level defined name ``示例数据``
(:func:`workbook.sheets.define_examples`). A cell inside that name that still holds the
framework's example value was most likely never filled in: it is imported, but reported
once per sheet so the clerk can confirm or replace it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.utils.cell import range_boundaries

from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.framework import Framework
from jixiao.core.submission import Fact
from jixiao.documents.workbook.layout import EXAMPLE_NAME

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DAMAGED_FILE_ERRORS = (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError)


#: One rectangle of cells: sheet, first column, first row, last column, last row (1-based).
Area = tuple[str, int, int, int, int]


def example_areas(path: Path) -> list[Area]:
    """The areas under a ``示例数据`` defined name; empty when there is none or it is unreadable.

    Kept as bounds, never expanded cell by cell: a hostile file may name a whole sheet.
    """
    try:
        with zipfile.ZipFile(path) as package:
            root = ElementTree.fromstring(package.read("xl/workbook.xml"))
        return [
            area
            for name in root.iter(f"{_MAIN}definedName")
            if name.get("name") == EXAMPLE_NAME and name.text
            for area in _areas(name.text)
        ]
    except _DAMAGED_FILE_ERRORS:
        return []


def _areas(formula: str) -> list[Area]:
    areas: list[Area] = []
    for part in formula.lstrip("=").split(","):
        sheet, _, ref = part.rpartition("!")
        left, top, right, bottom = range_boundaries(ref.replace("$", ""))
        if None not in (left, top, right, bottom):
            name = sheet.strip("'").replace("''", "'")
            areas.append((name, left or 0, top or 0, right or 0, bottom or 0))
    return areas


def _inside(where: str, areas: list[Area]) -> bool:
    """Whether the cell ``预算执行!C5`` lies in one of ``areas``."""
    sheet, _, ref = where.rpartition("!")
    try:
        letters, row = coordinate_from_string(ref)
    except ValueError:
        return False
    col = column_index_from_string(letters)
    return any(
        s == sheet and left <= col <= right and top <= row <= bottom
        for s, left, top, right, bottom in areas
    )


def kept_examples(
    path: Path, facts: Mapping[str, Fact], sources: Mapping[str, str], framework: Framework
) -> list[Finding]:
    """One warning per sheet whose example cells still hold the example values."""
    areas = example_areas(path)
    if not areas:
        return []
    kept: dict[str, list[str]] = {}
    for spec in framework.fields:
        where = sources.get(f"facts.{spec.id}", "")
        if where and _same(facts.get(spec.id), spec.example) and _inside(where, areas):
            kept.setdefault(where.partition("!")[0], []).append(where)
    return [
        make_finding("example-kept", cells[0], sheet=sheet, count=len(cells), first=cells[0])
        for sheet, cells in kept.items()
    ]


def _same(value: Fact, example: Decimal | str | None) -> bool:
    if value is None or example is None:
        return False
    if isinstance(value, Decimal) and isinstance(example, Decimal):
        return value == example
    return str(value).strip() == str(example).strip()

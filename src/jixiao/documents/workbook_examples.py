"""Example values a clerk forgot to replace.

The template marks its example cells with the sheet-level defined name ``示例数据``
(:func:`workbook_sheets.define_examples`). A cell inside that name that still holds the
framework's example value was most likely never filled in: it is imported, but reported
once per sheet so the clerk can confirm or replace it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from openpyxl.utils.cell import get_column_letter
from openpyxl.utils.cell import range_boundaries

from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.framework import Framework
from jixiao.core.submission import Fact
from jixiao.documents.workbook_layout import EXAMPLE_NAME

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_BROKEN = (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError)


def example_cells(path: Path) -> set[str]:
    """Every cell (``预算执行!C5``) under a ``示例数据`` defined name; empty when unreadable."""
    try:
        with zipfile.ZipFile(path) as package:
            root = ElementTree.fromstring(package.read("xl/workbook.xml"))
        cells: set[str] = set()
        for name in root.iter(f"{_MAIN}definedName"):
            if name.get("name") == EXAMPLE_NAME and name.text:
                cells.update(_cells(name.text))
    except _BROKEN:
        return set()
    return cells


def _cells(formula: str) -> set[str]:
    cells: set[str] = set()
    for area in formula.lstrip("=").split(","):
        sheet, _, ref = area.rpartition("!")
        sheet = sheet.strip("'").replace("''", "'")
        left, top, right, bottom = range_boundaries(ref.replace("$", ""))
        if None in (left, top, right, bottom):
            continue
        for col in range(int(left or 0), int(right or 0) + 1):
            letter = get_column_letter(col)
            cells.update(f"{sheet}!{letter}{row}" for row in range(top or 0, (bottom or 0) + 1))
    return cells


def kept_examples(
    path: Path, facts: Mapping[str, Fact], sources: Mapping[str, str], framework: Framework
) -> list[Finding]:
    """One warning per sheet whose example cells still hold the example values."""
    marked = example_cells(path)
    if not marked:
        return []
    kept: dict[str, list[str]] = {}
    for spec in framework.fields:
        where = sources.get(f"facts.{spec.id}", "")
        if where in marked and _same(facts.get(spec.id), spec.example):
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

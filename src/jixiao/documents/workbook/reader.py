"""Reading a filled 填报模板 back into a Submission, with every value's place kept.

calamine reads the cells; positions come from :mod:`workbook.layout`, so the reader
checks that each label is where the template put it and reports what moved. Facts keep
their raw cell values (the core normalises them and reports problems at the places
recorded in ``sources``); typed numbers are parsed here. Bad input never raises: it
becomes findings, and a file that cannot be used at all gives ``(None, findings)``.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from lxml import etree  # type: ignore[import-untyped]
from pydantic import ValidationError
from python_calamine import CalamineError
from python_calamine import CalamineWorkbook

from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.framework import Framework
from jixiao.core.submission import Fact
from jixiao.core.submission import Submission
from jixiao.core.submission import TargetEntry
from jixiao.core.submission import UnitInfo
from jixiao.documents.workbook.cells import Intake
from jixiao.documents.workbook.cells import locate_rows
from jixiao.documents.workbook.cells import raw_fact
from jixiao.documents.workbook.cells import read_comparison
from jixiao.documents.workbook.cells import read_number
from jixiao.documents.workbook.cells import read_year
from jixiao.documents.workbook.cells import usable_cell
from jixiao.documents.workbook.examples import kept_examples
from jixiao.documents.workbook.grid import SheetGrid
from jixiao.documents.workbook.grid import load_grid
from jixiao.documents.workbook.layout import FIRST_ROW
from jixiao.documents.workbook.layout import INFO_SHEET
from jixiao.documents.workbook.layout import LABEL_COL
from jixiao.documents.workbook.layout import NARRATIVE_SHEET
from jixiao.documents.workbook.layout import NARRATIVE_TEXT_COL
from jixiao.documents.workbook.layout import PROJECT_INDICATOR_SHEET
from jixiao.documents.workbook.layout import PROJECT_SHEET
from jixiao.documents.workbook.layout import TARGET_COL
from jixiao.documents.workbook.layout import TARGET_SHEET
from jixiao.documents.workbook.layout import TEMPLATE_VERSION
from jixiao.documents.workbook.layout import UNIT_ROWS
from jixiao.documents.workbook.layout import UNIT_SHEET
from jixiao.documents.workbook.layout import VALUE_COL
from jixiao.documents.workbook.layout import Row
from jixiao.documents.workbook.layout import field_rows
from jixiao.documents.workbook.layout import field_sheets
from jixiao.documents.workbook.layout import narrative_rows
from jixiao.documents.workbook.projects import read_individual
from jixiao.documents.workbook.projects import read_projects
from jixiao.documents.workbook.scan import MAX_SHEET_XML_BYTES
from jixiao.documents.workbook.scan import SheetExtent
from jixiao.documents.workbook.scan import SheetTooLargeError
from jixiao.documents.workbook.scan import scan_sheets
from jixiao.documents.workbook.scan import sniff
from jixiao.documents.yaml12 import clean_strings

#: What a damaged file raises on the way in: a bad zip, a damaged compressed member
#: (zlib, EOF), an encrypted member (RuntimeError), broken XML (the standard library's, and
#: lxml's when openpyxl reads a part such as docProps/custom.xml), calamine's own errors.
DAMAGED_FILE_ERRORS = (
    etree.XMLSyntaxError,
    CalamineError,
    OSError,
    ValueError,
    KeyError,
    EOFError,
    RuntimeError,
    zlib.error,
    zipfile.BadZipFile,
    ElementTree.ParseError,
)


@dataclass
class OpenWorkbook:
    """An open workbook: its sheets are loaded on first use, each at most once."""

    workbook: CalamineWorkbook
    path: Path
    extents: dict[str, SheetExtent]
    intake: Intake = field(default_factory=Intake)
    _grids: dict[str, SheetGrid | None] = field(default_factory=dict)

    def sheet(self, name: str, *, required: bool = True) -> SheetGrid | None:
        """The sheet's grid, or None (reported when required) when it is missing."""
        if name not in self._grids:
            self._grids[name] = self._load(name, required=required)
        return self._grids[name]

    def _load(self, name: str, *, required: bool) -> SheetGrid | None:
        if name not in self.extents:
            if required:
                self.intake.add("sheet-missing", name, sheet=name)
            return None
        try:
            grid, findings = load_grid(self.workbook, self.path, name, self.extents[name])
        except DAMAGED_FILE_ERRORS as error:
            detail = (
                f"工作表“{name}”无法读取（{type(error).__name__}），"
                "请在 Excel/WPS 中重新保存后再导入。"
            )
            self.intake.add("file-unreadable", name, detail=detail)
            return None
        self.intake.findings.extend(findings)
        return grid


def read_workbook(path: Path, framework: Framework) -> tuple[Submission | None, list[Finding]]:
    """Read a filled template; problems become findings at ``sheet!cell``."""
    try:
        problem = sniff(path)
        if problem:
            return _unreadable(path, problem)
        extents = scan_sheets(path)
        with CalamineWorkbook.from_path(str(path)) as workbook:
            return read_book(OpenWorkbook(workbook, path, extents), framework)
    except SheetTooLargeError as error:
        size, limit = _mb(error.size), _mb(MAX_SHEET_XML_BYTES)
        return None, [make_finding("file-too-large", path.name, size=size, limit=limit)]
    except DAMAGED_FILE_ERRORS:
        detail = f"{path.name} 已损坏或不是有效的 .xlsx 文件，请在 Excel/WPS 中重新保存后再导入。"
        return _unreadable(path, detail)


def _unreadable(path: Path, detail: str) -> tuple[None, list[Finding]]:
    return None, [make_finding("file-unreadable", path.name, detail=detail)]


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB（解压后）"


def read_book(book: OpenWorkbook, framework: Framework) -> tuple[Submission | None, list[Finding]]:
    """Read every part of an opened template and assemble the submission."""
    check_info(book, framework)
    unit = read_unit(book)
    facts = read_facts(book, framework)
    targets = read_targets(book, framework)
    individual = read_individual(book.sheet(TARGET_SHEET), framework, book.intake)
    projects = read_projects(
        book.sheet(PROJECT_SHEET), book.sheet(PROJECT_INDICATOR_SHEET), framework, book.intake
    )
    narrative = read_narrative(book, framework)
    intake = book.intake
    intake.findings.extend(kept_examples(book.path, facts, intake.sources, framework))
    if unit is None:
        return None, intake.findings
    try:
        submission = Submission(
            framework=framework.id,
            unit=unit,
            facts=facts,
            targets=targets,
            individual=individual,
            projects=projects,
            narrative=narrative,
            sources=intake.sources,
            intake_findings=tuple(intake.findings),
        )
    except ValidationError as error:  # pragma: no cover - every part was validated above
        detail = f"填报内容无法组成有效的填报文件：{error}"
        return None, [
            *intake.findings,
            make_finding("invalid-field", book.path.name, detail=detail),
        ]
    return _without_unsafe_text(submission, intake)


def _without_unsafe_text(
    submission: Submission, intake: Intake
) -> tuple[Submission, list[Finding]]:
    """Control characters typed or pasted into text cells (no document can hold them) are
    removed, each with a finding at its cell."""
    data, cleaned = clean_strings(submission.model_dump(exclude={"intake_findings"}))
    if not cleaned:
        return submission, intake.findings
    for path, value in cleaned:
        where = submission.sources.get(path) or submission.sources.get(path.rsplit(".", 1)[0], path)
        intake.add("text-cleaned", where, label=path, value=value[:40])
    data["intake_findings"] = tuple(intake.findings)
    return Submission.model_validate(data), intake.findings


def check_info(book: OpenWorkbook, framework: Framework) -> None:
    """The hidden sheet names the framework and template version the file was made for."""
    grid = book.sheet(INFO_SHEET, required=False)
    if grid is None:
        return
    info = {grid.text(row, 0): grid.text(row, 1) for row in range(grid.height)}
    made_for = info.get("指标体系", "")
    if made_for and made_for != framework.id:
        book.intake.add(
            "template-mismatch", book.path.name, made_for=made_for, framework=framework.id
        )
    version = info.get("模板版本", "")
    if version.isdigit() and int(version) > TEMPLATE_VERSION:
        book.intake.add("template-newer", book.path.name, version=version)


def _labelled(grid: SheetGrid, rows: list[Row], intake: Intake) -> list[tuple[Row, int]]:
    """The rows whose labels were found (moved ones included, and reported)."""
    expected = [(FIRST_ROW + i, r.label, r.label) for i, r in enumerate(rows)]
    found = locate_rows(grid, LABEL_COL, expected, intake)
    return [(r, at) for r, at in zip(rows, found, strict=True) if at is not None]


def read_unit(book: OpenWorkbook) -> UnitInfo | None:
    """基本信息; None (reported) without a usable name or year."""
    grid = book.sheet(UNIT_SHEET)
    if grid is None:
        return None
    values: dict[str, str | int | None] = {}
    for row, at in _labelled(grid, list(UNIT_ROWS), book.intake):
        book.intake.sources[f"unit.{row.key}"] = grid.where(at, VALUE_COL)
        if row.key == "year":
            values["year"] = read_year(grid, at, VALUE_COL, book.intake)
        else:
            values[row.key] = grid.text(at, VALUE_COL)
    if not values.get("name"):
        where = book.intake.sources.get("unit.name", UNIT_SHEET)
        book.intake.add("unit-name-missing", where)
    if not values.get("name") or values.get("year") is None:
        return None
    return UnitInfo.model_validate(values)


def read_facts(book: OpenWorkbook, framework: Framework) -> dict[str, Fact]:
    """Raw values of every framework field; formulas without a value are reported."""
    facts: dict[str, Fact] = {}
    for sheet in field_sheets(framework):
        grid = book.sheet(sheet)
        if grid is None:
            continue
        for row, at in _labelled(grid, field_rows(framework, sheet), book.intake):
            where = grid.where(at, VALUE_COL)
            book.intake.sources[f"facts.{row.key}"] = where
            if not usable_cell(grid, at, VALUE_COL, row.label, book.intake):
                continue
            facts[row.key] = raw_fact(grid.value(at, VALUE_COL))
    return facts


def read_targets(book: OpenWorkbook, framework: Framework) -> dict[str, TargetEntry]:
    """年度指标值, comparison and deviation analysis of each framework indicator."""
    grid = book.sheet(TARGET_SHEET)
    if grid is None:
        return {}
    specs = framework.indicators
    expected = [(FIRST_ROW + i, s.code, s.name) for i, s in enumerate(specs)]
    found = locate_rows(grid, TARGET_COL["code"], expected, book.intake, TARGET_COL["name"])
    targets: dict[str, TargetEntry] = {}
    for spec, at in zip(specs, found, strict=True):
        if at is None:
            continue
        book.intake.sources[f"targets.{spec.code}"] = grid.where(at, TARGET_COL["target"])
        entry = TargetEntry(
            target=_target(grid, at, f"{spec.name}·年度指标值", spec.unit, book.intake),
            comparison=read_comparison(
                grid, at, TARGET_COL["comparison"], f"{spec.name}·比较方式", book.intake
            ),
            cause=grid.text(at, TARGET_COL["cause"]),
            measure=grid.text(at, TARGET_COL["measure"]),
        )
        if entry != TargetEntry():
            targets[spec.code] = entry
    return targets


def _target(grid: SheetGrid, row: int, label: str, unit: str, intake: Intake) -> Decimal | None:
    return read_number(grid, row, TARGET_COL["target"], label, unit, intake)


def read_narrative(book: OpenWorkbook, framework: Framework) -> dict[str, str]:
    """The text of each narrative section."""
    grid = book.sheet(NARRATIVE_SHEET)
    if grid is None:
        return {}
    texts: dict[str, str] = {}
    for row, at in _labelled(grid, narrative_rows(framework), book.intake):
        book.intake.sources[f"narrative.{row.key}"] = grid.where(at, NARRATIVE_TEXT_COL)
        texts[row.key] = grid.text(at, NARRATIVE_TEXT_COL)
    return texts

"""Input families for fuzzing the jixiao CLI: seeded random mutations of real inputs.

Every case is built from ``random.Random(f"{seed}:{family}:{index}")`` alone, so one
case can be rebuilt without the others. A case is plain data (files, the commands to
run in the folder holding them, and the places where an amount was made invalid);
:mod:`.oracle` runs and checks it.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import warnings
import zipfile
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from typing import Any
from xml.etree import ElementTree

import docx
import openpyxl
import yaml
from openpyxl.cell.cell import MergedCell
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

FAMILIES = ("workbook", "document", "review", "output")

#: The sheets whose value column (C) holds the framework fields.
FIELD_SHEETS = ("预算执行", "人员", "管理情况")
TARGET_SHEET = "绩效目标"
PROJECT_SHEET = "项目"
PROJECT_INDICATOR_SHEET = "项目指标"
INFO_SHEET = "_jixiao"
BUILTIN_FRAMEWORKS = (
    "bumen-zhengti",
    "bumen-2013",
    "xiangmu-hubei",
    "xiangmu-sichuan",
    "xiangmu-zhichu",
)
#: Names the CLI gives its outputs (an input with such a name is at risk with ``-o .``).
TABLE_NAME = "部门整体支出绩效自评表.xlsx"
REPORT_NAME = "部门整体绩效自评报告.docx"
EVALUATION_NAME = "evaluation.json"
BATCH_SUMMARY_NAME = "绩效自评汇总表.xlsx"
REVIEW_SUMMARY_NAME = "复核汇总.xlsx"

_DRAFT_NO_PDF = ("--draft", "--no-pdf")


@dataclass(frozen=True, slots=True)
class Seeds:
    """The real inputs every mutation starts from (built once by the oracle)."""

    workbook: bytes
    template: bytes
    document: str
    framework: str
    report: bytes
    table: bytes
    report_text: str
    #: (base, finding code, location) of the findings each unmutated base already has.
    baseline: frozenset[tuple[str, str, str]] = frozenset()


@dataclass(frozen=True, slots=True)
class Place:
    """Where an amount was made invalid: a workbook cell or a document field path.

    ``base`` names the seed input it was made from (its findings are known beforehand,
    see :attr:`Seeds.baseline`).
    """

    where: str
    value: str
    base: str = ""

    @property
    def sheet_row(self) -> tuple[str, int] | None:
        """(sheet, row) of a workbook place; None for a document field path."""
        match = _CELL.fullmatch(self.where)
        return (match.group(1), int(match.group(3))) if match else None


_CELL = re.compile(r"(.+)!\$?([A-Z]{1,3})\$?(\d+)")


@dataclass(frozen=True, slots=True)
class Command:
    """One CLI run; ``checks_places`` when its findings must name every invalid place."""

    args: tuple[str, ...]
    checks_places: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A symbolic or hard link made in the case folder before the commands run."""

    path: str
    target: str
    hard: bool


@dataclass(frozen=True, slots=True)
class Case:
    """One fuzz case: files (relative paths), the commands and what must hold."""

    family: str
    seed: int
    index: int
    description: str
    files: tuple[tuple[str, bytes], ...]
    protected: tuple[str, ...]
    commands: tuple[Command, ...]
    places: tuple[Place, ...] = ()
    dirs: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass
class Draft:
    """A case being built."""

    notes: list[str] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    protected: set[str] = field(default_factory=set)
    commands: list[Command] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dirs: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    base: str = ""

    def note(self, text: str) -> None:
        """Add one step of the mutation to the description."""
        self.notes.append(text)

    def add_input(self, name: str, data: bytes) -> None:
        """A file the commands read: it must be unchanged afterwards."""
        self.files[name] = data
        self.protected.add(name)

    def run(self, *args: str, checks_places: bool = False) -> None:
        """Add a command (arguments after ``jixiao``)."""
        self.commands.append(Command(tuple(args), checks_places))


def show(value: object, limit: int = 36) -> str:
    """A short repr for descriptions (long values keep their length)."""
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[: limit - 12]}…<{len(text)} chars>"


# --------------------------------------------------------------------------- entry


def family_of(index: int, families: Sequence[str]) -> str:
    """The family of case ``index`` when cases are spread over ``families``."""
    return families[index % len(families)]


def make_case(seeds: Seeds, family: str, seed: int, index: int, *, quick: bool = False) -> Case:
    """Build case ``index`` of ``family`` for ``seed``.

    ``quick`` keeps one of the commands and leaves out the very large inputs.
    """
    rng = random.Random(f"{seed}:{family}:{index}")
    draft = Draft()
    _BUILDERS[family](rng, seeds, draft, quick)
    commands = [rng.choice(draft.commands)] if quick else draft.commands
    return Case(
        family=family,
        seed=seed,
        index=index,
        description="; ".join(draft.notes),
        files=tuple(draft.files.items()),
        protected=tuple(sorted(draft.protected)),
        commands=tuple(commands),
        places=tuple(draft.places),
        dirs=tuple(draft.dirs),
        links=tuple(draft.links),
    )


# ------------------------------------------------------------ workbook: cell values


@dataclass(frozen=True, slots=True)
class Weird:
    """A value written into a number cell; ``invalid`` when it must be reported.

    ``valid_unit``: the value carries this unit and is fine only in a cell of that unit.
    """

    name: str
    value: object
    invalid: bool
    valid_unit: str = ""


_RAW_CONTROL = "ZZCTRLRAWZZ"
_CHARREF_CONTROL = "ZZCTRLREFZZ"

WEIRD_CELL_VALUES: tuple[Weird, ...] = (
    Weird("huge", 1e30, False),
    Weird("tiny", 1e-30, False),
    Weird("max-float", 1.7976931348623157e308, False),
    Weird("big-int", 10**20, False),
    Weird("minus-zero", -0.0, False),
    Weird("zero", 0, False),
    Weird("400 digits", "9" * 400, False),
    Weird("text-cn", "十万", True),
    Weird("text", "abc", True),
    Weird("exponent-text", "1e5", True),
    Weird("nan-text", "NaN", True),
    Weird("inf-text", "Infinity", True),
    Weird("hex-text", "0x10", True),
    Weird("two-dots", "1.2.3", True),
    Weird("unit-wan", "7.44万元", False, "万元"),
    Weird("unit-yuan", "5元", True),
    Weird("unit-percent", "50%", False, "%"),
    Weird("error-na", "#N/A", True),
    Weird("error-div0", "#DIV/0!", True),
    Weird("error-ref", "#REF!", True),
    Weird("formula-div0", "=1/0", True),
    Weird("formula-sum", "=SUM(C3:C5)", True),
    Weird("formula-na", "=NA()", True),
    Weird("formula-missing-sheet", "='无此表'!A1", True),
    Weird("datetime", datetime(2023, 5, 17, 8, 30), True),
    Weird("date", date(2023, 1, 1), True),
    Weird("time", time(13, 45), True),
    Weird("timedelta", timedelta(days=3, hours=2), True),
    Weird("bool-true", True, True),
    Weird("bool-false", False, True),
    Weird("long-text", "预算" * 20_000, True),
    Weird("newline", "12\n34", True),
    Weird("rtl-mark", "\u202e12", True),
    Weird("zero-width", "1\u200b2", True),
    Weird("emoji", "💰", True),
    Weird("escaped-control", "12_x0001__x001B_", True),
    Weird("raw-control", _RAW_CONTROL, True),
    Weird("charref-control", _CHARREF_CONTROL, True),
    Weird("nbsp-thousands", "1\u00a0000", False),
    Weird("fullwidth", "１２３．４５", False),
    Weird("dash", "—", False),
    Weird("spaces", "   ", False),
)
CHOICE_VALUES: tuple[Weird, ...] = (
    Weird("choice-text", "可能", True),
    Weird("choice-latin", "YES", True),
    Weird("choice-number", 1, True),
    Weird("choice-bool", True, True),
    Weird("choice-error", "#N/A", True),
    Weird("choice-long", "是" * 5000, True),
)


@dataclass(frozen=True, slots=True)
class Target:
    """A cell a person fills in: its sheet, coordinate, unit and kind."""

    sheet: str
    cell: str
    unit: str
    amount: bool = False
    choice: bool = False


def _text(ws: Worksheet, row: int, col: int) -> str:
    value = ws.cell(row=row, column=col).value
    return "" if value is None else str(value).strip()


def input_cells(wb: Workbook) -> list[Target]:
    """The cells of a template a person fills in, found from its labels."""
    found: list[Target] = []
    for name in FIELD_SHEETS:
        if name in wb.sheetnames:
            found.extend(_field_cells(wb[name]))
    if TARGET_SHEET in wb.sheetnames:
        found.extend(_target_cells(wb[TARGET_SHEET]))
    for name, unit_col, columns in ((PROJECT_SHEET, 0, "BCD"), (PROJECT_INDICATOR_SHEET, 5, "GHJ")):
        if name in wb.sheetnames:
            found.extend(_free_rows(wb[name], unit_col, columns))
    return found


def _field_cells(ws: Worksheet) -> list[Target]:
    found: list[Target] = []
    for row in range(3, ws.max_row + 1):
        if _text(ws, row, 1):
            unit = _text(ws, row, 2)
            choice = ws.title == "管理情况" and not unit
            found.append(Target(ws.title, f"C{row}", unit, amount=unit == "万元", choice=choice))
    return found


def _free_rows(ws: Worksheet, unit_col: int, columns: str) -> list[Target]:
    """Number cells of the named rows of 项目 (amounts) or 项目指标 (unit in a column)."""
    found: list[Target] = []
    for row in range(3, ws.max_row + 1):
        if _text(ws, row, 1):
            unit = _text(ws, row, unit_col) if unit_col else "万元"
            found.extend(Target(ws.title, f"{c}{row}", unit, amount=not unit_col) for c in columns)
    return found


def _target_cells(ws: Worksheet) -> list[Target]:
    found: list[Target] = []
    header = 0
    for row in range(3, ws.max_row + 1):
        if _text(ws, row, 1) == "一级指标" and _text(ws, row, 6) == "年度指标值":
            header = row
            break
        if _text(ws, row, 13) and _text(ws, row, 8) == "定量":
            found.append(Target(TARGET_SHEET, f"F{row}", _text(ws, row, 4)))
    if header:
        for row in range(header + 1, ws.max_row + 1):
            if _text(ws, row, 3):
                unit = _text(ws, row, 4)
                found.extend(Target(TARGET_SHEET, f"{c}{row}", unit) for c in "FG")
    return found


def _weird_for(rng: random.Random, target: Target) -> Weird:
    if target.choice:
        return rng.choice(CHOICE_VALUES)
    if rng.random() < 0.12:
        value = rng.choice([-5, -0.01, -round(rng.uniform(0.01, 1e6), 2)])
        return Weird("negative", value, target.amount)
    weird = rng.choice(WEIRD_CELL_VALUES)
    if weird.valid_unit and weird.valid_unit != target.unit:
        return Weird(weird.name, weird.value, True)
    return weird


# -------------------------------------------------------- workbook: structured edits


def _save(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb.save(buffer)
    data = buffer.getvalue()
    if _RAW_CONTROL.encode() in data or _CHARREF_CONTROL.encode() in data:
        data = _rewrite_zip(data, _inject_controls)
    return data


def _inject_controls(name: str, content: bytes) -> bytes | None:
    del name
    return content.replace(_RAW_CONTROL.encode(), b"12\x01\x02\x1b").replace(
        _CHARREF_CONTROL.encode(), b"12&#1;&#x1B;"
    )


def _load(data: bytes) -> Workbook:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return openpyxl.load_workbook(io.BytesIO(data))


def _add_projects(rng: random.Random, wb: Workbook, draft: Draft, count: int) -> None:
    if PROJECT_SHEET not in wb.sheetnames:
        return
    ws = wb[PROJECT_SHEET]
    indicators = wb[PROJECT_INDICATOR_SHEET] if PROJECT_INDICATOR_SHEET in wb.sheetnames else None
    names = ["项目" + str(n) for n in range(count)]
    if rng.random() < 0.3:
        names[0] = rng.choice(["科技/奖励:资金*?", "项" * 300, "  ", "重复", "项目\t名称"])
        if count > 1 and rng.random() < 0.5:
            names[1] = names[0]
    for offset, name in enumerate(names):
        row = 3 + offset
        initial = round(rng.uniform(0, 500), 2)
        ws.cell(row=row, column=1).value = name
        ws.cell(row=row, column=2).value = initial
        ws.cell(row=row, column=3).value = round(initial * rng.uniform(0.5, 1.5), 2)
        ws.cell(row=row, column=4).value = round(initial * rng.uniform(0, 1.2), 2)
        ws.cell(row=row, column=5).value = "完成年度目标"
        for col in range(7, 12):
            ws.cell(row=row, column=col).value = rng.choice(["是", "否", None])
        if indicators is not None and offset < 200:
            target = rng.randint(1, 100)
            values: list[str | int | None] = [
                name,
                "产出指标",
                "数量指标",
                "完成数",
                "个",
                "≥",
                target,
                rng.randint(0, 120),
                None,
                10,
            ]
            for col, value in enumerate(values, 1):
                indicators.cell(row=3 + offset, column=col).value = value
    draft.note(f"{count} project rows{' named ' + show(names[0], 20) if count else ''}")


def _rename(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    sheets = [s.title for s in wb.worksheets]
    new = rng.choice(
        [
            "Sheet1",
            ws.title + " ",
            ws.title + "（1）",
            ws.title[:-1] or "x",
            rng.choice(sheets) + "2",
            "预算执行\u200b",
        ]
    )
    if new in sheets:
        new += "_"
    old = ws.title
    draft.note(f"rename sheet {old}→{show(new)}")
    ws.title = new
    return old


def _remove(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    del rng
    if len(wb.worksheets) > 1:
        draft.note(f"remove sheet {ws.title}")
        wb.remove(ws)
    return ws.title


def _merge(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    del wb
    row = rng.randint(1, max(3, ws.max_row))
    span = rng.choice(
        [
            f"A{row}:{rng.choice('BCD')}{row + rng.randint(0, 3)}",
            f"C{row}:C{row + rng.randint(1, 4)}",
        ]
    )
    draft.note(f"merge {ws.title}!{span}")
    ws.merge_cells(span)
    return ws.title


def _insert_rows(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    del wb
    row, amount = rng.randint(1, max(3, ws.max_row)), rng.randint(1, 3)
    draft.note(f"insert rows {ws.title} at {row} ×{amount}")
    ws.insert_rows(row, amount)
    return ws.title


def _delete_rows(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    del wb
    row, amount = rng.randint(1, max(3, ws.max_row)), rng.randint(1, 3)
    draft.note(f"delete rows {ws.title} at {row} ×{amount}")
    ws.delete_rows(row, amount)
    return ws.title


def _hide(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    state = rng.choice(["hidden", "veryHidden"])
    if sum(1 for s in wb.worksheets if s.sheet_state == "visible") > 1:
        draft.note(f"{state} sheet {ws.title}")
        ws.sheet_state = state  # type: ignore[assignment]
    return None


def _info(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    del ws
    if INFO_SHEET in wb.sheetnames:
        choices: list[tuple[str, Any]] = [
            ("B3", rng.choice([*BUILTIN_FRAMEWORKS[1:], "no-such", "", "../../etc/passwd"])),
            ("B2", rng.choice([999, "abc", -1, 1e30, "2"])),
        ]
        cell, value = rng.choice(choices)
        draft.note(f"{INFO_SHEET}!{cell} := {show(value)}")
        wb[INFO_SHEET][cell].value = value
    return None


def _defined_name(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    name, ref = rng.choice(
        [
            ("预算", f"'{ws.title}'!$C$3"),
            ("_xlnm.Print_Area", f"'{ws.title}'!$A$1:$D$9"),
            ("broken", "#REF!"),
            ("far", "'无此表'!$A$1"),
            ("const", '"' + "x" * 300 + '"'),
            ("loop", "loop"),
            ("_xlnm._FilterDatabase", f"'{ws.title}'!$A:$XFD"),
        ]
    )
    draft.note(f"defined name {name}={show(ref, 24)}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb.defined_names[name] = DefinedName(name, attr_text=ref)
    return None


def _far_cell(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    del wb
    row = rng.choice([5_000, 70_000, 1_048_576])
    col = rng.choice([1, 3, 200, 16_384])
    draft.note(f"far cell {ws.title}!R{row}C{col}")
    choices: list[str | int] = ["x", 1, "=1/0"]
    ws.cell(row=row, column=col).value = rng.choice(choices)
    return ws.title


def _reorder(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    offset = rng.choice([-3, -1, 1, 2])
    draft.note(f"move sheet {ws.title} by {offset}")
    wb.move_sheet(ws, offset)
    return None


def _clear_label(rng: random.Random, wb: Workbook, ws: Worksheet, draft: Draft) -> str | None:
    del wb
    if ws.max_row >= 3:
        row = rng.randint(3, ws.max_row)
        cell = ws.cell(row=row, column=1)
        if isinstance(cell, MergedCell):
            return ws.title  # inside a range an earlier edit merged: only its corner is written
        draft.note(f"clear label {ws.title}!A{row}")
        cell.value = rng.choice([None, "改过的标签", 0])
    return ws.title


#: Structural edits; each returns the sheet whose values may have moved (or None).
_STRUCTURAL: tuple[Callable[[random.Random, Workbook, Worksheet, Draft], str | None], ...] = (
    _rename,
    _remove,
    _merge,
    _insert_rows,
    _delete_rows,
    _hide,
    _info,
    _defined_name,
    _far_cell,
    _reorder,
    _clear_label,
)


def _structural(rng: random.Random, wb: Workbook, draft: Draft) -> str | None:
    """One structural edit on a random sheet; False when places of values may move."""
    ws = rng.choice([ws for ws in wb.worksheets if ws.title != INFO_SHEET])
    return rng.choice(_STRUCTURAL)(rng, wb, ws, draft)


def _unit_header(rng: random.Random, wb: Workbook, draft: Draft) -> None:
    if "基本信息" not in wb.sheetnames:
        return
    ws = wb["基本信息"]
    cell, value = rng.choice(
        [
            (
                "C4",
                rng.choice(
                    [
                        1e30,
                        -1,
                        2023.5,
                        "二〇二三",
                        "2023年",
                        "２０２３",
                        True,
                        "=2020+3",
                        datetime(2023, 1, 1),
                        99999,
                        "#N/A",
                    ]
                ),
            ),
            ("C3", rng.choice(["", "   ", "单" * 5000, "#REF!", 0, "名\n称"])),
        ]
    )
    draft.note(f"基本信息!{cell} := {show(value)}")
    ws[cell].value = value


def structured_workbook(
    rng: random.Random, base: bytes, draft: Draft, *, places: bool, heavy: bool
) -> bytes:
    """Edit cells and sheets with openpyxl; record invalid amounts when ``places``."""
    wb = _load(base)
    if rng.random() < 0.3:
        _add_projects(rng, wb, draft, rng.choice([1, 2, 3, 2000 if heavy else 30]))
    found: dict[str, Place] = {}
    targets = input_cells(wb)
    for _ in range(rng.randint(1, 3) if targets else 0):
        target = rng.choice(targets)
        weird = _weird_for(rng, target)
        where = f"{target.sheet}!{target.cell}"
        wb[target.sheet][target.cell].value = weird.value
        draft.note(f"{where} := {weird.name} {show(weird.value, 24)}")
        found.pop(where, None)
        if weird.invalid:
            found[where] = Place(where, weird.name, draft.base)
    if rng.random() < 0.15:
        _unit_header(rng, wb, draft)
    moved: set[str | None] = set()
    if rng.random() < 0.3 or not targets:
        moved = {_structural(rng, wb, draft) for _ in range(rng.randint(1, 2))}
    if places:
        draft.places.extend(p for p in found.values() if p.where.split("!")[0] not in moved)
    return _save(wb)


# ------------------------------------------------------------- zip: byte-level damage


def _rewrite_zip(
    data: bytes,
    transform: Callable[[str, bytes], bytes | None],
    extra: Sequence[tuple[str, bytes]] = (),
    compression: int | None = None,
) -> bytes:
    """Copy a zip member by member (``transform`` returns None to drop one)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = transform(info.filename, source.read(info))
            if content is None:
                continue
            method = info.compress_type if compression is None else compression
            target.writestr(info.filename, content, compress_type=method)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for name, content in extra:
                target.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _members(data: bytes) -> list[zipfile.ZipInfo]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.infolist()


def _read_member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


def sheet_members(data: bytes) -> dict[str, str]:
    """Sheet name → zip member of its XML, from workbook.xml and its relationships."""
    ns = {
        "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "p": "http://schemas.openxmlformats.org/package/2006/relationships",
    }
    book = ElementTree.fromstring(_read_member(data, "xl/workbook.xml"))
    rels = ElementTree.fromstring(_read_member(data, "xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("p:Relationship", ns)}
    found: dict[str, str] = {}
    for sheet in book.findall("m:sheets/m:sheet", ns):
        target = targets.get(sheet.get(f"{{{ns['r']}}}id"), "")
        member = target.lstrip("/") if target.startswith("/") else "xl/" + target
        found[sheet.get("name", "")] = member
    return found


def _flip(rng: random.Random, data: bytes, start: int, end: int, count: int) -> bytes:
    buffer = bytearray(data)
    for _ in range(count):
        at = rng.randrange(start, max(start + 1, end))
        buffer[at] ^= rng.randint(1, 255)
    return bytes(buffer)


def _entity_bomb(levels: int) -> bytes:
    entities = ['<!ENTITY e0 "lol">'] + [
        f'<!ENTITY e{n} "{f"&e{n - 1};" * 10}">' for n in range(1, levels + 1)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE sst [' + "".join(entities) + "]>"
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        f'uniqueCount="1"><si><t>&e{levels};</t></si></sst>'
    ).encode()


_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b"<si><t>&e;</t></si></sst>"
)


def _truncate(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    del info
    cut = max(0, rng.choice([rng.randrange(len(data)), len(data) - rng.randint(1, 200), 30, 4]))
    draft.note(f"truncate to {cut} of {len(data)} bytes")
    return data[:cut]


def _flip_member(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    head = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[head + 26 : head + 30])
    start = head + 30 + name_len + extra_len
    count = rng.randint(1, 8)
    draft.note(f"flip {count} bytes in compressed {info.filename}")
    return _flip(rng, data, start, start + info.compress_size, count)


def _flip_any(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    del info
    count = rng.randint(1, 20)
    draft.note(f"flip {count} random bytes")
    return _flip(rng, data, 0, len(data), count)


def _duplicate(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    variant = rng.choice(["same", "empty", "garbage", "half"])
    original = _read_member(data, info.filename)
    content = {
        "same": original,
        "empty": b"",
        "garbage": rng.randbytes(rng.randint(1, 4000)),
        "half": original[: len(original) // 2],
    }[variant]
    draft.note(f"duplicate member {info.filename} ({variant})")
    return _rewrite_zip(data, _keep, [(info.filename, content)])


def _keep(name: str, content: bytes) -> bytes:
    del name
    return content


def _drop(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    del rng
    draft.note(f"drop member {info.filename}")
    return _rewrite_zip(data, lambda n, c: None if n == info.filename else c)


def _replace(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    variant = rng.choice(["half-xml", "empty", "garbage", "utf16", "not-xml"])
    draft.note(f"replace {info.filename} ({variant})")
    original = _read_member(data, info.filename)
    content = {
        "half-xml": original[: len(original) // 2],
        "empty": b"",
        "garbage": rng.randbytes(rng.randint(1, 2000)),
        "utf16": original.decode("utf-8", "replace").encode("utf-16"),
        "not-xml": b"hello, not xml",
    }[variant]
    return _rewrite_zip(data, lambda n, c: content if n == info.filename else c)


def _recompress(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    del info
    method, label = rng.choice(
        [(zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "lzma"), (zipfile.ZIP_STORED, "stored")]
    )
    draft.note(f"recompress every member with {label}")
    return _rewrite_zip(data, _keep, compression=method)


def _junk(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    del info
    junk = rng.randbytes(rng.randint(1, 5000))
    before = rng.random() < 0.5
    draft.note(f"{len(junk)} junk bytes {'before' if before else 'after'} the zip")
    return junk + data if before else data + junk


def _hostile_xml(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    names = [m.filename for m in _members(data)]
    target = next(
        (n for n in names if "sharedStrings" in n),
        next((n for n in names if n.endswith(".xml")), info.filename),
    )
    kind, levels = rng.choice(["entity-bomb", "xxe", "deep-xml"]), rng.randint(3, 6)
    content = {
        "entity-bomb": _entity_bomb(levels),
        "xxe": _XXE,
        "deep-xml": b"<a>" * 100_000 + b"</a>" * 100_000,
    }[kind]
    draft.note(f"{kind} in {target}" + (f" (10^{levels})" if kind == "entity-bomb" else ""))
    return _rewrite_zip(data, lambda n, c: content if n == target else c)


def _inflate(rng: random.Random, data: bytes, info: zipfile.ZipInfo, draft: Draft) -> bytes:
    """A member that unpacks to tens of megabytes (the package stays small)."""
    megabytes = rng.choice([30, 80, 150])
    draft.note(f"pad {info.filename} to {megabytes} MB uncompressed")
    out = io.BytesIO()
    chunk = b" " * (1024 * 1024)
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename != info.filename:
                target.writestr(member.filename, content, zipfile.ZIP_DEFLATED)
                continue
            with target.open(member.filename, "w") as handle:
                handle.write(content[: len(content) // 2])
                for _ in range(megabytes):
                    handle.write(chunk)
                handle.write(content[len(content) // 2 :])
    return out.getvalue()


_ZIP_DAMAGE: tuple[Callable[[random.Random, bytes, zipfile.ZipInfo, Draft], bytes], ...] = (
    _truncate,
    _flip_member,
    _flip_any,
    _duplicate,
    _drop,
    _replace,
    _recompress,
    _junk,
    _hostile_xml,
)


def damaged_zip(rng: random.Random, data: bytes, draft: Draft, *, heavy: bool) -> bytes:
    """Byte-level damage to a zip package (xlsx or docx); ``heavy`` allows 150 MB members."""
    info = rng.choice(_members(data))
    damage = rng.choice([*_ZIP_DAMAGE, _inflate] if heavy else _ZIP_DAMAGE)
    return damage(rng, data, info, draft)


# ---------------------------------------------------------- workbook: raw cell XML

#: (name, XML of a C cell's content after ``<c r="..."``, must be reported).
RAW_CELLS: tuple[tuple[str, str, bool], ...] = (
    ("inf", ' t="n"><v>1e999</v></c>', True),
    ("minus-inf", ' t="n"><v>-1e999</v></c>', True),
    ("nan", ' t="n"><v>NaN</v></c>', True),
    ("not-a-number", ' t="n"><v>abc</v></c>', True),
    ("hex", ' t="n"><v>0x1A</v></c>', True),
    ("bogus-error", ' t="e"><v>#BOGUS</v></c>', True),
    ("bool-2", ' t="b"><v>2</v></c>', True),
    ("inline-text", ' t="inlineStr"><is><t>十万</t></is></c>', True),
    ("str-text", ' t="str"><v>壹佰</v></c>', True),
    ("bad-date", ' t="d"><v>2023-13-45</v></c>', True),
    ("bad-shared-index", ' t="s"><v>99999999</v></c>', False),
    ("negative-shared-index", ' t="s"><v>-1</v></c>', False),
    ("empty-value", ' t="n"><v></v></c>', False),
    ("padded", ' t="n"><v>  12  </v></c>', False),
    ("huge-exponent", ' t="n"><v>1e300</v></c>', False),
    ("formula-no-value", "><f>1/0</f></c>", True),
    ("unknown-type", ' t="zz"><v>5</v></c>', True),
)


def raw_cell_workbook(rng: random.Random, base: bytes, draft: Draft) -> bytes:
    """Write a number cell's XML by hand (values openpyxl cannot produce)."""
    targets = [t for t in input_cells(_load(base)) if not t.choice]
    members = sheet_members(base)
    target = rng.choice(targets)
    name, xml, invalid = rng.choice(RAW_CELLS)
    member = members[target.sheet]
    pattern = re.compile(rf'<c r="{target.cell}"(?:\s[^>]*?)?(?:/>|>.*?</c>)'.encode(), re.DOTALL)
    replacement = f'<c r="{target.cell}"{xml}'.encode()
    row_pattern = re.compile(rf'<row r="{target.cell[1:]}"[^>]*?>'.encode())

    def edit(part: str, content: bytes) -> bytes:
        if part != member:
            return content
        if pattern.search(content):
            return pattern.sub(lambda _m: replacement, content, count=1)
        found = row_pattern.search(content)
        if found is None:
            return content
        return content[: found.end()] + replacement + content[found.end() :]

    draft.note(f"raw XML {target.sheet}!{target.cell} := {name}")
    if invalid:
        draft.places.append(Place(f"{target.sheet}!{target.cell}", name, draft.base))
    return _rewrite_zip(base, edit)


def not_a_zip(rng: random.Random, seeds: Seeds, draft: Draft, *, heavy: bool) -> bytes:
    """Something else with a workbook's name."""
    choices: list[tuple[str, Callable[[], bytes]]] = [
        ("random bytes", lambda: rng.randbytes(rng.randint(1, 20_000))),
        ("PK header + random", lambda: b"PK\x03\x04" + rng.randbytes(rng.randint(0, 5000))),
        ("empty zip", lambda: b"PK\x05\x06" + b"\0" * 18),
        ("csv text", "项目,金额\n资金总额,159.36\n".encode),
        ("html", lambda: b"<html><body><table><tr><td>1</td></tr></table></body></html>"),
        ("OLE header", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(4000)),
        ("pdf header", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        ("yaml text", seeds.document.encode),
        ("docx package", lambda: seeds.report),
        ("zip of text", lambda: _zip_of([("hello.txt", b"hello")])),
        ("single byte", lambda: b"P"),
        ("utf16 text", lambda: "资金总额,159.36".encode("utf-16")),
    ]
    if heavy:
        choices.append(("21 MB of zeros", lambda: b"\0" * (21 * 1024 * 1024)))
    label, make = rng.choice(choices)
    draft.note(f"not a zip: {label}")
    return make()


def _zip_of(members: Sequence[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            archive.writestr(name, content)
    return out.getvalue()


def _workbook(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> None:
    use_template = rng.random() < 0.25
    base = seeds.template if use_template else seeds.workbook
    draft.base = "template" if use_template else "example"
    draft.note(f"base={draft.base}")
    heavy = not quick
    mode = rng.random()
    if mode < 0.45:
        data = structured_workbook(rng, base, draft, places=True, heavy=heavy)
    elif mode < 0.6:
        data = raw_cell_workbook(rng, base, draft)
    elif mode < 0.9:
        if rng.random() < 0.3:
            base = structured_workbook(rng, base, draft, places=False, heavy=False)
        data = damaged_zip(rng, base, draft, heavy=heavy)
    else:
        data = not_a_zip(rng, seeds, draft, heavy=heavy)
    name = "submission" + rng.choice([".xlsx", ".xlsx", ".xlsx", ".xlsm", ".XLSX"])
    draft.add_input(name, data)
    draft.run("evaluate", name, "--json", "-o", "out", *_DRAFT_NO_PDF, checks_places=True)
    draft.run("check", name, checks_places=True)


# ------------------------------------------------------------ documents: YAML / JSON

_AMOUNT_PREFIXES = ("budget.", "costs.", "procurement.", "nontax.")


@dataclass(frozen=True, slots=True)
class Token:
    """A value written into a document: a Python value or raw text for one format."""

    name: str
    invalid: bool
    value: object = None
    raw: str | None = None


def _laughs(levels: int) -> str:
    parts = ['&l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    parts += [f"&l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, levels + 1)]
    return "[" + ", ".join(parts) + "]"


def _value_tokens(json_format: bool) -> list[Token]:
    common = [
        Token("text-cn", True, "十万"),
        Token("text", True, "abc"),
        Token("negative", False, -12.5),
        Token("huge", False, 1e30),
        Token("tiny", False, 1e-30),
        Token("big-int", False, 10**30),
        Token("list", True, [1, 2]),
        Token("dict", True, {"a": 1}),
        Token("bool-true", True, True),
        Token("bool-false", True, False),
        Token("empty-string", False, ""),
        Token("long-text", True, "九" * 100_000),
        Token("control", True, "12\x00\x07"),
        Token("unit-wan", False, "7.44万元"),
        Token("fullwidth", False, "１２"),
        Token("exponent-text", True, "1e5"),
        Token("nan-text", True, "NaN"),
        Token("inf-text", True, "Infinity"),
        Token("deep", True, raw=("[" * 10_000 + "]" * 10_000)),
        Token("5000 digits", True, raw="9" * 5000),
    ]
    if json_format:
        return [
            *common,
            Token("json-nan", True, raw="NaN"),
            Token("json-inf", True, raw="Infinity"),
            Token("json-minus-inf", True, raw="-Infinity"),
            Token("json-1e999", True, raw="1e999"),
            Token("json-minus-zero", False, raw="-0"),
            Token("lone-surrogate", True, raw='"\\ud800"'),
            Token("reversed-surrogates", True, raw='"\\udfff\\ud800"'),
            Token("nul-escape", True, raw='"\\u0000"'),
            Token("deep-object", True, raw='{"a":' * 10_000 + "1" + "}" * 10_000),
            Token("null", False, raw="null"),
        ]
    return [
        *common,
        Token("yaml-nan", True, raw=".nan"),
        Token("yaml-inf", True, raw=".inf"),
        Token("yaml-minus-inf", True, raw="-.inf"),
        Token("yaml-hex", False, raw="0x6"),
        Token("yaml-octal", False, raw="0o17"),
        Token("yaml-sexagesimal", False, raw="2:49"),
        Token("yaml-underscore", False, raw="1_000"),
        Token("yaml-yes", True, raw="yes"),
        Token("yaml-no", True, raw="no"),
        Token("yaml-on", True, raw="on"),
        Token("yaml-off", True, raw="off"),
        Token("yaml-tilde", False, raw="~"),
        Token("yaml-date", True, raw="2023-01-01"),
        Token("yaml-timestamp", True, raw="2023-01-01T12:00:00Z"),
        Token("yaml-binary", True, raw="!!binary aGVsbG8="),
        Token("yaml-set", True, raw="!!set {a, b}"),
        Token("yaml-float-overflow", True, raw="1.0e+400"),
        Token("yaml-python-object", True, raw="!!python/object/apply:os.getcwd []"),
        Token("yaml-undefined-alias", True, raw="*nowhere"),
        Token("yaml-recursive-alias", True, raw="&r [*r]"),
        Token("yaml-laughs", True, raw=_laughs(6)),
        Token("yaml-merge", True, raw="{<<: {a: 1}}"),
    ]


_BLANK_TOKENS = frozenset({"empty-string", "yaml-tilde", "null"})


def _fact_invalid(key: str, token: Token) -> bool:
    """Whether a fact holding ``token`` must be reported at its field path."""
    amount = key.startswith(_AMOUNT_PREFIXES)
    if key.startswith("mgmt."):  # a choice: anything but a blank is outside 是/否/…
        return token.name not in _BLANK_TOKENS
    if token.name == "negative":
        return amount
    if token.name == "unit-wan":
        return not amount
    return token.invalid


class _Raw:
    """Placeholders for raw text put into a serialised document."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def put(self, text: str) -> str:
        self.texts.append(text)
        return f"ZZRAW{len(self.texts) - 1}ZZ"

    def fill(self, text: str) -> str:
        def swap(match: re.Match[str]) -> str:
            return self.texts[int(match.group(1))]

        return re.sub(r"""['"]?ZZRAW(\d+)ZZ['"]?""", swap, text)


@dataclass
class _Edit:
    """One mutation of a submission mapping in progress."""

    rng: random.Random
    data: dict[str, Any]
    token: Token
    raw: _Raw
    draft: Draft
    quick: bool = False

    @property
    def value(self) -> object:
        """The token as it goes into the mapping (raw text becomes a placeholder)."""
        return self.raw.put(self.token.raw) if self.token.raw is not None else self.token.value

    def mark(self, where: str, invalid: bool) -> None:
        """The token now fills ``where``: when it is invalid a finding must name the field."""
        self.draft.places[:] = [p for p in self.draft.places if p.where != where]
        if invalid:
            self.draft.places.append(Place(where, self.token.name, self.draft.base))

    def forget(self, section: str) -> None:
        """A section was replaced or removed: its places no longer hold."""
        self.draft.places[:] = [
            p for p in self.draft.places if not p.where.startswith(section + ".")
        ]

    def section(self, key: str) -> Any:
        """A top-level section (whatever type a previous edit left there)."""
        return self.data.get(key)


def _edit_fact(edit: _Edit) -> None:
    facts = edit.section("facts")
    if not isinstance(facts, dict) or not facts:
        return
    key = edit.rng.choice(sorted(facts))
    facts[key] = edit.value
    edit.draft.note(f"facts.{key} := {edit.token.name}")
    edit.mark(f"facts.{key}", _fact_invalid(key, edit.token))


def _edit_target(edit: _Edit) -> None:
    targets = edit.section("targets")
    if isinstance(targets, dict):
        code = edit.rng.choice([*sorted(targets), "budget_execution_rate"])
        entry = targets.setdefault(code, {})
        if isinstance(entry, dict):
            entry["target"] = edit.value
            edit.draft.note(f"targets.{code}.target := {edit.token.name}")
            edit.mark(f"targets.{code}.target", edit.token.invalid)


def _edit_individual(edit: _Edit) -> None:
    individual = edit.section("individual")
    if isinstance(individual, list) and individual:
        at = edit.rng.randrange(len(individual))
        key = edit.rng.choice(["target", "actual", "weight", "comparison", "name"])
        if isinstance(individual[at], dict):
            individual[at][key] = edit.value
            edit.draft.note(f"individual.{at}.{key} := {edit.token.name}")
            edit.mark(f"individual.{at}.{key}", edit.token.invalid and key in {"target", "actual"})


def _edit_unit(edit: _Edit) -> None:
    unit = edit.section("unit")
    if isinstance(unit, dict):
        key = edit.rng.choice(["name", "year", "year", "contact", "notice"])
        choices: list[object] = [edit.value, 2023.5, "2023", 10**40, -1, True, "", None, "二〇二三"]
        value = edit.rng.choice(choices)
        unit[key] = value
        edit.draft.note(f"unit.{key} := {edit.token.name if value is choices[0] else show(value)}")


def _edit_type(edit: _Edit) -> None:
    section = edit.rng.choice(["unit", "facts", "targets", "individual", "narrative", "projects"])
    choices: list[object] = [[1, 2], "text", 42, None, {"x": {"y": [1]}}, [{"name": "p"}], True]
    value = edit.rng.choice(choices)
    edit.data[section] = value
    edit.draft.note(f"{section} := {show(value)}")
    edit.forget(section)


def _edit_unknown_key(edit: _Edit) -> None:
    where = edit.rng.choice(["top", "unit", "targets-entry", "individual-item", "facts"])
    individual = edit.section("individual")
    first = individual[0] if isinstance(individual, list) and individual else None
    holders: dict[str, tuple[Any, str]] = {
        "top": (edit.data, edit.rng.choice(["extra", "Facts", "facts ", "单位"])),
        "unit": (edit.section("unit"), "nickname"),
        "targets-entry": (edit.section("targets"), "no_such_indicator"),
        "individual-item": (first, "score"),
        "facts": (edit.section("facts"), "no.such.field"),
    }
    holder, key = holders[where]
    if isinstance(holder, dict):
        holder[key] = edit.value
        edit.draft.note(f"unknown key {where}.{key} := {edit.token.name}")


def _edit_framework(edit: _Edit) -> None:
    choices: list[object] = [
        *BUILTIN_FRAMEWORKS[1:],
        "no-such",
        "",
        None,
        5,
        ["bumen-zhengti"],
        "../../../etc/passwd",
        "fw.yaml",
        "bumen-zhengti.yaml",
    ]
    value = edit.rng.choice(choices)
    edit.data["framework"] = value
    edit.draft.note(f"framework := {show(value)}")


def _edit_delete(edit: _Edit) -> None:
    key = edit.rng.choice(["unit", "facts", "framework", "targets", "narrative", "individual"])
    edit.data.pop(key, None)
    edit.draft.note(f"delete {key}")
    edit.forget(key)


def _edit_huge(edit: _Edit) -> None:
    narrative = edit.section("narrative")
    if isinstance(narrative, dict):
        size = 100_000 if edit.quick else edit.rng.choice([100_000, 1_000_000, 5_000_000])
        narrative["overview"] = "预算执行率为89.98%。" * (size // 14)
        edit.draft.note(f"narrative.overview ≈ {size} chars")


def _edit_many(edit: _Edit) -> None:
    count = 200 if edit.quick else edit.rng.choice([500, 5000])
    template = {
        "level1": "履职效能",
        "level2": "产出指标",
        "name": "指标",
        "unit": "个",
        "comparison": ">=",
        "target": 1,
        "actual": 2,
    }
    edit.data["individual"] = [dict(template, name=f"指标{n}") for n in range(count)]
    edit.draft.note(f"{count} individual indicators")
    edit.forget("individual")


#: Mutations of a submission mapping (each keeps ``draft.places`` true to the mapping).
_DOCUMENT_EDITS: tuple[Callable[[_Edit], None], ...] = (
    _edit_fact,
    _edit_fact,
    _edit_fact,
    _edit_target,
    _edit_individual,
    _edit_unit,
    _edit_type,
    _edit_unknown_key,
    _edit_framework,
    _edit_delete,
    _edit_huge,
    _edit_many,
)


def _mutate_document(
    rng: random.Random,
    data: dict[str, Any],
    tokens: list[Token],
    raw: _Raw,
    draft: Draft,
    quick: bool,
) -> None:
    """One mutation of the submission mapping (``quick``: no multi-megabyte values)."""
    edit = rng.choice(_DOCUMENT_EDITS)
    edit(_Edit(rng, data, rng.choice(tokens), raw, draft, quick))


_WHOLE_FILE: tuple[tuple[str, Callable[[str], bytes]], ...] = (
    ("empty", lambda _t: b""),
    ("bom only", lambda _t: b"\xef\xbb\xbf"),
    ("document marker", lambda _t: b"---\n"),
    ("null", lambda _t: b"null"),
    ("list", lambda _t: b"[]"),
    ("number", lambda _t: b"42"),
    ("invalid utf-8", lambda t: b"\xff\xfe\xfa" + t.encode()),
    ("utf-16", lambda t: t.encode("utf-16")),
    ("gbk", lambda t: t.encode("gbk", "replace")),
    ("utf-8 bom", lambda t: b"\xef\xbb\xbf" + t.encode()),
    ("two documents", lambda t: (t + "\n---\n" + t).encode()),
    ("nul in middle", lambda t: t[: len(t) // 2].encode() + b"\0" + t[len(t) // 2 :].encode()),
    ("crlf", lambda t: t.replace("\n", "\r\n").encode()),
    ("tabs", lambda t: t.replace("  ", "\t").encode()),
    ("truncated", lambda t: t[: len(t) // 3].encode()),
)


def _document(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> None:
    suffix = rng.choice([".yaml", ".yaml", ".yml", ".json", ".json"])
    json_format = suffix == ".json"
    draft.base = "document"
    data: dict[str, Any] = yaml.safe_load(seeds.document)
    raw = _Raw()
    tokens = [t for t in _value_tokens(json_format) if not quick or len(t.raw or "") < 1000]
    for _ in range(rng.randint(1, 3)):
        _mutate_document(rng, data, tokens, raw, draft, quick)
    if json_format:
        text = json.dumps(data, ensure_ascii=rng.random() < 0.3, default=str)
    else:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9)
    text = raw.fill(text)
    content = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.12:
        label, convert = rng.choice(_WHOLE_FILE)
        content = convert(text)
        draft.note(f"whole file: {label}")
        draft.places.clear()
    name = "submission" + suffix
    draft.add_input(name, content)
    framework_args: tuple[str, ...] = ()
    roll = rng.random()
    if roll < 0.15:
        framework_args = ("-f", rng.choice([*BUILTIN_FRAMEWORKS[1:], "no-such-framework"]))
        draft.places.clear()
    elif roll < 0.3:
        draft.add_input("fw.yaml", _mutated_framework(rng, seeds.framework, draft))
        framework_args = ("-f", "fw.yaml")
        draft.places.clear()
    if framework_args:
        draft.note(" ".join(framework_args))
    draft.run(
        "evaluate", name, "--json", "-o", "out", *_DRAFT_NO_PDF, *framework_args, checks_places=True
    )
    draft.run("check", name, *framework_args, checks_places=True)
    if framework_args == ("-f", "fw.yaml"):
        draft.run("frameworks", "--check", "fw.yaml")


def _mutated_framework(rng: random.Random, text: str, draft: Draft) -> bytes:
    """A custom framework file: the built-in one with a damaged part."""
    data = yaml.safe_load(text)
    kind = rng.choice(["weights", "drop", "type", "deep", "id", "garbage", "self"])
    if kind == "garbage":
        draft.note("framework file: garbage")
        return rng.randbytes(200)
    if kind == "self":
        draft.note("framework file: a submission")
        return text.split("\n", 1)[0].encode() + b"\nunit: {name: x, year: 2023}\n"
    if kind == "deep":
        draft.note("framework file: 10,000 nested lists")
        return b"id: x\nindicators: " + b"[" * 10_000 + b"]" * 10_000 + b"\n"
    if isinstance(data, dict):
        keys = sorted(data)
        key = rng.choice(keys)
        if kind == "drop":
            data.pop(key)
        elif kind == "type":
            data[key] = rng.choice([None, 5, "x", [], {}])
        elif kind == "id":
            data["id"] = rng.choice(["", "../x", "bumen-zhengti", "x" * 1000])
        else:
            for item in data.get("indicators") or []:
                if isinstance(item, dict) and "weight" in item:
                    item["weight"] = rng.choice([0, -5, 1e30, "十", None, 1e-30])
        draft.note(f"framework file: {kind} {key}")
    return yaml.safe_dump(data, allow_unicode=True).encode()


# ---------------------------------------------------------------- review inputs

_REVIEW_SUFFIXES = (".docx", ".pdf", ".xlsx", ".txt", ".doc", ".md", ".wps", ".xls", ".ods")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_WEIRD_FIGURES = (
    "1e308",
    "9" * 400,
    "９９．９８",
    "-0",
    "0.000000001",
    "1,234,567.89",
    "NaN",
    "∞",
    "12.3.4",
    "一百五十九点三六",
    "%",
    "100%%",
    "0",
    "-100",
    "1/0",
)
_SENTENCES = (
    "{year}年度年初预算{a}万元，全年预算{b}万元，全年执行{c}万元，预算执行率为{r}%。",
    "其中基本支出{a}万元，项目支出{b}万元，合计{c}万元。",
    "公用经费预算{a}万元，实际支出{b}万元，公用经费控制率{r}%。",
    "部门整体绩效自评得分{a}分，等级为“优”。",
    "单位行政编制{a}人，事业编制{b}人，年末实有在职人数{c}人，在职人员控制率{r}%。",
    "结转结余{a}万元，结转结余率{r}%，较上年下降{b}个百分点。",
)


def _figure(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(_WEIRD_FIGURES)
    return f"{rng.uniform(0, 1000):.2f}"


def report_text(rng: random.Random, seeds: Seeds, lines: int) -> str:
    """Report-like text: the seed report with figures changed, or generated sentences."""
    if rng.random() < 0.5:
        return _NUMBER.sub(
            lambda m: _figure(rng) if rng.random() < 0.3 else m.group(0), seeds.report_text
        )
    out = []
    for _ in range(lines):
        sentence = rng.choice(_SENTENCES)
        out.append(
            sentence.format(
                year=rng.choice([2023, 1900, 99999]),
                a=_figure(rng),
                b=_figure(rng),
                c=_figure(rng),
                r=_figure(rng),
            )
        )
    return "\n".join(out)


def random_docx(rng: random.Random, seeds: Seeds, draft: Draft) -> bytes:
    """A docx with a table of random cells (and some report sentences)."""
    document = docx.Document()
    document.add_heading("部门整体支出绩效自评报告", level=1)
    for line in report_text(rng, seeds, rng.randint(0, 10)).splitlines()[:40]:
        document.add_paragraph(line)
    rows, cols = rng.randint(1, 30), rng.randint(1, 12)
    table = document.add_table(rows=rows, cols=cols)
    words = [
        "项目",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "执行率",
        "得分",
        "分值",
        "指标",
        "合计",
        "一级指标",
        "年度指标值",
        "实际完成值",
        "",
        "—",
    ]
    for row in table.rows:
        for cell in row.cells:
            cell.text = rng.choice(
                [rng.choice(words), _figure(rng), _figure(rng) + "%", "x" * rng.randint(0, 3000)]
            )
    merged = 0
    for _ in range(rng.randint(0, 4)):
        a = table.cell(rng.randrange(rows), rng.randrange(cols))
        b = table.cell(rng.randrange(rows), rng.randrange(cols))
        try:
            a.merge(b)
            merged += 1
        except Exception:  # python-docx refuses some spans; that is fine
            pass
    nested = rng.random() < 0.2
    if nested:
        inner = table.cell(0, 0).add_table(rows=2, cols=2)
        inner.cell(0, 0).text = "合计"
        inner.cell(1, 1).text = _figure(rng)
    draft.note(f"random docx table {rows}×{cols}, {merged} merges{', nested' if nested else ''}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def mutated_report(rng: random.Random, seeds: Seeds, draft: Draft) -> bytes:
    """The seed report with figures, paragraphs and table cells changed."""
    document = docx.Document(io.BytesIO(seeds.report))
    paragraphs = document.paragraphs
    changed = 0
    for paragraph in paragraphs:
        if paragraph.text and rng.random() < 0.2:
            paragraph.text = _NUMBER.sub(lambda _m: _figure(rng), paragraph.text)
            changed += 1
    cells = [cell for table in document.tables for row in table.rows for cell in row.cells]
    for cell in rng.sample(cells, min(len(cells), rng.randint(0, 20))):
        cell.text = rng.choice([_figure(rng), "", "合计", "x" * 2000, _figure(rng) + "%"])
    removed = 0
    for paragraph in rng.sample(paragraphs, min(len(paragraphs), rng.randint(0, 10))):
        element = paragraph._element  # python-docx has no public way to delete
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
            removed += 1
    draft.note(f"seed report: {changed} paragraphs refigured, {removed} removed")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def simple_pdf(lines: Sequence[str], pages: int = 1) -> bytes:
    """A minimal valid PDF with ASCII text on each page."""
    content = (
        "BT /F1 11 Tf 50 760 Td 14 TL "
        + " ".join(f"({_pdf_escape(line)}) '" for line in lines)
        + " ET"
    )
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(pages))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for n in range(pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * n} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>"
        )
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


_ENCRYPTED_PDF = (
    b"%PDF-1.6\n1 0 obj\n<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 "
    b"/O (\x01\x02\x03) /U (\x04\x05\x06) >>\nendobj\ntrailer\n<< /Root 2 0 R /Encrypt 1 0 R "
    b"/ID [<00><00>] >>\n%%EOF\n"
)


def _pdf(rng: random.Random, draft: Draft, quick: bool) -> bytes:
    ascii_lines = [
        f"Budget {_figure(rng)} adjusted {_figure(rng)} executed {_figure(rng)} rate "
        f"{_figure(rng)}%"
        for _ in range(rng.randint(1, 40))
    ]
    ascii_lines = [line.encode("ascii", "replace").decode() for line in ascii_lines]
    kind = rng.choice(["text", "header-only", "encrypted", "truncated", "many-pages", "garbage"])
    if kind == "many-pages" and quick:
        kind = "text"
    draft.note(f"pdf: {kind}")
    if kind == "text":
        return simple_pdf(ascii_lines)
    if kind == "header-only":
        return b"%PDF-1.7\n"
    if kind == "encrypted":
        return _ENCRYPTED_PDF
    if kind == "truncated":
        data = simple_pdf(ascii_lines)
        return data[: rng.randrange(8, len(data))]
    if kind == "many-pages":
        return simple_pdf(ascii_lines, pages=rng.choice([200, 2000]))
    return b"%PDF-1.4\n" + rng.randbytes(rng.randint(10, 20_000))


_Made = tuple[str, bytes]


def _garbage(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    del seeds, quick
    suffix = rng.choice(_REVIEW_SUFFIXES)
    head = rng.choice([b"", b"PK\x03\x04", b"%PDF-1.5\n", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
    draft.note(f"garbage{suffix} with header {head[:4]!r}")
    return "report" + suffix, head + rng.randbytes(rng.randint(1, 20_000))


def _encoded_text(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    del quick
    text = report_text(rng, seeds, 30)
    encoding = rng.choice(["gbk", "utf-16", "utf-16-be", "utf-8-sig", "utf-32", "latin-1", "mixed"])
    draft.note(f"text in {encoding}")
    if encoding == "mixed":
        data = text[: len(text) // 2].encode() + text[len(text) // 2 :].encode("gbk", "replace")
    else:
        data = text.encode(encoding, "replace")
    return "report" + rng.choice([".txt", ".md"]), data


def _huge_text(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    size = 300_000 if quick else 5_000_000
    one_line = rng.random() < 0.3
    unit = report_text(rng, seeds, 30).replace("\n", "" if one_line else "\n") + "\n"
    text = unit * (size // max(1, len(unit.encode())) + 1)
    data = text.encode()[:size].decode("utf-8", "ignore").encode()
    draft.note(f"huge text {len(data) / 1e6:.1f} MB{' on one line' if one_line else ''}")
    return "report.txt", data


def _empty(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    del seeds, quick
    name = "report" + rng.choice(_REVIEW_SUFFIXES)
    draft.note(f"empty {name}")
    return name, b""


def _zip_not_docx(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    del quick
    name = "report" + rng.choice([".docx", ".xlsx", ".ods", ".wps"])
    variant = rng.choice(["text member", "xlsx as docx", "docx as xlsx", "empty zip"])
    draft.note(f"{name}: {variant}")
    return name, {
        "text member": _zip_of([("word/document.xml", b"not xml"), ("a.txt", b"x")]),
        "xlsx as docx": seeds.table,
        "docx as xlsx": seeds.report,
        "empty zip": b"PK\x05\x06" + b"\0" * 18,
    }[variant]


def _table_docx(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    del quick
    return "report.docx", random_docx(rng, seeds, draft)


def _seed_report(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    del quick
    return "report.docx", mutated_report(rng, seeds, draft)


def _damaged_report(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    return "report.docx", damaged_zip(rng, seeds.report, draft, heavy=not quick)


def _pdf_input(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    del seeds
    return "report.pdf", _pdf(rng, draft, quick)


def _sheet_input(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> _Made:
    del quick
    draft.note("review of a table workbook")
    base = seeds.table if rng.random() < 0.5 else seeds.workbook
    if rng.random() < 0.5:
        return "table.xlsx", structured_workbook(rng, base, draft, places=False, heavy=False)
    return "table.xlsx", damaged_zip(rng, base, draft, heavy=False)


_REVIEW_INPUTS: tuple[Callable[[random.Random, Seeds, Draft, bool], _Made], ...] = (
    _garbage,
    _encoded_text,
    _huge_text,
    _empty,
    _zip_not_docx,
    _table_docx,
    _seed_report,
    _damaged_report,
    _pdf_input,
    _sheet_input,
)


def _review_input(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> str:
    """One reviewable file (added as an input); returns its name."""
    name, data = rng.choice(_REVIEW_INPUTS)(rng, seeds, draft, quick)
    draft.add_input(name, data)
    return name


def _review(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> None:
    roll = rng.random()
    if roll < 0.12:
        folder = "reports"
        draft.dirs.append(folder)
        names = []
        for n in range(rng.randint(1, 4)):
            sub = Draft()
            name = _review_input(rng, seeds, sub, quick=True)
            target = f"{folder}/{n}-{name}"
            draft.add_input(target, sub.files[name])
            draft.note(f"{target}: {'; '.join(sub.notes)}")
            names.append(target)
        draft.run("review", folder, "--json")
        draft.run("review", folder, "-o", "summary.xlsx")
        return
    name = _review_input(rng, seeds, draft, quick)
    draft.run("review", name, "--json")
    extra = rng.random()
    if extra < 0.25:
        out = "annotated" + (".xlsx" if name.endswith(".xlsx") else ".docx")
        draft.run("review", name, "-o", out)
    elif extra < 0.4:
        draft.run("review", name, "-o", name)
        draft.note("-o the input itself")
    elif extra < 0.55:
        table = "reference.xlsx"
        if rng.random() < 0.5:
            draft.add_input(table, seeds.table)
        else:
            draft.add_input(table, damaged_zip(rng, seeds.table, draft, heavy=False))
        draft.run("review", name, "--json", "--table", table)
    elif extra < 0.7:
        sub = Draft()
        _document(rng, seeds, sub, quick=True)
        submission = next(iter(sub.files))
        draft.add_input(submission, sub.files[submission])
        draft.note(f"--submission: {'; '.join(sub.notes)}")
        draft.run("review", name, "--json", "--submission", submission)


# ---------------------------------------------------------------- output paths


def _output(rng: random.Random, seeds: Seeds, draft: Draft, quick: bool) -> None:
    del quick
    scenario = rng.choice(_OUTPUT_SCENARIOS)
    draft.note(f"output: {scenario.__name__.removeprefix('_out_').replace('_', '-')}")
    scenario(rng, seeds, draft)


def _submission(rng: random.Random, seeds: Seeds, draft: Draft, name: str = "") -> str:
    kind = rng.choice(["yaml", "xlsx", "json"])
    if kind == "yaml":
        name = name or "submission.yaml"
        draft.add_input(name, seeds.document.encode())
    elif kind == "xlsx":
        name = name or "submission.xlsx"
        draft.add_input(name, seeds.workbook)
    else:
        name = name or "submission.json"
        draft.add_input(
            name, json.dumps(yaml.safe_load(seeds.document), ensure_ascii=False).encode()
        )
    return name


def _out_evaluate_existing_file(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    name = _submission(rng, seeds, draft)
    draft.files["out.txt"] = b"keep me"
    draft.run("evaluate", name, "-o", "out.txt", *_DRAFT_NO_PDF)


def _out_evaluate_input_itself(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    name = _submission(rng, seeds, draft)
    draft.run("evaluate", name, "-o", rng.choice([name, f"./{name}"]), *_DRAFT_NO_PDF)


def _out_evaluate_input_named_like_output(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    if rng.random() < 0.5:
        draft.add_input(TABLE_NAME, seeds.workbook)
        name = TABLE_NAME
    else:
        name = EVALUATION_NAME
        draft.add_input(
            name, json.dumps(yaml.safe_load(seeds.document), ensure_ascii=False).encode()
        )
    draft.note(f"input named {name}, -o .")
    draft.run("evaluate", name, "-o", ".", *_DRAFT_NO_PDF)


def _out_evaluate_missing_nested(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    name = _submission(rng, seeds, draft)
    draft.run("evaluate", name, "-o", "a/b/c/d", *_DRAFT_NO_PDF)


def _out_evaluate_existing_dir(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    name = _submission(rng, seeds, draft)
    draft.dirs.append("out")
    draft.files[f"out/{TABLE_NAME}"] = b"an older table"
    draft.run("evaluate", name, "-o", "out", *_DRAFT_NO_PDF)


def _out_evaluate_output_is_dir(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    name = _submission(rng, seeds, draft)
    blocked = rng.choice([TABLE_NAME, REPORT_NAME, EVALUATION_NAME])
    draft.dirs.append(f"out/{blocked}")
    draft.note(f"out/{blocked} is a folder")
    draft.run("evaluate", name, "-o", "out", *_DRAFT_NO_PDF)


def _out_evaluate_file_as_parent(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    name = _submission(rng, seeds, draft)
    draft.files["file.txt"] = b"x"
    draft.run("evaluate", name, "-o", "file.txt/out", *_DRAFT_NO_PDF)


def _out_evaluate_long_name(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    name = _submission(rng, seeds, draft)
    draft.run("evaluate", name, "-o", "长" * rng.choice([90, 300]), *_DRAFT_NO_PDF)


def _out_evaluate_folder_into_itself(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    draft.add_input("batch/a.yaml", seeds.document.encode())
    draft.add_input("batch/b.xlsx", seeds.workbook)
    if rng.random() < 0.6:
        draft.add_input(f"batch/{BATCH_SUMMARY_NAME}", seeds.workbook)
        draft.note(f"an input named {BATCH_SUMMARY_NAME}")
    draft.run("evaluate", "batch", "-o", "batch", "-j", "1", *_DRAFT_NO_PDF)


def _out_evaluate_report_template(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    name = _submission(rng, seeds, draft)
    variant = rng.choice(
        ["the submission", "garbage.docx", "missing.docx", "a folder", "seed report"]
    )
    template = {
        "the submission": name,
        "garbage.docx": "garbage.docx",
        "a folder": "tpl",
        "missing.docx": "missing.docx",
        "seed report": "tpl.docx",
    }[variant]
    if variant == "garbage.docx":
        draft.add_input(template, rng.randbytes(500))
    elif variant == "a folder":
        draft.dirs.append(template)
    elif variant == "seed report":
        draft.add_input(template, seeds.report)
    draft.note(f"--report-template {variant}")
    draft.run("evaluate", name, "-o", "out", "--report-template", template, *_DRAFT_NO_PDF)


def _out_template(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    variant = rng.choice(
        [
            "existing.xlsx",
            "a folder",
            "missing/nested/t.xlsx",
            "t.txt",
            "t",
            "from itself",
            "from yaml onto itself",
            "from garbage",
            "from missing",
            "from folder",
            "empty name",
        ]
    )
    draft.note(f"template {variant}")
    if variant == "existing.xlsx":
        draft.files["existing.xlsx"] = b"old"
        draft.run("template", "-o", "existing.xlsx")
    elif variant == "a folder":
        draft.dirs.append("folder")
        draft.run("template", "-o", "folder")
    elif variant in {"missing/nested/t.xlsx", "t.txt", "t"}:
        draft.run("template", "-o", variant)
    elif variant == "from itself":
        draft.add_input("prev.xlsx", seeds.workbook)
        draft.run("template", "--from", "prev.xlsx", "-o", "prev.xlsx")
    elif variant == "from yaml onto itself":
        draft.add_input("prev.yaml", seeds.document.encode())
        draft.run("template", "--from", "prev.yaml", "-o", "prev.yaml")
    elif variant == "from garbage":
        draft.add_input("prev.xlsx", damaged_zip(rng, seeds.workbook, draft, heavy=False))
        draft.run("template", "--from", "prev.xlsx", "-o", "t.xlsx")
    elif variant == "from missing":
        draft.run("template", "--from", "missing.xlsx", "-o", "t.xlsx")
    elif variant == "from folder":
        draft.dirs.append("folder")
        draft.run("template", "--from", "folder", "-o", "t.xlsx")
    else:
        draft.run("template", "-o", "")


def _out_review(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    sheet = rng.random() < 0.3
    name = "table.xlsx" if sheet else "report.docx"
    draft.add_input(name, seeds.table if sheet else seeds.report)
    variant = rng.choice(
        [
            "itself",
            "dot-slash",
            "via subfolder",
            "symlink",
            "hardlink",
            "a folder",
            "missing folder",
            "other suffix",
        ]
    )
    draft.note(f"review {name} -o {variant}")
    if variant == "itself":
        out = name
    elif variant == "dot-slash":
        out = f"./{name}"
    elif variant == "via subfolder":
        draft.dirs.append("sub")
        out = f"sub/../{name}"
    elif variant in {"symlink", "hardlink"}:
        out = "link" + name[name.rfind(".") :]
        draft.links.append(Link(out, name, hard=variant == "hardlink"))
    elif variant == "a folder":
        draft.dirs.append("folder")
        out = "folder"
    elif variant == "missing folder":
        out = "missing/" + name
    else:
        out = "annotated" + (".docx" if sheet else ".xlsx")
    draft.run("review", name, "-o", out)


def _out_review_folder(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    draft.add_input("reports/a.docx", seeds.report)
    draft.add_input("reports/b.txt", seeds.report_text.encode())
    variant = rng.choice(["onto an input", "default summary is an input", "onto the folder"])
    draft.note(f"review folder: {variant}")
    if variant == "onto an input":
        draft.run("review", "reports", "-o", "reports/a.docx")
    elif variant == "default summary is an input":
        draft.add_input(f"reports/{REVIEW_SUMMARY_NAME}", seeds.table)
        draft.run("review", "reports")
    else:
        draft.run("review", "reports", "-o", "reports")


def _out_review_references(rng: random.Random, seeds: Seeds, draft: Draft) -> None:
    draft.add_input("report.docx", seeds.report)
    option = rng.choice(["--table", "--submission"])
    value = rng.choice(["report.docx", "missing.xlsx", "."])
    draft.note(f"review {option} {value}")
    draft.run("review", "report.docx", "--json", option, value)


_OUTPUT_SCENARIOS: tuple[Callable[[random.Random, Seeds, Draft], None], ...] = (
    _out_evaluate_existing_file,
    _out_evaluate_input_itself,
    _out_evaluate_input_named_like_output,
    _out_evaluate_missing_nested,
    _out_evaluate_existing_dir,
    _out_evaluate_output_is_dir,
    _out_evaluate_file_as_parent,
    _out_evaluate_long_name,
    _out_evaluate_folder_into_itself,
    _out_evaluate_report_template,
    _out_template,
    _out_review,
    _out_review_folder,
    _out_review_references,
)

_BUILDERS: dict[str, Callable[[random.Random, Seeds, Draft, bool], None]] = {
    "workbook": _workbook,
    "document": _document,
    "review": _review,
    "output": _output,
}

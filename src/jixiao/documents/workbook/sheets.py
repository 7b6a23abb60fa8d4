"""Writing the data sheets of the 填报模板: field sheets, 绩效目标, free tables, 文字材料.

Each writer gets a :class:`SheetOut` (the worksheet, its formats and the list of example
cells) and plain values; deciding *which* values to show is the caller's job
(:mod:`jixiao.documents.workbook.template`).
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from typing import Any

from xlsxwriter.utility import quote_sheetname
from xlsxwriter.utility import xl_range_abs

from jixiao.core.framework import FieldSpec
from jixiao.core.framework import Framework
from jixiao.core.framework import IndicatorSpec
from jixiao.core.numbers import fmt_plain
from jixiao.documents.workbook.layout import COMPARISON_SYMBOLS
from jixiao.documents.workbook.layout import FIELD_HEADERS
from jixiao.documents.workbook.layout import FIELD_WIDTHS
from jixiao.documents.workbook.layout import FIRST_ROW
from jixiao.documents.workbook.layout import HEADER_ROW
from jixiao.documents.workbook.layout import LABEL_COL
from jixiao.documents.workbook.layout import NOTE_COL
from jixiao.documents.workbook.layout import NUMBER_KINDS
from jixiao.documents.workbook.layout import PROJECT_SHEET
from jixiao.documents.workbook.layout import TABLE_ROWS
from jixiao.documents.workbook.layout import TARGET_COL
from jixiao.documents.workbook.layout import TARGET_COLUMNS
from jixiao.documents.workbook.layout import TITLE_ROW
from jixiao.documents.workbook.layout import UNIT_COL
from jixiao.documents.workbook.layout import VALUE_COL
from jixiao.documents.workbook.layout import Column
from jixiao.documents.workbook.layout import Row
from jixiao.documents.workbook.styles import Styles
from jixiao.documents.workbook.styles import put

A4 = 9
_NUMBER_RULE = {
    "validate": "decimal",
    "criteria": "between",
    "minimum": -1e12,
    "maximum": 1e12,
    "error_title": "应填数字",
    "error_message": "请只填写数字，不要带单位或文字；金额单位为万元。",
}


@dataclass
class SheetOut:
    """A worksheet being written, with the cells that hold example values."""

    sheet: Any
    name: str
    styles: Styles
    examples: list[tuple[int, int]] = field(default_factory=list)

    def example(self, row: int, col: int, value: Decimal | str) -> None:
        """Write an example value; it shows grey and italic until it is changed."""
        put(self.sheet, row, col, value, self.styles["input"])
        shown = f'"{value}"' if isinstance(value, str) else float(value)
        rule = {"type": "cell", "criteria": "==", "value": shown}
        self.sheet.conditional_format(
            row, col, row, col, {**rule, "format": self.styles["example"]}
        )
        self.examples.append((row, col))


def start_sheet(
    workbook: Any, styles: Styles, name: str, title: str, columns: Sequence[Column]
) -> SheetOut:
    """Add a sheet with its title, column headers, widths, frozen header and A4 print setup."""
    sheet = workbook.add_worksheet(name)
    for index, column in enumerate(columns):
        options = {"hidden": True} if column.key == "code" else None
        sheet.set_column(index, index, column.width, None, options)
    sheet.write_string(TITLE_ROW, 0, title, styles["title"])
    sheet.set_row(TITLE_ROW, 24)
    write_headers(sheet, styles, HEADER_ROW, columns)
    sheet.freeze_panes(FIRST_ROW, 0)
    sheet.set_paper(A4)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(HEADER_ROW)
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    sheet.set_footer("&C第 &P 页，共 &N 页")
    return SheetOut(sheet, name, styles)


def fit_row(sheet: Any, row: int, text: str, width: int) -> None:
    """Set a row tall enough for wrapped text (XlsxWriter cannot autofit; CJK is 2 units)."""
    units = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
    lines = max(1, -(-units // max(width - 1, 1)))
    if lines > 1:
        sheet.set_row(row, 14.5 * lines)


def write_headers(sheet: Any, styles: Styles, row: int, columns: Sequence[Column]) -> None:
    """Write a header row."""
    for index, column in enumerate(columns):
        sheet.write_string(row, index, column.header, styles["header"])


def field_columns() -> list[Column]:
    """The four columns of a field sheet."""
    return [
        Column(str(i), h, w)
        for i, (h, w) in enumerate(zip(FIELD_HEADERS, FIELD_WIDTHS, strict=True))
    ]


def protect(out: SheetOut, *, rows_editable: bool = False) -> None:
    """Lock labels (no password); free tables may insert and delete rows."""
    options = {"format_columns": True, "format_rows": True}
    if rows_editable:
        options |= {"insert_rows": True, "delete_rows": True, "sort": True}
    out.sheet.protect("", options)


def write_field_rows(
    out: SheetOut, rows: Sequence[Row], values: Mapping[str, object], *, examples: bool
) -> None:
    """One row per field: label, unit, the value (or its example) and the note."""
    for offset, row in enumerate(rows):
        index = FIRST_ROW + offset
        out.sheet.write_string(index, LABEL_COL, row.label, out.styles["label"])
        out.sheet.write_string(index, UNIT_COL, row.unit, out.styles["fixed"])
        out.sheet.write_string(index, NOTE_COL, row.note, out.styles["note"])
        fit_row(out.sheet, index, row.note, FIELD_WIDTHS[NOTE_COL])
        value = values.get(row.key)
        example = row.spec.example if row.spec else None
        if value in (None, "") and examples and example is not None:
            out.example(index, VALUE_COL, example)
        else:
            style = "input" if row.spec and row.spec.kind in NUMBER_KINDS else "input_text"
            put(out.sheet, index, VALUE_COL, value, out.styles[style])
        validate_field(out.sheet, index, row)


def validate_field(sheet: Any, index: int, row: Row) -> None:
    """Drop-down for choices, number check for numbers, the note as an input message."""
    message = {"input_title": row.label[:32], "input_message": row.note[:255]}
    spec = row.spec
    if row.key == "year":
        rule = {"validate": "integer", "criteria": "between", "minimum": 2000, "maximum": 2100}
        sheet.data_validation(index, VALUE_COL, index, VALUE_COL, rule | message)
    elif spec is not None and spec.kind == "choice" and spec.choices:
        rule = {"validate": "list", "source": list(spec.choices)}
        sheet.data_validation(index, VALUE_COL, index, VALUE_COL, rule | message)
    elif spec is not None and spec.kind in NUMBER_KINDS:
        sheet.data_validation(index, VALUE_COL, index, VALUE_COL, _NUMBER_RULE | message)


def target_note(spec: IndicatorSpec, fields: Mapping[str, FieldSpec]) -> str:
    """What to enter in the target row of one framework indicator."""
    if spec.kind == "qualitative":
        answer = spec.args.get("answer")
        source = fields.get(answer) if isinstance(answer, str) else None
        where = f"“{source.sheet}”表“{source.label}”" if source else "“管理情况”表"
        return f"定性指标，完成情况在{where}选择；未完全达到时填写偏差原因和改进措施。"
    parts = [f"计算方法：{spec.describe}。"] if spec.describe else []
    if spec.default_target is not None:
        parts.append(f"未填写年度指标值时按默认值 {fmt_plain(spec.default_target)} 评价。")
    parts.append("未达到年度指标值的须填写偏差原因和改进措施。")
    return "".join(parts)


def write_target_rows(
    out: SheetOut, framework: Framework, values: Mapping[str, Mapping[str, object]]
) -> None:
    """One row per framework indicator: fixed description, then the unit's inputs."""
    fields = {f.id: f for f in framework.fields}
    for offset, spec in enumerate(framework.indicators):
        fixed: dict[str, object] = {
            "level1": spec.level1,
            "level2": spec.level2,
            "name": spec.name,
            "unit": spec.unit,
            "default": fmt_plain(spec.default_target),
            "kind": "定性" if spec.kind == "qualitative" else "定量",
            "weight": spec.weight,
            "note": target_note(spec, fields),
            "code": spec.code,
        }
        given = values.get(spec.code, {})
        note = str(fixed["note"])
        fit_row(out.sheet, FIRST_ROW + offset, note, TARGET_COLUMNS[TARGET_COL["note"]].width)
        for col, column in enumerate(TARGET_COLUMNS):
            if column.locked:
                style = "note" if column.key == "note" else "label"
                put(out.sheet, FIRST_ROW + offset, col, fixed[column.key], out.styles[style])
            else:
                style = "input" if column.kind == "number" else "input_text"
                put(out.sheet, FIRST_ROW + offset, col, given.get(column.key), out.styles[style])
    last = FIRST_ROW + len(framework.indicators) - 1
    validate_columns(out.sheet, TARGET_COLUMNS, FIRST_ROW, last, {})


def validate_columns(
    sheet: Any,
    columns: Sequence[Column],
    first: int,
    last: int,
    lists: Mapping[str, Sequence[str] | str],
) -> None:
    """Data validation on whole columns of a block: drop-downs and number checks."""
    fixed: dict[str, Sequence[str] | str] = {
        "comparison": list(COMPARISON_SYMBOLS.values()),
        "yesno": ["是", "否"],
    }
    sources = {**fixed, **lists}
    for col, column in enumerate(columns):
        if column.kind == "number":
            sheet.data_validation(first, col, last, col, _NUMBER_RULE)
        elif column.kind in sources:
            rule = {"validate": "list", "source": sources[column.kind]}
            sheet.data_validation(first, col, last, col, rule)


def write_table_rows(
    out: SheetOut,
    columns: Sequence[Column],
    first: int,
    rows: Sequence[Mapping[str, object]],
    lists: Mapping[str, Sequence[str] | str],
) -> None:
    """A free table: the given rows, then empty input rows; more can be typed below."""
    count = max(len(rows) + 10, 20)
    for offset in range(count):
        values = rows[offset] if offset < len(rows) else {}
        for col, column in enumerate(columns):
            style = "input" if column.kind == "number" else "input_text"
            style = "input_long" if column.width >= 30 else style
            put(out.sheet, first + offset, col, values.get(column.key), out.styles[style])
    for col, column in enumerate(columns):
        out.sheet.set_column(col, col, column.width, out.styles["open"])
    validate_columns(out.sheet, columns, first, first + TABLE_ROWS, lists)


def project_list_source(first: int) -> str:
    """The 项目 sheet's name column as a drop-down source for 项目指标."""
    return f"={quote_sheetname(PROJECT_SHEET)}!{xl_range_abs(first, 0, first + TABLE_ROWS, 0)}"


def write_narrative_rows(out: SheetOut, rows: Sequence[Row], texts: Mapping[str, str]) -> None:
    """One tall wrapped row per narrative section."""
    for offset, row in enumerate(rows):
        index = FIRST_ROW + offset
        out.sheet.write_string(index, 0, row.label, out.styles["label"])
        put(out.sheet, index, 1, texts.get(row.key, ""), out.styles["input_long"])
        out.sheet.write_string(index, 2, row.note, out.styles["note"])
        out.sheet.set_row(index, 150)


def define_examples(workbook: Any, out: SheetOut, name: str) -> None:
    """A sheet-level defined name covering every example cell of the sheet."""
    if not out.examples:
        return
    areas: list[str] = []
    for col in sorted({c for _, c in out.examples}):
        rows = sorted(r for r, c in out.examples if c == col)
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            areas.append(f"{quote_sheetname(out.name)}!{xl_range_abs(start, col, previous, col)}")
            if row is not None:
                start = previous = row
    sheet = quote_sheetname(out.name)
    workbook.define_name(f"{sheet}!{name}", "=" + ",".join(areas))

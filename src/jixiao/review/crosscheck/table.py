"""Read a 自评表 workbook (as written by ``jixiao evaluate`` or filled by hand in its layout).

Rows are found by what they say, not by their number: the indicator block starts at the
header row with 三级指标 and 实际完成值, each indicator row is named in the 三级指标
column, the block ends at 总分/合计; the budget block is found by its 年初预算数 header.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from decimal import InvalidOperation
from pathlib import Path
from typing import Any

from jixiao.review.crosscheck.reference import BUDGET_ROWS
from jixiao.review.crosscheck.reference import Reference
from jixiao.review.crosscheck.reference import ReferenceIndicator
from jixiao.review.crosscheck.reference import ReferenceReadError

TABLE_SUFFIXES = (".xlsx", ".xlsm")
MAX_TABLE_BYTES = 20 * 1024 * 1024
_SPACES = re.compile(r"\s+")
_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("三级指标", "三级指标名称"),
    "value": ("实际完成值", "实际完成情况", "完成值", "实际值"),
    "target": ("年度指标值", "年度目标值", "指标值", "目标值"),
    "weight": ("分值", "权重"),
    "score": ("得分", "自评得分"),
}
_BUDGET_HEADERS: dict[str, tuple[str, ...]] = {
    "initial": ("年初预算数",),
    "adjusted": ("全年预算数", "调整后预算数"),
    "executed": ("全年执行数", "执行数", "全年支出数"),
}
_BUDGET_LABELS: dict[str, tuple[str, ...]] = {
    "total": ("资金总额", "合计", "总计"),
    "basic": ("基本支出",),
    "project": ("项目支出",),
}
_END = re.compile(r"^(总分|合计|总计|说明)")
_GRADE = re.compile(r"(优秀|优|良好|良|中等|中|较差|差)")
Row = list[tuple[int, Any]]


def _text(value: Any) -> str:
    return _SPACES.sub("", str(value)) if value is not None else ""


def _decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    text = _text(value).rstrip("分")
    try:
        number = Decimal(str(value)) if isinstance(value, int | float) else Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _open(path: Path) -> Any:
    if not path.is_file():
        raise ReferenceReadError(f"找不到自评表文件：{path}")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ReferenceReadError(
            f"{path.name} 是旧版 Excel（.xls）文件，请在 Excel/WPS 中另存为 .xlsx 后再复核。"
        )
    if suffix not in TABLE_SUFFIXES:
        raise ReferenceReadError(f"{path.name} 不是自评表工作簿，请提供 .xlsx 格式的自评表。")
    if path.stat().st_size == 0:
        raise ReferenceReadError(f"自评表 {path.name} 是空文件。")
    if path.stat().st_size > MAX_TABLE_BYTES:
        raise ReferenceReadError(f"自评表 {path.name} 超过 20MB，过大，无法读取。")
    from openpyxl import load_workbook  # noqa: PLC0415 - only needed with --table

    try:
        return load_workbook(str(path), data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, IndexError):
        raise ReferenceReadError(
            f"{path.name} 已损坏、已加密或不是有效的 .xlsx 工作簿，无法读取自评表。"
        ) from None
    except Exception as error:  # openpyxl raises its own types for broken parts
        raise ReferenceReadError(
            f"{path.name} 无法作为 .xlsx 工作簿读取（{type(error).__name__}）。"
        ) from None


def _rows(sheet: Any) -> list[Row]:
    return [
        [(cell.column, cell) for cell in row if cell.value is not None and _text(cell.value)]
        for row in sheet.iter_rows()
    ]


def _find_columns(row: Row, headers: dict[str, tuple[str, ...]]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for column, cell in row:
        text = _text(cell.value)
        for key, names in headers.items():
            if key not in columns and text in names:
                columns[key] = column
    return columns


def _cell(row: Row, column: int | None) -> Any:
    if column is None:
        return None
    return next((cell for c, cell in row if c == column), None)


def _shown(cell: Any, name: str) -> str:
    """The 实际完成值 as text; numbers formatted as percent when the cell or name says so."""
    if cell is None:
        return ""
    value = cell.value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        number = Decimal(str(value))
        if "%" in str(cell.number_format):
            return f"{(number * 100).normalize():f}%"
        if name.endswith(("率", "满意度")):
            return f"{number.normalize():f}%"
        return f"{number.normalize():f}"
    return _text(value)


def _indicators(
    rows: list[Row], start: int, columns: dict[str, int], sheet: str
) -> tuple[list[ReferenceIndicator], Row | None]:
    found: list[ReferenceIndicator] = []
    for row in rows[start + 1 :]:
        if not row:
            continue
        first = _text(row[0][1].value)
        if _END.match(first):
            return found, row
        name_cell = _cell(row, columns["name"])
        name = _text(name_cell.value) if name_cell is not None else ""
        if not name:
            continue
        found.append(
            ReferenceIndicator(
                name=name,
                value=_shown(_cell(row, columns["value"]), name),
                target=_shown(_cell(row, columns.get("target")), name),
                weight=_decimal(getattr(_cell(row, columns.get("weight")), "value", None)),
                score=_decimal(getattr(_cell(row, columns.get("score")), "value", None)),
                place=f"{sheet}!{name_cell.coordinate}",
            )
        )
    return found, None


def _budget(rows: list[Row]) -> dict[str, Decimal]:
    budget: dict[str, Decimal] = {}
    for index, row in enumerate(rows):
        columns = _find_columns(row, _BUDGET_HEADERS)
        if "initial" not in columns or "executed" not in columns:
            continue
        scale = (
            Decimal(1)
            if any(_text(c.value) == "资金情况（元）" for _, c in row)
            else Decimal(10_000)
        )
        for below in rows[index + 1 : index + 6]:
            label = _text(below[0][1].value) if below else ""
            key = next(
                (k for k, names in _BUDGET_LABELS.items() if any(n in label for n in names)), None
            )
            if key is None or key not in BUDGET_ROWS:
                continue
            for column_key, column in columns.items():
                amount = _decimal(getattr(_cell(below, column), "value", None))
                if amount is not None:
                    budget[f"{key}.{column_key}"] = amount * scale
        break
    return budget


def _pair_value(rows: list[Row], label: str) -> Any:
    for row in rows:
        for position, (_column, cell) in enumerate(row):
            if _text(cell.value) == label and position + 1 < len(row):
                return row[position + 1][1].value
    return None


def _total(
    total_row: Row | None, columns: dict[str, int], rows: list[Row]
) -> tuple[Decimal | None, str | None]:
    total = None
    grade = None
    if total_row is not None:
        total = _decimal(getattr(_cell(total_row, columns.get("score")), "value", None))
        for _column, cell in total_row:
            match = re.search(r"等级[：:]\s*" + _GRADE.pattern, _text(cell.value))
            if match:
                grade = match.group(1)
    if total is None:
        total = _decimal(_pair_value(rows, "自评总分"))
    if grade is None:
        pair = _text(_pair_value(rows, "自评等级"))
        grade = pair if _GRADE.fullmatch(pair) else None
    return total, grade


def read_table(path: Path) -> Reference:
    """The 自评表 at ``path`` as a :class:`Reference`.

    Raises:
        ReferenceReadError: the file is missing, not an .xlsx workbook, or not in the layout
            of the 自评表 (no 三级指标/实际完成值 header, no indicator rows).
    """
    workbook = _open(path)
    for sheet in workbook.worksheets:
        rows = _rows(sheet)
        for index, row in enumerate(rows):
            columns = _find_columns(row, _HEADERS)
            if "name" not in columns or "value" not in columns:
                continue
            indicators, total_row = _indicators(rows, index, columns, sheet.title)
            if not indicators:
                raise ReferenceReadError(
                    f"自评表 {path.name} 的“三级指标”表头下没有指标行，无法核对。"
                )
            total, grade = _total(total_row, columns, rows)
            return Reference(
                label=f"自评表（{path.name}）",
                indicators=tuple(indicators),
                budget=_budget(rows),
                total_score=total,
                grade=grade,
            )
    raise ReferenceReadError(
        f"{path.name} 不是自评表版式：未找到“三级指标”“实际完成值”表头。"
        "请提供 jixiao evaluate 生成的《部门整体支出绩效自评表》或按其版式填写的表格。"
    )

"""The bureau's view of a year: every unit, status, scores, ranking, 结果应用, exports."""

from __future__ import annotations

import io
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
import yaml
from django.conf import settings

from jixiao.web.models import Status
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit

RULES_FILE = Path(__file__).resolve().parent.parent / "result_rules.yaml"
SORT_KEYS = {
    "score",
    "-score",
    "name",
    "execution_rate",
    "-execution_rate",
    "carryover_rate",
    "-carryover_rate",
    "status",
}
NO_SUBMISSION = "未填报"


@dataclass(slots=True, kw_only=True)
class Row:
    """One unit's line on the dashboard."""

    unit: str
    department: str
    record_id: int | None
    status: str
    total_score: Decimal | None
    grade: str
    execution_rate: Decimal | None
    adjustment_rate: Decimal | None
    carryover_rate: Decimal | None
    rank: int | None = None
    actions: list[str] = field(default_factory=list)


def _dec(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def collect_rows(
    bureau_id: int | None, year: int, status: str = "", department: str = ""
) -> list[Row]:
    """Every unit of the bureau (all bureaus for None) with its submission for ``year``."""
    units = Unit.objects.select_related("department")
    if bureau_id is not None:
        units = units.filter(department__bureau_id=bureau_id)
    records = {
        r.unit_id: r
        for r in SubmissionRecord.objects.filter(year=year, unit__in=units).only(
            "id", "unit_id", "status", "summary"
        )
    }
    rows = [_row(unit, records.get(unit.pk)) for unit in units]
    _rank(rows)
    rules = load_rules()
    for row in rows:
        row.actions = suggest(row, rules)
    return [
        r
        for r in rows
        if (not status or r.status == status) and (not department or r.department == department)
    ]


def _row(unit: Unit, record: SubmissionRecord | None) -> Row:
    summary = record.summary if record else {}
    status = Status(record.status).label if record else NO_SUBMISSION
    return Row(
        unit=unit.name,
        department=unit.department.name,
        record_id=record.pk if record else None,
        status=str(status),
        total_score=_dec(summary.get("total_score")),
        grade=summary.get("grade", ""),
        execution_rate=_dec(summary.get("execution_rate")),
        adjustment_rate=_dec(summary.get("adjustment_rate")),
        carryover_rate=_dec(summary.get("carryover_rate")),
    )


def _rank(rows: list[Row]) -> None:
    """Competition ranking (1, 2, 2, 4) by total score among scored units."""
    scored = sorted(
        (r for r in rows if r.total_score is not None),
        key=lambda r: r.total_score or Decimal(0),
        reverse=True,
    )
    previous: Decimal | None = None
    for position, row in enumerate(scored, 1):
        if row.total_score != previous:
            rank = position
        row.rank, previous = rank, row.total_score


def sort_rows(rows: list[Row], key: str) -> list[Row]:
    """Rows sorted by a dashboard column (``-`` for descending); blanks last."""
    key = key if key in SORT_KEYS else "-score"
    name = key.lstrip("-")
    attr = {"score": "total_score", "name": "unit"}.get(name, name)
    present = [r for r in rows if getattr(r, attr) is not None]
    blank = [r for r in rows if getattr(r, attr) is None]
    return sorted(present, key=lambda r: getattr(r, attr), reverse=key.startswith("-")) + blank


def load_rules() -> list[dict[str, Any]]:
    """结果应用 rules from JIXIAO_RESULT_RULES or the built-in file."""
    path = Path(settings.CONFIG.result_rules) if settings.CONFIG.result_rules else RULES_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rules: list[dict[str, Any]] = data.get("rules", [])
    return rules


OPS = {
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    "==": lambda a, b: a == b,
}


def suggest(row: Row, rules: list[dict[str, Any]]) -> list[str]:
    """The suggested budget actions for next year that ``row`` triggers."""
    actions = []
    for rule in rules:
        value = getattr(row, str(rule.get("field")), None)
        if value is None or value == "":
            continue
        expected: Any = rule.get("value")
        if isinstance(value, Decimal):
            expected = Decimal(str(expected))
        if OPS[str(rule.get("op", "=="))](value, expected):
            actions.append(str(rule.get("action", "")))
    return actions


HEADERS = [
    "排名",
    "单位",
    "主管部门",
    "状态",
    "总分",
    "等级",
    "预算执行率(%)",
    "预算调整率(%)",
    "结转结余率(%)",
    "结果应用建议",
]


def export_workbook(rows: list[Row], year: int) -> bytes:
    """The summary as a workbook; every text is written as a string, never a formula."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    sheet = book.add_worksheet(f"{year}年度汇总")
    bold = book.add_format({"bold": True})
    for col, header in enumerate(HEADERS):
        sheet.write_string(0, col, header, bold)
    for n, row in enumerate(rows, 1):
        cells: list[Any] = [
            row.rank,
            row.unit,
            row.department,
            row.status,
            row.total_score,
            row.grade,
            row.execution_rate,
            row.adjustment_rate,
            row.carryover_rate,
            "；".join(row.actions),
        ]
        for col, value in enumerate(cells):
            _write(sheet, n, col, value)
    sheet.set_column(1, 2, 28)
    sheet.set_column(9, 9, 60)
    book.close()
    return buffer.getvalue()


def _write(sheet: Any, row: int, col: int, value: Any) -> None:
    if value is None:
        sheet.write_blank(row, col, None)
    elif isinstance(value, Decimal | int):
        sheet.write_number(row, col, float(value))  # output boundary: Excel stores doubles
    else:
        sheet.write_string(row, col, str(value))


def default_year() -> int:
    """The latest year with a submission (last calendar year when there is none)."""
    from django.utils import timezone  # noqa: PLC0415

    latest = SubmissionRecord.objects.order_by("-year").values_list("year", flat=True).first()
    return int(latest) if latest else timezone.localdate().year - 1


def board_context(rows: list[Row], year: int, query: Any) -> dict[str, Any]:
    """The dashboard page: rows, filters, and two simple SVG bar charts (no matplotlib)."""
    grades: dict[str, int] = {}
    for row in rows:
        if row.grade:
            grades[row.grade] = grades.get(row.grade, 0) + 1
    top = max(grades.values(), default=1)
    grade_bars = [
        {"label": g, "count": c, "width": round(300 * c / top)} for g, c in grades.items()
    ]
    rate_bars = [
        {
            "label": r.unit,
            "value": r.execution_rate,
            "width": round(3 * float(min(r.execution_rate, Decimal(100)))),
        }
        for r in rows[:30]
        if r.execution_rate is not None
    ]
    departments = sorted({r.department for r in rows})
    return {
        "rows": rows,
        "year": year,
        "query": query,
        "departments": departments,
        "statuses": [*(label for _v, label in Status.choices), NO_SUBMISSION],
        "grade_bars": grade_bars,
        "rate_bars": rate_bars,
        "query_string": query.urlencode(),
    }

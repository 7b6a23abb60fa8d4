"""The bureau's view of a year: every unit, status, scores, ranking, pages and charts."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from typing import Any

from django.core.paginator import Paginator
from django.db.models import CharField
from django.db.models.functions import Cast

from jixiao.web.errors import WebError
from jixiao.web.models import SUMMARY_COLUMNS
from jixiao.web.models import Profile
from jixiao.web.models import Role
from jixiao.web.models import Status
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit
from jixiao.web.services.charts import Bar
from jixiao.web.services.charts import pixels
from jixiao.web.services.charts import score_histogram
from jixiao.web.services.result_rules import load_rules
from jixiao.web.services.result_rules import suggest
from jixiao.web.services.years import working_year

SORT_KEYS = {
    "score",
    "-score",
    "name",
    "execution_rate",
    "-execution_rate",
    "carryover_rate",
    "-carryover_rate",
    "status",
    "score_change",
    "-score_change",
}
SORT_CHOICES = [
    ("-score", "总分从高到低"),
    ("score", "总分从低到高"),
    ("-score_change", "总分较上年增减从高到低"),
    ("score_change", "总分较上年增减从低到高"),
    ("-execution_rate", "执行率从高到低"),
    ("execution_rate", "执行率从低到高"),
    ("-carryover_rate", "结转结余率从高到低"),
    ("name", "单位名称"),
    ("status", "状态"),
]
#: Rows per dashboard page; the ranking, filters and charts still cover every unit.
PAGE_SIZE = 100
NO_SUBMISSION = "未填报"


@dataclass(frozen=True, slots=True, kw_only=True)
class Figures:
    """The headline figures of one year's evaluation (the submission's figure columns)."""

    total_score: Decimal | None
    grade: str
    execution_rate: Decimal | None
    adjustment_rate: Decimal | None
    carryover_rate: Decimal | None


BLANK = Figures(
    total_score=None, grade="", execution_rate=None, adjustment_rate=None, carryover_rate=None
)


@dataclass(slots=True, kw_only=True)
class Row:
    """One unit's line on the dashboard; ``previous`` is last year's figures, if any."""

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
    previous: Figures | None = None

    @property
    def score_change(self) -> Decimal | None:
        """This year's total score minus last year's (None unless both are known)."""
        return _change(self.total_score, self.previous.total_score if self.previous else None)

    def changes(self) -> list[Comparison]:
        """This year against last year for the total score, grade and the three rates."""
        before = self.previous
        return [
            Comparison(
                label=label,
                unit=unit,
                current=getattr(self, name),
                previous=getattr(before, name) if before else None,
                change=(
                    None
                    if name == "grade" or before is None
                    else _change(getattr(self, name), getattr(before, name))
                ),
            )
            for name, label, unit in COMPARED
        ]


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    """One figure this year and last year, with the change (分 or 个百分点)."""

    label: str
    unit: str
    current: Decimal | str | None
    previous: Decimal | str | None
    change: Decimal | None


#: (Row attribute, label, unit of the change) shown on the 上年对比 page.
COMPARED = (
    ("total_score", "总分", "分"),
    ("grade", "等级", ""),
    ("execution_rate", "预算执行率(%)", "个百分点"),
    ("adjustment_rate", "预算调整率(%)", "个百分点"),
    ("carryover_rate", "结转结余率(%)", "个百分点"),
)


CENT = Decimal("0.01")
DECIMAL_COLUMNS = tuple(name for name in SUMMARY_COLUMNS if name != "grade")


def _cents(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text).quantize(CENT)


def _change(current: Decimal | None, previous: Decimal | None) -> Decimal | None:
    if current is None or previous is None:
        return None
    return current - previous


#: :func:`bureau_scope` for a user who should see no unit at all.
NOTHING = -1


def bureau_scope(role: Role | None, profile: Profile | None) -> int | None:
    """Whose units the dashboard lists: None for all (管理员), a bureau id, or NOTHING.

    A reviewer whose profile names no bureau sees nothing rather than every bureau.
    """
    if role is Role.ADMIN:
        return None
    if role is Role.DEPARTMENT and profile is not None and profile.department is not None:
        return profile.department.bureau_id
    if profile is None or profile.bureau_id is None:
        return NOTHING
    return profile.bureau_id


def department_scope(role: Role | None, profile: Profile | None) -> int | None:
    """The 主管部门 whose units alone a department reviewer's dashboard lists (None: no
    narrowing)."""
    if role is Role.DEPARTMENT and profile is not None:
        return profile.department_id if profile.department_id is not None else NOTHING
    return None


def parse_year(raw: str | None, scope: int | None) -> int:
    """The ``?year=`` of the dashboard pages (the scope's working year when absent)."""
    if not raw:
        return working_year(None if scope == NOTHING else scope)
    if not raw.isdigit() or len(raw) != 4:
        raise WebError(f"评价年度应为四位年份，实际为“{raw[:20]}”。")
    return int(raw)


def collect_rows(
    bureau_id: int | None,
    year: int,
    status: str = "",
    department: str = "",
    *,
    with_actions: bool = True,
    department_id: int | None = None,
) -> list[Row]:
    """Every unit of the bureau (all bureaus for None) with its submission for ``year``.

    Two queries whatever the number of units (units; this year's and last year's
    submissions), reading only the figure columns stored at each save: nothing is
    re-evaluated and no document is read here.
    """
    units = Unit.objects.all()
    records = SubmissionRecord.objects.filter(year__in=(year, year - 1))
    if bureau_id is not None:
        units = units.filter(department__bureau_id=bureau_id)
        records = records.filter(unit__department__bureau_id=bureau_id)
    if department_id is not None:
        units = units.filter(department_id=department_id)
        records = records.filter(unit__department_id=department_id)
    current: dict[int, tuple[int, str, Figures]] = {}
    previous: dict[int, Figures] = {}
    as_text = {f"{name}_text": Cast(name, CharField()) for name in DECIMAL_COLUMNS}
    for unit_id, record_id, record_year, record_status, grade, *numbers in records.values_list(
        "unit_id", "id", "year", "status", "grade", *as_text.values()
    ):
        # Read as text: Django's per-value DecimalField converter (SQLite stores REAL)
        # costs more than the whole rest of this loop for 10,000 rows.
        found = Figures(
            grade=grade, **dict(zip(DECIMAL_COLUMNS, map(_cents, numbers), strict=True))
        )
        if record_year == year:
            current[unit_id] = (record_id, record_status, found)
        else:
            previous[unit_id] = found
    rows = [
        _row(name, department_name, current.get(unit_id), previous.get(unit_id))
        for unit_id, name, department_name in units.order_by("id").values_list(
            "id", "name", "department__name"
        )
    ]
    _rank(rows)
    if with_actions:
        add_actions(rows)
    return [
        r
        for r in rows
        if (not status or r.status == status) and (not department or r.department == department)
    ]


def add_actions(rows: list[Row]) -> None:
    """Set every row's suggested 结果应用 actions (for a page, only its rows need them)."""
    rules = load_rules()
    for row in rows:
        row.actions = suggest(row, rules)


STATUS_LABELS = {value: str(label) for value, label in Status.choices}


def _row(
    unit: str,
    department: str,
    record: tuple[int, str, Figures] | None,
    previous: Figures | None,
) -> Row:
    record_id, status, figures = record if record else (None, "", BLANK)
    return Row(
        unit=unit,
        department=department,
        record_id=record_id,
        status=STATUS_LABELS.get(status, NO_SUBMISSION) if record else NO_SUBMISSION,
        total_score=figures.total_score,
        grade=figures.grade,
        execution_rate=figures.execution_rate,
        adjustment_rate=figures.adjustment_rate,
        carryover_rate=figures.carryover_rate,
        previous=previous,
    )


#: Only what a unit has sent in is ranked: a draft's score can still change.
RANKED = {STATUS_LABELS[Status.SUBMITTED], STATUS_LABELS[Status.APPROVED]}


def _rank(rows: list[Row]) -> None:
    """Competition ranking (1, 2, 2, 4) by total score among submitted, scored units."""
    scored = sorted(
        (r for r in rows if r.total_score is not None and r.status in RANKED),
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


def paginate(rows: list[Row], query: Any) -> dict[str, Any]:
    """One page of ``rows`` (``?page=``) and the query string of the other filters."""
    page = Paginator(rows, PAGE_SIZE).get_page(query.get("page"))
    others = query.copy()
    others.pop("page", None)
    shown: list[Row] = list(page.object_list)
    add_actions(shown)
    return {"page": page, "rows": shown, "page_query": others.urlencode()}


def board_context(rows: list[Row], year: int, query: Any) -> dict[str, Any]:
    """The dashboard page: one page of rows, filters, three SVG bar charts (no images)."""
    grades: dict[str, int] = {}
    for row in rows:
        if row.grade:
            grades[row.grade] = grades.get(row.grade, 0) + 1
    top = max(grades.values(), default=1)
    grade_bars = [Bar(g, str(c), pixels(Decimal(c), Decimal(top), 300)) for g, c in grades.items()]
    rate_bars = [
        Bar(r.unit, f"{r.execution_rate}%", pixels(r.execution_rate, Decimal(100), 300))
        for r in rows[:30]
        if r.execution_rate is not None
    ]
    scores = [r.total_score for r in rows if r.total_score is not None]
    return {
        **filter_context(rows, year, query),
        **paginate(rows, query),
        "grade_bars": grade_bars,
        "rate_bars": rate_bars,
        "score_bars": score_histogram(scores),
    }


def filter_context(rows: list[Row], year: int, query: Any) -> dict[str, Any]:
    """What the filter form of both dashboard pages shows."""
    return {
        "year": year,
        "previous_year": year - 1,
        "query": query,
        "total": len(rows),
        "departments": sorted({r.department for r in rows}),
        "statuses": [*(label for _v, label in Status.choices), NO_SUBMISSION],
        "sorts": SORT_CHOICES,
        "sort": query.get("sort") or "-score",
        "query_string": query.urlencode(),
    }


def compare_context(rows: list[Row], year: int, query: Any) -> dict[str, Any]:
    """The 上年对比 page: this year and last year side by side for every unit."""
    with_previous = sum(1 for r in rows if r.previous is not None)
    return {
        **filter_context(rows, year, query),
        **paginate(rows, query),
        "headings": [(label, unit) for _name, label, unit in COMPARED],
        "with_previous": with_previous,
        "without_previous": len(rows) - with_previous,
    }

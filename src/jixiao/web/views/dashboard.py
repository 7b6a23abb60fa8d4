"""The bureau dashboard, its 上年对比 page and its exports."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from jixiao.web.permissions import Action
from jixiao.web.permissions import profile_of
from jixiao.web.permissions import role_of
from jixiao.web.services import dashboard
from jixiao.web.services.access import require
from jixiao.web.services.dashboard_export import export_workbook
from jixiao.web.views import AuthenticatedRequest

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _rows(
    request: AuthenticatedRequest, *, with_actions: bool = False
) -> tuple[int, list[dashboard.Row]]:
    require(request.user, Action.DASHBOARD)
    role, profile = role_of(request.user), profile_of(request.user)
    scope = dashboard.bureau_scope(role, profile)
    department = dashboard.department_scope(role, profile)
    year = dashboard.parse_year(request.GET.get("year"), scope)
    if dashboard.NOTHING in (scope, department):
        return year, []
    rows = dashboard.collect_rows(
        scope,
        year,
        request.GET.get("status", ""),
        "" if department is not None else request.GET.get("department", ""),
        with_actions=with_actions,
        department_id=department,
    )
    return year, dashboard.sort_rows(rows, request.GET.get("sort", "-score"))


@login_required
def board(request: AuthenticatedRequest) -> HttpResponse:
    """Every unit of the year: status, score, grade, rates, rank, suggested actions."""
    year, rows = _rows(request)
    return render(
        request, "jixiao/dashboard.html", dashboard.board_context(rows, year, request.GET)
    )


@login_required
def compare(request: AuthenticatedRequest) -> HttpResponse:
    """上年对比: every unit's total score, grade and rates this year and last year."""
    year, rows = _rows(request)
    return render(
        request, "jixiao/dashboard_compare.html", dashboard.compare_context(rows, year, request.GET)
    )


@login_required
def export(request: AuthenticatedRequest) -> HttpResponse:
    """The summary (with 结果应用 suggestions) as a workbook."""
    year, rows = _rows(request, with_actions=True)
    response = HttpResponse(export_workbook(rows, year), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="jixiao-summary-{year}.xlsx"'
    return response

"""The bureau dashboard: constant query count, stored figure columns, paging, 上年对比."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from jixiao.web.models import Department
from jixiao.web.models import Status
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit
from jixiao.web.services import dashboard
from jixiao.web.services.dashboard import collect_rows
from jixiao.web.services.submissions import save_document

pytestmark = pytest.mark.django_db

LAST_YEAR = {
    "total_score": "80.00",
    "grade": "良",
    "execution_rate": "85.50",
    "adjustment_rate": "20.00",
    "carryover_rate": "12.00",
}


def _add_units(org: dict[str, Any], count: int, start: int) -> None:
    """``count`` more units of the bureau, each with a 2023 and a 2022 submission."""
    department = Department.objects.get(name="甲主管部门")
    for n in range(start, start + count):
        unit = Unit.objects.create(department=department, name=f"批量单位{n:03d}")
        for year in (2023, 2022):
            figures = {**LAST_YEAR, "total_score": f"{60 + n % 40}.50"}
            SubmissionRecord.objects.create(
                unit=unit, year=year, status=Status.APPROVED, summary=figures
            )


def _queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("name", ["dashboard", "dashboard-compare"])
def test_query_count_does_not_grow_with_units(login: Any, org: dict[str, Any], name: str) -> None:
    client = login("bureau")
    url = reverse(name) + "?year=2023"
    _add_units(org, 3, 0)
    few = _queries(client, url)
    _add_units(org, 40, 3)
    many = _queries(client, url)
    assert few > 0
    assert many == few, f"{few} queries with 6 units, {many} with 46"
    assert many <= 10


def test_save_copies_the_summary_into_columns(org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    saved = save_document(record.pk, org["users"]["unit_a"], org["complete"], 1)
    stored = SubmissionRecord.objects.get(pk=saved.pk)
    assert stored.total_score == Decimal(stored.summary["total_score"])
    assert stored.grade == stored.summary["grade"]
    assert stored.carryover_rate == Decimal(stored.summary["carryover_rate"])


def _with_last_year(org: dict[str, Any]) -> SubmissionRecord:
    save_document(org["records"]["a"].pk, org["users"]["unit_a"], org["complete"], 1)
    return SubmissionRecord.objects.create(
        unit=org["units"]["a"], year=2022, status=Status.APPROVED, summary=LAST_YEAR
    )


def _row(html: str, unit: str) -> str:
    match = re.search(rf"<tr>(?:(?!</tr>).)*?>{unit}<.*?</tr>", html, re.S)
    assert match, unit
    return match.group(0)


def test_compare_shows_both_years_and_the_change(login: Any, org: dict[str, Any]) -> None:
    _with_last_year(org)
    now = SubmissionRecord.objects.get(unit=org["units"]["a"], year=2023)
    assert now.total_score is not None and now.execution_rate is not None
    html = login("bureau").get(reverse("dashboard-compare") + "?year=2023").content.decode()
    assert "2023 年度与 2022 年度绩效自评结果对比" in html
    assert "较上年增减" in html and "结转结余率(%)（个百分点）" in html
    row = _row(html, "甲单位")
    for value in (now.total_score, now.execution_rate, "80.00", "85.50", "良", now.grade):
        assert f"<td>{value}</td>" in row
    score_change = now.total_score - Decimal("80.00")
    rate_change = now.execution_rate - Decimal("85.50")
    assert f"<td>{'+' if score_change > 0 else ''}{score_change}</td>" in row
    assert f"<td>{'+' if rate_change > 0 else ''}{rate_change}</td>" in row
    assert "无上年数据" in _row(html, "乙单位")
    assert "无上年数据" not in row
    assert "外地单位" not in html
    assert "有上年数据 1 个，无上年数据 1 个" in html


def test_dashboard_shows_the_score_change(login: Any, org: dict[str, Any]) -> None:
    _with_last_year(org)
    rows = {r.unit: r for r in collect_rows(org["bureau"].pk, 2023)}
    change = rows["甲单位"].score_change
    assert change is not None and rows["乙单位"].score_change is None
    assert rows["甲单位"].previous is not None and rows["乙单位"].previous is None
    html = login("bureau").get(reverse("dashboard") + "?year=2023").content.decode()
    assert f"<td>{'+' if change > 0 else ''}{change}</td>" in _row(html, "甲单位")
    assert "<td>无上年数据</td>" in _row(html, "乙单位")
    assert "与上年度对比" in html


def test_compare_sorts_by_change(login: Any, org: dict[str, Any]) -> None:
    _with_last_year(org)
    rows = dashboard.sort_rows(collect_rows(org["bureau"].pk, 2023), "-score_change")
    assert rows[0].unit == "甲单位"  # the only unit with a change; blanks go last
    page = login("bureau").get(reverse("dashboard-compare") + "?year=2023&sort=-score_change")
    assert page.status_code == 200


def test_pages_keep_the_overall_ranking(
    login: Any, org: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "PAGE_SIZE", 5)
    _add_units(org, 8, 0)
    client = login("bureau")
    first = client.get(reverse("dashboard") + "?year=2023&sort=-score").content.decode()
    second = client.get(reverse("dashboard") + "?year=2023&sort=-score&page=2").content.decode()
    assert "第 1 / 2 页（共 10 个单位" in first and "第 2 / 2 页" in second
    assert "sort=-score&amp;year=2023&amp;page=2" in first or "page=2" in first
    ranks = [int(r) for r in re.findall(r"<tr><td>(\d+)</td>", first + second)]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert client.get(reverse("dashboard") + "?year=2023&page=99").status_code == 200


def test_export_still_lists_every_unit_with_actions(login: Any, org: dict[str, Any]) -> None:
    _add_units(org, 3, 0)
    response = login("bureau").get(reverse("dashboard-export") + "?year=2023")
    assert response.status_code == 200 and response.content[:2] == b"PK"
    rows = collect_rows(org["bureau"].pk, 2023)
    assert len(rows) == 5
    assert any("结转结余率超过10%" in a for r in rows for a in r.actions)

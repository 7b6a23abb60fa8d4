"""The bureau dashboard: constant query count, stored figure columns, paging, 上年对比."""

from __future__ import annotations

import copy
import io
import re
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from jixiao.web.models import Department
from jixiao.web.models import Role
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
    now = SubmissionRecord.objects.get(unit=org["units"]["a"], year=2023)
    change = Decimal(now.summary["total_score"]) - Decimal(LAST_YEAR["total_score"])
    html = login("bureau").get(reverse("dashboard") + "?year=2023").content.decode()
    assert f"<td>{'+' if change > 0 else ''}{change}</td>" in _row(html, "甲单位")
    assert "<td>无上年数据</td>" in _row(html, "乙单位")
    assert "与上年度对比" in html


def test_compare_sorts_by_change(login: Any, org: dict[str, Any]) -> None:
    _with_last_year(org)
    rows = dashboard.sort_rows(collect_rows(org["bureau"].pk, 2023), "-score_change")
    assert rows[0].unit == "甲单位"  # the only unit with a change; blanks go last
    url = reverse("dashboard-compare") + "?year=2023&sort=-score_change"
    html = login("bureau").get(url).content.decode()
    assert html.index(">甲单位<") < html.index(">乙单位<")


def test_pages_keep_the_overall_ranking(
    login: Any, org: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "PAGE_SIZE", 5)
    _add_units(org, 8, 0)
    client = login("bureau")
    first = client.get(reverse("dashboard") + "?year=2023&sort=-score").content.decode()
    second = client.get(reverse("dashboard") + "?year=2023&sort=-score&page=2").content.decode()
    assert "第 1 / 2 页（共 10 个单位" in first and "第 2 / 2 页" in second
    assert "page=2" in first and "sort=-score" in first.split("page=2")[0].rsplit('href="', 1)[1]
    ranks = [int(r) for r in re.findall(r"<tr><td>(\d+)</td>", first + second)]
    assert ranks == sorted(ranks) and ranks[0] == 1
    assert client.get(reverse("dashboard") + "?year=2023&page=99").status_code == 200


def test_export_still_lists_every_unit_with_actions(login: Any, org: dict[str, Any]) -> None:
    _add_units(org, 3, 0)
    response = login("bureau").get(reverse("dashboard-export") + "?year=2023")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = [[str(c or "") for c in row] for row in sheet.iter_rows(values_only=True)]
    units = [r for r in rows if any(c.startswith("批量单位") for c in r)]
    assert len(units) == 3  # plus 甲单位 and 乙单位 of the fixture, listed too
    assert any("甲单位" in r for r in rows) and any("乙单位" in r for r in rows)
    # LAST_YEAR's 结转结余率 12.00% is over the rule's 10%: the suggestion is exported
    assert all(any("结转结余率超过10%" in c for c in r) for r in units)


def test_a_rate_too_large_for_its_column_keeps_the_record_usable(
    login: Any, org: dict[str, Any]
) -> None:
    record = org["records"]["a"]
    doc = copy.deepcopy(org["complete"])
    doc["facts"]["budget.total.adjusted"] = "0.5"  # 万元
    doc["facts"]["budget.total.executed"] = "169110"  # typed in 元: 33,822,000%
    save_document(record.pk, org["users"]["unit_a"], doc, 1)
    stored = SubmissionRecord.objects.get(pk=record.pk)
    assert stored.execution_rate == Decimal("33822000.00")
    doc["facts"]["budget.total.adjusted"] = "0.000001"  # the smallest figure accepted
    doc["facts"]["budget.total.executed"] = "9" * 11  # a rate beyond any column: left empty
    save_document(record.pk, org["users"]["unit_a"], doc, 2)
    stored = SubmissionRecord.objects.get(pk=record.pk)
    assert stored.execution_rate is None and stored.summary["execution_rate"]
    client = login("bureau")
    assert client.get(reverse("review", args=[record.pk])).status_code == 200
    assert client.get(reverse("dashboard") + "?year=2023").status_code == 200


def test_a_bureau_reviewer_without_a_bureau_sees_no_unit(client: Any, org: dict[str, Any]) -> None:
    from jixiao.web.services.demo import _user  # noqa: PLC0415 - the demo's own user maker

    _user("bureau_none", Role.BUREAU)  # a 财政局 role, but no bureau set by the admin
    client.force_login(get_user_model().objects.get(username="bureau_none"))
    for name in ("dashboard", "dashboard-compare"):
        html = client.get(reverse(name) + "?year=2023").content.decode()
        assert "甲单位" not in html and "外地单位" not in html
    client.force_login(org["users"]["admin"])  # 管理员 sees every bureau
    html = client.get(reverse("dashboard") + "?year=2023").content.decode()
    assert "甲单位" in html and "外地单位" in html


def test_a_bad_year_is_a_message_not_a_crash(login: Any, org: dict[str, Any]) -> None:
    response = login("bureau").get(reverse("dashboard") + "?year=abc")
    assert response.status_code == 400
    assert "评价年度应为四位年份" in response.content.decode()


def test_only_submitted_units_are_ranked(login: Any, org: dict[str, Any]) -> None:
    _add_units(org, 2, 0)  # approved, 60.50 and 61.50
    draft = SubmissionRecord.objects.get(unit__name="批量单位001", year=2023)
    draft.status = Status.DRAFT
    draft.save()
    rows = {r.unit: r for r in collect_rows(org["bureau"].pk, 2023)}
    assert rows["批量单位001"].rank is None  # the higher score, but a draft
    assert rows["批量单位000"].rank == 1
    page = login("bureau").get(reverse("dashboard") + "?year=2023").content.decode()
    assert "草稿和已退回的单位不排名" in page

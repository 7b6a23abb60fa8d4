"""Security: no reach into another unit by id, throttling, CSRF, uploads, escaping, exports."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from typing import Any

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import get_resolver
from django.urls import reverse
from web_urls import RECORD_URLS  # type: ignore[import-not-found]

from jixiao.web.models import SubmissionRecord
from jixiao.web.models import YearSetting
from jixiao.web.services.dashboard import collect_rows
from jixiao.web.services.dashboard_export import export_workbook
from jixiao.web.services.submissions import save_document

pytestmark = pytest.mark.django_db


def test_every_record_url_is_listed() -> None:
    listed = {name[0] for name, _method in RECORD_URLS}
    with_pk = {p.name for p in get_resolver().url_patterns if "<int:pk>" in str(p.pattern)}
    assert with_pk == listed


@pytest.mark.parametrize(("name", "method"), RECORD_URLS)
def test_other_units_submission_is_unreachable(
    login: Any, org: dict[str, Any], name: str, method: str
) -> None:
    client = login("unit_a")
    for key in ("b", "x"):
        url = reverse(name[0], args=[org["records"][key].pk, *name[1:]])
        response = client.post(url, {"version": 1}) if method == "post" else client.get(url)
        assert response.status_code == 404, url
    for bureau_user, key in (("bureau_x", "a"), ("dept_a", "b")):
        url = reverse(name[0], args=[org["records"][key].pk, *name[1:]])
        response = (
            login(bureau_user).get(url) if method == "get" else login(bureau_user).post(url, {})
        )
        assert response.status_code == 404, url


def test_unit_cannot_create_for_another_unit(login: Any, org: dict[str, Any]) -> None:
    response = login("unit_a").post(reverse("create", args=[org["units"]["b"].pk, 2024]))
    assert response.status_code == 404
    assert not SubmissionRecord.objects.filter(unit=org["units"]["b"], year=2024).exists()


@pytest.mark.parametrize("year", [9999, 0, 1900, 2025])
def test_a_unit_cannot_open_a_year_the_bureau_has_not_opened(
    login: Any, org: dict[str, Any], year: int
) -> None:
    response = login("unit_a").post(reverse("create", args=[org["units"]["a"].pk, year]))
    assert response.status_code == 400
    assert "未开放填报" in response.content.decode()
    assert "2024 年度" in response.content.decode()  # what the unit may fill instead
    assert not SubmissionRecord.objects.filter(year=year).exists()
    board = login("bureau").get(reverse("dashboard"))
    assert "2023 年度汇总看板" in board.content.decode()


def test_an_opened_year_can_be_started_and_a_closed_one_still_opens(
    login: Any, org: dict[str, Any]
) -> None:
    response = login("unit_a").post(reverse("create", args=[org["units"]["a"].pk, 2024]))
    assert response.status_code == 302
    assert SubmissionRecord.objects.filter(unit=org["units"]["a"], year=2024).exists()
    YearSetting.objects.filter(year=2023).update(open=False)
    again = login("unit_a").post(reverse("create", args=[org["units"]["a"].pk, 2023]))
    assert again.status_code == 302  # the existing 2023 submission, not a refusal


def test_the_dashboard_opens_on_the_working_year(login: Any, org: dict[str, Any]) -> None:
    org["bureau"].working_year = 2024
    org["bureau"].save()
    board = login("bureau").get(reverse("dashboard"))
    assert "2024 年度汇总看板" in board.content.decode()
    org["bureau"].working_year = None
    org["bureau"].save()
    YearSetting.objects.filter(year=2024).update(open=False)
    board = login("bureau").get(reverse("dashboard"))
    assert "2023 年度汇总看板" in board.content.decode()  # the latest opened year


def test_the_home_page_offers_the_opened_years_not_yet_started(
    login: Any, org: dict[str, Any]
) -> None:
    page = login("unit_a").get(reverse("home")).content.decode()
    assert "开始 2024 年度填报" in page
    assert "开始 2023 年度填报" not in page  # already started
    YearSetting.objects.filter(year=2024).update(open=False)
    page = login("unit_a").get(reverse("home")).content.decode()
    assert "暂无新开放的填报年度" in page


def test_anonymous_is_sent_to_login(org: dict[str, Any]) -> None:
    response = Client().get(reverse("edit", args=[org["records"]["a"].pk, "info"]))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_login_throttled_after_five_failures(org: dict[str, Any]) -> None:
    client = Client()
    for _ in range(5):
        response = client.post(reverse("login"), {"username": "unit_a", "password": "wrong"})
        assert "登录失败次数过多" not in response.content.decode()
    response = client.post(reverse("login"), {"username": "unit_a", "password": "pw-test-123"})
    assert "登录失败次数过多" in response.content.decode()
    assert "_auth_user_id" not in client.session
    other = client.post(reverse("login"), {"username": "unit_b", "password": "pw-test-123"})
    assert other.status_code == 302


@pytest.mark.parametrize("spelling", ["unit_a ", " unit_a", "ｕｎｉｔ＿ａ"])
def test_a_locked_name_stays_locked_however_it_is_spelled(
    org: dict[str, Any], spelling: str
) -> None:
    client = Client()
    for _ in range(5):
        client.post(reverse("login"), {"username": "unit_a", "password": "wrong"})
    response = client.post(reverse("login"), {"username": spelling, "password": "pw-test-123"})
    assert "登录失败次数过多" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_one_address_spraying_names_is_slowed(org: dict[str, Any]) -> None:
    client = Client()
    for number in range(20):
        client.post(reverse("login"), {"username": f"guess{number}", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "unit_b", "password": "pw-test-123"})
    assert "登录失败次数过多" in response.content.decode()


def test_post_without_csrf_token_is_refused(org: dict[str, Any]) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(org["users"]["unit_a"])
    record = org["records"]["a"]
    for url in (
        reverse("edit", args=[record.pk, "narrative"]),
        reverse("submit", args=[record.pk]),
        reverse("upload", args=[record.pk]),
        reverse("preview", args=[record.pk, "info"]),
    ):
        assert client.post(url, {"version": 1}).status_code == 403


def _xlsx(size: int = 10) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/big.xml", b"0" * size)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.xls", b"x" * 10, "只能上传 .xlsx"),
        ("a.xlsx", b"not a zip", "不是有效的 .xlsx"),
        ("bomb.xlsx", _xlsx(150 * 1024 * 1024), "压缩炸弹"),
    ],
)
def test_upload_refused(
    login: Any, org: dict[str, Any], name: str, content: bytes, message: str
) -> None:
    record = org["records"]["a"]
    upload = SimpleUploadedFile(name, content)
    response = login("unit_a").post(
        reverse("upload", args=[record.pk]), {"version": 1, "file": upload}
    )
    assert response.status_code == 400
    assert message in response.content.decode()


def test_upload_too_large(login: Any, org: dict[str, Any], settings: Any) -> None:
    settings.CONFIG = replace(settings.CONFIG, upload_max_bytes=100)
    upload = SimpleUploadedFile("a.xlsx", _xlsx(10) + b"\0" * 200)
    response = login("unit_a").post(
        reverse("upload", args=[org["records"]["a"].pk]), {"version": 1, "file": upload}
    )
    assert response.status_code == 400 and "大小上限" in response.content.decode()


def test_user_text_is_escaped(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    doc = {**record.document, "narrative": {"goal": "<script>alert(1)</script>"}}
    save_document(record.pk, org["users"]["unit_a"], doc, 1)
    for url in (
        reverse("edit", args=[record.pk, "narrative"]),
        reverse("history", args=[record.pk]),
    ):
        page = login("unit_a").get(url).content.decode()
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_export_is_formula_safe(org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    record.unit.name = '=HYPERLINK("http://x","点我")'
    record.unit.save()
    rows = collect_rows(org["bureau"].pk, 2023)
    book = openpyxl.load_workbook(io.BytesIO(export_workbook(rows, 2023)))
    sheet = book.active
    names = [sheet.cell(row=n, column=2) for n in range(2, sheet.max_row + 1)]
    evil = next(c for c in names if str(c.value).startswith("="))
    assert evil.data_type == "s"
    for prefix in "+-@":
        record.unit.name = f"{prefix}cmd"
        record.unit.save()
        cells = openpyxl.load_workbook(
            io.BytesIO(export_workbook(collect_rows(org["bureau"].pk, 2023), 2023))
        ).active
        assert all(c.data_type == "s" for c in cells["B"][1:])


@pytest.mark.parametrize("name", ["dashboard", "dashboard-compare", "dashboard-export"])
def test_dashboards_are_closed_to_units(login: Any, org: dict[str, Any], name: str) -> None:
    response = login("unit_a").get(reverse(name) + "?year=2023")
    assert response.status_code == 403
    assert "甲单位" not in response.content.decode()


@pytest.mark.parametrize("name", ["dashboard", "dashboard-compare"])
def test_a_department_dashboard_lists_only_its_own_units(
    login: Any, org: dict[str, Any], name: str
) -> None:
    page = login("dept_a").get(reverse(name) + "?year=2023&department=乙主管部门").content.decode()
    assert "甲单位" in page  # 甲主管部门's unit
    assert "乙单位" not in page and "外地单位" not in page  # a filter cannot widen it


def test_a_department_export_carries_only_its_own_units(login: Any, org: dict[str, Any]) -> None:
    response = login("dept_a").get(reverse("dashboard-export") + "?year=2023")
    cells = openpyxl.load_workbook(io.BytesIO(response.content)).active
    units = {c.value for c in cells["B"][1:]}
    assert units == {"甲单位"}

"""Downloads: the 自评表, each 项目自评表, the report (docx) and its PDF, with permissions."""

from __future__ import annotations

import copy
import io
import shutil
from typing import Any

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook

from jixiao.web.models import Job
from jixiao.web.models import SubmissionRecord
from jixiao.web.services.submissions import save_document

PROJECT = {
    "name": "农村公路养护项目",
    "initial": "100",
    "adjusted": "120",
    "executed": "120",  # on budget: the project has no error of its own
    "indicators": [
        {"level1": "产出指标", "name": "养护里程", "unit": "公里", "target": "50", "actual": "50"},
        {"level1": "效益指标", "name": "通行条件改善", "target": "1", "actual": "1"},
        {"level1": "满意度指标", "name": "群众满意度", "unit": "%", "target": "90", "actual": "95"},
    ],
}


def _complete(org: dict[str, Any]) -> SubmissionRecord:
    """Unit a's submission, complete (no errors), with one project."""
    record = org["records"]["a"]
    doc = copy.deepcopy(org["complete"])
    doc["unit"]["name"] = "甲单位"
    doc["projects"] = [PROJECT]
    return save_document(record.pk, org["users"]["unit_a"], doc, record.version)


def _incomplete(org: dict[str, Any]) -> SubmissionRecord:
    """Unit a's submission with an error-level finding (a draft)."""
    record = org["records"]["a"]
    doc = copy.deepcopy(org["complete"])
    doc["unit"]["name"] = "甲单位"
    doc["facts"]["budget.total.executed"] = None
    return save_document(record.pk, org["users"]["unit_a"], doc, record.version)


def _url(record: Any, kind: str) -> str:
    return reverse("download", args=[record.pk, kind])


def _cells(data: bytes) -> str:
    workbook = load_workbook(io.BytesIO(data), read_only=True)
    return "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def _docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    parts += [p.text for s in document.sections for p in s.header.paragraphs]
    return "\n".join(parts)


def test_table_xlsx_has_unit_and_total(login: Any, org: dict[str, Any]) -> None:
    record = _complete(org)
    total = record.summary["total_score"]
    response = login("unit_a").get(_url(record, "table"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.s")
    assert "attachment" in response["Content-Disposition"]
    text = _cells(response.content)
    assert "甲单位" in text
    assert total.rstrip("0").rstrip(".") in text or total in text
    assert "草稿" not in text


def test_project_table_xlsx(login: Any, org: dict[str, Any]) -> None:
    record = _complete(org)
    client = login("unit_a")
    page = client.get(reverse("edit", args=[record.pk, "info"])).content.decode()
    assert _url(record, "project-1") in page and "农村公路养护项目" in page
    response = client.get(_url(record, "project-1"))
    assert response.status_code == 200
    text = _cells(response.content)
    assert "农村公路养护项目" in text and "养护里程" in text and "群众满意度" in text
    assert client.get(_url(record, "project-2")).status_code == 404


def test_report_docx_has_unit_and_total(login: Any, org: dict[str, Any]) -> None:
    record = _complete(org)
    response = login("unit_a").get(_url(record, "report"))
    assert response.status_code == 200
    assert "wordprocessingml" in response["Content-Type"]
    text = _docx_text(response.content)
    assert "甲单位" in text
    total = record.summary["total_score"]
    assert total in text or total.rstrip("0").rstrip(".") in text
    assert "草稿" not in text


def test_drafts_are_stamped(login: Any, org: dict[str, Any]) -> None:
    record = _incomplete(org)
    assert record.summary["blocked"]
    client = login("unit_a")
    assert "（草稿）" in _cells(client.get(_url(record, "table")).content)
    assert "草稿" in _docx_text(client.get(_url(record, "report")).content)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="需要 LibreOffice")
def test_pdf_via_libreoffice_as_a_job(login: Any, org: dict[str, Any]) -> None:
    record = _complete(org)
    client = login("unit_a")
    asked = client.get(_url(record, "pdf"))
    assert asked.status_code == 302 and asked["Location"].endswith("/result/")
    response = client.get(asked["Location"])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    again = client.get(_url(record, "pdf"))  # the same version: the job made once is reused
    assert again["Location"] == asked["Location"]
    assert Job.objects.filter(record=record, kind="pdf").count() == 1


def test_pdf_unavailable_is_a_failed_job_with_a_chinese_reason(
    login: Any, org: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from jixiao.documents import pdf  # noqa: PLC0415

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    record = _complete(org)
    response = login("unit_a").get(_url(record, "pdf"), follow=True)
    assert response.status_code == 200 and response.redirect_chain[0][0].startswith("/jobs/")
    page = response.content.decode()
    assert "失败" in page
    assert "暂时无法生成 PDF 版自评报告" in page and "未安装 LibreOffice" in page


def test_reviewers_with_access_download(login: Any, org: dict[str, Any]) -> None:
    record = _complete(org)
    for name in ("dept_a", "bureau", "admin"):
        client = login(name)
        for kind in ("table", "project-1", "report"):
            response = client.get(_url(record, kind))
            assert response.status_code == 200, (name, kind)
            assert response.content[:2] == b"PK"
    page = login("bureau").get(reverse("review", args=[record.pk])).content.decode()
    for kind in ("table", "project-1", "report", "pdf"):
        assert _url(record, kind) in page


@pytest.mark.parametrize("kind", ["table", "project-1", "report", "pdf"])
def test_other_units_cannot_download(login: Any, org: dict[str, Any], kind: str) -> None:
    record = _complete(org)
    for name in ("unit_b", "bureau_x"):
        response = login(name).get(_url(record, kind))
        assert response.status_code in {403, 404}, name
        assert response.content[:2] != b"PK"
        assert not Job.objects.filter(record=record, owner__username=name).exists()
    # and unit a cannot fetch unit b's files either
    other = org["records"]["b"]
    assert login("unit_a").get(_url(other, kind)).status_code in {403, 404}


def test_anonymous_is_sent_to_login(client: Any, org: dict[str, Any]) -> None:
    response = client.get(_url(org["records"]["a"], "table"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_submitting_queues_the_pdf_once_for_everyone_who_may_see_it(
    login: Any, org: dict[str, Any], settings: Any
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    record = _complete(org)
    unit = login("unit_a")
    unit.post(reverse("submit", args=[record.pk]), {"version": record.version})
    queued = Job.objects.get(record=record, kind="pdf")
    assert queued.state == "queued" and queued.version == record.version
    for name in ("unit_a", "bureau"):  # a reviewer's click finds the job the unit's submit made
        asked = login(name).get(_url(record, "pdf"))
        assert asked["Location"] == reverse("job", args=[queued.id])
        assert login(name).get(asked["Location"]).status_code == 200
    assert login("unit_b").get(reverse("job", args=[queued.id])).status_code == 404
    assert Job.objects.filter(record=record, kind="pdf").count() == 1

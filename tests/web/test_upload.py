"""Uploading filled workbooks: real files fill the submission; bad files change nothing."""

from __future__ import annotations

import copy
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from jixiao.documents.workbook.template import write_template
from jixiao.frameworks import load_framework
from jixiao.web.models import SubmissionRecord
from jixiao.web.services.evaluation import evaluate_document
from jixiao.web.services.submissions import save_document

ROOT = Path(__file__).resolve().parents[2]
GEDIAN = ROOT / "examples" / "gedian-2023" / "submission.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PLACE = re.compile(r"[\u4e00-\u9fff]+![A-Z]+[0-9]+")


def _as_unit(data: bytes, name: str) -> bytes:
    """The workbook ``data`` with its 单位名称 changed to ``name``."""
    workbook = load_workbook(io.BytesIO(data))
    workbook["基本信息"]["C3"] = name
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _upload(client: Any, record: Any, name: str, data: bytes, version: int | None = None) -> Any:
    """Upload, then confirm the changes shown (as the unit does); a refusal is returned as is."""
    file = SimpleUploadedFile(name, data, content_type=XLSX)
    url = reverse("upload", args=[record.pk])
    shown = client.post(url, {"version": version or record.version, "file": file})
    if shown.status_code != 200 or 'data-testid="upload-changes"' not in shown.content.decode():
        return client.get(shown["Location"]) if shown.status_code == 302 else shown
    return client.post(reverse("upload-confirm", args=[record.pk]), follow=True)


def _saved(org: dict[str, Any]) -> SubmissionRecord:
    """Unit a's submission with something already saved (that must never be lost)."""
    record = org["records"]["a"]
    doc = copy.deepcopy(org["complete"])
    doc["unit"]["name"] = "甲单位"
    doc["narrative"]["goal"] = "已保存的年度目标"
    return save_document(record.pk, org["users"]["unit_a"], doc, record.version)


@pytest.fixture
def template_workbook(tmp_path: Path) -> bytes:
    """A workbook from ``jixiao template``, filled in the way a unit fills it in Excel."""
    path = tmp_path / "填报模板.xlsx"
    write_template(load_framework("bumen-zhengti"), path, examples=False)
    workbook = load_workbook(path)
    info = workbook["基本信息"]
    info["C3"], info["C4"] = "甲单位", 2023
    budget = workbook["预算执行"]
    budget["C4"], budget["C5"] = 200, 180
    projects = workbook["项目"]
    for column, value in zip("ABCD", ["农村公路养护项目", 100, 120, 108], strict=True):
        projects[f"{column}3"] = value
    rows = workbook["项目指标"]
    values = ["农村公路养护项目", "产出指标", "数量指标", "养护里程", "公里", "≥", 50, 40]
    for column, value in zip("ABCDEFGH", values, strict=True):
        rows[f"{column}3"] = value
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_another_units_workbook_is_refused(login: Any, org: dict[str, Any]) -> None:
    record = _saved(org)
    response = _upload(login("unit_a"), record, "submission.xlsx", GEDIAN.read_bytes())
    assert response.status_code == 400
    page = response.content.decode()
    assert "单位名称为“葛店经开区创新创业发展中心”，与本单位“甲单位”不一致，未导入" in page
    _unchanged(record)
    spelled = _as_unit(GEDIAN.read_bytes(), " 甲单位")  # a stray space is the same unit
    assert _upload(login("unit_a"), record, "s.xlsx", spelled).status_code == 200


def test_upload_example_workbook(login: Any, org: dict[str, Any]) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    response = _upload(client, record, "submission.xlsx", _as_unit(GEDIAN.read_bytes(), "甲单位"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "已导入工作簿“submission.xlsx”，保存为第 2 版" in page
    record.refresh_from_db()
    assert record.version == 2
    assert record.document["unit"]["name"] == "甲单位"
    assert record.document["facts"]["budget.total.adjusted"] not in (None, "")
    assert record.document["sources"]["facts.budget.total.adjusted"].startswith("预算执行!")
    assert record.summary["total_score"] is not None
    assert 'data-testid="total-score"' in page


def test_upload_template_workbook_with_places(
    login: Any, org: dict[str, Any], template_workbook: bytes
) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    response = _upload(client, record, "填报模板.xlsx", template_workbook)
    assert response.status_code == 200
    page = response.content.decode()
    assert "已导入工作簿" in page and "详见问题清单" in page
    record.refresh_from_db()
    project = record.document["projects"][0]
    assert project["name"] == "农村公路养护项目" and project["adjusted"] == "120"
    assert project["indicators"][0]["name"] == "养护里程"
    assert project["indicators"][0]["actual"] == "40"
    # findings name the workbook cells they are about
    places = set(PLACE.findall(page))
    assert "预算执行!C13" in places and "人员!C5" in places
    assert 'data-testid="project-score"' in page and "农村公路养护项目" in page


def test_unfilled_template_lists_the_cells_and_keeps_the_saved(
    login: Any, org: dict[str, Any], tmp_path: Path
) -> None:
    record = _saved(org)
    path = tmp_path / "空模板.xlsx"
    write_template(load_framework("bumen-zhengti"), path, examples=False)
    response = _upload(login("unit_a"), record, "空模板.xlsx", path.read_bytes())
    assert response.status_code == 400
    page = response.content.decode()
    assert "工作簿无法导入，已保存的填报内容未作改动。" in page
    assert "基本信息!C4" in page and "评价年度" in page
    _unchanged(record)


def _unchanged(record: SubmissionRecord) -> None:
    fresh = SubmissionRecord.objects.get(pk=record.pk)
    assert fresh.version == record.version
    assert fresh.document == record.document
    assert fresh.document["narrative"]["goal"] == "已保存的年度目标"


def _zip_bomb() -> bytes:
    """A small .xlsx-looking archive that unpacks to more than the 100 MB limit."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(110):
                member.write(chunk)
    return out.getvalue()


BAD_FILES = {
    "csv": (
        "单位数据.xlsx",
        "单位名称,评价年度\n甲单位,2023\n".encode(),
        "不是有效的 .xlsx 工作簿",
    ),
    "empty": ("空文件.xlsx", b"", "是空文件"),
    "bomb": ("炸弹.xlsx", None, "疑似压缩炸弹"),
    "other zip": ("压缩包.xlsx", None, "不是 Excel 工作簿"),
    "xls": ("旧版.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100, "只能上传 .xlsx"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_files_give_a_chinese_message_and_lose_nothing(
    login: Any, org: dict[str, Any], case: str
) -> None:
    record = _saved(org)
    name, data, message = BAD_FILES[case]
    if case == "bomb":
        data = _zip_bomb()
        assert len(data) < 1024 * 1024
    if case == "other zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("readme.txt", "not a workbook")
        data = buffer.getvalue()
    assert data is not None
    response = _upload(login("unit_a"), record, name, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and 'role="alert"' in page
    _unchanged(record)


def test_bad_file_json_shape(login: Any, org: dict[str, Any]) -> None:
    record = _saved(org)
    file = SimpleUploadedFile("x.xlsx", b"not a zip", content_type=XLSX)
    response = login("unit_a").post(
        reverse("upload", args=[record.pk]),
        {"version": record.version, "file": file},
        headers={"Accept": "application/json"},
    )
    body = response.json()
    assert response.status_code == 400 and body["ok"] is False
    assert "不是有效的 .xlsx 工作簿" in body["error"]
    _unchanged(record)


def test_corrupt_workbook_inside_a_valid_zip(login: Any, org: dict[str, Any]) -> None:
    record = _saved(org)
    source = zipfile.ZipFile(io.BytesIO(GEDIAN.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info in source.infolist():
            data = source.read(info)
            archive.writestr(info, b"<broken" if info.filename == "xl/workbook.xml" else data)
    response = _upload(login("unit_a"), record, "损坏.xlsx", out.getvalue())
    assert response.status_code == 400
    page = response.content.decode()
    assert "工作簿无法导入" in page and "损坏.xlsx 已损坏" in page
    _unchanged(record)


def test_upload_wrong_year_and_stale_version(login: Any, org: dict[str, Any]) -> None:
    record = _saved(org)
    client, ours = login("unit_a"), _as_unit(GEDIAN.read_bytes(), "甲单位")
    response = _upload(client, record, "submission.xlsx", ours, version=1)
    assert response.status_code == 409
    _unchanged(record)
    SubmissionRecord.objects.filter(pk=record.pk).update(year=2024)
    response = _upload(client, record, "submission.xlsx", ours)
    assert response.status_code == 400
    assert "工作簿的评价年度为 2023 年，本填报为 2024 年" in response.content.decode()


def test_other_unit_cannot_upload(login: Any, org: dict[str, Any]) -> None:
    record = _saved(org)
    response = _upload(login("unit_b"), record, "submission.xlsx", GEDIAN.read_bytes())
    assert response.status_code == 404
    _unchanged(record)


def test_a_field_fixed_in_the_form_drops_its_workbook_finding(
    login: Any, org: dict[str, Any], template_workbook: bytes
) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    workbook = load_workbook(io.BytesIO(template_workbook))
    workbook["预算执行"]["C6"] = "=C4*2"  # openpyxl keeps no computed value
    out = io.BytesIO()
    workbook.save(out)
    _upload(client, record, "填报模板.xlsx", out.getvalue())
    record.refresh_from_db()
    at_c6 = [f for f in record.document["intake_findings"] if f["location"] == "预算执行!C6"]
    assert [f["code"] for f in at_c6] == ["formula-no-value"]
    field = next(k for k, v in record.document["sources"].items() if v == "预算执行!C6")
    doc = copy.deepcopy(record.document)
    doc["facts"][field.removeprefix("facts.")] = "150"
    user = org["users"]["unit_a"]
    saved = save_document(record.pk, user, doc, record.version, from_form=True)
    assert field not in saved.document["sources"]
    assert "预算执行!C6" not in {f["location"] for f in saved.document["intake_findings"]}
    assert "预算执行!C4" in saved.document["sources"].values()  # untouched fields keep theirs


def test_a_target_fixed_in_the_form_drops_its_row_finding(
    login: Any, org: dict[str, Any], template_workbook: bytes
) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    workbook = load_workbook(io.BytesIO(template_workbook))
    workbook["绩效目标"]["F3"] = "=1+1"  # a target cell, recorded for the whole target row
    out = io.BytesIO()
    workbook.save(out)
    _upload(client, record, "填报模板.xlsx", out.getvalue())
    record.refresh_from_db()
    assert "绩效目标!F3" in {f["location"] for f in record.document["intake_findings"]}
    key = next(k for k, v in record.document["sources"].items() if v == "绩效目标!F3")
    code = key.removeprefix("targets.")
    doc = copy.deepcopy(record.document)
    doc["targets"][code] = {**(doc["targets"].get(code) or {}), "target": "90"}
    user = org["users"]["unit_a"]
    saved = save_document(record.pk, user, doc, record.version, from_form=True)
    assert key not in saved.document["sources"]
    assert "绩效目标!F3" not in {f["location"] for f in saved.document["intake_findings"]}


def test_a_very_long_file_name_is_read(login: Any, org: dict[str, Any]) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    name = "葛店经开区创新创业发展中心" * 7 + ".xlsx"  # 91 characters, over 255 bytes
    response = _upload(client, record, name, _as_unit(GEDIAN.read_bytes(), "甲单位"))
    assert response.status_code == 200
    record.refresh_from_db()
    assert record.version == 2


def test_the_upload_notice_counts_the_projects_findings_too(
    login: Any, org: dict[str, Any], template_workbook: bytes
) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    page = _upload(client, record, "填报模板.xlsx", template_workbook).content.decode()
    record.refresh_from_db()
    evaluation, _ = evaluate_document(record.document, record.framework)
    assert evaluation is not None and evaluation.projects[0].findings  # 养护里程 40 < 50
    count = len(evaluation.findings) + len(evaluation.projects[0].findings)
    assert f"发现 {count} 项问题" in page


def test_an_upload_shows_what_it_would_change_and_waits(
    login: Any, org: dict[str, Any], template_workbook: bytes
) -> None:
    record = _saved(org)
    client = login("unit_a")
    file = SimpleUploadedFile("填报模板.xlsx", template_workbook, content_type=XLSX)
    shown = client.post(
        reverse("upload", args=[record.pk]), {"version": record.version, "file": file}
    )
    assert shown.status_code == 200
    page = shown.content.decode()
    rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>", page)
    assert ("文字材料·年度总体目标", "已保存的年度目标", "（空）") in rows
    assert any(
        place.startswith("项目·农村公路养护项目") or "第1个项目" in place for place, _, _ in rows
    )
    _unchanged(record)  # nothing replaced before the unit confirms
    client.get(reverse("edit", args=[record.pk, "info"]))  # walks away: still nothing
    _unchanged(record)
    done = client.post(reverse("upload-confirm", args=[record.pk]), follow=True)
    assert "已导入工作簿“填报模板.xlsx”" in done.content.decode()
    record.refresh_from_db()
    assert record.document["narrative"].get("goal", "") == ""
    again = client.post(reverse("upload-confirm", args=[record.pk]))
    assert again.status_code == 400 and "没有待确认的工作簿导入" in again.content.decode()


def test_the_same_workbook_again_changes_nothing(
    login: Any, org: dict[str, Any], template_workbook: bytes
) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    _upload(client, record, "填报模板.xlsx", template_workbook)
    record.refresh_from_db()
    file = SimpleUploadedFile("填报模板.xlsx", template_workbook, content_type=XLSX)
    response = client.post(
        reverse("upload", args=[record.pk]), {"version": record.version, "file": file}, follow=True
    )
    assert "与已保存的内容一致，未作改动" in response.content.decode()
    version = record.version
    record.refresh_from_db()
    assert record.version == version

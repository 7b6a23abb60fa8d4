"""The unit's and the reviewers' flows through the views."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse

from jixiao.web.models import Comment
from jixiao.web.models import FieldChange
from jixiao.web.models import Status
from jixiao.web.models import SubmissionRecord
from jixiao.web.services.submissions import save_document


def _edit_url(record: Any, key: str) -> str:
    return reverse("edit", args=[record.pk, key])


def test_sections_follow_the_framework(login: Any, org: dict[str, Any]) -> None:
    client = login("unit_a")
    record = org["records"]["a"]
    page = client.get(_edit_url(record, "info")).content.decode()
    for label in ("基本信息", "预算执行", "人员", "管理情况", "绩效目标", "项目", "文字材料"):
        assert label in page
    budget = client.get(_edit_url(record, "sheet1")).content.decode()
    assert 'name="facts:budget.total.adjusted"' in budget
    assert '<meta charset="utf-8">' in budget


def test_save_section_writes_document_and_history(login: Any, org: dict[str, Any]) -> None:
    client = login("unit_a")
    record = org["records"]["a"]
    response = client.post(
        _edit_url(record, "sheet1"),
        {
            "version": record.version,
            "facts:budget.total.adjusted": "187.95",
            "facts:budget.total.executed": "169.11",
        },
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.version == 2
    assert record.document["facts"]["budget.total.adjusted"] == "187.95"
    change = FieldChange.objects.get(submission=record, path="facts.budget.total.adjusted")
    assert (change.old, change.new, change.user.username) == ("", "187.95", "unit_a")
    assert record.summary["execution_rate"] == "89.98"


def test_stale_version_is_a_409_conflict_not_a_lost_edit(login: Any, org: dict[str, Any]) -> None:
    client = login("unit_a")
    record = org["records"]["a"]
    save_document(
        record.pk, org["users"]["unit_b"], {**record.document, "narrative": {"goal": "他人"}}, 1
    )
    response = client.post(_edit_url(record, "narrative"), {"version": 1, "narrative:goal": "我的"})
    assert response.status_code == 409
    assert "冲突：该填报已被他人修改" in response.content.decode()
    record.refresh_from_db()
    assert record.document["narrative"]["goal"] == "他人"


def test_conflict_error_shape_for_json_callers(login: Any, org: dict[str, Any]) -> None:
    client = login("unit_a")
    record = org["records"]["a"]
    response = client.post(
        _edit_url(record, "narrative"),
        {"version": 9, "narrative:goal": "x"},
        headers={"Accept": "application/json"},
    )
    body = response.json()
    assert response.status_code == 409
    assert body["ok"] is False and body["status"] == 409 and body["error"].startswith("冲突")
    assert body["errors"] == []


def test_preview_recomputes_without_saving(login: Any, org: dict[str, Any]) -> None:
    client = login("unit_a")
    record = org["records"]["a"]
    response = client.post(
        reverse("preview", args=[record.pk, "sheet1"]),
        {
            "version": record.version,
            "facts:budget.total.adjusted": "200",
            "facts:budget.total.executed": "oops",
        },
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert 'id="panel"' in response.content.decode()
    record.refresh_from_db()
    assert record.version == 1


def test_submit_refused_with_errors_then_allowed(login: Any, org: dict[str, Any]) -> None:
    client = login("unit_a")
    record = org["records"]["a"]
    response = client.post(reverse("submit", args=[record.pk]), {"version": record.version})
    assert response.status_code == 400
    assert "修正后才能提交" in response.content.decode()
    doc = {**org["complete"], "unit": {**org["complete"]["unit"], "name": "甲单位"}}
    save_document(record.pk, org["users"]["unit_a"], doc, record.version)
    response = client.post(reverse("submit", args=[record.pk]), {"version": 2})
    assert response.status_code == 302
    assert SubmissionRecord.objects.get(pk=record.pk).status == Status.SUBMITTED
    # submitted: no more edits
    response = client.post(_edit_url(record, "narrative"), {"version": 2, "narrative:goal": "x"})
    assert response.status_code == 403


def _submitted(org: dict[str, Any], key: str = "a") -> Any:
    record = org["records"][key]
    save_document(record.pk, org["users"]["admin"], org["complete"], record.version)
    SubmissionRecord.objects.filter(pk=record.pk).update(status=Status.SUBMITTED)
    return SubmissionRecord.objects.get(pk=record.pk)


def test_review_return_comment_and_unit_sees_it(
    login: Any, org: dict[str, Any], client: Any
) -> None:
    record = _submitted(org)
    reviewer = login("dept_a")
    reviewer.post(
        reverse("comment", args=[record.pk]), {"target": "carryover_rate", "text": "请说明结余原因"}
    )
    response = reviewer.post(
        reverse("decide", args=[record.pk, "return"]), {"reason": "目标值不完整"}
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == Status.RETURNED
    assert Comment.objects.get(submission=record).target == "carryover_rate"
    unit = login("unit_a")
    page = unit.get(_edit_url(record, "targets")).content.decode()
    assert "请说明结余原因" in page and "目标值不完整" in page


def test_department_forwards_bureau_approves(login: Any, org: dict[str, Any]) -> None:
    record = _submitted(org)
    assert login("dept_a").post(reverse("decide", args=[record.pk, "forward"])).status_code == 302
    assert login("dept_a").post(reverse("decide", args=[record.pk, "approve"])).status_code == 403
    assert login("bureau").post(reverse("decide", args=[record.pk, "approve"])).status_code == 302
    record.refresh_from_db()
    assert (record.status, record.forwarded) == (Status.APPROVED, True)
    history = login("unit_a").get(reverse("history", args=[record.pk])).content.decode()
    assert "已通过" in history


def test_create_prefills_from_previous_year(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    save_document(record.pk, org["users"]["unit_a"], org["complete"], 1)
    client = login("unit_a")
    response = client.post(reverse("create", args=[org["units"]["a"].pk, 2024]))
    new = SubmissionRecord.objects.get(unit=org["units"]["a"], year=2024)
    assert response.status_code == 302
    assert new.document["unit"]["year"] == 2024
    assert new.document["facts"]["budget.total.adjusted"] == "187.95"


def test_queue_and_dashboard(login: Any, org: dict[str, Any]) -> None:
    _submitted(org, "b")
    queue = login("bureau").get(reverse("queue") + "?status=submitted").content.decode()
    assert "乙单位" in queue and "甲单位" not in queue
    board = login("bureau").get(reverse("dashboard") + "?year=2023").content.decode()
    assert "乙单位" in board and "外地单位" not in board and "<svg" in board
    assert login("unit_a").get(reverse("dashboard")).status_code == 403


def test_downloads(login: Any, org: dict[str, Any]) -> None:
    record = _submitted(org)
    client = login("unit_a")
    table = client.get(reverse("download", args=[record.pk, "table"]))
    assert table.status_code in {200, 503}
    if table.status_code == 200:
        assert table["Content-Type"].startswith("application/vnd.openxmlformats")
        assert table.content[:2] == b"PK"
    assert client.get(reverse("download", args=[record.pk, "nope"])).status_code == 404


def test_a_project_with_an_error_blocks_submission(login: Any, org: dict[str, Any]) -> None:
    client = login("unit_a")
    record = org["records"]["a"]
    overspent = {"name": "农村公路养护项目", "initial": "100", "adjusted": "120", "executed": "130"}
    doc = {**org["complete"], "unit": {**org["complete"]["unit"], "name": "甲单位"}}
    save_document(record.pk, org["users"]["unit_a"], {**doc, "projects": [overspent]}, 1)
    response = client.post(reverse("submit", args=[record.pk]), {"version": 2})
    assert response.status_code == 400
    assert "修正后才能提交" in response.content.decode()
    page = client.get(_edit_url(record, "projects")).content.decode()
    assert "存在错误，改正下列错误后方可提交" in page
    assert re.search(r"<button[^>]*disabled[^>]*>提交审核</button>", page)
    assert re.search(r"尚有 \d+ 项错误", page)
    reviewer = login("bureau").get(reverse("review", args=[record.pk])).content.decode()
    assert "填报中尚有错误" in reviewer and "方可提交" not in reviewer
    client = login("unit_a")
    save_document(record.pk, org["users"]["unit_a"], {**doc, "projects": []}, 2)
    response = client.post(reverse("submit", args=[record.pk]), {"version": 3})
    assert response.status_code == 302

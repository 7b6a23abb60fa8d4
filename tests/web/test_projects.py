"""The 项目 section: projects with their budget figures and project indicators."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from jixiao.web.models import FieldChange
from jixiao.web.models import SubmissionRecord
from jixiao.web.services.evaluation import evaluate_document
from jixiao.web.services.pages import section_form
from jixiao.web.services.submissions import save_document


def _url(record: Any) -> str:
    return reverse("edit", args=[record.pk, "projects"])


def _project_post(version: int, **overrides: str) -> dict[str, str]:
    """A new project in the blank block (project 0 of an empty document) with two indicators."""
    data = {
        "version": str(version),
        "projects:0:name": "农村公路养护项目",
        "projects:0:initial": "100",
        "projects:0:adjusted": "120",
        "projects:0:executed": "108",
        "projects:0:goal": "完成农村公路日常养护",
        "projects:0:indicators:0:level1": "产出指标",
        "projects:0:indicators:0:level2": "数量指标",
        "projects:0:indicators:0:name": "养护里程",
        "projects:0:indicators:0:unit": "公里",
        "projects:0:indicators:0:comparison": ">=",
        "projects:0:indicators:0:target": "50",
        "projects:0:indicators:0:actual": "40",
        "projects:0:indicators:0:cause": "汛期影响施工",
        "projects:0:indicators:0:measure": "合理安排施工期",
        "projects:0:indicators:1:level1": "满意度指标",
        "projects:0:indicators:1:name": "群众满意度",
        "projects:0:indicators:1:unit": "%",
        "projects:0:indicators:1:comparison": ">=",
        "projects:0:indicators:1:target": "90",
        "projects:0:indicators:1:actual": "95",
    }
    return data | overrides


def test_projects_form_follows_the_project_framework(login: Any, org: dict[str, Any]) -> None:
    page = login("unit_a").get(_url(org["records"]["a"])).content.decode()
    assert 'name="projects:0:name"' in page
    assert 'name="projects:0:indicators:0:target"' in page
    assert 'name="projects:0:indicators:2:measure"' in page
    for label in ("年度指标值", "实际完成值", "偏差原因", "改进措施", "全年预算数（万元）"):
        assert label in page
    for level1 in ("产出指标", "效益指标", "满意度指标"):  # xiangmu-zhichu.yaml individual
        assert f'value="{level1}"' in page


def test_save_project_with_indicators_shows_its_score(login: Any, org: dict[str, Any]) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    response = client.post(_url(record), _project_post(record.version))
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.version == 2
    project = record.document["projects"][0]
    assert project["name"] == "农村公路养护项目" and project["adjusted"] == "120"
    assert [i["name"] for i in project["indicators"]] == ["养护里程", "群众满意度"]
    assert project["indicators"][0]["target"] == "50"
    assert project["indicators"][0]["cause"] == "汛期影响施工"
    change = FieldChange.objects.get(submission=record, path="projects.0.indicators.0.actual")
    assert (change.old, change.new) == ("", "40")

    page = client.get(_url(record)).content.decode()
    assert 'data-testid="project-score"' in page
    assert "农村公路养护项目：<strong>" in page
    # 10 × 108/120 = 9 for execution; the indicator rows appear in the project's table
    assert "养护里程" in page and "群众满意度" in page
    # the saved project now has a 删除 box and three blank indicator rows; a new blank project
    assert 'name="projects:0:delete"' in page
    assert 'name="projects:0:indicators:4:name"' in page
    assert 'name="projects:1:name"' in page


def test_project_score_in_the_evaluation(login: Any, org: dict[str, Any]) -> None:
    from jixiao.web.services.evaluation import evaluate_document  # noqa: PLC0415

    client, record = login("unit_a"), org["records"]["a"]
    client.post(_url(record), _project_post(record.version))
    record.refresh_from_db()
    evaluation, _ = evaluate_document(record.document, record.framework)
    assert evaluation is not None
    project = evaluation.projects[0]
    assert project.title == "农村公路养护项目"
    assert project.indicator("budget_execution_rate").score == 9
    page = client.get(_url(record)).content.decode()
    assert f"农村公路养护项目：<strong>{project.total_score}</strong> 分" in page


def test_bad_number_in_project_names_the_field_and_keeps_everything(
    login: Any, org: dict[str, Any]
) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    client.post(_url(record), _project_post(record.version))
    record.refresh_from_db()
    before = record.document
    data = _project_post(record.version, **{"projects:0:indicators:0:actual": "四十公里"})
    data["projects:0:goal"] = "我新写的目标"
    response = client.post(_url(record), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "本栏未保存" in page
    assert "项目“农村公路养护项目”·指标“养护里程”·实际完成值：应为数字（填写为“四十公里”）" in page
    assert 'value="四十公里"' in page and "我新写的目标" in page  # what was typed stays
    record.refresh_from_db()
    assert record.version == 2 and record.document == before


def test_preview_reports_a_bad_project_number_as_a_finding(login: Any, org: dict[str, Any]) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    data = _project_post(record.version, **{"projects:0:adjusted": "12O"})
    response = client.post(
        reverse("preview", args=[record.pk, "projects"]), data, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "新增项目1·全年预算数（万元）：应为数字（填写为“12O”）" in page
    assert SubmissionRecord.objects.get(pk=record.pk).version == 1


def test_indicator_without_name_is_refused_not_dropped(login: Any, org: dict[str, Any]) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    data = _project_post(record.version, **{"projects:0:indicators:2:target": "7"})
    response = client.post(_url(record), data)
    assert response.status_code == 400
    assert "未填写三级指标名称" in response.content.decode()
    record.refresh_from_db()
    assert record.version == 1


def test_remove_indicator_and_project(login: Any, org: dict[str, Any]) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    client.post(_url(record), _project_post(record.version))
    data = _project_post(2, **{"projects:0:indicators:1:delete": "on"})
    data |= {"projects:1:name": "第二个项目", "projects:1:adjusted": "10"}
    assert client.post(_url(record), data).status_code == 302
    record.refresh_from_db()
    assert [p["name"] for p in record.document["projects"]] == ["农村公路养护项目", "第二个项目"]
    assert [i["name"] for i in record.document["projects"][0]["indicators"]] == ["养护里程"]
    # the form has grown: project 0 shows 1 stored + 3 blank rows, project 2 is blank
    data = _project_post(3, **{"projects:0:delete": "on"})
    data |= {"projects:1:name": "第二个项目", "projects:1:adjusted": "10"}
    assert client.post(_url(record), data).status_code == 302
    record.refresh_from_db()
    assert [p["name"] for p in record.document["projects"]] == ["第二个项目"]


def test_project_save_conflict_is_409(login: Any, org: dict[str, Any]) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    save_document(
        record.pk, org["users"]["unit_a"], {**record.document, "narrative": {"goal": "他人"}}, 1
    )
    response = client.post(_url(record), _project_post(1))
    assert response.status_code == 409
    record.refresh_from_db()
    assert record.document.get("projects", []) == []
    assert record.document["narrative"]["goal"] == "他人"


def test_an_imported_answer_outside_the_list_survives_a_save(org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    doc = {
        **org["complete"],
        "projects": [
            {
                "name": "制度建设项目",
                "initial": "10",
                "adjusted": "10",
                "executed": "10",
                "indicators": [{"level1": "产出指标", "name": "制度建立", "answer": "达到"}],
            }
        ],
    }
    save_document(record.pk, org["users"]["unit_a"], doc, record.version)
    record.refresh_from_db()
    _, form = section_form(record, "projects")
    name = "projects:0:indicators:0:answer"
    assert "达到（无效，请重新选择）" in str(form[name])
    posted = {k: "" if v is None else str(v) for k, v in form.initial.items()}
    _, bound = section_form(record, "projects", posted | {"projects:0:goal": "新目标"})
    assert bound.is_valid(), bound.errors
    assert bound.cleaned_data[name] == "达到"


def test_a_projects_sources_and_funds_arrived_are_filled_in_the_form(
    login: Any, org: dict[str, Any]
) -> None:
    client, record = login("unit_a"), org["records"]["a"]
    sources = {
        "projects:0:budget.fiscal.adjusted": "100",
        "projects:0:budget.carryover.adjusted": "20",
        "projects:0:budget.other.adjusted": "0",
        "projects:0:funds.arrived": "115.5",
    }
    assert client.post(_url(record), _project_post(record.version, **sources)).status_code == 302
    record.refresh_from_db()
    facts = record.document["projects"][0]["facts"]
    assert facts["budget.fiscal.adjusted"] == "100" and facts["funds.arrived"] == "115.5"
    page = client.get(_url(record)).content.decode()
    assert 'value="115.5"' in page  # shown again, in the project's block
    wrong = sources | {"projects:0:budget.fiscal.adjusted": "90"}
    assert client.post(_url(record), _project_post(record.version, **wrong)).status_code == 302
    record.refresh_from_db()
    evaluation, _ = evaluate_document(record.document, record.framework)
    assert evaluation is not None
    found = [f.message for f in evaluation.projects[0].findings if f.code == "sum-mismatch"]
    assert found and "120" in found[0]  # 90 + 20 + 0 is not the 全年预算数 120

"""Reviewers' comments appear beside the fields and indicators they concern."""

from __future__ import annotations

import copy
from typing import Any

from django.urls import reverse

from jixiao.web.models import Status
from jixiao.web.models import SubmissionRecord
from jixiao.web.services.submissions import save_document


def _returned_with_comments(login: Any, org: dict[str, Any]) -> SubmissionRecord:
    record = org["records"]["a"]
    doc = copy.deepcopy(org["complete"])
    doc["unit"]["name"] = "甲单位"
    save_document(record.pk, org["users"]["unit_a"], doc, record.version)
    SubmissionRecord.objects.filter(pk=record.pk).update(status=Status.SUBMITTED)
    reviewer = login("dept_a")
    for target, text in [
        ("carryover_rate", "请说明结转结余的具体原因"),
        ("budget_execution_rate", "执行数与决算不一致，请核对"),
        ("narrative.goal", "年度目标应与批复一致"),
        ("projects", "请补充项目的满意度指标"),
    ]:
        response = reviewer.post(
            reverse("comment", args=[record.pk]), {"target": target, "text": text}
        )
        assert response.status_code == 302
    reviewer.post(reverse("decide", args=[record.pk, "return"]), {"reason": "请按意见修改"})
    return SubmissionRecord.objects.get(pk=record.pk)


def _field_block(page: str, field_name: str) -> str:
    """The ``<div class="field">`` that holds the input named ``field_name``."""
    blocks = page.split('<div class="field">')
    found = [b.split('<div class="field">')[0] for b in blocks if f'name="{field_name}"' in b]
    assert found, field_name
    return found[0]


def test_comments_sit_beside_their_fields(login: Any, org: dict[str, Any]) -> None:
    record = _returned_with_comments(login, org)
    unit = login("unit_a")

    def page(key: str) -> str:
        response = unit.get(reverse("edit", args=[record.pk, key]))
        assert response.status_code == 200
        return response.content.decode()

    targets = page("targets")
    beside = _field_block(targets, "targets:carryover_rate:target")
    assert "请说明结转结余的具体原因" in beside and "dept_a" in beside
    assert targets.count("请说明结转结余的具体原因") == 1  # once, not on every part
    other = _field_block(targets, "targets:budget_execution_rate:target")
    assert "请说明结转结余的具体原因" not in other
    assert "请按意见修改" in targets  # the return reason on every page

    budget = page("sheet1")
    assert "执行数与决算不一致，请核对" in _field_block(budget, "facts:budget.total.adjusted")

    narrative = page("narrative")
    assert "年度目标应与批复一致" in _field_block(narrative, "narrative:goal")
    assert "年度目标应与批复一致" not in _field_block(narrative, "narrative:overview")

    projects = page("projects")
    head = projects.split('class="section-form"')[0]
    assert "请补充项目的满意度指标" in head  # a section comment above the section's form
    assert "请补充项目的满意度指标" not in page("info")


def test_other_unit_does_not_see_comments(login: Any, org: dict[str, Any]) -> None:
    record = _returned_with_comments(login, org)
    response = login("unit_b").get(reverse("edit", args=[record.pk, "targets"]))
    assert response.status_code == 404
    assert "请说明结转结余的具体原因" not in response.content.decode()


def test_a_comment_on_one_project_sits_in_that_project(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    doc = copy.deepcopy(org["complete"])
    doc["projects"] = [
        {"name": "农村公路养护项目", "initial": "100", "adjusted": "120", "executed": "120"},
        {"name": "河道保洁项目", "initial": "30", "adjusted": "30", "executed": "30"},
    ]
    save_document(record.pk, org["users"]["unit_a"], doc, record.version)
    reviewer = login("dept_a")
    review_page = reviewer.get(reverse("review", args=[record.pk])).content.decode()
    assert 'value="project:河道保洁项目"' in review_page  # offered as a comment target
    url = reverse("comment", args=[record.pk])
    response = reviewer.post(url, {"target": "project:河道保洁项目", "text": "请补充保洁频次指标"})
    assert response.status_code == 302
    page = login("unit_a").get(reverse("edit", args=[record.pk, "projects"])).content.decode()
    blocks = page.split('<fieldset class="project"')
    assert "请补充保洁频次指标" in blocks[2] and "河道保洁项目" in blocks[2]
    assert "请补充保洁频次指标" not in blocks[1]

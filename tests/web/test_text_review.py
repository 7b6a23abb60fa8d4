"""复核 of the unit's own text on the reviewer's page: placed by section, not paragraph."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from django.urls import reverse

from jixiao.core.submission import Submission
from jixiao.frameworks import load_framework
from jixiao.web.models import SubmissionRecord
from jixiao.web.services.submissions import save_document
from jixiao.web.services.text_review import text_findings

FRAMEWORK = load_framework("bumen-zhengti")
SAME_CAUSE = {"cause": "受项目进度影响，部分资金未能按期支付", "measure": "加快项目实施进度"}


def _doc(org: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(org["complete"])
    doc["narrative"]["results"] = "全年新增注册企业25家，其中规上企业11家、规下企业15家。"
    doc["targets"]["budget_execution_rate"] = {"target": "100", **SAME_CAUSE}
    doc["targets"]["carryover_rate"] = {"target": "5", **SAME_CAUSE}
    return doc


def test_a_sum_in_the_narrative_and_a_pasted_cause_are_found(org: dict[str, Any]) -> None:
    found = text_findings(Submission.model_validate(_doc(org)), FRAMEWORK)
    results = next(s.label for s in FRAMEWORK.narrative if s.key == "results")
    sums = [f for f in found if "11家＋15家＝26家" in f.message]
    assert [(f.place, f.severity) for f in sums] == [(f"文字材料·{results}", "error")]
    pasted = [f for f in found if "套用表述" in f.message and f.place == "绩效目标·结转结余率"]
    assert len(pasted) == 1
    # the earlier place is named by its section, not by a paragraph number of the layout
    assert "与“绩效目标·" in pasted[0].message
    assert re.search(r"第\d+段", pasted[0].message) is None


def test_text_without_faults_gives_no_error(org: dict[str, Any]) -> None:
    def errors(results: str) -> list[str]:
        doc = copy.deepcopy(org["complete"])
        doc["narrative"]["results"] = results
        found = text_findings(Submission.model_validate(doc), FRAMEWORK)
        return [f.message for f in found if f.severity == "error"]

    assert errors("全年新增注册企业26家，其中规上企业11家、规下企业15家。") == []
    assert errors("全年新增注册企业25家，其中规上企业11家、规下企业15家。") != []


def test_a_project_indicator_cause_is_read_too(org: dict[str, Any]) -> None:
    doc = copy.deepcopy(org["complete"])
    row = {"level1": "产出指标", "name": "养护里程", "target": "50", "actual": "40", **SAME_CAUSE}
    doc["projects"] = [
        {
            "name": "农村公路养护项目",
            "initial": "1",
            "adjusted": "1",
            "executed": "1",
            "indicators": [row, {**row, "name": "养护桥梁"}],
        },
    ]
    found = text_findings(Submission.model_validate(doc), FRAMEWORK)
    assert "项目·农村公路养护项目·养护桥梁" in {f.place for f in found if "套用表述" in f.message}


def test_the_unit_s_own_words_are_quoted_unchanged(org: dict[str, Any]) -> None:
    doc = copy.deepcopy(org["complete"])
    cause = {"cause": "按照第2段要求调整了支出结构", "measure": "加快项目实施进度"}
    doc["targets"]["budget_execution_rate"] = {"target": "100", **cause}
    doc["targets"]["carryover_rate"] = {"target": "5", **cause}
    found = text_findings(Submission.model_validate(doc), FRAMEWORK)
    pasted = [f for f in found if f.place == "绩效目标·结转结余率" and "套用表述" in f.message]
    assert pasted and "按照第2段要求" in pasted[0].message


@pytest.mark.parametrize(
    "odd",
    [{"narrative": ["x"]}, {"targets": ["x"]}, {"individual": [None]}, {"unit": "x"}],
)
def test_an_odd_stored_document_still_opens(
    login: Any, org: dict[str, Any], odd: dict[str, Any]
) -> None:
    record = org["records"]["a"]
    SubmissionRecord.objects.filter(pk=record.pk).update(document={**org["complete"], **odd})
    page = login("dept_a").get(reverse("review", args=[record.pk]))
    assert page.status_code == 200
    assert "文字材料复核意见（0 项）" in page.content.decode()


def test_the_reviewer_sees_them(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    save_document(record.pk, org["users"]["unit_a"], _doc(org), record.version)
    page = login("dept_a").get(reverse("review", args=[record.pk])).content.decode()
    assert "文字材料复核意见" in page
    assert "11家＋15家＝26家" in page

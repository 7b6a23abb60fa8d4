"""复核 of the unit's own text on the reviewer's page: placed by section, not paragraph."""

from __future__ import annotations

import copy
import re
from typing import Any

from django.urls import reverse

from jixiao.frameworks import load_framework
from jixiao.web.services.report_check import text_findings
from jixiao.web.services.submissions import save_document

FRAMEWORK = load_framework("bumen-zhengti")
SAME_CAUSE = {"cause": "受项目进度影响，部分资金未能按期支付", "measure": "加快项目实施进度"}


def _doc(org: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(org["complete"])
    doc["narrative"]["results"] = "全年新增注册企业25家，其中规上企业11家、规下企业15家。"
    doc["targets"]["budget_execution_rate"] = {"target": "100", **SAME_CAUSE}
    doc["targets"]["carryover_rate"] = {"target": "5", **SAME_CAUSE}
    return doc


def test_a_sum_in_the_narrative_and_a_pasted_cause_are_found(org: dict[str, Any]) -> None:
    found = text_findings(_doc(org), FRAMEWORK)
    results = next(s.label for s in FRAMEWORK.narrative if s.key == "results")
    sums = [f for f in found if "11家＋15家＝26家" in f.message]
    assert [(f.place, f.severity) for f in sums] == [(f"文字材料·{results}", "error")]
    pasted = [f for f in found if "套用表述" in f.message and f.place == "绩效目标·结转结余率"]
    assert len(pasted) == 1
    # the earlier place is named by its section, not by a paragraph number of the layout
    assert "与“绩效目标·" in pasted[0].message
    assert re.search(r"第\d+段", pasted[0].message) is None


def test_text_without_faults_gives_no_error(org: dict[str, Any]) -> None:
    doc = copy.deepcopy(org["complete"])
    doc["narrative"]["results"] = "全年新增注册企业26家，其中规上企业11家、规下企业15家。"
    assert [f for f in text_findings(doc, FRAMEWORK) if f.severity == "error"] == []


def test_the_reviewer_sees_them(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    save_document(record.pk, org["users"]["unit_a"], _doc(org), record.version)
    page = login("dept_a").get(reverse("review", args=[record.pk])).content.decode()
    assert "文字材料复核意见" in page
    assert "11家＋15家＝26家" in page

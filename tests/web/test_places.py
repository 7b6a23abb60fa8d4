"""Findings are placed in the words of the form, not as field paths."""

from __future__ import annotations

import copy
import re
from typing import Any

from django.urls import reverse

from jixiao.core.submission import Submission
from jixiao.frameworks import load_pair
from jixiao.web.services.places import place_label
from jixiao.web.services.submissions import save_document

DEPARTMENT, PROJECT = load_pair("bumen-zhengti")


def test_each_kind_of_field_path_gets_its_tab_and_row(org: dict[str, Any]) -> None:
    submission = Submission.model_validate(org["complete"])
    first = submission.individual[0].name
    assert place_label("facts.budget.total.adjusted", DEPARTMENT, submission) == (
        "预算执行·资金总额·全年预算数"
    )
    assert place_label("targets.carryover_rate", DEPARTMENT, submission) == "绩效目标·结转结余率"
    assert place_label("unit.name", DEPARTMENT, submission) == "基本信息·部门（单位）名称"
    assert place_label("individual.0", DEPARTMENT, submission) == f"个性指标·{first}"
    assert place_label("narrative.results", DEPARTMENT, submission).startswith("文字材料·")
    assert PROJECT is not None
    assert place_label("individual.0", PROJECT, submission) == f"项目指标·{first}"


def test_places_that_are_not_field_paths_are_kept(org: dict[str, Any]) -> None:
    submission = Submission.model_validate(org["complete"])
    for location in ("预算执行!C13", "facts.no.such.field", "individual.99", "本栏表单", "x"):
        assert place_label(location, DEPARTMENT, submission) == location


def test_the_panel_shows_the_tab_and_row(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    page = login("unit_a").get(reverse("edit", args=[record.pk, "info"])).content.decode()
    places = re.findall(r"<small>(?:<a [^>]*>)?([^<]*)(?:</a>)?</small>", page)
    assert "预算执行·公用经费实际支出" in places  # prefilled: the figures are still missing
    assert "个性指标·履职效能" in places  # a whole 一级指标 group without indicators
    assert [p for p in places if re.match(r"[a-z_]+[.\[]", p)] == []


def test_a_project_s_own_finding_names_the_project(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    doc = {**org["complete"], "projects": [{"name": "河道保洁项目", "adjusted": "30"}]}
    save_document(record.pk, org["users"]["unit_a"], doc, record.version)
    page = login("unit_a").get(reverse("edit", args=[record.pk, "projects"])).content.decode()
    places = re.findall(r"<small>(?:<a [^>]*>)?([^<]*)(?:</a>)?</small>", page)
    assert "项目·河道保洁项目" in places  # its 全年执行数 is missing
    assert [p for p in places if re.match(r"[a-z_]+[.\[]", p)] == []


def test_findings_link_to_their_field_errors_first(login: Any, org: dict[str, Any]) -> None:
    from jixiao.web.services.pages import score_panel  # noqa: PLC0415

    doc = copy.deepcopy(org["complete"])
    doc["facts"]["budget.total.executed"] = "999999"  # above the budget: an error
    doc["narrative"]["goal"] = ""
    doc["sources"] = {"facts.budget.total.executed": "预算执行!C5"}
    panel = score_panel(doc, "bumen-zhengti")
    levels = [f["level"] for f in panel["findings"]]
    assert levels == sorted(levels, key=["error", "warning", "info"].index)
    executed = [f for f in panel["findings"] if "来自工作簿 预算执行!C5" in f["location"]]
    assert executed, [f["location"] for f in panel["findings"]]
    assert executed[0]["section"].startswith("sheet")
    assert executed[0]["anchor"] == "id_facts:budget.total.executed"
    record = org["records"]["a"]
    page = login("unit_a").get(reverse("edit", args=[record.pk, executed[0]["section"]]))
    assert 'id="id_facts:budget.total.executed"' in page.content.decode()

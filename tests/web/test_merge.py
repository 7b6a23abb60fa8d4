"""Two people saving the same section: different fields both kept, a real overlap asked."""

from __future__ import annotations

import copy
from typing import Any

from django.urls import reverse

from jixiao.web.models import SubmissionRecord
from jixiao.web.services.pages import section_form


def _opened(record: SubmissionRecord, key: str) -> dict[str, str]:
    """What the section's page posts when saved unchanged: every field with the value it
    showed, and that value again as the field's hidden initial."""
    record.refresh_from_db()
    _section, form = section_form(record, key)
    data = {"version": str(record.version)}
    for name in form.fields:
        if name == "version":
            continue
        value = form[name].value()
        shown = "" if value in (None, False) else ("on" if value is True else str(value))
        data[form[name].html_name] = data[form[name].html_initial_name] = shown
    return data


def _save(client: Any, record: SubmissionRecord, key: str, data: dict[str, str]) -> Any:
    return client.post(reverse("edit", args=[record.pk, key]), data)


def _ready(org: dict[str, Any]) -> SubmissionRecord:
    record = org["records"]["a"]
    record.document = copy.deepcopy(org["complete"]) | {"unit": {"name": "甲单位", "year": 2023}}
    record.save()
    return record


def test_two_people_changing_different_fields_both_keep_their_work(
    login: Any, org: dict[str, Any]
) -> None:
    record = _ready(org)
    first, second = _opened(record, "info"), _opened(record, "info")
    first["unit:contact"] = "张三"
    assert _save(login("unit_a"), record, "info", first).status_code == 302
    second["unit:phone"] = "0711-1234567"  # opened before the first save
    assert _save(login("unit_a"), record, "info", second).status_code == 302
    record.refresh_from_db()
    assert record.document["unit"]["contact"] == "张三"
    assert record.document["unit"]["phone"] == "0711-1234567"
    assert record.version == 3


def test_the_same_field_changed_twice_asks_with_both_values(
    login: Any, org: dict[str, Any]
) -> None:
    record = _ready(org)
    first, second = _opened(record, "narrative"), _opened(record, "narrative")
    first["narrative:goal"] = "甲写的年度目标"
    assert _save(login("unit_a"), record, "narrative", first).status_code == 302
    second["narrative:goal"] = "乙写的年度目标"
    second["narrative:problems"] = "乙写的问题"
    response = _save(login("unit_a"), record, "narrative", second)
    assert response.status_code == 409
    page = response.content.decode()
    assert 'data-testid="conflicts"' in page
    assert "甲写的年度目标" in page and "乙写的年度目标" in page
    record.refresh_from_db()
    assert record.document["narrative"]["goal"] == "甲写的年度目标"  # nothing overwritten yet
    settled = _opened(record, "narrative") | {
        "narrative:goal": "乙写的年度目标",
        "narrative:problems": "乙写的问题",
        "resolve:narrative:goal": "theirs",
    }
    assert _save(login("unit_a"), record, "narrative", settled).status_code == 302
    record.refresh_from_db()
    assert record.document["narrative"]["goal"] == "甲写的年度目标"  # the saved value kept
    assert record.document["narrative"]["problems"] == "乙写的问题"


def test_the_same_value_typed_by_both_is_no_conflict(login: Any, org: dict[str, Any]) -> None:
    record = _ready(org)
    first, second = _opened(record, "info"), _opened(record, "info")
    first["unit:contact"] = second["unit:contact"] = "李四"
    assert _save(login("unit_a"), record, "info", first).status_code == 302
    assert _save(login("unit_a"), record, "info", second).status_code == 302
    record.refresh_from_db()
    assert record.document["unit"]["contact"] == "李四"


def test_rows_added_in_between_are_a_whole_section_conflict(
    login: Any, org: dict[str, Any]
) -> None:
    record = _ready(org)
    stale = _opened(record, "projects")
    added = _opened(record, "projects") | {"projects:0:name": "新增项目甲"}
    assert _save(login("unit_a"), record, "projects", added).status_code == 302
    stale["projects:0:name"] = "新增项目乙"
    response = _save(login("unit_a"), record, "projects", stale)
    assert response.status_code == 409
    assert "冲突：该填报已被他人修改" in response.content.decode()
    record.refresh_from_db()
    assert [p["name"] for p in record.document["projects"]] == ["新增项目甲"]


def test_amounts_in_one_sheet_merge_without_a_false_conflict(
    login: Any, org: dict[str, Any]
) -> None:
    record = _ready(org)
    first, second = _opened(record, "sheet1"), _opened(record, "sheet1")
    amounts = [k for k, v in first.items() if k.startswith("facts:") and v][:2]
    assert len(amounts) == 2, first
    first[amounts[0]] = "123.45"
    second[amounts[1]] = "67.80"
    assert _save(login("unit_a"), record, "sheet1", first).status_code == 302
    assert _save(login("unit_a"), record, "sheet1", second).status_code == 302
    record.refresh_from_db()
    facts = record.document["facts"]
    assert facts[amounts[0].removeprefix("facts:")] == "123.45"
    assert facts[amounts[1].removeprefix("facts:")] == "67.80"

"""One function decides every permission: each role's rule, proved."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from jixiao.web.models import Status
from jixiao.web.permissions import Action
from jixiao.web.permissions import can


def _can(
    org: dict[str, Any], user: str, action: Action, record: str, status: Status | None = None
) -> bool:
    sub = org["records"][record]
    if status is not None:
        sub.status = status
    return can(org["users"][user], action, sub)


@pytest.mark.parametrize(
    ("user", "action", "record", "status", "allowed"),
    [
        # 单位填报人: own unit only; edits only while 草稿/已退回
        ("unit_a", Action.VIEW, "a", None, True),
        ("unit_a", Action.VIEW, "b", None, False),
        ("unit_a", Action.EDIT, "a", Status.DRAFT, True),
        ("unit_a", Action.EDIT, "a", Status.RETURNED, True),
        ("unit_a", Action.EDIT, "a", Status.SUBMITTED, False),
        ("unit_a", Action.EDIT, "a", Status.APPROVED, False),
        ("unit_a", Action.EDIT, "b", Status.DRAFT, False),
        ("unit_a", Action.SUBMIT, "a", Status.DRAFT, True),
        ("unit_a", Action.APPROVE, "a", Status.SUBMITTED, False),
        ("unit_a", Action.RETURN, "a", Status.SUBMITTED, False),
        ("unit_a", Action.COMMENT, "a", None, False),
        # 主管部门审核人: units under the department; return or pass on
        ("dept_a", Action.VIEW, "a", None, True),
        ("dept_a", Action.VIEW, "b", None, False),
        ("dept_a", Action.EDIT, "a", Status.DRAFT, False),
        ("dept_a", Action.COMMENT, "a", None, True),
        ("dept_a", Action.RETURN, "a", Status.SUBMITTED, True),
        ("dept_a", Action.FORWARD, "a", Status.SUBMITTED, True),
        ("dept_a", Action.RETURN, "a", Status.DRAFT, False),
        ("dept_a", Action.APPROVE, "a", Status.SUBMITTED, False),
        ("dept_a", Action.RETURN, "b", Status.SUBMITTED, False),
        # 财政局审核人: every unit of the bureau; returns, approves
        ("bureau", Action.VIEW, "a", None, True),
        ("bureau", Action.VIEW, "b", None, True),
        ("bureau", Action.VIEW, "x", None, False),
        ("bureau", Action.APPROVE, "b", Status.SUBMITTED, True),
        ("bureau", Action.APPROVE, "b", Status.DRAFT, False),
        ("bureau", Action.RETURN, "b", Status.SUBMITTED, True),
        ("bureau", Action.EDIT, "b", Status.DRAFT, False),
        ("bureau_x", Action.VIEW, "a", None, False),
        # 管理员: everything
        ("admin", Action.EDIT, "x", Status.APPROVED, True),
        ("admin", Action.APPROVE, "a", Status.SUBMITTED, True),
    ],
)
def test_rule(
    org: dict[str, Any],
    user: str,
    action: Action,
    record: str,
    status: Status | None,
    allowed: bool,
) -> None:
    assert _can(org, user, action, record, status) is allowed


def test_role_level_pages(org: dict[str, Any]) -> None:
    users = org["users"]
    assert can(users["bureau"], Action.DASHBOARD)
    assert can(users["admin"], Action.DASHBOARD)
    assert can(users["dept_a"], Action.DASHBOARD)  # its own units only
    assert not can(users["unit_a"], Action.DASHBOARD)
    assert can(users["dept_a"], Action.QUEUE)
    assert not can(users["unit_a"], Action.QUEUE)


def test_anonymous_and_roleless_users_can_do_nothing(
    org: dict[str, Any], django_user_model: Any
) -> None:
    nobody = django_user_model.objects.create_user("nobody", password="x")
    for user in (AnonymousUser(), nobody):
        assert not can(user, Action.VIEW, org["records"]["a"])
        assert not can(user, Action.QUEUE)


def test_unit_may_create_only_for_own_unit(org: dict[str, Any]) -> None:
    units, users = org["units"], org["users"]
    assert can(users["unit_a"], Action.CREATE, unit=units["a"])
    assert not can(users["unit_a"], Action.CREATE, unit=units["b"])

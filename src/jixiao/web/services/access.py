"""Fetching records for a user: absent and not-visible look the same (404)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jixiao.web.errors import ForbiddenError
from jixiao.web.errors import NotFoundError
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit
from jixiao.web.permissions import Action
from jixiao.web.permissions import can

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.auth.models import User

    AnyUser = User | AnonymousUser

DENIED = {
    Action.EDIT: "当前状态下不能修改该填报（已提交待审核或已通过）。",
    Action.SUBMIT: "当前状态下不能提交该填报。",
    Action.RETURN: "当前状态下不能退回该填报。",
    Action.FORWARD: "当前状态下不能转报该填报。",
    Action.APPROVE: "当前状态下不能审核通过该填报。",
}


def get_record(user: AnyUser, pk: int, action: Action = Action.VIEW) -> SubmissionRecord:
    """The submission ``pk`` if ``user`` may do ``action`` on it."""
    record = (
        SubmissionRecord.objects.select_related("unit__department__bureau").filter(pk=pk).first()
    )
    if record is None or not can(user, Action.VIEW, record):
        raise NotFoundError("未找到该填报，或您无权查看。")
    if action is not Action.VIEW and not can(user, action, record):
        raise ForbiddenError(DENIED.get(action, "您无权执行此操作。"))
    return record


def get_unit(user: AnyUser, pk: int) -> Unit:
    """The unit ``pk`` if ``user`` may start its submission."""
    unit = Unit.objects.select_related("department__bureau").filter(pk=pk).first()
    if unit is None or not can(user, Action.CREATE, unit=unit):
        raise NotFoundError("未找到该单位，或您无权为其填报。")
    return unit


def require(user: AnyUser, action: Action) -> None:
    """Refuse a page that needs a role-level permission (queue, dashboard)."""
    if not can(user, action):
        raise ForbiddenError("您无权访问此页面。")

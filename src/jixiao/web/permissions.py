"""Who may do what: one function, :func:`can`, decides every permission.

Four fixed roles (style.md: "a permission system too early" — no more than this):

- 单位填报人: sees its own unit's submissions; edits and submits them while 草稿/已退回.
- 主管部门审核人: sees the units of its 主管部门; comments, returns, passes on (转报).
- 财政局审核人: sees every unit of its bureau; comments, returns, approves, ranks.
- 管理员: everything, plus Django admin.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from jixiao.web.models import Profile
from jixiao.web.models import Role
from jixiao.web.models import Status

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.auth.models import User

    from jixiao.web.models import SubmissionRecord
    from jixiao.web.models import Unit


class Action(StrEnum):
    """Everything a user can try to do."""

    VIEW = "view"  # open the submission, its evaluation, downloads and history
    EDIT = "edit"  # save sections, upload a workbook
    SUBMIT = "submit"  # send for review
    COMMENT = "comment"  # write a review comment
    RETURN = "return"  # 退回修改
    FORWARD = "forward"  # 主管部门审核通过，转报财政局
    APPROVE = "approve"  # 财政局审核通过
    CREATE = "create"  # start the year's submission for a unit
    DASHBOARD = "dashboard"  # bureau summary, ranking, exports
    QUEUE = "queue"  # the review queue
    CHECK = "check"  # 文件复核 of uploaded documents (everyone with a role)


EDITABLE = {Status.DRAFT, Status.RETURNED}
REVIEWER_ACTIONS = {Action.VIEW, Action.COMMENT, Action.QUEUE}


PROFILE_ATTR = "_jixiao_profile"


def profile_of(user: User | AnonymousUser) -> Profile | None:
    """The user's profile, or None for anonymous users and users without a role.

    Kept on the user object, which lives for one request: the navigation, the permission
    check and the page all ask, and one query serves them.
    """
    if not user.is_authenticated:
        return None
    if not hasattr(user, PROFILE_ATTR):
        related = Profile.objects.select_related("unit__department", "department")
        setattr(user, PROFILE_ATTR, related.filter(user=user).first())
    profile: Profile | None = getattr(user, PROFILE_ATTR)
    return profile


def role_of(user: User | AnonymousUser) -> Role | None:
    """The user's role (superusers count as 管理员)."""
    if user.is_authenticated and getattr(user, "is_superuser", False):
        return Role.ADMIN
    profile = profile_of(user)
    return Role(profile.role) if profile else None


def can(
    user: User | AnonymousUser,
    action: Action,
    submission: SubmissionRecord | None = None,
    unit: Unit | None = None,
) -> bool:
    """Tell whether ``user`` may do ``action`` (on ``submission`` or ``unit`` when given)."""
    role = role_of(user)
    if role is None:
        return False
    if role is Role.ADMIN or (action is Action.CHECK and submission is None and unit is None):
        return True
    profile = profile_of(user)
    if profile is None:  # pragma: no cover - role_of found one
        return False
    target = submission.unit if submission is not None else unit
    if role is Role.UNIT:
        return _unit_may(profile, action, submission, target)
    if role is Role.DEPARTMENT:
        return _department_may(profile, action, submission, target)
    return _bureau_may(profile, action, submission, target)


def _unit_may(
    profile: Profile, action: Action, submission: SubmissionRecord | None, target: Unit | None
) -> bool:
    if target is None or target.pk != profile.unit_id:
        return False
    if action is Action.VIEW or action is Action.CREATE:
        return True
    if action in {Action.EDIT, Action.SUBMIT}:
        return submission is not None and Status(submission.status) in EDITABLE
    return False


def _department_may(
    profile: Profile, action: Action, submission: SubmissionRecord | None, target: Unit | None
) -> bool:
    if action in {Action.QUEUE, Action.DASHBOARD} and target is None:
        return True  # the dashboard lists only the department's own units
    if target is None or target.department_id != profile.department_id:
        return False
    if action in REVIEWER_ACTIONS:
        return True
    if action in {Action.RETURN, Action.FORWARD}:
        return _awaiting(submission) and not submission.forwarded  # type: ignore[union-attr]
    return False


def _bureau_may(
    profile: Profile, action: Action, submission: SubmissionRecord | None, target: Unit | None
) -> bool:
    if action in {Action.QUEUE, Action.DASHBOARD} and target is None:
        return True
    if target is None or target.department.bureau_id != profile.bureau_id:
        return False
    if action in REVIEWER_ACTIONS or action is Action.DASHBOARD:
        return True
    if action in {Action.RETURN, Action.APPROVE}:
        return _awaiting(submission)
    return False


def _awaiting(submission: SubmissionRecord | None) -> bool:
    return submission is not None and submission.status == Status.SUBMITTED

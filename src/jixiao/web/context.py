"""Template context shared by every page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jixiao.web.permissions import Action
from jixiao.web.permissions import can

if TYPE_CHECKING:
    from django.http import HttpRequest


def navigation(request: HttpRequest) -> dict[str, dict[str, bool]]:
    """Which top links this user can use: a link that leads to a refusal is not shown."""
    user = request.user
    return {"nav": {action: can(user, Action(action)) for action in ("queue", "dashboard")}}

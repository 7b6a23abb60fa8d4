"""Views: thin adapters (parse the request, call one service, render)."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest


class AuthenticatedRequest(HttpRequest):
    """The request a ``login_required`` view gets: its user is signed in (for typing)."""

    user: User

"""Login throttling: too many failures for one user name from one IP are refused, and so
are too many failures from one IP whatever the names.

The name is counted as the login form reads it (NFKC, spaces stripped): "admin ", " admin"
and full-width "ａｄｍｉｎ" sign in as admin, so they share admin's count.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from jixiao.web.models import LoginFailure


def _since() -> datetime:
    return timezone.now() - timedelta(seconds=settings.CONFIG.login_window_seconds)


#: One address may fail this many times the per-name limit, over all names, in the window.
ADDRESS_FACTOR = 4


def login_name(username: str) -> str:
    """The user name as the login form reads it (Django's UsernameField: NFKC, stripped)."""
    return unicodedata.normalize("NFKC", username).strip()


def is_locked(username: str, ip: str) -> bool:
    """Whether this user name and IP, or this IP alone, failed too often in the window."""
    recent = LoginFailure.objects.filter(ip=ip, at__gte=_since())
    limit = settings.CONFIG.login_max_failures
    if recent.filter(username=login_name(username)[:150]).count() >= limit:
        return True
    return recent.count() >= limit * ADDRESS_FACTOR


def record_failure(username: str, ip: str) -> None:
    """Count one failed attempt."""
    LoginFailure.objects.create(username=login_name(username)[:150], ip=ip[:64])


def clear_failures(username: str, ip: str) -> None:
    """Forget the name's failures after a successful login."""
    LoginFailure.objects.filter(username=login_name(username)[:150], ip=ip).delete()

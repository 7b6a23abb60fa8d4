"""Login throttling: too many failures for one user name from one IP are refused."""

from __future__ import annotations

from datetime import datetime
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from jixiao.web.models import LoginFailure


def _since() -> datetime:
    return timezone.now() - timedelta(seconds=settings.CONFIG.login_window_seconds)


def is_locked(username: str, ip: str) -> bool:
    """Whether this user name and IP have failed too often in the window."""
    failures = LoginFailure.objects.filter(username=username, ip=ip, at__gte=_since()).count()
    return failures >= settings.CONFIG.login_max_failures


def record_failure(username: str, ip: str) -> None:
    """Count one failed attempt."""
    LoginFailure.objects.create(username=username[:150], ip=ip[:64])


def clear_failures(username: str, ip: str) -> None:
    """Forget the failures after a successful login."""
    LoginFailure.objects.filter(username=username, ip=ip).delete()

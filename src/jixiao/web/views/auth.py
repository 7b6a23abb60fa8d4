"""Sign in (throttled) and the start page."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.shortcuts import render

from jixiao.web.services import throttle
from jixiao.web.services.pages import home_context
from jixiao.web.views import AuthenticatedRequest

if TYPE_CHECKING:
    from django.http import HttpRequest
    from django.http import HttpResponse

LOCKED = "登录失败次数过多，请15分钟后再试。"


def client_ip(request: HttpRequest) -> str:
    """The client address (no proxy headers are trusted)."""
    return str(request.META.get("REMOTE_ADDR", ""))


class ThrottledAuthenticationForm(AuthenticationForm):
    """The stock login form, refusing a user name and IP with too many failures."""

    def clean(self) -> dict[str, Any]:
        username, ip = (
            self.data.get("username", ""),
            client_ip(self.request) if self.request else "",
        )
        if throttle.is_locked(username, ip):
            raise ValidationError(LOCKED, code="locked")
        try:
            cleaned = super().clean()
        except ValidationError:
            throttle.record_failure(username, ip)
            raise
        throttle.clear_failures(username, ip)
        return cleaned


class LoginView(auth_views.LoginView):
    """Sign in with throttling."""

    authentication_form = ThrottledAuthenticationForm
    template_name = "jixiao/login.html"


@login_required
def home(request: AuthenticatedRequest) -> HttpResponse:
    """The start page."""
    return render(request, "jixiao/home.html", home_context(request.user))

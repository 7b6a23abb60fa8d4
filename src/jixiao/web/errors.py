"""Request errors and their one response shape, mapped to HTTP in one place.

A view (or service) raises :class:`WebError` (or a subclass) with a Chinese message;
:class:`ErrorMiddleware` turns it into ``{"ok": false, "error": ..., "errors": [...],
"status": N}`` for htmx/JSON callers, or the same content as an HTML page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.http import HttpResponse
from django.http import JsonResponse
from django.template.loader import render_to_string

if TYPE_CHECKING:
    from collections.abc import Callable

    from django.http import HttpRequest


class WebError(Exception):
    """A request that cannot be served; ``status`` is the HTTP status."""

    status = 400

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.errors = errors or []


class NotFoundError(WebError):
    """Absent, or not visible to this user (the two are not told apart)."""

    status = 404


class ForbiddenError(WebError):
    """Visible, but this user may not do that."""

    status = 403


class ConflictError(WebError):
    """A stale version: someone else saved first."""

    status = 409


class UnavailableError(WebError):
    """A feature that needs a component not installed here."""

    status = 503


CONFLICT_MESSAGE = (
    "冲突：该填报已被他人修改（您打开的是第 {mine} 版，当前为第 {current} 版）。"
    "请复制您的修改，刷新页面后重新填写并保存。"
)


def error_body(error: WebError) -> dict[str, Any]:
    """The one error shape."""
    return {"ok": False, "error": error.message, "errors": error.errors, "status": error.status}


def error_response(request: HttpRequest, error: WebError) -> HttpResponse:
    """Render an error as JSON (htmx or JSON callers) or as a page."""
    body = error_body(error)
    wants_json = "application/json" in request.headers.get("Accept", "")
    if wants_json:
        return JsonResponse(body, status=error.status, json_dumps_params={"ensure_ascii": False})
    template = "jixiao/_error.html" if request.headers.get("HX-Request") else "jixiao/error.html"
    html = render_to_string(template, {"error": body}, request=request)
    return HttpResponse(html, status=error.status, content_type="text/html; charset=utf-8")


class ErrorMiddleware:
    """Turn :class:`WebError` raised by a view into :func:`error_response`."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, WebError):
            return error_response(request, exception)
        return None

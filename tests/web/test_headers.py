"""Response headers and session settings: CSP, no-store, sessions, HTTPS, plain-text errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

from django.test import Client
from django.urls import reverse
from tests.web.conftest import PASSWORD


def test_signed_in_pages_and_downloads_are_not_stored(login: Any, org: dict[str, Any]) -> None:
    client = login("unit_a")
    record = org["records"]["a"]
    for url in (
        reverse("home"),
        reverse("edit", args=[record.pk, "info"]),
        reverse("download", args=[record.pk, "table"]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


def test_every_page_carries_the_content_security_policy(org: dict[str, Any]) -> None:
    response = Client().get(reverse("login"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"


def test_no_page_carries_inline_script(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    pages = {
        "unit_a": [reverse("home"), reverse("edit", args=[record.pk, "info"]), reverse("check")],
        "bureau": [reverse("queue"), reverse("dashboard"), reverse("review", args=[record.pk])],
    }
    for user, urls in pages.items():
        client = login(user)
        for url in urls:
            page = client.get(url).content.decode()
            assert "javascript:" not in page, url
            for tag in page.split("<script")[1:]:
                assert tag.lstrip().startswith("src="), (url, tag[:80])
            assert " style=" not in page and "<style" not in page, url


def test_the_session_ends_with_the_browser_and_a_working_day(org: dict[str, Any]) -> None:
    client = Client()
    assert (
        client.post(reverse("login"), {"username": "unit_a", "password": PASSWORD}).status_code
        == 302
    )
    cookie = client.cookies["sessionid"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""  # a browser-session cookie
    assert client.session.get_expire_at_browser_close()
    assert client.session.get_expiry_age() == 8 * 3600


def _settings_under(env: dict[str, str]) -> dict[str, Any]:
    """Selected Django settings as a fresh process computes them under ``env``."""
    code = (
        "import json, django.conf as c, jixiao.web.settings as s;"
        "print(json.dumps({k: getattr(s, k) for k in ("
        "'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SECURE_HSTS_SECONDS',"
        "'SECURE_SSL_REDIRECT', 'SESSION_COOKIE_AGE')}))"
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith("JIXIAO_")}
    base["JIXIAO_DATA_DIR"] = os.environ["JIXIAO_DATA_DIR"]
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**base, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_https_turns_on_secure_cookies_and_hsts() -> None:
    plain = _settings_under({})
    assert plain["SESSION_COOKIE_SECURE"] is False and plain["SECURE_HSTS_SECONDS"] == 0
    https = _settings_under({"JIXIAO_HTTPS": "1", "JIXIAO_SESSION_HOURS": "2"})
    assert https["SESSION_COOKIE_SECURE"] is True and https["CSRF_COOKIE_SECURE"] is True
    assert https["SECURE_HSTS_SECONDS"] >= 365 * 24 * 3600 and https["SECURE_SSL_REDIRECT"]
    assert https["SESSION_COOKIE_AGE"] == 2 * 3600


def test_a_bad_comment_target_is_refused_in_plain_json(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    response = login("bureau").post(
        reverse("comment", args=[record.pk]),
        {"target": "no-such-target", "text": "意见"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 400
    body = response.json()
    assert body["errors"] and all("<" not in line for line in body["errors"])
    assert any(line.startswith("针对：") for line in body["errors"])


def test_each_role_sees_only_the_links_it_can_use(login: Any, org: dict[str, Any]) -> None:
    unit_page = login("unit_a").get(reverse("home")).content.decode()
    assert reverse("queue") not in unit_page and reverse("dashboard") not in unit_page
    dept_page = login("dept_a").get(reverse("home")).content.decode()
    assert reverse("queue") in dept_page
    bureau_page = login("bureau").get(reverse("home")).content.decode()
    assert reverse("queue") in bureau_page and reverse("dashboard") in bureau_page

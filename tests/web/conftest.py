"""pytest-django setup for the web tests, and an organisation with one user per role."""

from __future__ import annotations

import os
import tempfile
from typing import TYPE_CHECKING
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
os.environ.setdefault("JIXIAO_DATA_DIR", tempfile.mkdtemp(prefix="jixiao-test-"))
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API in-process
os.environ.setdefault("JIXIAO_TASKS", "immediate")  # jobs run inside the request under test

import django
import pytest

django.setup()  # this conftest is read after pytest-django configured itself

if TYPE_CHECKING:
    from django.test import Client

PASSWORD = "pw-test-123"


@pytest.fixture(scope="session", autouse=True)
def _release_live_server_sessions(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """Before the test database is dropped, end the PostgreSQL sessions that the live
    server's request threads (kept alive by the browser) still hold."""
    yield
    from django.db import connection  # noqa: PLC0415

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND backend_type = 'client backend' AND usename = current_user"
        )


@pytest.fixture(autouse=True)
def _fast_hasher(settings: Any) -> None:
    """Cheap password hashing: the tests create many users."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def org(db: Any) -> dict[str, Any]:
    """A bureau (2023 and 2024 opened, working year 2023), two 主管部门, three units, one
    user per role, and a 2023 submission per unit."""
    from jixiao.web.models import Bureau  # noqa: PLC0415
    from jixiao.web.models import Department  # noqa: PLC0415
    from jixiao.web.models import Role  # noqa: PLC0415
    from jixiao.web.models import Unit  # noqa: PLC0415
    from jixiao.web.models import YearSetting  # noqa: PLC0415
    from jixiao.web.services.demo import _user  # noqa: PLC0415
    from jixiao.web.services.demo import complete_document  # noqa: PLC0415
    from jixiao.web.services.demo import seed_document  # noqa: PLC0415
    from jixiao.web.services.submissions import create_submission  # noqa: PLC0415

    bureau = Bureau.objects.create(name="测试财政局", working_year=2023)
    for year in (2023, 2024):
        YearSetting.objects.create(bureau=bureau, year=year)
    other_bureau = Bureau.objects.create(name="外地财政局")
    dept_a = Department.objects.create(bureau=bureau, name="甲主管部门")
    dept_b = Department.objects.create(bureau=bureau, name="乙主管部门")
    dept_x = Department.objects.create(bureau=other_bureau, name="外地主管部门")
    unit_a = Unit.objects.create(department=dept_a, name="甲单位")
    unit_b = Unit.objects.create(department=dept_b, name="乙单位")
    unit_x = Unit.objects.create(department=dept_x, name="外地单位")
    for name, role, kwargs in [
        ("unit_a", Role.UNIT, {"unit": unit_a}),
        ("unit_b", Role.UNIT, {"unit": unit_b}),
        ("dept_a", Role.DEPARTMENT, {"department": dept_a}),
        ("bureau", Role.BUREAU, {"bureau": bureau}),
        ("bureau_x", Role.BUREAU, {"bureau": other_bureau}),
        ("admin", Role.ADMIN, {}),
    ]:
        _user(name, role, **kwargs)
    from django.contrib.auth import get_user_model  # noqa: PLC0415

    users = {u.username: u for u in get_user_model().objects.all()}
    for user in users.values():
        user.set_password(PASSWORD)
        user.save()
    records = {}
    for key, unit in {"a": unit_a, "b": unit_b, "x": unit_x}.items():
        records[key] = create_submission(unit, 2023, users["admin"])
    doc = complete_document(seed_document())
    return {
        "units": {"a": unit_a, "b": unit_b, "x": unit_x},
        "records": records,
        "users": users,
        "complete": doc,
        "bureau": bureau,
    }


@pytest.fixture
def login(client: Client, org: dict[str, Any]) -> Any:
    """Sign ``client`` in as one of the org's users."""

    def _login(name: str) -> Client:
        client.force_login(org["users"][name])
        return client

    return _login


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: Any, call: Any) -> Any:
    """Mark a failed test so the browser fixture can save a screenshot."""
    report = yield
    if report.when == "call" and report.failed:
        item.failed = True
    return report

"""Load test: 50 unit users filling and saving at once against the real server.

Usage:  python benchmarks/web_load.py [--db sqlite|postgres|both] [--users 50] [--rounds 10]
                                     [--shared 10] [--pg-url postgresql://…]

Per backend: a fresh database (SQLite in a temporary data directory; PostgreSQL in the
dedicated database ``jixiao_bench_load``, created and dropped here) is seeded with
``--users`` units, each with its unit user and its 2023 submission; ``jixiao serve``
is started on a free localhost port; then one thread per user signs in like a browser
(login page, CSRF token, session cookie) and, ``--rounds`` times, opens its submission's
基本信息 section, changes fields, and posts the whole form back with the version it read.
``--shared`` units get a second user (a colleague in the same unit) who edits another
field of the same section at the same time, so stale versions really happen: a 409 is
answered as the page tells a person to (reload, redo the change, save again).

At the end every stored document is compared with the last values each user saved, and
each submission's version with the number of saves acknowledged (one version per save):
``saves lost`` counts the differences and must be 0.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _webbench import DEFAULT_PG_URL
from _webbench import backends
from _webbench import environment
from _webbench import median
from _webbench import percentile
from _webbench import table
from _webclient import Browser
from _webclient import form_fields
from _webclient import free_port
from _webclient import start_server
from _webclient import stop_server

PASSWORD = "bench-pw-2024"
YEAR = 2023
SECTION = "info"
#: field each kind of user changes in the 基本信息 section (the form posts all of them).
PRIMARY_FIELDS = ("unit:contact", "unit:notice")
SECOND_FIELDS = ("unit:phone",)
MAX_RETRIES = 50


# --- seeding and reading back (run in a child process configured for the backend) ---


def seed(users: int, shared: int) -> list[dict[str, Any]]:
    """Migrate, create ``users`` units with a user and a 2023 submission each."""
    import django  # noqa: PLC0415

    django.setup()
    from django.contrib.auth import get_user_model  # noqa: PLC0415
    from django.contrib.auth.hashers import make_password  # noqa: PLC0415
    from django.core.management import call_command  # noqa: PLC0415
    from django.db import transaction  # noqa: PLC0415

    from jixiao.web.models import Bureau  # noqa: PLC0415
    from jixiao.web.models import Department  # noqa: PLC0415
    from jixiao.web.models import Profile  # noqa: PLC0415
    from jixiao.web.models import Role  # noqa: PLC0415
    from jixiao.web.models import SubmissionRecord  # noqa: PLC0415
    from jixiao.web.models import Unit  # noqa: PLC0415
    from jixiao.web.services.demo import complete_document  # noqa: PLC0415
    from jixiao.web.services.demo import seed_document  # noqa: PLC0415
    from jixiao.web.services.evaluation import evaluate_document  # noqa: PLC0415
    from jixiao.web.services.evaluation import summarize  # noqa: PLC0415
    from jixiao.web.services.evaluation import to_document  # noqa: PLC0415

    call_command("migrate", interactive=False, verbosity=0)
    user_model = get_user_model()
    password = make_password(PASSWORD)  # the real hasher: logins cost what they cost
    base = complete_document(seed_document())
    logins = []
    with transaction.atomic():
        bureau = Bureau.objects.create(name="压力测试财政局")
        department = Department.objects.create(bureau=bureau, name="压力测试主管部门")
        for n in range(1, users + 1):
            unit = Unit.objects.create(department=department, name=f"压测单位{n:03d}")
            document = {**base, "unit": {**base["unit"], "name": unit.name, "year": YEAR}}
            evaluation, _findings = evaluate_document(document, "bumen-zhengti")
            assert evaluation is not None
            record = SubmissionRecord.objects.create(
                unit=unit,
                year=YEAR,
                document=to_document(evaluation.submission),
                summary=summarize(evaluation),
            )
            names = [f"u{n:03d}"] + ([f"u{n:03d}b"] if n <= shared else [])
            for kind, name in zip(("primary", "second"), names, strict=False):
                user = user_model.objects.create(username=name, password=password)
                Profile.objects.create(user=user, role=Role.UNIT, unit=unit)
                logins.append({"username": name, "record": record.pk, "kind": kind})
    return logins


def dump() -> dict[str, Any]:
    """Every stored submission: its document and version, by record id."""
    import django  # noqa: PLC0415

    django.setup()
    from jixiao.web.models import SubmissionRecord  # noqa: PLC0415

    return {
        str(pk): {"document": document, "version": version}
        for pk, document, version in SubmissionRecord.objects.values_list(
            "pk", "document", "version"
        )
    }


@dataclass
class User:
    """One simulated user: who, which submission, what it saved."""

    username: str
    record: int
    kind: str
    saves: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    last_sent: dict[str, str] = field(default_factory=dict)


def login(browser: Browser, user: User) -> None:
    """Sign in through the login page like a person would."""
    page = browser.get("/login/")
    form = form_fields(page.body, "narrow") or {}
    form |= {"username": user.username, "password": PASSWORD}
    response = browser.request("POST", "/login/", form)
    if response.status != 302:
        raise RuntimeError(f"login {user.username}: {response.status}")


def fill(browser: Browser, user: User, rounds: int, seed: int) -> None:
    """``rounds`` times: change this user's fields in the section and save (409 → redo)."""
    rng = random.Random(seed)
    url = f"/submissions/{user.record}/edit/{SECTION}/"
    page = browser.get(url)
    names = PRIMARY_FIELDS if user.kind == "primary" else SECOND_FIELDS
    for round_no in range(1, rounds + 1):
        values = {name: f"{user.username}-第{round_no}轮-{rng.randint(0, 9999)}" for name in names}
        for _attempt in range(MAX_RETRIES):
            form = form_fields(page.body, "section-form")
            if "version" not in form:
                raise RuntimeError(f"{user.username}: no section form at {url}")
            response = browser.request("POST", url, form | values)
            if response.status == 302:
                user.saves += 1
                user.last_sent = values
                page = browser.get(response.location or url)
                break
            if response.status == 409:
                user.conflicts += 1
                time.sleep(rng.uniform(0, 0.02))
                page = browser.get(url)
                continue
            user.errors.append(f"POST {url}: {response.status} {response.body[:200]}")
            page = browser.get(url)
            break
        else:
            user.errors.append(f"{user.username}: gave up after {MAX_RETRIES} conflicts")


# --- one backend ---


def _child(env: dict[str, str], *args: str) -> Any:
    done = subprocess.run(
        [sys.executable, __file__, *args], env=env, check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _threads(target: Any, items: list[Any]) -> None:
    threads = [threading.Thread(target=target, args=(item,)) for item in items]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def lost_saves(users: list[User], stored: dict[str, Any]) -> list[str]:
    """Every difference between what was acknowledged and what is stored."""
    problems = []
    saves_per_record: dict[int, int] = {}
    for user in users:
        saves_per_record[user.record] = saves_per_record.get(user.record, 0) + user.saves
        document = stored[str(user.record)]["document"]
        for name, value in user.last_sent.items():
            section, key = name.split(":", 1)
            found = document.get(section, {}).get(key)
            if found != value:
                problems.append(f"{user.username} {name}: sent {value!r}, stored {found!r}")
    for record, saves in saves_per_record.items():
        version = stored[str(record)]["version"]
        if version != 1 + saves:
            problems.append(f"record {record}: {saves} saves acknowledged, version {version}")
    return problems


def run_backend(backend: str, args: argparse.Namespace) -> dict[str, Any]:
    """Seed, serve, load, verify one backend; its figures."""
    with environment(backend, args.pg_url, "jixiao_bench_load") as env:
        logins = _child(env, "--seed", f"--users={args.users}", f"--shared={args.shared}")
        users = [User(item["username"], item["record"], item["kind"]) for item in logins]
        port = free_port()
        server = start_server(env, port)
        try:
            browsers = {u.username: Browser(port) for u in users}
            _threads(lambda u: login(browsers[u.username], u), users)
            for browser in browsers.values():
                browser.measuring = True
            start = time.perf_counter()
            seeds = {u.username: n for n, u in enumerate(users)}
            _threads(
                lambda u: _guarded(fill, browsers[u.username], u, args.rounds, seeds[u.username]),
                users,
            )
            elapsed = time.perf_counter() - start
        finally:
            for browser in browsers.values():
                browser.close()
            stop_server(server)
        stored = _child(env, "--dump")
    times = [t for b in browsers.values() for _method, t in b.times]
    saves = [t for b in browsers.values() for method, t in b.times if method == "POST"]
    problems = lost_saves(users, stored)
    errors = [e for u in users for e in u.errors]
    for line in (problems + errors)[:10]:
        print(f"  {backend}: {line}", file=sys.stderr)
    return {
        "backend": backend,
        "users": len(users),
        "units": args.users,
        "requests": len(times),
        "seconds": elapsed,
        "p50": median(times),
        "p95": percentile(times, 0.95),
        "save_p50": median(saves),
        "save_p95": percentile(saves, 0.95),
        "saves": sum(u.saves for u in users),
        "lost": len(problems),
        "conflicts": sum(u.conflicts for u in users),
        "errors": len(errors),
    }


def _guarded(function: Any, browser: Browser, user: User, *args: Any) -> None:
    try:
        function(browser, user, *args)
    except Exception as error:
        user.errors.append(f"{user.username}: {error}")


def main() -> None:
    """Parse the options, run every backend, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--users", type=int, default=50, help="units, each with its user")
    parser.add_argument("--rounds", type=int, default=10, help="saves per user")
    parser.add_argument("--shared", type=int, default=10, help="units with a second user")
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--seed", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        print(json.dumps(seed(args.users, min(args.shared, args.users))))
        return
    if args.dump:
        print(json.dumps(dump(), ensure_ascii=False))
        return
    results = [run_backend(backend, args) for backend in backends(args.db)]
    headers = ["backend", "users", "units", "rounds", "requests", "req/s", "p50 ms", "p95 ms"]
    headers += ["save p50 ms", "save p95 ms", "saves", "saves lost", "conflicts", "errors"]
    rows = [
        [
            r["backend"],
            r["users"],
            r["units"],
            args.rounds,
            r["requests"],
            f"{r['requests'] / r['seconds']:.1f}",
            f"{r['p50']:.0f}",
            f"{r['p95']:.0f}",
            f"{r['save_p50']:.0f}",
            f"{r['save_p95']:.0f}",
            r["saves"],
            r["lost"],
            r["conflicts"],
            r["errors"],
        ]
        for r in results
    ]
    print(table(headers, rows))
    if any(r["lost"] or r["errors"] for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()

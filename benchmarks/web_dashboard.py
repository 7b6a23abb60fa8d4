"""Benchmark: the bureau dashboard with 5,000 units, on SQLite and PostgreSQL.

Usage:  python benchmarks/web_dashboard.py [--db sqlite|postgres|both] [--units 5000]
                                          [--repeat 20] [--pg-url postgresql://…]

For each backend a fresh database is made (SQLite in a temporary data directory;
PostgreSQL in a dedicated database ``jixiao_bench_dashboard``, created and dropped here),
``--units`` units are seeded with evaluated submissions for 2023 (two thirds also with a
2022 submission, for the 上年对比 view) by ``bulk_create``, and the dashboard is requested
``--repeat`` times per variant (sort / filter / page / year-on-year) as a bureau reviewer
through Django's test client (the whole request: middleware, session, queries, template).
Target: p95 under 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _webbench import DEFAULT_PG_URL
from _webbench import backends
from _webbench import environment
from _webbench import median
from _webbench import percentile
from _webbench import table

YEAR = 2023
DEPARTMENTS = 20
#: name → query string of the dashboard requests timed.
VARIANTS = {
    "默认（总分降序）": "",
    "按单位名称": "sort=name",
    "执行率降序": "sort=-execution_rate",
    "状态=已通过": "status=已通过",
    "单个主管部门": "department=主管部门07",
    "第 5 页": "page=5",
}
COMPARE_VARIANTS = {
    "上年对比": "",
    "上年对比·按变化": "sort=-score_change",
}


def _seed(units: int) -> Any:
    """Bureau, departments, ``units`` units with 2023 (and most with 2022) submissions."""
    import random  # noqa: PLC0415

    from django.db import transaction  # noqa: PLC0415

    from jixiao.web.models import Bureau  # noqa: PLC0415
    from jixiao.web.models import Department  # noqa: PLC0415
    from jixiao.web.models import Role  # noqa: PLC0415
    from jixiao.web.models import Status  # noqa: PLC0415
    from jixiao.web.models import SubmissionRecord  # noqa: PLC0415
    from jixiao.web.models import Unit  # noqa: PLC0415
    from jixiao.web.services.demo import _user  # noqa: PLC0415
    from jixiao.web.services.demo import complete_document  # noqa: PLC0415
    from jixiao.web.services.demo import seed_document  # noqa: PLC0415
    from jixiao.web.services.evaluation import evaluate_document  # noqa: PLC0415
    from jixiao.web.services.evaluation import summarize  # noqa: PLC0415
    from jixiao.web.services.evaluation import to_document  # noqa: PLC0415

    evaluation, _ = evaluate_document(complete_document(seed_document()), "bumen-zhengti")
    assert evaluation is not None
    document = to_document(evaluation.submission)
    base = summarize(evaluation)
    rng = random.Random(5000)
    statuses = [Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.APPROVED]

    def summary() -> dict[str, Any]:
        score = rng.randint(5500, 9900) / 100
        grade = "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"
        return {
            **base,
            "total_score": f"{score:.2f}",
            "grade": grade,
            "execution_rate": f"{rng.randint(6000, 10000) / 100:.2f}",
            "adjustment_rate": f"{rng.randint(0, 3000) / 100:.2f}",
            "carryover_rate": f"{rng.randint(0, 2500) / 100:.2f}",
        }

    with transaction.atomic():
        bureau = Bureau.objects.create(name="基准测试财政局")
        departments = Department.objects.bulk_create(
            Department(bureau=bureau, name=f"主管部门{n:02d}") for n in range(1, DEPARTMENTS + 1)
        )
        made = Unit.objects.bulk_create(
            (
                Unit(department=departments[n % DEPARTMENTS], name=f"预算单位{n:05d}")
                for n in range(1, units + 1)
            ),
            batch_size=1000,
        )
        made = list(Unit.objects.order_by("id"))
        records = []
        for n, unit in enumerate(made):
            years = (YEAR, YEAR - 1) if n % 3 else (YEAR,)
            for year in years:
                record = SubmissionRecord(
                    unit=unit,
                    year=year,
                    status=statuses[n % len(statuses)] if year == YEAR else Status.APPROVED,
                    document=document,
                    summary=summary(),
                )
                record.copy_summary()  # what save() does; bulk_create does not call save()
                records.append(record)
        SubmissionRecord.objects.bulk_create(records, batch_size=500)
        _user("caizheng", Role.BUREAU, bureau=bureau)


def _time(client: Any, url: str, repeat: int) -> list[float]:
    client.get(url)  # warm-up: template compilation, connection
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times


def _count_queries(connection: Any, client: Any, url: str) -> int:
    """How many SQL statements one request of ``url`` runs."""
    statements: list[str] = []

    def record(run: Any, sql: str, *rest: Any) -> Any:
        statements.append(sql)
        return run(sql, *rest)

    with connection.execute_wrapper(record):
        client.get(url)
    return len(statements)


def run_child(units: int, repeat: int) -> dict[str, Any]:
    """In a process configured for one backend: migrate, seed, time every variant."""
    import django  # noqa: PLC0415

    django.setup()
    from django.conf import settings  # noqa: PLC0415
    from django.contrib.auth import get_user_model  # noqa: PLC0415
    from django.core.management import call_command  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415
    from django.test import Client  # noqa: PLC0415
    from django.urls import NoReverseMatch  # noqa: PLC0415
    from django.urls import reverse  # noqa: PLC0415

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("migrate", interactive=False, verbosity=0)
    start = time.perf_counter()
    _seed(units)
    seed_seconds = time.perf_counter() - start
    client = Client()
    client.force_login(get_user_model().objects.get(username="caizheng"))
    pages = {name: f"{reverse('dashboard')}?year={YEAR}&{q}" for name, q in VARIANTS.items()}
    try:
        compare = reverse("dashboard-compare")
        pages |= {name: f"{compare}?year={YEAR}&{q}" for name, q in COMPARE_VARIANTS.items()}
    except NoReverseMatch:
        pass
    results: dict[str, Any] = {"seed_seconds": seed_seconds, "variants": {}}
    for name, url in pages.items():
        queries = _count_queries(connection, client, url)
        times = _time(client, url, repeat)
        results["variants"][name] = {"times": times, "queries": queries}
    return results


def main() -> None:
    """Run every backend in its own process and print one table per backend."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--units", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.units, args.repeat)))
        return
    summary = []
    before = os.getloadavg()
    for backend in backends(args.db):
        with environment(backend, args.pg_url, "jixiao_bench_dashboard") as env:
            command = [sys.executable, __file__, "--child", f"--units={args.units}"]
            command.append(f"--repeat={args.repeat}")
            done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        rows = []
        every: list[float] = []
        for name, figures in result["variants"].items():
            times = figures["times"]
            every += times
            rows.append(
                [
                    name,
                    figures["queries"],
                    f"{median(times):.0f}",
                    f"{percentile(times, 0.95):.0f}",
                    f"{max(times):.0f}",
                ]
            )
        p95 = percentile(every, 0.95)
        rows.append(["全部", "", f"{median(every):.0f}", f"{p95:.0f}", f"{max(every):.0f}"])
        print(f"\n{backend}: {args.units} units, seeded in {result['seed_seconds']:.1f} s")
        print(table(["request", "queries", "p50 ms", "p95 ms", "max ms"], rows))
        summary.append([backend, args.units, len(every), f"{median(every):.0f}", f"{p95:.0f}"])
        summary[-1].append("yes" if p95 < 300 else "NO")
    print()
    print(table(["backend", "units", "requests", "p50 ms", "p95 ms", "p95 < 300 ms"], summary))
    after = os.getloadavg()
    print(
        f"load average (1 min) {before[0]:.2f} before, {after[0]:.2f} after, on "
        f"{os.cpu_count()} CPUs: figures taken on a busy machine run slower"
    )


if __name__ == "__main__":
    main()

"""Several machines' worth of jixiao on this one: two web processes and two workers over
one database (the test database's server: PostgreSQL in the PostgreSQL run, a shared
SQLite file otherwise) and one shared data folder. Review jobs are uploaded through both
web processes; one worker is killed (SIGKILL) while it runs a job; the other worker puts
that job back in the queue and runs it. Every job ends done exactly once, none is lost.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.web.test_serve import _free_port

JOBS = 6
FILES_PER_JOB = 2
LINES_PER_FILE = 2500
STALE_SECONDS = 3
WAIT_SECONDS = 300
JIXIAO = str(Path(sys.executable).parent / "jixiao")


def _report(number: int) -> bytes:
    lines = [f"2023年度第{number}号单位部门整体支出绩效自评报告"]
    lines += [
        f"第{i}项工作全年支出{300 + i}.00万元，其中基本支出{200 + i}.00万元、项目支出100.00万元。"
        for i in range(LINES_PER_FILE)
    ]
    return "\n".join(lines).encode("utf-8")


# --- the database and the processes -------------------------------------------------------


@pytest.fixture
def database(tmp_path: Path) -> Iterator[str]:
    """A fresh database of its own on the test run's server (``DATABASE_URL``), or ""."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        yield ""
        return
    import psycopg  # noqa: PLC0415 - only the PostgreSQL run needs it

    name = f"jixiao_jobs_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urllib.parse.urlsplit(url)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def cluster(tmp_path: Path, database: str) -> Iterator[dict[str, Any]]:
    """Two ``jixiao serve`` (no embedded worker) and two ``jixiao worker`` processes."""
    env = {
        **os.environ,
        "JIXIAO_DATA_DIR": str(tmp_path / "shared"),
        "JIXIAO_TASKS": "database",
        "JIXIAO_SERVE_WORKER": "0",
        "JIXIAO_WORKER_STALE_SECONDS": str(STALE_SECONDS),
        "DATABASE_URL": database,
    }
    processes: dict[str, subprocess.Popen[str]] = {}
    try:
        ports = []
        for number, demo in ((1, ["--demo"]), (2, [])):  # the first migrates and makes users
            port = _free_port()
            web = subprocess.Popen(
                [JIXIAO, "serve", *demo, "--port", str(port)],
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            processes[f"web{number}"] = web
            _wait_for_line(web, f"http://127.0.0.1:{port}/")
            ports.append(port)
        for number in (1, 2):
            processes[f"worker{number}"] = subprocess.Popen(
                [JIXIAO, "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        yield {"ports": ports, "processes": processes, "env": env, "data": tmp_path / "shared"}
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_for_line(process: subprocess.Popen[str], text: str) -> None:
    assert process.stdout is not None
    for _ in range(40):
        line = process.stdout.readline()
        if text in line:
            return
        assert line, f"jixiao serve ended before printing {text}"
    raise AssertionError(f"jixiao serve never printed {text}")


# --- a browser over HTTP ------------------------------------------------------------------


class Browser:
    """Cookies, CSRF and multipart uploads, as a browser sends them."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str) -> tuple[str, str]:
        with self.opener.open(self.base + path, timeout=60) as response:
            return response.geturl(), response.read().decode("utf-8")

    def _token(self) -> str:
        return next(c.value or "" for c in self.jar if c.name == "csrftoken")

    def post(self, path: str, body: bytes, content_type: str) -> str:
        headers = {"Content-Type": content_type, "Origin": self.base, "X-CSRFToken": self._token()}
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        with self.opener.open(request, timeout=120) as response:
            url: str = response.geturl()
            return url

    def login(self, name: str, password: str) -> None:
        self.get("/login/")
        form = {"username": name, "password": password, "csrfmiddlewaretoken": self._token()}
        body = urllib.parse.urlencode(form).encode()
        self.post("/login/", body, "application/x-www-form-urlencoded")

    def upload(self, files: dict[str, bytes]) -> str:
        """Post the documents to 文件复核; the job's id from the page it lands on."""
        self.get("/check/")
        boundary = uuid.uuid4().hex
        token = f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"'
        parts = [f"{token}\r\n\r\n{self._token()}\r\n".encode()]
        for name, data in files.items():
            head = (  # a browser sends the name as UTF-8
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="{name}"\r\nContent-Type: text/plain\r\n\r\n'
            )
            parts.append(head.encode() + data + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        landed = self.post("/check/", b"".join(parts), f"multipart/form-data; boundary={boundary}")
        found = re.search(r"/jobs/([0-9a-f-]{36})/", landed)
        assert found, landed
        return found.group(1)


# --- looking at the shared database -------------------------------------------------------


def _query(cluster: dict[str, Any], sql: str) -> list[tuple[Any, ...]]:
    url = cluster["env"]["DATABASE_URL"]
    if url:
        import psycopg  # noqa: PLC0415

        with psycopg.connect(url) as connection:
            return list(connection.execute(sql).fetchall())
    with sqlite3.connect(cluster["data"] / "jixiao.sqlite3", timeout=30) as connection:
        return list(connection.execute(sql).fetchall())


def _until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"waited {WAIT_SECONDS}s for {what}")


def _loaded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value  # SQLite keeps JSON as text


def _running_jobs(cluster: dict[str, Any]) -> dict[int, str]:
    """pid of a worker → the job it is running (its task claimed, the job begun)."""
    rows = _query(
        cluster,
        "SELECT args_kwargs, worker_ids FROM django_tasks_database_dbtaskresult"
        " WHERE status = 'RUNNING'",
    )
    running = {
        str(uuid.UUID(str(job_id)))
        for job_id, state in _query(cluster, "SELECT id, state FROM jixiao_job")
        if state == "running"
    }
    held: dict[int, str] = {}
    for arguments, workers in rows:
        job_id, holders = _loaded(arguments)["args"][0], _loaded(workers)
        if holders and job_id in running:
            held[int(holders[-1].split("-")[-2])] = job_id
    return held


def test_two_webs_two_workers_a_killed_worker_loses_nothing(cluster: dict[str, Any]) -> None:
    from jixiao.web.services.demo import PASSWORD  # noqa: PLC0415

    browsers = [Browser(port) for port in cluster["ports"]]
    for browser in browsers:
        browser.login("caizheng", PASSWORD)
    job_ids = [
        browsers[n % 2].upload({f"报告{n}-{k}.txt": _report(n) for k in range(FILES_PER_JOB)})
        for n in range(JOBS)
    ]
    victim = cluster["processes"]["worker1"]
    _until(lambda: victim.pid in _running_jobs(cluster), "worker 1 to be running a job")
    interrupted = _running_jobs(cluster)[victim.pid]
    os.kill(victim.pid, signal.SIGKILL)  # mid-job: no result, no goodbye
    victim.wait(timeout=10)

    def all_done() -> bool:
        states = _query(cluster, "SELECT state FROM jixiao_job")
        return len(states) == JOBS and all(s == "done" for (s,) in states)

    _until(all_done, "every job to be done by the surviving worker")
    rows = _query(cluster, "SELECT id, completions, attempts, done, total FROM jixiao_job")
    assert len(rows) == JOBS
    assert {str(uuid.UUID(str(r[0]))) for r in rows} == set(job_ids)
    assert all(r[1] == 1 for r in rows), rows  # finished exactly once
    attempts = {str(uuid.UUID(str(r[0]))): r[2] for r in rows}
    assert attempts[interrupted] == 2, rows  # the killed worker's job ran again, from the start
    assert all(r[3] == r[4] == FILES_PER_JOB for r in rows), rows

    def all_successful() -> bool:
        # the task runner marks its result after the job's own state is saved: wait for it
        statuses = _query(cluster, "SELECT status FROM django_tasks_database_dbtaskresult")
        return sorted(s for (s,) in statuses) == ["SUCCESSFUL"] * JOBS

    _until(all_successful, "every task's result to be marked successful")
    # each job's page, through the other web process, lists each of its files once
    for number, job_id in enumerate(job_ids):
        _, page = browsers[(number + 1) % 2].get(f"/jobs/{job_id}/")
        assert "已完成" in page and f"已复核 {FILES_PER_JOB} 个文件" in page
        for k in range(FILES_PER_JOB):
            assert page.count(f"<h3>报告{number}-{k}.txt</h3>") == 1
        summary = cluster["data"] / "jobs" / job_id / "复核汇总.xlsx"
        assert summary.is_file()


def test_one_pc_serve_runs_jobs_with_no_other_process(tmp_path: Path, database: str) -> None:
    """``jixiao serve`` alone (the ``make demo`` set-up): its own worker runs the job."""
    from jixiao.web.services.demo import PASSWORD  # noqa: PLC0415

    port = _free_port()
    env = {**os.environ, "JIXIAO_DATA_DIR": str(tmp_path), "JIXIAO_TASKS": "database"}
    env.pop("JIXIAO_SERVE_WORKER", None)
    env["DATABASE_URL"] = database
    web = subprocess.Popen(
        [JIXIAO, "serve", "--demo", "--port", str(port)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        _wait_for_line(web, f"http://127.0.0.1:{port}/")
        browser = Browser(port)
        browser.login("danwei", PASSWORD)
        job_id = browser.upload({"报告.txt": _report(1)})
        pages: list[str] = []

        def finished() -> bool:
            pages.append(browser.get(f"/jobs/{job_id}/")[1])
            return "已完成" in pages[-1]

        _until(finished, "the embedded worker to finish the job")
        assert "复核结果（1 个文件）" in pages[-1]
        assert "下载复核汇总表" in pages[-1]
    finally:
        web.terminate()
        web.wait(timeout=20)

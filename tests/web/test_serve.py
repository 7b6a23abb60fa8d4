"""``jixiao serve`` starts a real WSGI server: pages and static files answer."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "JIXIAO_DATA_DIR": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)  # its own SQLite file, not the test database
    jixiao = Path(sys.executable).parent / "jixiao"  # the console script of this venv
    command = [str(jixiao), "serve", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # printed once migrations are applied
        assert f"http://127.0.0.1:{port}/" in line, line
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_answers_pages_and_static_files(server: str) -> None:
    status, page = _get(f"{server}/login/")
    assert status == 200 and "登录" in page.decode()
    status, script = _get(f"{server}/static/jixiao/htmx.min.js")
    assert status == 200 and len(script) > 10_000
    status, _ = _get(f"{server}/static/admin/css/base.css")
    assert status == 200

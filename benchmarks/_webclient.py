"""A real ``jixiao serve`` on a free port, and a browser-like HTTP client for it.

The client keeps its cookies and a kept-alive connection, posts forms with an Origin
header as browsers do, and records the latency of every request while measuring.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from dataclasses import field
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode
from urllib.parse import urlsplit


class FormParser(HTMLParser):
    """The fields of the first form whose class includes ``form_class`` (as a browser posts)."""

    def __init__(self, form_class: str) -> None:
        super().__init__(convert_charrefs=True)
        self.form_class = form_class
        self.inside = False
        self.done = False
        self.fields: dict[str, str] = {}
        self._select: str | None = None
        self._first_option: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and not self.done and self.form_class in a.get("class", "").split():
            self.inside = True
        if not self.inside:
            return
        name = a.get("name", "")
        if tag == "input" and name:
            self._input(name, a)
        elif tag == "select" and name:
            self._select, self._first_option = name, None
        elif tag == "option" and self._select:
            self._option(self._select, a)
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []

    def _input(self, name: str, a: dict[str, str]) -> None:
        kind = a.get("type", "text").lower()
        if kind in {"submit", "button", "file", "image", "reset"}:
            return
        if kind in {"checkbox", "radio"} and "checked" not in a:
            return
        self.fields[name] = a.get("value", "on" if kind == "checkbox" else "")

    def _option(self, select: str, a: dict[str, str]) -> None:
        value = a.get("value", "")
        if self._first_option is None:
            self._first_option = value
            self.fields[select] = value
        if "selected" in a:
            self.fields[select] = value

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self.inside:
            self.inside, self.done = False, True
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.fields[self._textarea] = "".join(self._text).removeprefix("\n")
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self._text.append(data)


def form_fields(html: str, form_class: str) -> dict[str, str]:
    """What a browser would post from the page's form with ``form_class``."""
    parser = FormParser(form_class)
    parser.feed(html)
    return parser.fields


@dataclass
class Response:
    """One HTTP response."""

    status: int
    location: str
    body: str


@dataclass
class Browser:
    """Cookies, a kept-alive connection, and the latency of every measured request."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)
    times: list[tuple[str, float]] = field(default_factory=list)
    measuring: bool = False
    connection: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, data: dict[str, str] | None = None) -> Response:
        """Send one request the way a browser would (cookies, Origin on POST, keep-alive).

        A GET whose connection fails is retried on a new connection, as browsers do; a
        failed POST is an error (it may or may not have been stored).
        """
        headers = {"Host": f"127.0.0.1:{self.port}", "Accept": "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
        for attempt in range(5):
            start = time.perf_counter()
            try:
                raw, text = self._send(method, path, body, headers)
                break
            except (OSError, http.client.HTTPException):
                self.close()
                if method != "GET" or attempt == 4:
                    raise
                time.sleep(0.2 * (attempt + 1))
        if self.measuring:
            self.times.append((method, (time.perf_counter() - start) * 1000))
        for header in raw.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        if raw.headers.get("Connection", "").lower() == "close":
            self.close()
        return Response(raw.status, urlsplit(raw.headers.get("Location", "")).path, text)

    def _send(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str]
    ) -> tuple[http.client.HTTPResponse, str]:
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        self.connection.request(method, path, body=body, headers=headers)
        raw = self.connection.getresponse()
        return raw, raw.read().decode("utf-8", "replace")

    def close(self) -> None:
        """Drop the connection (the next request opens a new one)."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def get(self, path: str) -> Response:
        """GET ``path``, failing on anything but 200."""
        response = self.request("GET", path)
        if response.status != 200:
            raise RuntimeError(f"GET {path}: {response.status}")
        return response


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """``jixiao serve`` on ``port``, once it answers."""
    jixiao = Path(sys.executable).with_name("jixiao")
    server = subprocess.Popen(
        [str(jixiao), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("jixiao serve exited")
        try:
            probe = Browser(port)
            probe.get("/login/")
            probe.close()
        except (OSError, RuntimeError):
            time.sleep(0.2)
            continue
        return server
    stop_server(server)
    raise RuntimeError("jixiao serve did not answer within 60 s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """Stop the server this script started (its own process group only)."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()

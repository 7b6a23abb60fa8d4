"""Web settings read from the environment in one place (prefix ``JIXIAO_``).

Every option is listed in :data:`OPTIONS` with its default and meaning; docs/web.md
repeats the table and a test checks that it does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from urllib.parse import urlsplit

#: name → (default, meaning). ``DATABASE_URL`` is read without the prefix, as usual.
OPTIONS: dict[str, tuple[str, str]] = {
    "JIXIAO_DATA_DIR": ("./data", "数据目录：SQLite 数据库与临时文件所在位置"),
    "JIXIAO_SECRET_KEY": ("", "Django SECRET_KEY；为空时在数据目录中生成并保存"),
    "JIXIAO_DEBUG": ("0", "调试模式（1 开启）"),
    "JIXIAO_ALLOWED_HOSTS": ("localhost,127.0.0.1,[::1],testserver", "允许的主机名，逗号分隔"),
    "JIXIAO_UPLOAD_MAX_MB": ("10", "上传填报工作簿的大小上限（MB）"),
    "JIXIAO_UNZIPPED_MAX_MB": ("100", "工作簿解压后的大小上限（MB），防止压缩炸弹"),
    "JIXIAO_LOGIN_MAX_FAILURES": ("5", "同一用户名与 IP 在时间窗内允许的登录失败次数"),
    "JIXIAO_LOGIN_WINDOW_MINUTES": ("15", "登录失败计数的时间窗（分钟）"),
    "JIXIAO_HTTPS": (
        "0",
        "经 HTTPS 提供服务时设为 1：Cookie 仅经 HTTPS 发送，并启用 HSTS 与 HTTP 跳转",
    ),
    "JIXIAO_SESSION_HOURS": ("8", "登录有效时长（小时）；关闭浏览器即退出登录"),
    "JIXIAO_RESULT_RULES": ("", "结果应用规则 YAML 文件；为空时使用内置 result_rules.yaml"),
    "JIXIAO_TASKS": (
        "database",
        "长任务（文件复核、PDF）的执行方式：database 由后台进程执行（jixiao serve 自带一个，"
        "jixiao worker 可在多台机器上另起）；immediate 在请求中直接执行（仅用于测试）",
    ),
    "JIXIAO_SERVE_WORKER": ("1", "jixiao serve 是否同时运行一个后台任务进程（0 关闭）"),
    "JIXIAO_WORKER_STALE_SECONDS": (
        "60",
        "后台任务进程失联多少秒后，其手中的任务交由其他进程重做",
    ),
    "DATABASE_URL": (
        "",
        "PostgreSQL 连接串（postgresql://用户:密码@主机:端口/库名）；为空用 SQLite",
    ),
}


class ConfigError(ValueError):
    """A setting that cannot be used; the message is Chinese and complete."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WebConfig:
    """The web settings after parsing."""

    data_dir: Path
    secret_key: str
    debug: bool
    allowed_hosts: list[str]
    upload_max_bytes: int
    unzipped_max_bytes: int
    login_max_failures: int
    login_window_seconds: int
    https: bool
    session_seconds: int
    result_rules: str
    tasks: str
    serve_worker: bool
    worker_stale_seconds: int
    database_url: str


def _get(env: dict[str, str], name: str) -> str:
    return env.get(name, OPTIONS[name][0])


def _int(env: dict[str, str], name: str) -> int:
    raw = _get(env, name)
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"环境变量 {name} 应为整数，实际为“{raw}”。") from None


def read_config(env: dict[str, str] | None = None) -> WebConfig:
    """Read every option from ``env`` (default: the process environment)."""
    env = dict(os.environ) if env is None else env
    return WebConfig(
        data_dir=Path(_get(env, "JIXIAO_DATA_DIR")).resolve(),
        secret_key=_get(env, "JIXIAO_SECRET_KEY"),
        debug=_get(env, "JIXIAO_DEBUG") == "1",
        allowed_hosts=[
            h.strip() for h in _get(env, "JIXIAO_ALLOWED_HOSTS").split(",") if h.strip()
        ],
        upload_max_bytes=_int(env, "JIXIAO_UPLOAD_MAX_MB") * 1024 * 1024,
        unzipped_max_bytes=_int(env, "JIXIAO_UNZIPPED_MAX_MB") * 1024 * 1024,
        login_max_failures=_int(env, "JIXIAO_LOGIN_MAX_FAILURES"),
        login_window_seconds=_int(env, "JIXIAO_LOGIN_WINDOW_MINUTES") * 60,
        https=_get(env, "JIXIAO_HTTPS") == "1",
        session_seconds=_int(env, "JIXIAO_SESSION_HOURS") * 3600,
        result_rules=_get(env, "JIXIAO_RESULT_RULES"),
        tasks=_tasks(env),
        serve_worker=_get(env, "JIXIAO_SERVE_WORKER") != "0",
        worker_stale_seconds=_int(env, "JIXIAO_WORKER_STALE_SECONDS"),
        database_url=_get(env, "DATABASE_URL"),
    )


TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def _tasks(env: dict[str, str]) -> str:
    raw = _get(env, "JIXIAO_TASKS")
    if raw not in TASK_BACKENDS:
        raise ConfigError(f"环境变量 JIXIAO_TASKS 应为 database 或 immediate，实际为“{raw}”。")
    return raw


def database_settings(url: str, data_dir: Path) -> dict[str, Any]:
    """Django DATABASES["default"] for a ``DATABASE_URL`` (PostgreSQL) or SQLite."""
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(data_dir / "jixiao.sqlite3"),
            # One writer at a time, taken at BEGIN, so concurrent saves queue, not fail.
            "OPTIONS": {"timeout": 30, "transaction_mode": "IMMEDIATE"},
        }
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        shown = f"{parts.scheme}://…" if parts.scheme else url.splitlines()[0][:40]
        raise ConfigError(
            "DATABASE_URL 仅支持 postgresql://用户:密码@主机:端口/库名 形式，"
            f"实际为“{shown}”；不设置则使用 SQLite。"
        )
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        # Keep connections across requests (a new one per request costs a few ms).
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def secret_key(config: WebConfig) -> str:
    """The configured key, or one generated once and kept in the data directory."""
    if config.secret_key:
        return config.secret_key
    path = config.data_dir / "secret_key.txt"
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    from django.core.management.utils import get_random_secret_key  # noqa: PLC0415

    key = get_random_secret_key()
    path.write_text(key, encoding="utf-8")
    return key

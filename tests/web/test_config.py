"""Settings: every option documented, DATABASE_URL parsed, bad values refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.web.services.config import OPTIONS
from jixiao.web.services.config import ConfigError
from jixiao.web.services.config import database_settings
from jixiao.web.services.config import read_config

DOC = Path(__file__).resolve().parents[2] / "docs" / "web.md"


def test_every_option_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in OPTIONS:
        assert f"`{name}`" in text, name


def test_database_url() -> None:
    url = "postgresql://ji%40xiao:p%3Aw@db.example:5433/jixiao"
    got = database_settings(url, Path("/tmp"))
    assert got["ENGINE"] == "django.db.backends.postgresql"
    assert (got["USER"], got["PASSWORD"], got["HOST"], got["PORT"], got["NAME"]) == (
        "ji@xiao",
        "p:w",
        "db.example",
        "5433",
        "jixiao",
    )
    assert database_settings("", Path("/tmp"))["ENGINE"] == "django.db.backends.sqlite3"
    assert got["CONN_MAX_AGE"] > 0  # connections are kept across requests
    with pytest.raises(ConfigError, match="仅支持"):
        database_settings("mysql://x/y", Path("/tmp"))
    # a stray line in front of the URL (what once broke CI) names the value, not "://"
    with pytest.raises(ConfigError, match="“Removed stale pid file"):
        database_settings("Removed stale pid file.\npostgresql://a@b/c", Path("/tmp"))


def test_bad_integer_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="JIXIAO_UPLOAD_MAX_MB"):
        read_config({"JIXIAO_UPLOAD_MAX_MB": "十"})

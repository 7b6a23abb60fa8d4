"""Shared helpers of the web benchmarks: a fresh database per backend, percentiles, tables.

Each backend runs in its own environment (``JIXIAO_DATA_DIR`` in a new temporary
directory; for PostgreSQL ``DATABASE_URL`` pointing at a dedicated database that is
created before the run and dropped after it), because Django reads its settings once
per process.
"""

from __future__ import annotations

import contextlib
import math
import os
import statistics
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.parse import urlunsplit

if TYPE_CHECKING:
    from collections.abc import Iterator
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG_URL = "postgresql://jixiao:jixiao@127.0.0.1:5432/jixiao"
BACKENDS = ("sqlite", "postgres")


def backends(choice: str) -> list[str]:
    """``sqlite``, ``postgres`` or ``both`` as a list of backends."""
    return list(BACKENDS) if choice == "both" else [choice]


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def _admin_connection(url: str) -> object:
    import psycopg  # noqa: PLC0415 - only the PostgreSQL runs need it

    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.OperationalError:
        script = ROOT / "scripts" / "start-postgres.sh"
        subprocess.run(["bash", str(script)], check=True, stdout=subprocess.DEVNULL)
        return psycopg.connect(url, autocommit=True)


@contextlib.contextmanager
def environment(backend: str, pg_url: str, db_name: str) -> Iterator[dict[str, str]]:
    """The process environment of one backend's run, with a fresh data dir / database."""
    with tempfile.TemporaryDirectory(prefix=f"jixiao-bench-{backend}-") as data_dir:
        env = dict(os.environ)
        env.pop("DATABASE_URL", None)
        env["JIXIAO_DATA_DIR"] = data_dir
        env["DJANGO_SETTINGS_MODULE"] = "jixiao.web.settings"
        if backend == "sqlite":
            yield env
            return
        connection = _admin_connection(pg_url)
        drop = f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'
        try:
            connection.execute(drop)  # type: ignore[attr-defined]
            connection.execute(f'CREATE DATABASE "{db_name}"')  # type: ignore[attr-defined]
            env["DATABASE_URL"] = _with_database(pg_url, db_name)
            yield env
        finally:
            connection.execute(drop)  # type: ignore[attr-defined]
            connection.close()  # type: ignore[attr-defined]


def percentile(values: Sequence[float], fraction: float) -> float:
    """The ``fraction`` quantile (nearest rank) of ``values``; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    """The median of ``values``; 0 for none."""
    return statistics.median(values) if values else 0.0


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table (pastes straight into docs/web.md)."""
    cells = [[str(h) for h in headers], *([str(c) for c in row] for row in rows)]
    lines = ["| " + " | ".join(row) + " |" for row in cells]
    lines.insert(1, "|" + "|".join(" --- " for _ in headers) + "|")
    return "\n".join(lines)

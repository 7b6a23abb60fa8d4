"""The worker that runs long jobs: django-tasks-db's database worker, plus a heartbeat.

Every worker writes a sign of life every few seconds and, on the same beat, puts back in
the queue any task held by a worker that has gone silent (killed, its machine down), so a
job is never lost; :mod:`jixiao.web.services.jobs` makes running it twice harmless.
``jixiao worker`` runs one in the foreground; ``jixiao serve`` starts one in a thread, so
one PC needs no other process.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading

from django.conf import settings
from django.db import close_old_connections
from django.db import connection
from django_tasks_db.management.commands.db_worker import Worker

from jixiao.web.services import jobs

log = logging.getLogger(__name__)
#: Seconds between two polls of the queue when it is empty.
POLL_SECONDS = 1.0
#: Beats per stale period: a live worker is never taken for a dead one.
BEATS_PER_PERIOD = 4


def worker_id() -> str:
    """host-pid-random: unique across machines and restarts."""
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(3)}"


class Heartbeat(threading.Thread):
    """Beats for one worker and requeues the tasks of silent ones, until stopped."""

    def __init__(self, identity: str, stale_seconds: int) -> None:
        super().__init__(name=f"heartbeat-{identity}", daemon=True)
        self.identity = identity
        self.stale_seconds = stale_seconds
        self.stopped = threading.Event()

    def tick(self) -> None:
        """One beat, and one look for tasks left by dead workers."""
        try:
            jobs.beat(self.identity)
            put_back = jobs.requeue_stale(self.stale_seconds)
            if put_back:
                log.warning("requeued %d task(s) of stopped workers", put_back)
        except Exception:  # a database hiccup must not end the beat
            log.exception("heartbeat failed")
        finally:
            close_old_connections()

    def run(self) -> None:
        every = max(self.stale_seconds / BEATS_PER_PERIOD, 0.2)
        while not self.stopped.wait(every):
            self.tick()
        connection.close()


def make_worker(identity: str, *, batch: bool = False) -> Worker:
    """django-tasks-db's worker on the default queue, polling every second."""
    return Worker(
        queue_names=["default"],
        interval=POLL_SECONDS,
        batch=batch,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=identity,
        excluded_queue_names=[],
    )


def run_worker(*, batch: bool = False, identity: str | None = None) -> None:
    """Run jobs until stopped (Ctrl-C, SIGTERM), or until the queue is empty (``batch``)."""
    identity = identity or worker_id()
    heartbeat = Heartbeat(identity, settings.CONFIG.worker_stale_seconds)
    heartbeat.tick()  # alive, and stale tasks requeued, before the first claim
    heartbeat.start()
    worker = make_worker(identity, batch=batch)
    try:
        worker.configure_signals()
        worker.run()
    finally:
        heartbeat.stopped.set()
        heartbeat.join()
        jobs.retire(identity)


def start_embedded_worker() -> tuple[Worker, Heartbeat]:
    """A worker in threads of this process (``jixiao serve`` on one PC)."""
    identity = worker_id()
    heartbeat = Heartbeat(identity, settings.CONFIG.worker_stale_seconds)
    heartbeat.tick()
    heartbeat.start()
    worker = make_worker(identity)
    threading.Thread(target=_run_quietly, args=(worker,), name="jixiao-worker", daemon=True).start()
    return worker, heartbeat


def _run_quietly(worker: Worker) -> None:
    try:
        worker.run()
    finally:
        connection.close()

"""Long jobs (a folder of documents to review, a PDF): started in a request, run by a worker.

A job is a :class:`~jixiao.web.models.Job` row and a folder ``<data dir>/jobs/<id>/``; the
work goes through Django's Tasks framework (django-tasks, database backend), so any number
of workers on any number of machines take jobs from the one database. The queue runs a job
at least once: a worker killed mid-job leaves its task RUNNING, and :func:`requeue_stale`
(called by every live worker) puts it back. A job is therefore written to be run again from
the start, and :func:`finish` lets only the first run to end record the result.
"""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from jixiao.web.errors import NotFoundError
from jixiao.web.models import Job
from jixiao.web.models import JobState
from jixiao.web.models import WorkerBeat
from jixiao.web.permissions import Action
from jixiao.web.permissions import can

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from jixiao.web.models import SubmissionRecord

FOLDER = "jobs"
INPUT = "in"
#: What a job left in the queue is told when its worker went silent.
REQUEUED = "处理该任务的后台进程已中断，任务已重新排队，将从头处理。"


def job_folder(job_id: uuid.UUID | str) -> Path:
    """Where a job keeps its inputs and its result."""
    return settings.CONFIG.data_dir / FOLDER / str(job_id)


def new_job(
    owner: User,
    kind: str,
    title: str,
    *,
    record: SubmissionRecord | None = None,
    version: int = 0,
) -> Job:
    """A job row and its (empty) input folder; :func:`enqueue` sends it to the workers."""
    job = Job(id=uuid.uuid4(), owner=owner, kind=kind, title=title, record=record, version=version)
    (job_folder(job.id) / INPUT).mkdir(parents=True, exist_ok=True)
    job.save()
    return job


def enqueue(job: Job) -> Job:
    """Hand the job to the queue (it runs at once with the immediate backend)."""
    from jixiao.web.tasks import TASKS  # noqa: PLC0415 - the tasks import this module

    TASKS[job.kind].enqueue(str(job.id))
    job.refresh_from_db()
    return job


def begin(job_id: str) -> Job | None:
    """Mark the job running for this attempt; None when it is gone or already finished."""
    updated = Job.objects.filter(pk=job_id).exclude(state=JobState.DONE)
    if not updated.update(state=JobState.RUNNING, attempts=F("attempts") + 1, done=0):
        return None
    return Job.objects.get(pk=job_id)


def advance(job: Job, done: int, total: int, message: str = "") -> None:
    """Record progress (``done`` of ``total``) for the job's page to show."""
    Job.objects.filter(pk=job.pk).update(done=done, total=total, message=message)


def finish(job: Job, result_name: str, message: str = "") -> bool:
    """Record the result; only the first run to finish counts (True when it was this one)."""
    with transaction.atomic():
        first = (
            Job.objects.filter(pk=job.pk)
            .exclude(state=JobState.DONE)
            .update(
                state=JobState.DONE,
                result_name=result_name,
                message=message,
                done=F("total"),
                completions=F("completions") + 1,
                finished_at=timezone.now(),
            )
        )
    return bool(first)


def fail(job: Job, message: str) -> None:
    """The job cannot be done; ``message`` says why, in the user's words."""
    Job.objects.filter(pk=job.pk).exclude(state=JobState.DONE).update(
        state=JobState.FAILED, message=message, finished_at=timezone.now()
    )


def visible_job(user: User, job_id: uuid.UUID) -> Job:
    """A job ``user`` started, or one made for a submission ``user`` may see (its PDF);
    any other is not found, not forbidden."""
    job = Job.objects.select_related("record").filter(pk=job_id).first()
    if job is not None and job.owner_id == user.pk:
        return job
    if job is not None and job.record is not None and can(user, Action.VIEW, job.record):
        return job
    raise NotFoundError("找不到该任务。")


def result_path(job: Job) -> Path:
    """The finished job's result file."""
    path = job_folder(job.id) / job.result_name
    if job.state != JobState.DONE or not job.result_name or not path.is_file():
        raise NotFoundError("该任务尚无可下载的结果。")
    return path


def beat(worker_id: str) -> None:
    """A worker's sign of life."""
    WorkerBeat.objects.update_or_create(worker_id=worker_id, defaults={"seen_at": timezone.now()})


def retire(worker_id: str) -> None:
    """A worker that stops cleanly says so (its jobs, if any, are requeued at once)."""
    WorkerBeat.objects.filter(worker_id=worker_id).delete()


def requeue_stale(stale_seconds: int) -> int:
    """Put back in the queue every task held by a worker silent for ``stale_seconds``;
    how many were put back."""
    from django_tasks import TaskResultStatus  # noqa: PLC0415
    from django_tasks_db.models import DBTaskResult  # noqa: PLC0415 - app registry ready

    cutoff = timezone.now() - datetime.timedelta(seconds=stale_seconds)
    alive = set(WorkerBeat.objects.filter(seen_at__gte=cutoff).values_list("worker_id", flat=True))
    count = 0
    for task in DBTaskResult.objects.running():
        holder = task.worker_ids[-1] if task.worker_ids else ""
        if holder in alive:
            continue
        with transaction.atomic():
            put_back = DBTaskResult.objects.filter(
                pk=task.pk, status=TaskResultStatus.RUNNING
            ).update(status=TaskResultStatus.READY)
            job_ids = task.args_kwargs.get("args", [])[:1]
            Job.objects.filter(pk__in=job_ids, state=JobState.RUNNING).update(
                state=JobState.QUEUED, message=REQUEUED
            )
        count += put_back
    return count

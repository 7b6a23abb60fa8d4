"""The tasks workers run (Django's Tasks framework, django-tasks backport). Each takes a
job id, runs the job from the start, and turns any failure into the job's own message —
a task that raises would leave the user with no word of what happened."""

from __future__ import annotations

import logging

from django_tasks import task
from django_tasks.base import Task

from jixiao.web.services import jobs
from jixiao.web.services.document_review import run_review
from jixiao.web.services.pdf_jobs import run_pdf

log = logging.getLogger(__name__)
FAILED = "任务处理出错，未能完成；请重试，如仍失败请联系系统管理员。"


def _run(job_id: str, work: str) -> None:
    job = jobs.begin(job_id)
    if job is None:
        return  # finished by an earlier run, or deleted
    log.info("开始（第 %d 次）：%s", job.attempts, job.title)
    try:
        RUNNERS[work](job)
    except Exception:
        log.exception("job %s failed", job_id)
        jobs.fail(job, FAILED)
    job.refresh_from_db()
    log.info("%s：%s %s", job.get_state_display(), job.title, job.message)


@task()
def review_documents(job_id: str) -> None:
    """文件复核 of an uploaded folder."""
    _run(job_id, "review")


@task()
def make_pdf(job_id: str) -> None:
    """The PDF of a unit's report."""
    _run(job_id, "pdf")


RUNNERS = {"review": run_review, "pdf": run_pdf}
TASKS: dict[str, Task[[str], None]] = {"review": review_documents, "pdf": make_pdf}

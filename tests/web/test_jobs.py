"""Jobs: recorded once however often they run, requeued when their worker dies, and a
worker that runs them from the real database queue (django-tasks-db)."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from jixiao.web.models import Job
from jixiao.web.models import JobState
from jixiao.web.models import WorkerBeat
from jixiao.web.services import jobs
from jixiao.web.worker import Heartbeat
from jixiao.web.worker import make_worker


def _job(org: dict[str, Any], kind: str = "review") -> Job:
    return jobs.new_job(org["users"]["unit_a"], kind, "测试任务")


def _task(job: Job, status: str, holders: list[str]) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [str(job.id)], "kwargs": {}},
        task_path="jixiao.web.tasks.review_documents",
        worker_ids=holders,
        queue_name="default",
        backend_name="default",
        run_after=timezone.now(),
        started_at=timezone.now(),
    )


def test_a_job_is_finished_once_however_often_it_runs(org: dict[str, Any]) -> None:
    job = _job(org)
    first = jobs.begin(str(job.id))
    assert first is not None and first.state == JobState.RUNNING and first.attempts == 1
    second = jobs.begin(str(job.id))  # run again, as after a requeue
    assert second is not None and second.attempts == 2
    assert jobs.finish(second, "a.xlsx") is True
    assert jobs.finish(first, "b.xlsx") is False  # the late run does not count
    job.refresh_from_db()
    assert (job.state, job.completions, job.result_name) == (JobState.DONE, 1, "a.xlsx")
    assert jobs.begin(str(job.id)) is None  # a done job is not run again
    jobs.fail(job, "不应覆盖")
    job.refresh_from_db()
    assert job.state == JobState.DONE


def test_tasks_of_silent_workers_are_requeued_and_live_ones_kept(org: dict[str, Any]) -> None:
    now = timezone.now()
    WorkerBeat.objects.create(worker_id="alive", seen_at=now)
    WorkerBeat.objects.create(worker_id="silent", seen_at=now - datetime.timedelta(minutes=5))
    held = {}
    for holder in ("alive", "silent", "never-beat"):
        job = _job(org)
        jobs.begin(str(job.id))
        held[holder] = (job, _task(job, TaskResultStatus.RUNNING, ["x", holder]))
    assert jobs.requeue_stale(60) == 2
    for holder, (job, task) in held.items():
        task.refresh_from_db()
        job.refresh_from_db()
        back = holder != "alive"
        expected = TaskResultStatus.READY if back else TaskResultStatus.RUNNING
        assert task.status == expected, holder
        assert (job.state == JobState.QUEUED) is back, holder
        assert (job.message == jobs.REQUEUED) is back, holder
    assert jobs.requeue_stale(60) == 0  # nothing twice


def test_someone_elses_job_is_not_found(login: Any, org: dict[str, Any]) -> None:
    job = _job(org)
    assert login("unit_b").get(f"/jobs/{job.id}/").status_code == 404
    assert login("unit_a").get(f"/jobs/{job.id}/").status_code == 200
    assert login("unit_a").get(f"/jobs/{uuid.uuid4()}/").status_code == 404
    assert login("unit_a").get(f"/jobs/{job.id}/result/").status_code == 404  # not done yet


@pytest.mark.django_db(transaction=True)
def test_a_worker_runs_queued_jobs_from_the_database(org: dict[str, Any], settings: Any) -> None:
    """The database backend end to end in this process: enqueue, the worker takes the task,
    the job's page data is written; then the worker stops on an empty queue (batch)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    job = jobs.new_job(org["users"]["unit_a"], "review", "数据库队列")
    folder = jobs.job_folder(job.id) / jobs.INPUT
    (folder / "报告.txt").write_text(
        "2023年度某局部门整体支出绩效自评报告\n全年支出300.00万元，其中基本支出200.00万元、"
        "项目支出90.00万元。\n",
        encoding="utf-8",
    )
    (jobs.job_folder(job.id) / "skipped.json").write_text("[]", encoding="utf-8")
    assert jobs.enqueue(job).state == JobState.QUEUED  # nothing ran it yet
    Heartbeat("test-worker", 60).tick()
    make_worker("test-worker", batch=True).run()
    job.refresh_from_db()
    assert (job.state, job.done, job.total, job.completions) == (JobState.DONE, 1, 1, 1)
    assert (jobs.job_folder(job.id) / "复核汇总.xlsx").is_file()
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL

"""The PDF of a unit's report, made by a worker: LibreOffice takes seconds, too long for a
request. The job belongs to the submission's version: made once (when the unit submits, or
at the first download), then reused by everyone who may see the submission, until a later
save makes a new version."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jixiao.web.errors import WebError
from jixiao.web.models import Job
from jixiao.web.models import JobState
from jixiao.web.services import jobs
from jixiao.web.services.files import build_download

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from jixiao.web.models import SubmissionRecord

KIND = "pdf"


def start_pdf(user: User, record: SubmissionRecord) -> Job:
    """The PDF job of ``record``'s current version: an earlier one still valid (whoever
    started it), or a new one queued for ``user``."""
    earlier = (
        Job.objects.filter(kind=KIND, record=record, version=record.version)
        .exclude(state=JobState.FAILED)
        .first()
    )
    if earlier is not None:
        return earlier
    title = f"PDF 版自评报告：{record.unit.name}（{record.year} 年，第 {record.version} 版）"
    job = jobs.new_job(user, KIND, title, record=record, version=record.version)
    return jobs.enqueue(job)


def run_pdf(job: Job) -> None:
    """Make the PDF from the version the job was asked for (a later save starts another)."""
    record = job.record
    if record is None or record.version != job.version:
        jobs.fail(job, "填报内容已修改，本任务作废；请重新下载 PDF。")
        return
    jobs.advance(job, 0, 1, "正在生成自评报告并转换为 PDF……")
    try:
        made = build_download(record, "pdf")
    except WebError as error:
        jobs.fail(job, "；".join([error.message, *error.errors]))
        return
    folder = jobs.job_folder(job.id)
    partial = folder / f"{made.name}.part"
    partial.write_bytes(made.data)
    partial.replace(folder / made.name)
    jobs.finish(job, made.name, "PDF 已生成。")

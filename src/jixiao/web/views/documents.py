"""文件复核 and long jobs: upload documents (or a .zip) as a job, follow its progress, see
every finding and download the result (the summary workbook, a PDF)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import redirect
from django.shortcuts import render

from jixiao.web.models import Job
from jixiao.web.models import JobState
from jixiao.web.permissions import Action
from jixiao.web.services import jobs
from jixiao.web.services.access import require
from jixiao.web.services.document_review import KIND as REVIEW
from jixiao.web.services.document_review import MAX_FILES
from jixiao.web.services.document_review import job_rows
from jixiao.web.services.document_review import start_review
from jixiao.web.services.files import TYPES
from jixiao.web.services.files import XLSX_TYPE
from jixiao.web.views import AuthenticatedRequest
from jixiao.web.views.units import attachment

if TYPE_CHECKING:
    from django.http import HttpResponseBase

RECENT = 10


@login_required
def check(request: AuthenticatedRequest) -> HttpResponseBase:
    """The upload form and the user's recent reviews; on POST, a new review job."""
    require(request.user, Action.CHECK)
    if request.method == "POST":
        job = start_review(request.user, request.FILES.getlist("files"))
        return redirect("job", job_id=job.id)
    recent = Job.objects.filter(owner=request.user, kind=REVIEW)[:RECENT]
    return render(request, "jixiao/check.html", {"max_files": MAX_FILES, "recent": recent})


@login_required
def job(request: AuthenticatedRequest, job_id: uuid.UUID) -> HttpResponseBase:
    """A job's progress (the page refreshes itself until it ends), then its result."""
    found = jobs.visible_job(request.user, job_id)
    context: dict[str, object] = {"job": found, "waiting": found.state in _WAITING}
    if found.kind == REVIEW and found.state == JobState.DONE:
        context["rows"], context["skipped"] = job_rows(found)
    return render(request, "jixiao/job.html", context)


_WAITING = {JobState.QUEUED, JobState.RUNNING}


@login_required
def job_result(request: AuthenticatedRequest, job_id: uuid.UUID) -> HttpResponseBase:
    """The finished job's file."""
    path = jobs.result_path(jobs.visible_job(request.user, job_id))
    response = FileResponse(path.open("rb"), content_type=TYPES.get(path.suffix, XLSX_TYPE))
    response["Content-Disposition"] = attachment(path.name)
    return response

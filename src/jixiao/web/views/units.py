"""The unit user's pages: create, fill section by section, preview, upload, submit, download."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render
from django.views.decorators.http import require_POST

from jixiao.web.errors import CONFLICT_MESSAGE
from jixiao.web.errors import ConflictError
from jixiao.web.errors import WebError
from jixiao.web.forms import UploadForm
from jixiao.web.forms import error_lines
from jixiao.web.models import JobState
from jixiao.web.permissions import Action
from jixiao.web.services import files
from jixiao.web.services import merge
from jixiao.web.services import submissions
from jixiao.web.services import workflow
from jixiao.web.services.access import get_record
from jixiao.web.services.access import get_unit
from jixiao.web.services.evaluation import frameworks
from jixiao.web.services.pages import edit_context
from jixiao.web.services.pages import score_panel
from jixiao.web.services.pages import section_form
from jixiao.web.services.pages import upload_notice
from jixiao.web.services.pdf_jobs import start_pdf
from jixiao.web.services.sections import apply_values
from jixiao.web.views import AuthenticatedRequest

if TYPE_CHECKING:
    from jixiao.web.forms import SectionForm
    from jixiao.web.models import SubmissionRecord


@login_required
@require_POST
def create(request: AuthenticatedRequest, unit_id: int, year: int) -> HttpResponse:
    """Start (or open) the unit's submission for ``year``."""
    unit = get_unit(request.user, unit_id)
    record = submissions.start_submission(unit, year, request.user)
    return redirect("edit", pk=record.pk, key="info")


@login_required
def edit(request: AuthenticatedRequest, pk: int, key: str) -> HttpResponse:
    """Show a section (GET) or save it (POST, with the version it was opened at).

    A save on an older version keeps the other person's changes to fields this user did
    not touch; where both changed a field, the page shows both values and asks.
    """
    action = Action.EDIT if request.method == "POST" else Action.VIEW
    record = get_record(request.user, pk, action)
    section, form = section_form(record, key, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        current = merge.saved_values(form)
        version, data = form.cleaned_data["version"], dict(form.cleaned_data)
        if version != record.version:
            if not merge.same_shape(form, current):
                raise ConflictError(CONFLICT_MESSAGE.format(mine=version, current=record.version))
            data, conflicts = merge.merge_stale(form, current)
            if conflicts:
                return _conflict_page(request, record, key, form, current, conflicts)
            version = record.version
        data = merge.resolved(request.POST, data, current)
        doc = apply_values(frameworks(record.framework)[0], section, record.document, data)
        submissions.save_document(record.pk, request.user, doc, version, from_form=True)
        return redirect("edit", pk=record.pk, key=key)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "jixiao/edit.html",
        edit_context(record, section, form, request.user),
        status=status,
    )


def _conflict_page(
    request: AuthenticatedRequest,
    record: SubmissionRecord,
    key: str,
    form: SectionForm,
    current: dict[str, Any],
    conflicts: list[merge.FieldConflict],
) -> HttpResponse:
    """The section again, opened at the current version, with the conflicts to settle."""
    data = merge.conflict_data(form, current, record.version)
    section, shown = section_form(record, key, data)
    context = edit_context(record, section, shown, request.user) | {"conflicts": conflicts}
    return render(request, "jixiao/edit.html", context, status=409)


@login_required
@require_POST
def preview(request: AuthenticatedRequest, pk: int, key: str) -> HttpResponse:
    """The score panel for the unsaved form (htmx partial)."""
    record = get_record(request.user, pk, Action.VIEW)
    section, form = section_form(record, key, request.POST)
    doc = apply_values(
        frameworks(record.framework)[0], section, record.document, form.usable_data()
    )
    panel = score_panel(doc, record.framework, form.error_list())
    return render(request, "jixiao/_panel.html", {"panel": panel, "record": record})


#: Where a read workbook waits for the unit's confirmation (one per browser session).
PENDING = "pending-upload"


@login_required
@require_POST
def upload(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Read an uploaded workbook and show what it would change; nothing is replaced yet."""
    record = get_record(request.user, pk, Action.EDIT)
    sent = request.FILES.get("file")
    if sent is not None and not sent.size:
        files.check_upload(sent)  # an empty file: say so, not "choose a file"
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        raise WebError("请选择要上传的 .xlsx 工作簿。", error_lines(form))
    version = form.cleaned_data["version"]
    if version != record.version:
        raise ConflictError(CONFLICT_MESSAGE.format(mine=version, current=record.version))
    name = form.cleaned_data["file"].name or ""
    doc = files.read_upload(form.cleaned_data["file"], record)
    changes = submissions.upload_changes(record, doc)
    if not changes:
        messages.info(request, f"工作簿“{name}”与已保存的内容一致，未作改动。")
        return redirect("edit", pk=record.pk, key="info")
    request.session[PENDING] = {"record": record.pk, "version": version, "name": name, "doc": doc}
    context = {"record": record, "name": name, "changes": changes}
    return render(request, "jixiao/upload_confirm.html", context)


@login_required
@require_POST
def upload_confirm(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Replace the document with the workbook the unit has just reviewed."""
    record = get_record(request.user, pk, Action.EDIT)
    pending = request.session.pop(PENDING, None)
    if not pending or pending.get("record") != record.pk:
        raise WebError("没有待确认的工作簿导入（可能已确认或已取消），请重新上传。")
    saved = submissions.save_document(record.pk, request.user, pending["doc"], pending["version"])
    messages.info(request, upload_notice(pending["name"], saved))
    return redirect("edit", pk=record.pk, key="info")


@login_required
@require_POST
def submit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Send for review (refused while errors remain)."""
    record = get_record(request.user, pk, Action.SUBMIT)
    if str(record.version) != request.POST.get("version"):
        raise ConflictError("冲突：该填报已被他人修改，请刷新页面核对后再提交。")
    workflow.submit(record, request.user)
    return redirect("edit", pk=record.pk, key="info")


@login_required
def download(request: AuthenticatedRequest, pk: int, kind: str) -> HttpResponse:
    """The 自评表 / 报告 of the current document, or the job that makes its PDF."""
    record = get_record(request.user, pk, Action.VIEW)
    if kind == "pdf":  # LibreOffice takes seconds: a job, followed on its page
        job = start_pdf(request.user, record)
        done = job.state == JobState.DONE
        return redirect("job-result" if done else "job", job_id=job.id)
    made = files.build_download(record, kind)
    response = HttpResponse(made.data, content_type=made.content_type)
    response["Content-Disposition"] = attachment(made.name)
    return response


def attachment(name: str) -> str:
    """A Content-Disposition for a download named ``name`` (Chinese names kept)."""
    from urllib.parse import quote  # noqa: PLC0415

    return f"attachment; filename=\"{kind_ascii(name)}\"; filename*=UTF-8''{quote(name)}"


def kind_ascii(name: str) -> str:
    """An ASCII fallback file name for old browsers."""
    return "jixiao" + name[name.rfind(".") :]


@login_required
def history(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Field-level history and status changes."""
    record = get_record(request.user, pk, Action.VIEW)
    context = {
        "record": record,
        "changes": record.changes.select_related("user")[:500],
        "transitions": record.transitions.select_related("user"),
    }
    return render(request, "jixiao/history.html", context)

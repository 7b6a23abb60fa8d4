"""文件复核: upload documents (or a .zip), see every finding, download the summary workbook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from jixiao.web.permissions import Action
from jixiao.web.services.access import require
from jixiao.web.services.document_review import MAX_FILES
from jixiao.web.services.document_review import review_uploads
from jixiao.web.services.document_review import rows
from jixiao.web.services.document_review import summary_workbook
from jixiao.web.services.files import XLSX_TYPE
from jixiao.web.views import AuthenticatedRequest
from jixiao.web.views.units import attachment

if TYPE_CHECKING:
    from django.http import HttpResponseBase


@login_required
def check(request: AuthenticatedRequest) -> HttpResponseBase:
    """The upload form; on POST, the review of every uploaded document."""
    require(request.user, Action.CHECK)
    context: dict[str, object] = {"max_files": MAX_FILES}
    if request.method == "POST":
        batch = review_uploads(request.user, request.FILES.getlist("files"))
        context.update({"batch": batch, "rows": rows(batch)})
    return render(request, "jixiao/check.html", context)


@login_required
def check_summary(request: AuthenticatedRequest, token: str) -> HttpResponse:
    """The summary workbook of the user's own review."""
    require(request.user, Action.CHECK)
    response = HttpResponse(summary_workbook(request.user, token), content_type=XLSX_TYPE)
    response["Content-Disposition"] = attachment("复核汇总.xlsx")
    return response

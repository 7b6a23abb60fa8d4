"""Reviewers' pages: the queue, a submission's review page, comment, return, pass on, approve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.shortcuts import render
from django.views.decorators.http import require_POST

from jixiao.web.errors import WebError
from jixiao.web.forms import CommentForm
from jixiao.web.forms import ReturnForm
from jixiao.web.forms import error_lines
from jixiao.web.models import Role
from jixiao.web.permissions import Action
from jixiao.web.permissions import can
from jixiao.web.permissions import role_of
from jixiao.web.services import workflow
from jixiao.web.services.access import get_record
from jixiao.web.services.access import require
from jixiao.web.services.charts import radar
from jixiao.web.services.evaluation import frameworks
from jixiao.web.services.pages import comments_by_target
from jixiao.web.services.pages import deadline_for
from jixiao.web.services.pages import download_links
from jixiao.web.services.pages import queue_context
from jixiao.web.services.pages import score_panel
from jixiao.web.services.text_review import text_findings
from jixiao.web.views import AuthenticatedRequest

if TYPE_CHECKING:
    from django.http import HttpResponse


@login_required
def queue(request: AuthenticatedRequest) -> HttpResponse:
    """待审核 / 已退回 / 已通过, with deadlines and days left."""
    require(request.user, Action.QUEUE)
    context = queue_context(request.user, request.GET.get("status", ""))
    return render(request, "jixiao/queue.html", context)


@login_required
def review(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """The evaluation, the findings, the comments and the review actions."""
    record = get_record(request.user, pk, Action.VIEW)
    targets = workflow.comment_targets(frameworks(record.framework)[0], record.document)
    panel = score_panel(record.document, record.framework)
    context = {
        "record": record,
        "panel": panel,
        "radar": radar(panel["evaluation"]) if panel["evaluation"] else {},
        "text_findings": text_findings(
            panel["evaluation"].submission if panel["evaluation"] else None,
            frameworks(record.framework)[0],
        ),
        "comments": comments_by_target(record),
        "deadline": deadline_for(record),
        "downloads": download_links(record),
        "comment_form": CommentForm(targets=targets),
        "return_form": ReturnForm(),
        "allowed": {a.value: can(request.user, a, record) for a in Action},
        "reviewer": role_of(request.user) is not Role.UNIT,
    }
    return render(request, "jixiao/review.html", context)


@login_required
@require_POST
def comment(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    """Add a comment on an indicator or a section."""
    record = get_record(request.user, pk, Action.COMMENT)
    form = CommentForm(
        request.POST,
        targets=workflow.comment_targets(frameworks(record.framework)[0], record.document),
    )
    if not form.is_valid():
        raise WebError("意见无效。", error_lines(form))
    workflow.add_comment(
        record,
        request.user,
        form.cleaned_data["target"],
        form.cleaned_data["text"],
    )
    return redirect("review", pk=record.pk)


@login_required
@require_POST
def decide(request: AuthenticatedRequest, pk: int, action: str) -> HttpResponse:
    """退回修改 (with reasons), 转报 or 审核通过."""
    wanted = {"return": Action.RETURN, "forward": Action.FORWARD, "approve": Action.APPROVE}.get(
        action
    )
    record = get_record(request.user, pk, wanted or Action.APPROVE)
    if wanted is Action.RETURN:
        form = ReturnForm(request.POST)
        if not form.is_valid():
            raise WebError("请填写退回理由。")
        workflow.return_for_revision(record, request.user, form.cleaned_data["reason"])
    else:
        (workflow.forward if wanted is Action.FORWARD else workflow.approve)(record, request.user)
    return redirect("review", pk=record.pk)

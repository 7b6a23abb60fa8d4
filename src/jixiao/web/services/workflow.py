"""Review workflow: submit, return with reasons, pass on, approve; comments."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any

from django.db import transaction

from jixiao.core.findings import has_errors
from jixiao.web.errors import ConflictError
from jixiao.web.errors import WebError
from jixiao.web.models import Comment
from jixiao.web.models import Status
from jixiao.web.models import StatusChange
from jixiao.web.models import SubmissionRecord
from jixiao.web.services.evaluation import evaluate_document
from jixiao.web.services.pdf_jobs import start_pdf
from jixiao.web.services.sections import sections

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from jixiao.core.framework import Framework


def _move(
    record: SubmissionRecord,
    user: User,
    new: Status,
    reason: str = "",
    *,
    forwarded: bool = False,
) -> None:
    """Change the status if nobody changed it meanwhile, and record the step."""
    with transaction.atomic():
        moved = SubmissionRecord.objects.filter(pk=record.pk, status=record.status).update(
            status=new, forwarded=forwarded
        )
        if not moved:
            raise ConflictError("冲突：该填报的状态已被他人更改，请刷新页面。")
        StatusChange.objects.create(
            submission=record, user=user, old=record.status, new=new, reason=reason
        )
    record.status, record.forwarded = new, forwarded


def submit(record: SubmissionRecord, user: User) -> None:
    """Send for review; refused while the engine reports an error. The PDF of the report
    as submitted is queued at once, for reviewers to find ready."""
    evaluation, findings = evaluate_document(record.document, record.framework)
    problems = findings if evaluation is None else list(evaluation.all_findings())
    if evaluation is None or has_errors(problems):
        errors = [f.message for f in problems if f.severity.value == "error"]
        raise WebError(f"尚有 {len(errors)} 项错误，修正后才能提交。", errors)
    _move(record, user, Status.SUBMITTED)
    start_pdf(user, record)  # the final documents' PDF, made once for what was submitted


def return_for_revision(record: SubmissionRecord, user: User, reason: str) -> None:
    """退回修改, with the reasons the unit will see."""
    _move(record, user, Status.RETURNED, reason)


def forward(record: SubmissionRecord, user: User) -> None:
    """主管部门审核通过，转报财政局 (stays 待审核 for the bureau)."""
    with transaction.atomic():
        SubmissionRecord.objects.filter(pk=record.pk).update(forwarded=True)
        StatusChange.objects.create(
            submission=record,
            user=user,
            old=record.status,
            new=record.status,
            reason="主管部门审核通过，转报财政局",
        )
    record.forwarded = True


def approve(record: SubmissionRecord, user: User) -> None:
    """财政局审核通过."""
    _move(record, user, Status.APPROVED, forwarded=record.forwarded)


def project_target(name: str) -> str:
    """The comment target of one project (by name: it survives reordering)."""
    return f"project:{name}"


def comment_targets(framework: Framework, document: dict[str, Any]) -> list[tuple[str, str]]:
    """What a comment can be about: sections, narrative sections, indicators, projects."""
    targets = [(s.key, f"栏目：{s.label}") for s in sections(framework)]
    targets += [(f"narrative.{s.key}", f"文字材料：{s.label}") for s in framework.narrative]
    targets += [(i.code, f"指标：{i.name}") for i in framework.indicators]
    names = [p.get("name") for p in document.get("projects") or []]
    targets += [(project_target(n), f"项目：{n}") for n in names if n]
    return targets


def add_comment(record: SubmissionRecord, user: User, target: str, text: str) -> Comment:
    """Store a reviewer's comment."""
    return Comment.objects.create(submission=record, author=user, target=target, text=text)

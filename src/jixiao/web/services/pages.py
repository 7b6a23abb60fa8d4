"""What the pages show: the editing context, the score panel, the queue, the home page."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from typing import Any

from django.utils import timezone

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import has_errors
from jixiao.web.forms import SectionForm
from jixiao.web.forms import section_fields
from jixiao.web.models import Role
from jixiao.web.models import Status
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit
from jixiao.web.models import YearSetting
from jixiao.web.permissions import Action
from jixiao.web.permissions import can
from jixiao.web.permissions import profile_of
from jixiao.web.permissions import role_of
from jixiao.web.services.engine import evaluate_document
from jixiao.web.services.engine import frameworks
from jixiao.web.services.sections import Section
from jixiao.web.services.sections import find_section
from jixiao.web.services.sections import initial_values
from jixiao.web.services.sections import row_count
from jixiao.web.services.sections import sections

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from jixiao.core.findings import Finding
    from jixiao.core.framework import Framework


def score_panel(document: dict[str, Any], framework_id: str) -> dict[str, Any]:
    """The evaluation of a document, shaped for the score panel."""
    evaluation, findings = evaluate_document(document, framework_id)
    problems: list[Finding] = list(evaluation.findings) if evaluation else findings
    return {
        "evaluation": evaluation,
        "groups": evaluation.by_level1() if evaluation else {},
        "findings": [
            {
                "severity": SEVERITY_LABELS[f.severity],
                "level": f.severity.value,
                "message": f.message,
                "location": f.location,
            }
            for f in problems
        ],
        "blocked": evaluation is None or has_errors(problems),
    }


def get_section(framework: Framework, key: str) -> Section:
    """The section ``key`` (404 for an unknown key)."""
    from jixiao.web.errors import NotFoundError  # noqa: PLC0415 - keep the import list short

    section = find_section(framework, key)
    if section is None:
        raise NotFoundError("没有这个栏目。")
    return section


def section_form(
    record: SubmissionRecord, key: str, data: Any = None
) -> tuple[Section, SectionForm]:
    """The section's form, bound to ``data`` or filled from the stored document."""
    framework, _project = frameworks(record.framework)
    section = get_section(framework, key)
    extra = section_fields(framework, section, row_count(section, record.document))
    initial = initial_values(framework, section, record.document) | {"version": record.version}
    return section, SectionForm(data, initial=initial, extra=extra)


def comments_by_target(record: SubmissionRecord) -> dict[str, list[Any]]:
    """Comments grouped by what they are about."""
    grouped: dict[str, list[Any]] = {}
    for comment in record.comments.select_related("author"):
        grouped.setdefault(comment.target, []).append(comment)
    return grouped


def field_target(name: str, framework: Framework) -> str:
    """The comment target a form field belongs to (indicator code, narrative key …)."""
    kind, _, rest = name.partition(":")
    if kind == "targets":
        return rest.split(":")[0]
    if kind == "narrative":
        return f"narrative.{rest}"
    if kind == "facts":
        for spec in framework.indicators:
            used = [v for a in spec.args.values() for v in ([a] if isinstance(a, str) else a)]
            if rest in used:
                return spec.code
    return ""


def edit_context(
    record: SubmissionRecord, section: Section, form: SectionForm, user: AbstractBaseUser
) -> dict[str, Any]:
    """Everything the section page renders."""
    framework, _project = frameworks(record.framework)
    comments = comments_by_target(record)
    fields = [(f, comments.get(field_target(f.name, framework), [])) for f in form.visible_fields()]
    return {
        "record": record,
        "section": section,
        "sections": sections(framework),
        "form": form,
        "fields": fields,
        "section_comments": comments.get(section.key, []),
        "panel": score_panel(record.document, record.framework),
        "can_edit": can(user, Action.EDIT, record),
        "can_submit": can(user, Action.SUBMIT, record),
        "last_return": record.transitions.filter(new=Status.RETURNED).first(),
    }


def deadline_for(record: SubmissionRecord) -> tuple[datetime.date | None, int | None]:
    """The year's deadline and the days left (negative when past)."""
    setting = YearSetting.objects.filter(
        bureau_id=record.unit.department.bureau_id, year=record.year
    ).first()
    if setting is None or setting.deadline is None:
        return None, None
    return setting.deadline, (setting.deadline - timezone.localdate()).days


def visible_records(user: AbstractBaseUser) -> list[SubmissionRecord]:
    """Every submission the user may see (the queue and the home page)."""
    role, profile = role_of(user), profile_of(user)
    records = SubmissionRecord.objects.select_related("unit__department").order_by(
        "-year", "unit__name"
    )
    if role is Role.ADMIN:
        return list(records)
    if profile is None:
        return []
    if role is Role.UNIT:
        return list(records.filter(unit_id=profile.unit_id))
    if role is Role.DEPARTMENT:
        return list(records.filter(unit__department_id=profile.department_id))
    return list(records.filter(unit__department__bureau_id=profile.bureau_id))


def queue_context(user: AbstractBaseUser, status: str) -> dict[str, Any]:
    """The review queue, filtered by status, with deadlines."""
    records = [r for r in visible_records(user) if not status or r.status == status]
    rows = [(r, *deadline_for(r)) for r in records]
    return {"rows": rows, "status": status, "statuses": Status.choices}


def home_context(user: AbstractBaseUser) -> dict[str, Any]:
    """The start page: the user's unit and submissions, or a link to the queue."""
    profile = profile_of(user)
    unit: Unit | None = profile.unit if profile else None
    return {
        "role": role_of(user),
        "unit": unit,
        "records": visible_records(user)[:50],
        "year": timezone.localdate().year - 1,
    }

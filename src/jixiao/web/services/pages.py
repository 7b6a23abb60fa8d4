"""What the pages show: the editing context, the score panel, the queue, the home page."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING
from typing import Any

from django.utils import timezone

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import has_errors
from jixiao.web.forms import SectionForm
from jixiao.web.forms import project_title
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
from jixiao.web.services.evaluation import evaluate_document
from jixiao.web.services.evaluation import frameworks
from jixiao.web.services.places import field_anchor
from jixiao.web.services.places import place_label
from jixiao.web.services.sections import DELETE
from jixiao.web.services.sections import INDICATOR_PARTS
from jixiao.web.services.sections import PROJECT_FACT_PARTS
from jixiao.web.services.sections import PROJECT_PARTS
from jixiao.web.services.sections import Section
from jixiao.web.services.sections import find_section
from jixiao.web.services.sections import initial_values
from jixiao.web.services.sections import project_shape
from jixiao.web.services.sections import sections
from jixiao.web.services.sections import unnamed_rows
from jixiao.web.services.workflow import project_target
from jixiao.web.services.years import opened_years

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.forms import BoundField

    from jixiao.core.findings import Finding
    from jixiao.core.framework import Framework
    from jixiao.core.model import Evaluation
    from jixiao.core.submission import Submission


SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _finding_rows(
    findings: list[Finding] | tuple[Finding, ...],
    *contexts: tuple[Framework, Submission | None],
    sources: dict[str, str] | None = None,
) -> list[dict[str, str]]:
    """Findings for the panel, errors first, each placed by the first context that knows its
    location (a project's own rows, then the unit's: ``projects.0`` is a row of the unit),
    with the tab and field to open. A workbook cell (预算执行!C6) is named by the field it
    filled, the cell kept as where it came from."""
    cells = {cell: path for path, cell in (sources or {}).items()}
    rows = []
    for f in findings:
        path = cells.get(f.location, f.location)
        place = _place(path, contexts)
        if path != f.location:
            place = f"{place}（来自工作簿 {f.location}）"
        anchor = field_anchor(path, contexts[0][0]) if contexts else None
        rows.append(
            {
                "severity": SEVERITY_LABELS[f.severity],
                "level": f.severity.value,
                "message": f.message,
                "location": place,
                "section": anchor[0] if anchor else "",
                "anchor": anchor[1] if anchor else "",
            }
        )
    return sorted(rows, key=lambda row: SEVERITY_ORDER.get(row["level"], 3))


def _place(location: str, contexts: tuple[tuple[Framework, Submission | None], ...]) -> str:
    for framework, submission in contexts:
        label = place_label(location, framework, submission)
        if label != location:
            return label
    return location


def _project_rows(evaluation: Evaluation | None, framework_id: str) -> list[dict[str, Any]]:
    """Each project's score, grade, indicators and findings."""
    department, project_framework = frameworks(framework_id)
    if evaluation is None or project_framework is None:
        return []
    unit = (department, evaluation.submission)
    return [
        {
            "number": n,
            "evaluation": project,
            "findings": [
                {**row, "section": "projects", "anchor": ""}
                for row in _finding_rows(
                    project.findings, (project_framework, project.submission), unit
                )
            ],
            "blocked": has_errors(project.findings),
        }
        for n, project in enumerate(evaluation.projects, 1)
    ]


def score_panel(
    document: dict[str, Any], framework_id: str, typed: list[str] | None = None
) -> dict[str, Any]:
    """The evaluation of a document, shaped for the score panel.

    ``typed`` lists form values that could not be used (a bad number, a missing name);
    they lead the findings so the unit sees them while typing.
    """
    evaluation, findings = evaluate_document(document, framework_id)
    problems: list[Finding] = list(evaluation.findings) if evaluation else findings
    form_rows = [
        {"severity": "错误", "level": "error", "message": line, "location": "本栏表单"}
        for line in typed or []
    ]
    projects = _project_rows(evaluation, framework_id)
    framework = frameworks(framework_id)[0]
    submission = evaluation.submission if evaluation else None
    rows = form_rows + _finding_rows(
        problems, (framework, submission), sources=document.get("sources")
    )
    errors = [r for r in rows if r["level"] == "error"]
    errors += [r for p in projects for r in p["findings"] if r["level"] == "error"]
    return {
        "evaluation": evaluation,
        "errors": len(errors),
        "groups": evaluation.by_level1() if evaluation else {},
        "findings": rows,
        "projects": projects,
        "blocked": evaluation is None
        or has_errors(problems)
        or bool(form_rows)
        or any(p["blocked"] for p in projects),
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
    framework, project = frameworks(record.framework)
    section = get_section(framework, key)
    doc = record.document
    extra = section_fields(framework, section, doc, project)
    initial = initial_values(framework, section, doc) | {"version": record.version}
    check = (lambda cleaned: unnamed_rows(doc, cleaned)) if section.kind == "projects" else None
    return section, SectionForm(data, initial=initial, extra=extra, row_check=check)


def project_blocks(form: SectionForm, doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The 项目 section laid out like the workbook: a block per project, a row per indicator."""
    blocks: list[dict[str, Any]] = []
    stored = len(doc.get("projects", []))
    for n, count in enumerate(project_shape(doc)):
        prefix = f"projects:{n}"
        rows = [
            {
                "cells": [form[f"{prefix}:indicators:{m}:{part}"] for part in INDICATOR_PARTS],
                "delete": form[f"{prefix}:indicators:{m}:{DELETE}"],
            }
            for m in range(count)
        ]
        blocks.append(
            {
                "number": n + 1,
                "title": project_title(doc, n),
                "stored": n < stored,
                "fields": [
                    (label, form[f"{prefix}:{part}"])
                    for part, label in (PROJECT_PARTS | PROJECT_FACT_PARTS).items()
                ],
                "delete": form[f"{prefix}:{DELETE}"],
                "indicators": rows,
            }
        )
    return blocks


def comments_by_target(record: SubmissionRecord) -> dict[str, list[Any]]:
    """Comments grouped by what they are about."""
    grouped: dict[str, list[Any]] = {}
    for comment in record.comments.select_related("author"):
        grouped.setdefault(comment.target, []).append(comment)
    return grouped


def field_targets(name: str, framework: Framework) -> list[str]:
    """The comment targets a form field belongs to (indicator codes, narrative key …).

    A fact feeds every indicator computed from it, so a comment on any of those
    indicators is shown beside the fact.
    """
    kind, _, rest = name.partition(":")
    if kind == "targets":
        return [rest.split(":")[0]]
    if kind == "narrative":
        return [f"narrative.{rest}"]
    if kind == "facts":
        return [
            spec.code
            for spec in framework.indicators
            if rest in [v for a in spec.args.values() for v in ([a] if isinstance(a, str) else a)]
        ]
    return []


def _field_comments(name: str, framework: Framework, comments: dict[str, list[Any]]) -> list[Any]:
    return [c for target in field_targets(name, framework) for c in comments.get(target, [])]


def edit_context(
    record: SubmissionRecord, section: Section, form: SectionForm, user: User
) -> dict[str, Any]:
    """Everything the section page renders."""
    framework, _project = frameworks(record.framework)
    comments = comments_by_target(record)
    fields: list[tuple[BoundField, list[Any]]] = []
    shown: set[int] = set()  # each comment once, beside the first field it concerns
    for field in form.visible_fields():
        beside = [c for c in _field_comments(field.name, framework, comments) if c.pk not in shown]
        shown.update(c.pk for c in beside)
        fields.append((field, beside))
    projects = project_blocks(form, record.document) if section.kind == "projects" else []
    for block, stored in zip(projects, record.document.get("projects") or [], strict=False):
        block["comments"] = comments.get(project_target(stored.get("name", "")), [])
    return {
        "record": record,
        "section": section,
        "sections": sections(framework),
        "form": form,
        "form_errors": form.error_list() if form.is_bound else [],
        "fields": fields,
        "projects": projects,
        "indicator_headers": list(INDICATOR_PARTS.values()),
        "downloads": download_links(record),
        "section_comments": comments.get(section.key, []),
        "panel": score_panel(record.document, record.framework),
        "can_edit": can(user, Action.EDIT, record),
        "can_submit": can(user, Action.SUBMIT, record),
        "last_return": record.transitions.filter(new=Status.RETURNED).first(),
    }


def download_links(record: SubmissionRecord) -> list[tuple[str, str]]:
    """(kind, label) of every file the current document gives: 自评表, project tables, report."""
    links = [("table", "自评表（xlsx）")]
    for n, project in enumerate(record.document.get("projects", []), 1):
        links.append((f"project-{n}", f"项目支出绩效自评表：{project.get('name', '')}（xlsx）"))
    links += [("report", "自评报告（docx）"), ("pdf", "自评报告（pdf）")]
    return links


def deadline_for(record: SubmissionRecord) -> tuple[datetime.date | None, int | None]:
    """The year's deadline and the days left (negative when past)."""
    setting = YearSetting.objects.filter(
        bureau_id=record.unit.department.bureau_id, year=record.year
    ).first()
    if setting is None or setting.deadline is None:
        return None, None
    return setting.deadline, (setting.deadline - timezone.localdate()).days


def visible_records(user: User) -> list[SubmissionRecord]:
    """Every submission the user may see (the queue and the home page)."""
    role, profile = role_of(user), profile_of(user)
    records = SubmissionRecord.objects.select_related("unit__department").order_by(
        "-year", "unit__name"
    )
    if role is Role.ADMIN:
        return list(records)
    if profile is None:
        return []
    scope = {
        Role.UNIT: ("unit_id", profile.unit_id),
        Role.DEPARTMENT: ("unit__department_id", profile.department_id),
    }.get(role or Role.BUREAU, ("unit__department__bureau_id", profile.bureau_id))
    lookup, key = scope
    return [] if key is None else list(records.filter(**{lookup: key}))


def queue_context(user: User, status: str) -> dict[str, Any]:
    """The review queue, filtered by status, with deadlines."""
    records = [r for r in visible_records(user) if not status or r.status == status]
    rows = [(r, *deadline_for(r)) for r in records]
    return {"rows": rows, "status": status, "statuses": Status.choices}


def home_context(user: User) -> dict[str, Any]:
    """The start page: the user's unit and submissions, or a link to the queue."""
    profile = profile_of(user)
    unit: Unit | None = profile.unit if profile else None
    records = visible_records(user)
    return {
        "role": role_of(user),
        "unit": unit,
        "records": records[:50],
        "new_years": new_years(unit, records) if unit else [],
    }


def new_years(unit: Unit, records: list[SubmissionRecord]) -> list[int]:
    """The opened years the unit has not started yet."""
    started = {r.year for r in records if r.unit_id == unit.pk}
    return [y for y in opened_years(unit.department.bureau_id) if y not in started]


def upload_notice(name: str, saved: SubmissionRecord) -> str:
    """What the unit is told after an upload: the version and the findings."""
    panel = score_panel(saved.document, saved.framework)
    problems = len(panel["findings"]) + sum(len(p["findings"]) for p in panel["projects"])
    notice = f"已导入工作簿“{name}”，保存为第 {saved.version} 版"
    return notice + (f"；发现 {problems} 项问题，详见问题清单。" if problems else "；未发现问题。")

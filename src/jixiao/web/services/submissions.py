"""Creating and saving submissions: optimistic concurrency and field-level history."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from typing import Any

from django.db import transaction

from jixiao.web.errors import CONFLICT_MESSAGE
from jixiao.web.errors import ConflictError
from jixiao.web.errors import WebError
from jixiao.web.models import FieldChange
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit
from jixiao.web.models import YearSetting
from jixiao.web.services.evaluation import evaluate_document
from jixiao.web.services.evaluation import frameworks
from jixiao.web.services.evaluation import summarize
from jixiao.web.services.evaluation import to_document
from jixiao.web.services.places import change_label
from jixiao.web.services.years import require_opened

if TYPE_CHECKING:
    from django.contrib.auth.models import User

#: Paths never shown in history (where a workbook cell came from).
QUIET_PREFIXES = ("sources", "intake_findings")


def framework_for(unit: Unit, year: int) -> str:
    """The framework the bureau set for ``year`` (the default when none is set)."""
    setting = YearSetting.objects.filter(bureau_id=unit.department.bureau_id, year=year).first()
    return setting.framework if setting else "bumen-zhengti"


def blank_document(unit: Unit, year: int, framework: str) -> dict[str, Any]:
    """A new document: the header filled from the unit, everything else empty."""
    return {
        "framework": framework,
        "unit": {
            "name": unit.name,
            "year": year,
            "code": unit.code,
            "supervisor": unit.department.name,
        },
    }


def prefilled_document(unit: Unit, year: int, framework: str) -> dict[str, Any]:
    """Last year's document moved to ``year`` when there is one, else a blank one."""
    previous = SubmissionRecord.objects.filter(unit=unit, year=year - 1).first()
    if previous is None:
        return blank_document(unit, year, framework)
    doc: dict[str, Any] = json.loads(json.dumps(previous.document))
    doc["framework"] = framework
    doc["unit"] = {**doc.get("unit", {}), "year": year, "fill_date": ""}
    doc["sources"] = {}
    doc["intake_findings"] = []
    return doc


def start_submission(unit: Unit, year: int, user: User) -> SubmissionRecord:
    """The unit's submission for ``year``: opened when it exists, else created when the
    bureau has opened that year (refused otherwise)."""
    existing = SubmissionRecord.objects.filter(unit=unit, year=year).first()
    if existing is not None:
        return existing
    require_opened(unit, year)
    return create_submission(unit, year, user)


def create_submission(unit: Unit, year: int, user: User) -> SubmissionRecord:
    """The unit's submission for ``year``, created (prefilled) when it does not exist."""
    existing = SubmissionRecord.objects.filter(unit=unit, year=year).first()
    if existing is not None:
        return existing
    framework = framework_for(unit, year)
    doc = prefilled_document(unit, year, framework)
    evaluation, _ = evaluate_document(doc, framework)
    with transaction.atomic():
        record, _created = SubmissionRecord.objects.get_or_create(
            unit=unit,
            year=year,
            defaults={"framework": framework, "document": doc, "summary": summarize(evaluation)},
        )
    del user  # creation itself is not a field change
    return record


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """Field path → JSON text of every leaf of a document."""
    if isinstance(value, dict):
        items: dict[str, str] = {}
        for key, item in value.items():
            items |= flatten(item, f"{prefix}.{key}" if prefix else str(key))
        return items
    if isinstance(value, list) and value and isinstance(value[0], dict):
        items = {}
        for n, item in enumerate(value):
            items |= flatten(item, f"{prefix}.{n}")
        return items
    return {prefix: "" if value is None else json.dumps(value, ensure_ascii=False).strip('"')}


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(path, old, new) for every leaf that changed."""
    before, after = flatten(old), flatten(new)
    paths = sorted(set(before) | set(after))
    return [
        (p, before.get(p, ""), after.get(p, ""))
        for p in paths
        if before.get(p, "") != after.get(p, "") and not p.startswith(QUIET_PREFIXES)
    ]


def upload_changes(
    record: SubmissionRecord, document: dict[str, Any]
) -> list[tuple[str, str, str]]:
    """(place, saved, in the workbook) of every field an upload of ``document`` would change,
    in the form's words, for the unit to confirm before anything is replaced."""
    evaluation, _findings = evaluate_document(document, record.framework)
    canonical = to_document(evaluation.submission) if evaluation else document
    framework = frameworks(record.framework)[0]
    submission = evaluation.submission if evaluation else None
    return [
        (change_label(path, framework, submission), old or "（空）", new or "（空）")
        for path, old, new in diff(record.document, canonical)
    ]


def forget_import(document: dict[str, Any], changed: list[str]) -> bool:
    """Fields edited here lose their workbook place and the reader's findings there.

    A workbook upload keeps each value's cell (``sources``) and what the reader found at
    it (``intake_findings``: a formula without a value, merged cells …). Once a field is
    changed in the form, that cell no longer describes it. Returns whether anything went.
    """
    sources: dict[str, str] = document.get("sources") or {}
    # A place may be recorded for a whole row (``targets.CODE``, ``projects.0``) while the
    # form changes one of its fields (``targets.CODE.target``).
    keys = {key for key in sources for path in changed if path == key or path.startswith(f"{key}.")}
    stale = {sources.pop(key) for key in keys}
    if not stale:
        return False
    kept = [f for f in document.get("intake_findings") or [] if f.get("location") not in stale]
    document["intake_findings"] = kept
    return True


def save_document(
    record_id: int,
    user: User,
    document: dict[str, Any],
    version: int,
    *,
    from_form: bool = False,
) -> SubmissionRecord:
    """Validate and store ``document`` if ``version`` is current; write the history.

    ``from_form``: the values were typed in the web form, so the fields that changed
    drop their workbook places (:func:`forget_import`).

    Raises:
        WebError: the document is not a valid submission (with the reasons).
        ConflictError: someone saved a newer version first.
    """
    framework = _framework_of(record_id)
    evaluation, findings = evaluate_document(document, framework)
    if evaluation is None:
        raise WebError("填报内容无效，未保存。", [f.message for f in findings])
    canonical = to_document(evaluation.submission)
    with transaction.atomic():
        record = SubmissionRecord.objects.select_for_update().get(pk=record_id)
        if record.version != version:
            raise ConflictError(CONFLICT_MESSAGE.format(mine=version, current=record.version))
        changes = diff(record.document, canonical)
        if from_form and forget_import(canonical, [path for path, _, _ in changes]):
            evaluation, _ = evaluate_document(canonical, framework)
        record.document = canonical
        record.version = version + 1
        record.summary = summarize(evaluation)
        record.save(update_fields=["document", "version", "summary", "updated_at"])
        FieldChange.objects.bulk_create(
            FieldChange(submission=record, user=user, version=record.version, path=p, old=o, new=n)
            for p, o, n in changes
        )
    return record


def _framework_of(record_id: int) -> str:
    framework: str = SubmissionRecord.objects.values_list("framework", flat=True).get(pk=record_id)
    return framework

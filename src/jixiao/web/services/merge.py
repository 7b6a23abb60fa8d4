"""Saving a section someone else changed since it was opened: field by field.

Each form field carries the value it had when the page was opened (Django's
``show_hidden_initial``), so a save knows what this user changed. A stale save keeps every
field the other person changed and this user did not touch, writes this user's changes,
and stops only where both changed the same field to different values: a real conflict,
shown with both values side by side and a choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.http import QueryDict

from jixiao.web.forms import SectionForm

#: Name of the choice a conflicted field's value comes with: ``resolve:<field>``.
RESOLVE = "resolve:"
THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """A field both people changed, to different values."""

    name: str
    label: str
    theirs: str
    mine: str


def saved_values(form: SectionForm) -> dict[str, Any]:
    """Each field's value as saved now (the form is built on the current document)."""
    return {name: form.initial.get(name) for name in form.fields if name != "version"}


def same_shape(form: SectionForm, current: dict[str, Any]) -> bool:
    """The page was opened on the rows the section has now (no project or row added or
    removed in between): every field it showed is a field of the section now."""
    shown = {key.removeprefix("initial-") for key in form.data if key.startswith("initial-")}
    return shown == set(current)


def _loaded(form: SectionForm, name: str) -> Any:
    """The field's value when the page was opened (None when it cannot be read)."""
    field = form.fields[name]
    raw = field.hidden_widget().value_from_datadict(
        form.data, form.files, form[name].html_initial_name
    )
    try:
        return field.to_python(raw)
    except ValidationError:
        return None


def _value(form: SectionForm, name: str, raw: Any) -> Any:
    try:
        return form.fields[name].to_python(raw)
    except ValidationError:
        return raw


def merge_stale(
    form: SectionForm, current: dict[str, Any]
) -> tuple[dict[str, Any], list[FieldConflict]]:
    """The values to save: ``current`` (the section as saved now) with this user's changes
    written in, and the fields where both changed it differently."""
    merged = dict(current)
    conflicts: list[FieldConflict] = []
    for name in form.changed_data:
        if name == "version" or name not in current:
            continue
        field = form.fields[name]
        theirs_changed = field.has_changed(_loaded(form, name), current[name])
        differs = field.has_changed(_value(form, name, current[name]), form[name].data)
        if theirs_changed and differs:
            conflicts.append(
                FieldConflict(
                    name, str(field.label), _shown(current[name]), _shown(form[name].data)
                )
            )
        else:
            merged[name] = form.cleaned_data[name]
    return merged, conflicts


def resolved(data: QueryDict, merged: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """``merged`` with the conflicts settled as chosen: ``theirs`` keeps the saved value."""
    chosen = {
        key.removeprefix(RESOLVE)
        for key, value in data.items()
        if key.startswith(RESOLVE) and value == THEIRS
    }
    return {**merged, **{name: current[name] for name in chosen if name in current}}


def conflict_data(form: SectionForm, current: dict[str, Any], version: int) -> QueryDict:
    """The form data the conflict page is shown with: opened at the current version, each
    field showing this user's value where they changed it and the saved value elsewhere."""
    data = QueryDict(mutable=True)
    changed = set(form.changed_data)
    for name, saved in current.items():
        bound = form[name]
        data[bound.html_initial_name] = _raw(saved)
        data[bound.html_name] = _raw(bound.data if name in changed else saved)
    data[form["version"].html_name] = str(version)
    return data


def _raw(value: Any) -> str:
    if value is None or value is False:
        return ""
    return "on" if value is True else str(value)


def _shown(value: Any) -> str:
    text = _raw(value)
    return {"on": "已勾选"}.get(text, text) or "（空）"

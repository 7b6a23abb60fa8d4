"""Django forms generated from the framework (one per section), and the small fixed forms."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from typing import Any
from typing import cast

from django import forms

from jixiao.core.framework import FieldSpec
from jixiao.core.framework import Framework
from jixiao.web.services.sections import DELETE
from jixiao.web.services.sections import EXTRA_ROWS
from jixiao.web.services.sections import FLAG_PARTS
from jixiao.web.services.sections import INDICATOR_PARTS
from jixiao.web.services.sections import INFO_FIELDS
from jixiao.web.services.sections import NUMBER_PARTS
from jixiao.web.services.sections import PROJECT_FACT_PARTS
from jixiao.web.services.sections import PROJECT_PARTS
from jixiao.web.services.sections import ROW_PARTS
from jixiao.web.services.sections import TARGET_PARTS
from jixiao.web.services.sections import Section
from jixiao.web.services.sections import indicator_name
from jixiao.web.services.sections import project_name
from jixiao.web.services.sections import project_shape

COMPARISONS = [(">=", "≥"), ("<=", "≤"), ("=", "=")]
FLAGS = [("", "—"), ("是", "是"), ("否", "否")]
#: 一级指标 and 定性 answers of project indicators when there is no project framework.
PROJECT_LEVEL1_DEFAULT = ("产出指标", "效益指标", "满意度指标")
ANSWERS_DEFAULT = ("是", "部分", "否")


def _number(label: str, help_text: str = "") -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=False,
        help_text=help_text,
        max_digits=20,
        decimal_places=6,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        error_messages={"invalid": "应为数字"},
    )


def _text(label: str, long: bool = False, help_text: str = "") -> forms.CharField:
    widget = forms.Textarea(attrs={"rows": 4}) if long else forms.TextInput()
    return forms.CharField(
        label=label, required=False, help_text=help_text, widget=widget, max_length=20000
    )


def fact_field(spec: FieldSpec) -> forms.Field:
    """The form field for one framework input."""
    label = f"{spec.label}（{spec.unit}）" if spec.unit else spec.label
    if spec.kind == "choice":
        choices = [("", "—"), *((c, c) for c in spec.choices)]
        return forms.ChoiceField(label=label, required=False, choices=choices, help_text=spec.note)
    if spec.kind == "text":
        return _text(label, help_text=spec.note)
    return _number(label, spec.note)


def _row_field(part: str, label: str, framework: Framework) -> forms.Field:
    if part in FLAG_PARTS:
        return forms.ChoiceField(label=label, required=False, choices=FLAGS)
    if part == "comparison":
        return forms.ChoiceField(label=label, required=False, choices=COMPARISONS)
    if part == "level1" and framework.individual:
        choices = [("", "—"), *((n, n) for n in framework.individual_names())]
        return forms.ChoiceField(label=label, required=False, choices=choices)
    if part in NUMBER_PARTS:
        return _number(label)
    return _text(label, long=part in {"goal", "achieved"})


def _named(field: forms.Field, label: str) -> forms.Field:
    """A table cell's field: the full label names it (errors, screen readers)."""
    field.label = label
    field.widget.attrs["aria-label"] = label
    return field


def _indicator_field(part: str, label: str, project: Framework | None) -> forms.Field:
    if part == "level1":
        groups = project.individual_names() if project else PROJECT_LEVEL1_DEFAULT
        return forms.ChoiceField(
            label=label, required=False, choices=[("", "—"), *((g, g) for g in groups)]
        )
    if part == "answer":
        answers = list(project.choices) if project and project.choices else ANSWERS_DEFAULT
        return forms.ChoiceField(
            label=label, required=False, choices=[("", "—"), *((a, a) for a in answers)]
        )
    if part == "comparison":
        return forms.ChoiceField(label=label, required=False, choices=COMPARISONS)
    if part in NUMBER_PARTS:
        return _number(label)
    return _text(label)


def project_title(doc: dict[str, Any], n: int) -> str:
    """How project ``n`` is named in labels and messages."""
    name = project_name(doc, n)
    return f"项目“{name}”" if name else f"新增项目{n + 1}"


def project_fields(
    framework: Framework, doc: dict[str, Any], project: Framework | None
) -> dict[str, forms.Field]:
    """The 项目 section: each project's figures, its indicators, and 删除 boxes."""
    fields: dict[str, forms.Field] = {}
    for n, count in enumerate(project_shape(doc)):
        title = project_title(doc, n)
        for part, label in PROJECT_PARTS.items():
            fields[f"projects:{n}:{part}"] = _named(
                _row_field(part, label, framework), f"{title}·{label}"
            )
        for part, label in PROJECT_FACT_PARTS.items():
            fields[f"projects:{n}:{part}"] = _named(_number(label), f"{title}·{label}")
        fields[f"projects:{n}:{DELETE}"] = _named(
            forms.BooleanField(required=False), f"删除{title}"
        )
        for m in range(count):
            indicator = indicator_name(doc, n, m)
            row = f"{title}·指标“{indicator}”" if indicator else f"{title}·第{m + 1}行指标"
            for part, label in INDICATOR_PARTS.items():
                fields[f"projects:{n}:indicators:{m}:{part}"] = _named(
                    _indicator_field(part, label, project), f"{row}·{label}"
                )
            fields[f"projects:{n}:indicators:{m}:{DELETE}"] = _named(
                forms.BooleanField(required=False), f"删除{row}"
            )
    return fields


def section_fields(
    framework: Framework,
    section: Section,
    doc: dict[str, Any],
    project: Framework | None = None,
) -> dict[str, forms.Field]:
    """Every field of a section, by its flat name (row counts follow the stored ``doc``)."""
    if section.kind == "info":
        return {f"unit:{k}": _text(label) for k, label in INFO_FIELDS.items()}
    if section.kind == "facts":
        return {
            f"facts:{f.id}": fact_field(f) for f in framework.fields if f.sheet == section.sheet
        }
    if section.kind == "narrative":
        return {
            f"narrative:{s.key}": _text(s.label, long=True, help_text=s.note)
            for s in framework.narrative
        }
    if section.kind == "projects":
        return project_fields(framework, doc, project)
    fields: dict[str, forms.Field] = {}
    for spec in framework.indicators:
        for part, label in TARGET_PARTS.items():
            fields[f"targets:{spec.code}:{part}"] = (
                _number(f"{spec.name}·{label}")
                if part == "target"
                else _text(f"{spec.name}·{label}")
            )
    for n in range(len(doc.get("individual", [])) + EXTRA_ROWS):
        for part, label in ROW_PARTS.items():
            fields[f"individual:{n}:{part}"] = _row_field(part, label, framework)
    return fields


class SectionForm(forms.Form):
    """A section's form; the stored version travels with it for optimistic concurrency."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(
        self,
        *args: Any,
        extra: dict[str, forms.Field],
        row_check: Callable[[dict[str, Any]], dict[str, str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        for field in extra.values():
            field.show_hidden_initial = True  # what the page showed: a later save merges
        self.fields.update(extra)
        self.row_check = row_check
        self._keep_stored_answers()

    def _keep_stored_answers(self) -> None:
        """A stored answer outside a list (imported from a workbook) stays selectable,
        marked invalid: saving another field must not silently erase it."""
        for name, field in self.fields.items():
            stored = self.initial.get(name)
            if not isinstance(field, forms.ChoiceField) or stored in (None, ""):
                continue
            if not field.valid_value(str(stored)):
                listed = list(cast("Iterable[tuple[Any, Any]]", field.choices))
                field.choices = [*listed, (stored, f"{stored}（无效，请重新选择）")]

    def clean(self) -> dict[str, Any]:
        """Refuse table rows that would be dropped although they hold data."""
        cleaned = super().clean() or {}
        if self.row_check is not None:
            for name, problem in self.row_check(cleaned).items():
                if name not in self.errors:
                    self.add_error(name, problem)
        return cleaned

    def error_list(self) -> list[str]:
        """Every field error as one Chinese line naming the field (and what was typed)."""
        return error_lines(self)

    def usable_data(self) -> dict[str, Any]:
        """Cleaned values of the fields that validated (for a preview of a half-typed form)."""
        self.is_valid()
        return {k: v for k, v in getattr(self, "cleaned_data", {}).items() if k not in self.errors}


class UploadForm(forms.Form):
    """Upload the filled workbook."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    file = forms.FileField(label="填报工作簿（.xlsx）")


class ReturnForm(forms.Form):
    """退回修改 with the reasons."""

    reason = forms.CharField(
        label="退回理由", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )


class CommentForm(forms.Form):
    """A reviewer's comment on an indicator or a section."""

    target = forms.ChoiceField(label="针对")
    text = forms.CharField(label="意见", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)

    def __init__(self, *args: Any, targets: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = targets  # type: ignore[attr-defined]


def error_lines(form: forms.Form) -> list[str]:
    """Every error of ``form`` as one plain-text Chinese line naming its field (and what
    was typed in a number field): for pages and for the JSON ``errors`` list alike."""
    lines: list[str] = []
    for name, errors in form.errors.as_data().items():
        messages = [message for error in errors for message in error.messages]
        if name == "__all__":
            lines.extend(messages)
            continue
        field = form.fields[name]
        raw = form.data.get(form.add_prefix(name), "") if form.is_bound else ""
        typed = f"（填写为“{raw}”）" if raw and isinstance(field, forms.DecimalField) else ""
        lines.append(f"{field.label or name}：{'；'.join(messages)}{typed}")
    return lines

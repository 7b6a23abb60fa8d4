"""Django forms generated from the framework (one per section), and the small fixed forms."""

from __future__ import annotations

from typing import Any

from django import forms

from jixiao.core.framework import FieldSpec
from jixiao.core.framework import Framework
from jixiao.web.services.sections import FLAG_PARTS
from jixiao.web.services.sections import INFO_FIELDS
from jixiao.web.services.sections import NUMBER_PARTS
from jixiao.web.services.sections import PROJECT_PARTS
from jixiao.web.services.sections import ROW_PARTS
from jixiao.web.services.sections import TARGET_PARTS
from jixiao.web.services.sections import Section

COMPARISONS = [(">=", "≥"), ("<=", "≤"), ("=", "=")]
FLAGS = [("", "—"), ("是", "是"), ("否", "否")]


def _number(label: str, help_text: str = "") -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=False,
        help_text=help_text,
        max_digits=20,
        decimal_places=6,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
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
        choices = [("", "—"), *((g.level1, g.level1) for g in framework.individual)]
        return forms.ChoiceField(label=label, required=False, choices=choices)
    if part in NUMBER_PARTS:
        return _number(label)
    return _text(label, long=part in {"goal", "achieved"})


def section_fields(framework: Framework, section: Section, rows: int) -> dict[str, forms.Field]:
    """Every field of a section, by its flat name."""
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
    fields: dict[str, forms.Field] = {}
    if section.kind == "targets":
        for spec in framework.indicators:
            for part, label in TARGET_PARTS.items():
                fields[f"targets:{spec.code}:{part}"] = (
                    _number(f"{spec.name}·{label}")
                    if part == "target"
                    else _text(f"{spec.name}·{label}")
                )
    prefix, parts = (
        ("individual", ROW_PARTS) if section.kind == "targets" else ("projects", PROJECT_PARTS)
    )
    for n in range(rows):
        for part, label in parts.items():
            fields[f"{prefix}:{n}:{part}"] = _row_field(part, label, framework)
    return fields


class SectionForm(forms.Form):
    """A section's form; the stored version travels with it for optimistic concurrency."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args: Any, extra: dict[str, forms.Field], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields.update(extra)

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

"""The bridge to the core: frameworks by id, stored documents evaluated on demand."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.core.evaluate import evaluate
from jixiao.core.findings import Finding
from jixiao.core.findings import has_errors
from jixiao.core.framework import Framework
from jixiao.core.model import Evaluation
from jixiao.core.submission import Submission
from jixiao.documents.loading import parse_document
from jixiao.frameworks import load_pair

#: The dashboard's rates by the role their indicator plays (none in a framework → blank).
RATE_ROLES = {
    "execution_rate": "execution",
    "adjustment_rate": "adjustment",
    "carryover_rate": "carryover",
}


def frameworks(framework_id: str) -> tuple[Framework, Framework | None]:
    """The department framework and its project framework (cached by the loader)."""
    return load_pair(framework_id)


def to_document(submission: Submission) -> dict[str, Any]:
    """The stored form of a submission."""
    document: dict[str, Any] = submission.model_dump(mode="json")
    return document


def evaluate_document(
    document: dict[str, Any], framework_id: str
) -> tuple[Evaluation | None, list[Finding]]:
    """Validate and evaluate a stored (or unsaved) document."""
    submission, findings = parse_document(document)
    if submission is None:
        return None, findings
    department, project = frameworks(framework_id)
    return evaluate(submission, department, project), findings


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def summarize(evaluation: Evaluation | None) -> dict[str, Any]:
    """The dashboard cache of one evaluation (never the source of truth)."""
    if evaluation is None:
        return {"total_score": None, "grade": "", "errors": 1}
    summary: dict[str, Any] = {
        "total_score": _dec(evaluation.total_score),
        "grade": evaluation.grade,
        "errors": sum(1 for f in evaluation.all_findings() if f.severity.value == "error"),
        "blocked": has_errors(evaluation.all_findings()),
    }
    for key, role in RATE_ROLES.items():
        result = evaluation.by_role(role)
        summary[key] = _dec(result.value if result is not None else None)
    return summary

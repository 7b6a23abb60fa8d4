"""The ``--json`` shape of a review (docs/review.md)."""

from __future__ import annotations

from jixiao.review.model import ReviewFinding
from jixiao.review.model import ReviewResult


def finding_json(finding: ReviewFinding) -> dict[str, object]:
    """One finding as a JSON object."""
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "paragraph": finding.paragraph,
        "quote": finding.quote,
        "stated": finding.stated,
        "recomputed": finding.recomputed,
        "place": finding.place,
    }


def result_json(result: ReviewResult) -> dict[str, object]:
    """One reviewed file as a JSON object (``error`` only when it could not be read)."""
    data: dict[str, object] = {
        "file": result.file,
        "pages_or_paragraphs": result.units,
        "kind": result.kind,
        "notes": list(result.notes),
        "findings": [finding_json(f) for f in result.findings],
    }
    if result.error is not None:
        data["error"] = result.error
    return data

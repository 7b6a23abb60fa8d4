"""The JSON shape of an evaluation (the ``--json`` contract), as plain data.

Decimals become strings so no reader turns an amount into a binary float.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.core.findings import Finding
from jixiao.core.model import Evaluation
from jixiao.core.model import IndicatorResult
from jixiao.core.numbers import fmt_decimal


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def indicator_json(result: IndicatorResult) -> dict[str, Any]:
    """One indicator as in the contract."""
    return {
        "code": result.code,
        "name": result.name,
        "level1": result.level1,
        "level2": result.level2,
        "value": _dec(result.value),
        "unit": result.unit,
        "target": _dec(result.target),
        "comparison": result.comparison,
        "met": result.met,
        "weight": _dec(result.weight),
        "score": fmt_decimal(result.score),
        "status": result.status.value,
        "origin": result.origin.value,
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    """One finding as in the contract."""
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "location": finding.location,
    }


def evaluation_json(evaluation: Evaluation) -> dict[str, Any]:
    """The whole evaluation as in the contract (projects in the same shape)."""
    return {
        "unit": evaluation.title,
        "year": evaluation.year,
        "framework": evaluation.framework_id,
        "total_score": fmt_decimal(evaluation.total_score),
        "grade": evaluation.grade,
        "indicators": [indicator_json(r) for r in evaluation.indicators],
        "measures": [
            {"code": m.code, "name": m.name, "value": _dec(m.value)} for m in evaluation.measures
        ],
        "projects": [evaluation_json(p) for p in evaluation.projects],
        "findings": [finding_json(f) for f in evaluation.findings],
    }

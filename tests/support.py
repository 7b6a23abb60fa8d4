"""Helpers shared by the test modules (importable as ``support``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from jixiao.core.evaluate import evaluate
from jixiao.core.model import Evaluation
from jixiao.core.submission import Submission
from jixiao.frameworks import load_pair

ROOT = Path(__file__).resolve().parent.parent
SEED_YAML = ROOT / "examples" / "gedian-2023" / "submission.yaml"


def seed_data() -> dict[str, Any]:
    """The seed unit's submission as a fresh mutable mapping."""
    data: dict[str, Any] = yaml.safe_load(SEED_YAML.read_text(encoding="utf-8"))
    return data


def evaluate_data(data: dict[str, Any]) -> Evaluation:
    """Evaluate a submission mapping with the default frameworks."""
    department, project = load_pair()
    return evaluate(Submission.model_validate(data), department, project)

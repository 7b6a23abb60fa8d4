"""A submission with the frameworks it is to be evaluated against.

A YAML/JSON submission names its framework (``framework: bumen-2013``). Without ``-f``
that name is honoured; an unknown name is refused. With ``-f`` the command line wins
and the file's other name is reported, never silently ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jixiao.core.findings import Finding
from jixiao.core.findings import make_finding
from jixiao.core.framework import Framework
from jixiao.core.framework import FrameworkError
from jixiao.core.submission import Submission
from jixiao.documents.loading import load_submission
from jixiao.frameworks import DEFAULT_FRAMEWORK
from jixiao.frameworks import load_pair


@dataclass(frozen=True, slots=True)
class Loaded:
    """What a submission file gave: the submission (None when unusable) and findings."""

    submission: Submission | None
    findings: list[Finding]
    department: Framework
    project: Framework | None


def load_with_framework(path: Path, explicit: str | None) -> Loaded:
    """Read ``path`` against ``explicit`` or, when None, the framework the file names.

    Raises FrameworkError (Chinese) when a framework cannot be loaded.
    """
    department, project = load_pair(explicit or DEFAULT_FRAMEWORK)
    submission, findings = load_submission(path, department)
    named = submission.framework if submission is not None else department.id
    if submission is None or named == department.id:
        return Loaded(submission, findings, department, project)
    if explicit is not None:
        note = make_finding("framework-override", "framework", named=named, used=department.id)
        kept = submission.model_copy(
            update={"intake_findings": (*submission.intake_findings, note)}
        )
        return Loaded(kept, [*findings, note], department, project)
    try:
        department, project = load_pair(named)
    except FrameworkError as error:
        raise FrameworkError(f"填报文件 {path.name} 指定的指标体系无法使用：{error}") from None
    submission, findings = load_submission(path, department)
    return Loaded(submission, findings, department, project)

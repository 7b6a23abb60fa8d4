"""A submission (填报 .xlsx/.yaml/.json) evaluated with a framework, as a :class:`Reference`.

This is the one place where the review uses the rest of jixiao: the submission is read with
:func:`jixiao.documents.loading.load_submission` and evaluated with
:func:`jixiao.core.evaluate.evaluate`, exactly as ``jixiao evaluate`` does, so the report is
compared with the values, targets and scores the 自评表 would show.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from jixiao.review.crosscheck.reference import Reference
from jixiao.review.crosscheck.reference import ReferenceIndicator
from jixiao.review.crosscheck.reference import ReferenceReadError

if TYPE_CHECKING:
    from jixiao.core.model import Evaluation

TEN_THOUSAND = Decimal(10_000)


def evaluation_reference(evaluation: Evaluation, label: str) -> Reference:
    """The figures of an evaluation: indicators, budget (万元 → 元), total and grade."""
    from jixiao.core.display import show_target  # noqa: PLC0415 - keep review imports light

    indicators = tuple(
        ReferenceIndicator(
            name=result.name,
            value=result.display,
            target=show_target(result.target, result.comparison, result.unit),
            weight=result.weight,
            score=result.score,
            place=f"{label}：{result.name}",
        )
        for result in evaluation.indicators
    )
    budget: dict[str, Decimal] = {}
    for row in evaluation.budget:
        for column in ("initial", "adjusted", "executed"):
            amount = getattr(row, column)
            if amount is not None:
                budget[f"{row.key}.{column}"] = amount * TEN_THOUSAND
    return Reference(
        label=label,
        indicators=indicators,
        budget=budget,
        total_score=evaluation.total_score,
        score_sum=evaluation.score_sum,
        grade=evaluation.grade,
    )


def read_submission(path: Path, framework: str | Path) -> Reference:
    """Load ``path`` with the project's loader, evaluate it with ``framework``.

    Raises:
        ReferenceReadError: the framework or the submission cannot be used (Chinese message
            listing the loader's findings).
    """
    from jixiao.core.evaluate import evaluate  # noqa: PLC0415
    from jixiao.core.framework import FrameworkError  # noqa: PLC0415
    from jixiao.documents.loading import load_submission  # noqa: PLC0415
    from jixiao.frameworks import load_pair  # noqa: PLC0415

    try:
        department, project = load_pair(framework)
    except FrameworkError as error:
        raise ReferenceReadError(str(error)) from None
    submission, findings = load_submission(path, department)
    if submission is None:
        reasons = "；".join(f.message for f in findings[:5]) or "原因不明"
        raise ReferenceReadError(f"填报文件 {path.name} 无法读取：{reasons}")
    evaluation = evaluate(submission, department, project)
    return evaluation_reference(evaluation, f"填报数据（{path.name}）")

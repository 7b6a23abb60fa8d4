"""A folder of one unit's documents: each 项目支出 report against the 项目支出绩效自评表 of the
same project beside it.

A bureau receives a project's table and its report together; the 自评得分, the indicator
values, targets and scores the report states must be the table's. The table read by the
review (any layout, any format) becomes a :class:`Reference`, and the report is checked
against it as against a 自评表 jixiao wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from jixiao.review.crosscheck.check import check_reference
from jixiao.review.crosscheck.reference import Reference
from jixiao.review.crosscheck.reference import ReferenceIndicator
from jixiao.review.digest import result_digest
from jixiao.review.model import SEVERITY_ORDER
from jixiao.review.model import ReviewResult
from jixiao.review.tables.scored import scored_tables
from jixiao.review.text.kind import DocKind

_PLAIN = re.compile(r"[\s“”\"'《》（）()【】\[\]·・]")
MIN_NAME = 4


def _key(name: str) -> str:
    return _PLAIN.sub("", name)


def _reference(result: ReviewResult, project: str) -> Reference | None:
    """The project table's rows and total as what its report must agree with."""
    if result.doc is None:
        return None
    tables = scored_tables(result.doc)
    if not tables:
        return None
    table = tables[0]
    indicators = tuple(
        ReferenceIndicator(
            name=row.name,
            value=row.actual,
            target=row.target,
            weight=row.weight.value,
            score=row.score.value,
            place=f"{Path(result.file).name}·{row.name}",
        )
        for row in table.rows
    )
    total = table.total.score.value if table.total is not None else None
    label = f"项目自评表“{Path(result.file).name}”（{project}）"
    return Reference(label=label, indicators=indicators, total_score=total)


def _reports_of(results: list[ReviewResult], project: str) -> Iterable[int]:
    """Indexes of the project reports in ``results`` that name ``project``."""
    key = _key(project)
    for index, result in enumerate(results):
        if result.doc is None or result.doc.identity.kind is not DocKind.PROJECT_REPORT:
            continue
        named = _key(result_digest(result).project)
        title = _key(" ".join(p.text for p in result.doc.paragraphs[:3]))
        if (named and (named in key or key in named)) or key in title:
            yield index


def cross_check_projects(results: list[ReviewResult]) -> list[ReviewResult]:
    """``results`` with each project report cross-checked against its project's table, when
    both are in the same folder."""
    checked = list(results)
    for result in results:
        if result.doc is None or result.doc.identity.kind is not DocKind.PROJECT_TABLE:
            continue
        project = result_digest(result).project
        reference = _reference(result, project) if len(_key(project)) >= MIN_NAME else None
        if reference is None:
            continue
        folder = Path(result.file).parent
        siblings = [i for i, r in enumerate(checked) if Path(r.file).parent == folder]
        for index in _reports_of([checked[i] for i in siblings], project):
            report = checked[siblings[index]]
            assert report.doc is not None
            found = check_reference(report.doc, reference)
            if found:
                merged = tuple(
                    sorted(
                        dict.fromkeys((*report.findings, *found)),
                        key=lambda f: (SEVERITY_ORDER[f.severity], f.paragraph),
                    )
                )
                checked[siblings[index]] = replace(report, findings=merged)
    return checked

"""A folder of one unit's documents: each 项目支出 report against the 项目支出绩效自评表 of the
same project beside it.

A bureau receives a project's table and its report together; the 自评得分, the indicator
values, targets and scores the report states must be the table's. The table read by the
review (any layout, any format) becomes a :class:`Reference`, and the report is checked
against it as against a 自评表 jixiao wrote.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from jixiao.review.crosscheck.check import check_reference
from jixiao.review.crosscheck.reference import Reference
from jixiao.review.crosscheck.reference import ReferenceIndicator
from jixiao.review.digest import result_digest
from jixiao.review.model import ReviewResult
from jixiao.review.model import ordered_findings
from jixiao.review.tables.scored import scored_tables
from jixiao.review.text.kind import DocKind

_PLAIN = re.compile(r"[\s“”\"'《》（）()【】\[\]·・]")
MIN_NAME = 4
REPORT, TABLE = DocKind.PROJECT_REPORT, DocKind.PROJECT_TABLE


def _key(name: str) -> str:
    return _PLAIN.sub("", name)


def _reference(result: ReviewResult, project: str) -> Reference | None:
    """The project table's rows and total as what its report must agree with."""
    if result.doc is None or len(_key(project)) < MIN_NAME:
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


def _report_names(result: ReviewResult) -> tuple[str, str]:
    """The project a report names (its 项目名称) and its opening lines, as keys."""
    assert result.doc is not None
    opening = " ".join(p.text for p in result.doc.paragraphs[:3])
    return _key(result_digest(result).project), _key(opening)


def _names_project(names: tuple[str, str], project: str) -> bool:
    named, opening = names
    return bool(named and (named in project or project in named)) or project in opening


def _kind(result: ReviewResult) -> DocKind | None:
    return result.doc.identity.kind if result.doc is not None else None


def cross_check_projects(results: list[ReviewResult]) -> list[ReviewResult]:
    """``results`` with each project report cross-checked against its project's table, when
    both are in the same folder (each folder grouped once, each report's names read once)."""
    checked = list(results)
    folders: dict[Path, list[int]] = {}
    for index, result in enumerate(results):
        folders.setdefault(Path(result.file).parent, []).append(index)
    for members in folders.values():
        reports = {i: _report_names(results[i]) for i in members if _kind(results[i]) is REPORT}
        tables = [results[i] for i in members if _kind(results[i]) is TABLE] if reports else []
        for table in tables:
            project = result_digest(table).project
            reference = _reference(table, project)
            if reference is None:
                continue
            for index, names in reports.items():
                report = checked[index]
                if report.doc is None or not _names_project(names, _key(project)):
                    continue
                found = check_reference(report.doc, reference)
                checked[index] = replace(
                    report, findings=ordered_findings((*report.findings, *found))
                )
    return checked

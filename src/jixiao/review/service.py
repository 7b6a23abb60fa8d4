"""Review one file or a folder: read, check, collect results (no rendering here)."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path

from jixiao.parallel import stream_map
from jixiao.review.catalogue import make_finding
from jixiao.review.checks.layout_notes import skipped_notes
from jixiao.review.crosscheck.check import check_reference
from jixiao.review.crosscheck.folder import cross_check_projects
from jixiao.review.crosscheck.reference import Reference
from jixiao.review.crosscheck.reference import ReferenceReadError
from jixiao.review.crosscheck.table import read_table
from jixiao.review.crosscheck.unit_projects import cross_check_unit_projects
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewResult
from jixiao.review.model import ordered_findings
from jixiao.review.readers import SUPPORTED
from jixiao.review.readers import ReportReadError
from jixiao.review.readers import read_report
from jixiao.review.registry import run_checks

OUTPUT_MARK = "复核意见"
SUMMARY_MARK = "复核汇总"


def review_doc(doc: ReportDoc, file: str, references: tuple[Reference, ...] = ()) -> ReviewResult:
    """Check an already-read report, and cross-check it against each reference given."""
    units = doc.pages if doc.pages is not None else len(doc.paragraphs)
    findings = run_checks(doc)
    for reference in references:
        findings.extend(check_reference(doc, reference))
    return ReviewResult(
        file=file,
        units=units,
        findings=ordered_findings(findings),
        doc=doc,
        notes=skipped_notes(doc),
    )


def review_file(
    path: Path, indicators: tuple[str, ...] = (), references: tuple[Reference, ...] = ()
) -> ReviewResult:
    """Review one report file; an unreadable file gives a result with ``error`` set.

    ``references`` (a 自评表 read by :func:`jixiao.review.crosscheck.table.read_table`, a
    submission read by :func:`jixiao.review.crosscheck.submission.read_submission`) add the
    cross-check of the report's figures against them.
    """
    try:
        doc = read_report(path, indicators)
    except ReportReadError as error:
        return ReviewResult(file=str(path), units=0, error=str(error))
    return review_doc(doc, str(path), references)


def report_files(folder: Path) -> list[Path]:
    """Report files in ``folder`` and below, skipping our own outputs and Office lock files."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in SUPPORTED
        and OUTPUT_MARK not in path.stem
        and SUMMARY_MARK not in path.stem
        and not path.name.startswith(("~$", "."))
    )


def sibling_table(folder: Path) -> Path | None:
    """The one 部门整体 自评表 in ``folder`` (as ``jixiao evaluate 目录/`` lays out each
    unit's folder), or None when there is none or more than one."""
    tables = [
        path
        for path in folder.glob("*.xlsx")
        if "自评表" in path.stem and "项目" not in path.stem and not path.name.startswith("~$")
    ]
    return tables[0] if len(tables) == 1 else None


def review_with_table(
    report: Path, indicators: tuple[str, ...], beside: Mapping[Path, Path | None]
) -> ReviewResult:
    """Review ``report`` and cross-check it with the 自评表 ``beside`` it (looked up by its
    folder, each folder listed once), if there is one."""
    table = beside.get(report.parent)
    if table is None:
        return review_file(report, indicators)
    try:
        references: tuple[Reference, ...] = (read_table(table),)
    except ReferenceReadError as error:
        result = review_file(report, indicators)
        if result.doc is None or not result.doc.paragraphs:
            return result
        note = make_finding(
            "table-unreadable", result.doc.paragraphs[0], f"自评表“{table.name}”无法读取：{error}"
        )
        return replace(result, findings=(*result.findings, note))
    return replace(review_file(report, indicators, references), table=table.name)


def review_folder(
    folder: Path,
    indicators: tuple[str, ...] = (),
    *,
    tables: bool = True,
    progress: Callable[[Iterable[Path]], Iterable[Path]] = iter,
    jobs: int = 1,
) -> list[ReviewResult]:
    """Review every document in ``folder``; with ``tables``, each report against the 自评表
    beside it and each 项目支出 report against its project's table in the same folder.
    ``progress`` wraps the list of files (a progress bar), if given; ``jobs`` worker
    processes share the files (results in the files' order)."""
    files = report_files(folder)
    beside = {parent: sibling_table(parent) for parent in {path.parent for path in files}}
    review = (
        partial(review_with_table, indicators=indicators, beside=beside)
        if tables
        else partial(review_file, indicators=indicators)
    )
    reviewed = stream_map(review, files, jobs=jobs if len(files) > 1 else 1, collect=False)
    results = [result for _, result in zip(progress(files), reviewed, strict=True)]
    return cross_check_unit_projects(cross_check_projects(results)) if tables else results

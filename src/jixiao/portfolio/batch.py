"""Many units at once: every submission file in a folder, one output folder per unit.

One unit's bad file (or a failure while writing its documents) is recorded in its row and
never stops the others. Units are independent, so they run in worker processes.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace
from decimal import Decimal
from functools import partial
from pathlib import Path

from jixiao.core.evaluate import evaluate
from jixiao.core.findings import INPUT_CODES
from jixiao.core.findings import Severity
from jixiao.core.findings import has_errors
from jixiao.core.framework import FrameworkError
from jixiao.core.model import Evaluation
from jixiao.documents.intake import load_with_framework
from jixiao.documents.loading import DOCUMENT_SUFFIXES
from jixiao.documents.loading import WORKBOOK_SUFFIXES
from jixiao.documents.outputs import safe_name
from jixiao.documents.outputs import write_outputs
from jixiao.documents.paths import OutputPathError
from jixiao.parallel import stream_map

#: The roles of the key rates a bureau compares units by, in summary column order.
KEY_RATES = ("execution", "adjustment", "carryover")


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchRow:
    """The outcome for one input file.

    Attributes:
        file: the input file name.
        unit: the unit's name ("" when the file could not be read).
        total_score / grade: the result, when evaluated.
        rates: the key rates (执行率, 调整率, 结转结余率) by role.
        errors / warnings: finding counts.
        status: 已生成 / 草稿 / 未生成 / 无法读取 / 处理失败.
        detail: the first error message, or why it failed.
        folder: where its documents went, if anywhere.
    """

    file: str
    unit: str
    total_score: Decimal | None
    grade: str
    rates: dict[str, Decimal | None]
    errors: int
    warnings: int
    status: str
    detail: str
    folder: str
    report: str = ""  # the report written, for the PDF step that follows


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchOptions:
    """What to do for each unit."""

    framework: str | None  # None: the one each file names, else the default
    out_dir: Path
    draft: bool
    pdf: bool


#: The batch summary's file name (without suffix); a second run into the same folder
#: must not read it as a unit's submission.
SUMMARY_STEM = "绩效自评汇总表"


def submission_files(folder: Path) -> list[Path]:
    """The submission files of a folder, sorted; temporary Excel lock files skipped."""
    suffixes = WORKBOOK_SUFFIXES | DOCUMENT_SUFFIXES | {".xls", ".csv"}
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and p.suffix.lower() in suffixes
        and not p.name.startswith("~$")
        and not p.stem.startswith(SUMMARY_STEM)  # the summary of an earlier run here
    )


def run_one(path: Path, options: BatchOptions) -> BatchRow:
    """Evaluate one file and write its documents; never raises."""
    try:
        return _run_one(path, options)
    except Exception as error:
        return BatchRow(
            file=path.name,
            unit="",
            total_score=None,
            grade="",
            rates={},
            errors=1,
            warnings=0,
            status="处理失败",
            detail=f"{type(error).__name__}：{error}",
            folder="",
        )


def _run_one(path: Path, options: BatchOptions) -> BatchRow:
    try:
        loaded = load_with_framework(path, options.framework)
    except FrameworkError as error:
        return _unreadable(path, str(error), 1)
    department, project = loaded.department, loaded.project
    submission, findings = loaded.submission, loaded.findings
    if submission is None:
        return _unreadable(path, findings[0].message if findings else "无法读取", len(findings))
    evaluation = evaluate(submission, department, project)
    blocked = has_errors(evaluation.all_findings())
    folder = options.out_dir / safe_name(f"{evaluation.title}-{path.stem}")
    status = "未生成"
    if options.draft or not blocked:
        try:
            written = write_outputs(
                evaluation,
                department,
                project,
                folder,
                draft=blocked,
                pdf=False,  # converted afterwards, many reports per LibreOffice start
                inputs=(path,),
            )
        except OutputPathError as error:
            return replace(_row(path, evaluation, "未生成", None), detail=str(error))
        status = "草稿" if blocked else "已生成"
        report = next((f for f in written.files if f.suffix == ".docx"), None)
        return replace(_row(path, evaluation, status, folder), report=str(report or ""))
    return _row(path, evaluation, status, None)


def _unreadable(path: Path, detail: str, errors: int) -> BatchRow:
    return BatchRow(
        file=path.name,
        unit="",
        total_score=None,
        grade="",
        rates={},
        errors=errors,
        warnings=0,
        status="无法读取",
        detail=detail,
        folder="",
    )


def _row(path: Path, evaluation: Evaluation, status: str, folder: Path | None) -> BatchRow:
    found = evaluation.all_findings()  # the projects' too: they block the documents as well
    errors = [f for f in found if f.severity is Severity.ERROR]
    warnings = [f for f in found if f.severity is Severity.WARNING]
    return BatchRow(
        file=path.name,
        unit=evaluation.title,
        total_score=evaluation.total_score,
        grade=evaluation.grade,
        rates={role: _rate(evaluation, role) for role in KEY_RATES},
        errors=len(errors),
        warnings=len(warnings),
        status=status,
        detail=_first_problem(evaluation),
        folder=str(folder or ""),
    )


def _rate(evaluation: Evaluation, role: str) -> Decimal | None:
    result = evaluation.by_role(role)
    return result.value if result is not None else None


def _first_problem(evaluation: Evaluation) -> str:
    """The problem a summary row names: what the file itself got wrong when it was read
    (even a warning such as 元 for 万元) before what the evaluation then found."""
    found = evaluation.all_findings()
    own = [f for f in found if f.code in INPUT_CODES]
    ranked = [
        *(f for f in own if f.severity is Severity.ERROR),
        *(f for f in own if f.severity is Severity.WARNING),
        *(f for f in found if f.severity is Severity.ERROR),
    ]
    return ranked[0].message if ranked else ""


def run_batch(
    files: list[Path],
    options: BatchOptions,
    *,
    jobs: int = 1,
    on_done: Callable[[BatchRow], None] | None = None,
    on_pdf: Callable[[int], None] | None = None,
) -> list[BatchRow]:
    """Run every file, then convert the reports to PDF in batches when asked; rows come
    back in input order (``on_done`` after each file, ``on_pdf`` after each PDF batch).

    Only the rows are kept (a few hundred bytes each, for the summary table); each unit's
    evaluation and documents are dropped as soon as its row is made.
    """
    rows = []
    for row in iter_batch(files, options, jobs=jobs):
        rows.append(row)
        if on_done is not None:
            on_done(row)
    return with_pdfs(rows, jobs=jobs, on_pdf=on_pdf) if options.pdf else rows


def with_pdfs(
    rows: list[BatchRow], *, jobs: int, on_pdf: Callable[[int], None] | None = None
) -> list[BatchRow]:
    """Convert every written report to PDF in batches (:func:`convert_batch`); a report that
    could not be converted is named in its row."""
    from jixiao.documents.pdf import PdfJob  # noqa: PLC0415 - heavy import
    from jixiao.documents.pdf import convert_batch  # noqa: PLC0415

    reports = [Path(row.report) for row in rows if row.report]
    pdf_jobs = [PdfJob(report, report.with_suffix(".pdf")) for report in reports]
    failed = convert_batch(pdf_jobs, workers=jobs, on_done=on_pdf) if pdf_jobs else {}
    return [
        replace(row, detail=_joined(row.detail, f"PDF 未生成：{failed[Path(row.report)]}"))
        if row.report and Path(row.report) in failed
        else row
        for row in rows
    ]


def _joined(first: str, second: str) -> str:
    return f"{first}；{second}" if first else second


def iter_batch(
    files: Iterable[Path], options: BatchOptions, *, jobs: int = 1
) -> Iterator[BatchRow]:
    """The rows of :func:`run_batch`, one by one as they are ready, in input order."""
    return stream_map(partial(run_one, options=options), files, jobs=jobs)

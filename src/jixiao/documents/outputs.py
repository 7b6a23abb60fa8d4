"""Writing every document of one evaluation into a folder."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from jixiao.core.framework import Framework
from jixiao.core.model import Evaluation
from jixiao.core.serialize import evaluation_json
from jixiao.documents.paths import check_not_folders
from jixiao.documents.paths import check_not_inputs
from jixiao.documents.paths import check_out_dir

DEPARTMENT_TABLE = "部门整体支出绩效自评表.xlsx"
REPORT_DOCX = "部门整体绩效自评报告.docx"
EVALUATION_JSON = "evaluation.json"


@dataclass(slots=True)
class Written:
    """What was written, and what could not be (with the reason, in Chinese)."""

    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


#: Characters kept of a name in a file name: 60 CJK characters are 180 bytes in UTF-8,
#: well inside the 255-byte limit of a file name with its prefix and suffix.
NAME_CHARS = 60


def safe_name(name: str) -> str:
    """A file-name-safe, length-limited version of a project or unit name."""
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("_")[:NAME_CHARS].strip("_")
    return cleaned or "未命名"


def write_outputs(
    evaluation: Evaluation,
    framework: Framework,
    project_framework: Framework | None,
    out_dir: Path,
    *,
    draft: bool,
    pdf: bool = True,
    report_template: Path | None = None,
    inputs: tuple[Path, ...] = (),
) -> Written:
    """Write the 自评表, the project tables, the report (docx, pdf) and the JSON.

    Raises OutputPathError, before anything is written, when ``out_dir`` is a file or a
    document would land on one of ``inputs``.
    """
    from jixiao.documents.report.writer import write_report  # noqa: PLC0415 - heavy import
    from jixiao.documents.table.writer import write_table  # noqa: PLC0415 - heavy import

    check_out_dir(out_dir)
    projects = _project_tables(evaluation, out_dir) if project_framework is not None else []
    table, report, data = (
        out_dir / DEPARTMENT_TABLE,
        out_dir / REPORT_DOCX,
        out_dir / EVALUATION_JSON,
    )
    planned = [table, *(path for path, _ in projects), report, report.with_suffix(".pdf"), data]
    check_not_inputs(planned, inputs)
    check_not_folders(planned)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = Written()
    write_table(evaluation, framework, table, draft=draft)
    written.files.append(table)
    for path, project in projects:
        assert project_framework is not None
        write_table(project, project_framework, path, draft=draft)
        written.files.append(path)
    write_report(evaluation, framework, report, draft=draft, template=report_template)
    written.files.append(report)
    if pdf:
        _write_pdf(report, out_dir, written)
    data.write_text(json.dumps(evaluation_json(evaluation), ensure_ascii=False, indent=2), "utf-8")
    written.files.append(data)
    return written


def _project_tables(evaluation: Evaluation, out_dir: Path) -> list[tuple[Path, Evaluation]]:
    """Each project's table file; two long names alike in their first characters get the
    project's number."""
    tables: list[tuple[Path, Evaluation]] = []
    for number, project in enumerate(evaluation.projects, 1):
        path = out_dir / f"项目支出绩效自评表-{safe_name(project.title)}.xlsx"
        if any(path == taken for taken, _ in tables):
            path = path.with_stem(f"{path.stem}-{number}")
        tables.append((path, project))
    return tables


def _write_pdf(report: Path, out_dir: Path, written: Written) -> None:
    from jixiao.documents.pdf import PdfError  # noqa: PLC0415 - heavy import
    from jixiao.documents.pdf import convert_to_pdf  # noqa: PLC0415 - heavy import

    try:
        written.files.append(convert_to_pdf(report, out_dir))
    except PdfError as error:
        written.notes.append(str(error))

"""Files in and out: the uploaded workbook (checked before it is read) and downloads."""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings

from jixiao.core.findings import has_errors
from jixiao.documents.loading import load_submission
from jixiao.documents.outputs import DEPARTMENT_TABLE
from jixiao.documents.outputs import REPORT_DOCX
from jixiao.documents.outputs import write_outputs
from jixiao.web.errors import NotFoundError
from jixiao.web.errors import UnavailableError
from jixiao.web.errors import WebError
from jixiao.web.services.engine import evaluate_document
from jixiao.web.services.engine import frameworks
from jixiao.web.services.engine import to_document

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

    from jixiao.web.models import SubmissionRecord

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True, slots=True)
class Download:
    """A generated file: its name, content type and bytes."""

    name: str
    content_type: str
    data: bytes


def check_upload(upload: UploadedFile) -> None:
    """Refuse a file by size, name, type and uncompressed size, before it is parsed."""
    limit = settings.CONFIG.upload_max_bytes
    name = upload.name or ""
    if not name.lower().endswith(".xlsx"):
        raise WebError("只能上传 .xlsx 格式的填报工作簿。")
    if upload.size is None or upload.size > limit:
        raise WebError(f"文件超过大小上限 {limit // 1024 // 1024} MB。")
    try:
        with zipfile.ZipFile(upload.file) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise WebError("文件不是有效的 .xlsx 工作簿。") from None
    finally:
        upload.file.seek(0)
    if unpacked > settings.CONFIG.unzipped_max_bytes:
        raise WebError("工作簿解压后过大，已拒绝（疑似压缩炸弹）。")


def read_upload(upload: UploadedFile, record: SubmissionRecord) -> dict[str, Any]:
    """The document in an uploaded workbook, or WebError with the reader's findings."""
    check_upload(upload)
    framework, _project = frameworks(record.framework)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "upload.xlsx"
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        try:
            submission, findings = load_submission(path, framework)
        except ImportError:
            raise UnavailableError("工作簿读取模块尚不可用，请使用网页表单填报。") from None
    if submission is None:
        raise WebError("工作簿无法导入。", [f.message for f in findings])
    if submission.unit.year != record.year:
        raise WebError(f"工作簿的评价年度为 {submission.unit.year} 年，本填报为 {record.year} 年。")
    return to_document(submission)


KINDS = {"table": ".xlsx", "report": ".docx", "pdf": ".pdf"}


def build_download(record: SubmissionRecord, kind: str) -> Download:
    """Generate the 自评表 (xlsx), the report (docx) or its pdf for the current document."""
    if kind not in KINDS:
        raise NotFoundError("没有这种文件。")
    evaluation, findings = evaluate_document(record.document, record.framework)
    if evaluation is None:
        raise WebError("填报内容无效，无法生成文件。", [f.message for f in findings])
    department, project = frameworks(record.framework)
    draft = has_errors(evaluation.findings)
    with tempfile.TemporaryDirectory() as folder:
        try:
            if kind == "table":
                from jixiao.documents.table_writer import write_table  # noqa: PLC0415 - heavy

                path = Path(folder) / DEPARTMENT_TABLE
                write_table(evaluation, department, path, draft=draft)
                return _pick([path], kind, [], evaluation.title, record.year)
            written = write_outputs(
                evaluation, department, project, Path(folder), draft=draft, pdf=kind == "pdf"
            )
        except ImportError:
            raise UnavailableError("文件生成模块尚不可用，请稍后再试。") from None
        return _pick(written.files, kind, written.notes, evaluation.title, record.year)


def _pick(files: list[Path], kind: str, notes: list[str], title: str, year: int) -> Download:
    suffix = KINDS[kind]
    if kind == "report":
        chosen = [p for p in files if p.name == REPORT_DOCX]
    else:
        chosen = [p for p in files if p.suffix == suffix]
    if not chosen:
        raise UnavailableError(
            "无法生成 PDF（未安装 LibreOffice）。" if kind == "pdf" else "文件生成失败。", notes
        )
    path = chosen[0]
    types = {".xlsx": XLSX_TYPE, ".docx": DOCX_TYPE, ".pdf": "application/pdf"}
    return Download(f"{year}-{title}-{path.name}", types[suffix], path.read_bytes())

"""Files in and out: the uploaded workbook (checked before it is read) and downloads."""

from __future__ import annotations

import re
import tempfile
import unicodedata
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
from jixiao.documents.outputs import safe_name
from jixiao.web.errors import NotFoundError
from jixiao.web.errors import UnavailableError
from jixiao.web.errors import WebError
from jixiao.web.services.evaluation import evaluate_document
from jixiao.web.services.evaluation import frameworks
from jixiao.web.services.evaluation import to_document

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

    from jixiao.core.findings import Finding
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
    if not upload.size:
        raise WebError(f"上传的文件“{name}”是空文件，请选择已填写的 .xlsx 填报工作簿。")
    if upload.size > limit:
        raise WebError(f"文件超过大小上限 {limit // 1024 // 1024} MB。")
    stream = upload.file
    if stream is None:
        raise WebError("请选择要上传的 .xlsx 工作簿。")
    try:
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise WebError(
            f"文件“{name}”不是有效的 .xlsx 工作簿（可能是改了扩展名的其他格式文件），"
            "请在 Excel/WPS 中另存为 .xlsx 后再上传。"
        ) from None
    finally:
        stream.seek(0)
    if sum(info.file_size for info in members) > settings.CONFIG.unzipped_max_bytes:
        raise WebError("工作簿解压后过大，已拒绝（疑似压缩炸弹）。")
    if not any(info.filename == "xl/workbook.xml" for info in members):
        raise WebError(
            f"文件“{name}”不是 Excel 工作簿（缺少工作簿内容），请上传 .xlsx 填报工作簿。"
        )


def finding_lines(findings: list[Finding] | tuple[Finding, ...]) -> list[str]:
    """Findings as lines that say where: ``基本信息!C4：……``."""
    return [
        f.message if not f.location or f.location in f.message else f"{f.location}：{f.message}"
        for f in findings
    ]


def read_upload(upload: UploadedFile, record: SubmissionRecord) -> dict[str, Any]:
    """The document in an uploaded workbook, or WebError with the reader's findings."""
    check_upload(upload)
    framework, _project = frameworks(record.framework)
    with tempfile.TemporaryDirectory() as folder:
        stem = safe_name(Path(upload.name or "upload").stem)
        path = Path(folder) / f"{stem}.xlsx"  # the reader's messages name the user's file
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        try:
            submission, findings = load_submission(path, framework)
        except ImportError:
            raise UnavailableError("工作簿读取模块尚不可用，请使用网页表单填报。") from None
        except Exception:  # an untrusted file must never become a 500
            raise WebError(
                "工作簿内容损坏，无法读取；请在 Excel/WPS 中打开并另存为 .xlsx 后再上传。"
            ) from None
    if submission is None:
        raise WebError("工作簿无法导入，已保存的填报内容未作改动。", finding_lines(findings))
    if submission.unit.year != record.year:
        raise WebError(
            f"工作簿的评价年度为 {submission.unit.year} 年，本填报为 {record.year} 年，"
            "未导入；已保存的填报内容未作改动。"
        )
    if _same_name(submission.unit.name) != _same_name(record.unit.name):
        raise WebError(
            f"工作簿中的单位名称为“{submission.unit.name}”，与本单位“{record.unit.name}”不一致，"
            "未导入；已保存的填报内容未作改动。请上传本单位的工作簿；"
            "如本单位已更名，请管理员先在系统中修改单位名称。"
        )
    return to_document(submission)


def _same_name(name: str) -> str:
    """A unit name as compared: full-width forms and spaces do not make another unit."""
    return "".join(unicodedata.normalize("NFKC", name).split())


KINDS = {"table": ".xlsx", "report": ".docx", "pdf": ".pdf"}
PROJECT_KIND = re.compile(r"project-([1-9][0-9]{0,3})")
TYPES = {".xlsx": XLSX_TYPE, ".docx": DOCX_TYPE, ".pdf": "application/pdf"}


def build_download(record: SubmissionRecord, kind: str) -> Download:
    """Generate the 自评表 (xlsx), a 项目自评表 (``project-N``), the report (docx) or its pdf.

    Every file is made from the current document; one with error-level findings is a
    draft and stamped 草稿.
    """
    project_match = PROJECT_KIND.fullmatch(kind)
    if kind not in KINDS and project_match is None:
        raise NotFoundError("没有这种文件。")
    evaluation, findings = evaluate_document(record.document, record.framework)
    if evaluation is None:
        raise WebError("填报内容无效，无法生成文件。", finding_lines(findings))
    department, project_framework = frameworks(record.framework)
    draft = has_errors(evaluation.all_findings())
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        try:
            from jixiao.documents.report.writer import write_report  # noqa: PLC0415 - heavy
            from jixiao.documents.table.writer import write_table  # noqa: PLC0415 - heavy

            if project_match is not None:
                index = int(project_match.group(1)) - 1
                if project_framework is None or index >= len(evaluation.projects):
                    raise NotFoundError("没有这个项目。")
                project = evaluation.projects[index]
                path = out / f"项目支出绩效自评表-{safe_name(project.title)}.xlsx"
                write_table(
                    project, project_framework, path, draft=draft or has_errors(project.findings)
                )
            elif kind == "table":
                path = out / DEPARTMENT_TABLE
                write_table(evaluation, department, path, draft=draft)
            else:
                path = out / REPORT_DOCX
                write_report(evaluation, department, path, draft=draft)
                if kind == "pdf":
                    path = _pdf(path, out)
        except ImportError:
            raise UnavailableError("文件生成模块尚不可用，请稍后再试。") from None
        name = f"{record.year}-{safe_name(evaluation.title)}-{path.name}"
        return Download(name, TYPES[path.suffix], path.read_bytes())


def _pdf(report: Path, out: Path) -> Path:
    from jixiao.documents.pdf import PdfError  # noqa: PLC0415 - heavy import
    from jixiao.documents.pdf import convert_to_pdf  # noqa: PLC0415 - heavy import

    try:
        return convert_to_pdf(report, out)
    except PdfError as error:
        raise UnavailableError(
            "暂时无法生成 PDF 版自评报告。请先下载 Word 版（docx）自评报告，"
            "或联系系统管理员检查 LibreOffice 的安装。",
            [str(error)],
        ) from None

"""复核 of uploaded documents: many files (or a .zip of them) reviewed as `jixiao review 目录/`
does — as a job a worker runs, with progress — the results shown on the job's page and kept
as the summary workbook for the one who asked.

Uploads are untrusted: each file is limited in size, a .zip in members and uncompressed size,
member names are reduced to a safe file name (no folders, no ..), and unsupported files are
listed as skipped, never read.
"""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from django.conf import settings

from jixiao.core.findings import Severity
from jixiao.documents.outputs import safe_name
from jixiao.review.catalogue import finding_title
from jixiao.review.digest import result_digest
from jixiao.review.readers import SUPPORTED
from jixiao.review.service import review_file
from jixiao.review.workbook import write_summary
from jixiao.web.errors import WebError
from jixiao.web.services import jobs

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.core.files.uploadedfile import UploadedFile

    from jixiao.review.model import ReviewFinding
    from jixiao.review.model import ReviewResult
    from jixiao.web.models import Job

MAX_FILES = 200
KIND = "review"
SUMMARY = "复核汇总.xlsx"
ROWS = "rows.json"
SKIPPED = "skipped.json"


@dataclass(slots=True)
class Batch:
    """What an upload left to review: the files that were not read, and why."""

    skipped: list[str] = field(default_factory=list)


def _store(folder: Path, name: str, data: bytes, batch: Batch) -> None:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        batch.skipped.append(f"{name}：不支持的文件类型，未复核")
        return
    if len(data) > settings.CONFIG.upload_max_bytes:
        limit = settings.CONFIG.upload_max_bytes // 1024 // 1024
        batch.skipped.append(f"{name}：超过 {limit} MB，未复核")
        return
    stem = safe_name(Path(name).stem) or "文件"
    target = folder / f"{stem}{suffix}"
    number = 1
    while target.exists():  # two members with one name in different folders
        number += 1
        target = folder / f"{stem}-{number}{suffix}"
    target.write_bytes(data)


def _unzip(folder: Path, upload_name: str, data: bytes, batch: Batch) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if len(members) > MAX_FILES:
                raise WebError(f"压缩包“{upload_name}”内文件超过 {MAX_FILES} 个，请分批上传。")
            if sum(m.file_size for m in members) > settings.CONFIG.unzipped_max_bytes:
                raise WebError(f"压缩包“{upload_name}”解压后过大，已拒绝（疑似压缩炸弹）。")
            for member in members:
                name = Path(member.filename.replace("\\", "/")).name
                _store(folder, name, archive.read(member), batch)
    except (zipfile.BadZipFile, OSError, ValueError):
        batch.skipped.append(f"{upload_name}：压缩包已损坏，未复核")


def start_review(user: User, uploads: list[UploadedFile]) -> Job:
    """Keep the uploaded documents in a new job's folder and queue their review."""
    if not uploads:
        raise WebError("请选择要复核的文件（可多选，或上传 .zip 压缩包）。")
    if len(uploads) > MAX_FILES:
        raise WebError(f"一次最多复核 {MAX_FILES} 个文件，请分批上传。")
    names = "、".join(Path(u.name or "文件").name for u in uploads[:3])
    title = f"文件复核：{names}" + (f"等 {len(uploads)} 个文件" if len(uploads) > 3 else "")
    job = jobs.new_job(user, KIND, title[:200])
    folder = jobs.job_folder(job.id)
    batch = Batch()
    try:
        for upload in uploads:
            name = Path(upload.name or "文件").name
            data = b"".join(upload.chunks())
            if name.lower().endswith(".zip"):
                _unzip(folder / jobs.INPUT, name, data, batch)
            else:
                _store(folder / jobs.INPUT, name, data, batch)
    except WebError:
        shutil.rmtree(folder, ignore_errors=True)
        job.delete()
        raise
    _write_json(folder / SKIPPED, batch.skipped)
    return jobs.enqueue(job)


def run_review(job: Job) -> None:
    """Review every document of the job, with progress; keep the rows and the workbook."""
    folder = jobs.job_folder(job.id)
    paths = sorted((folder / jobs.INPUT).iterdir())
    results: list[ReviewResult] = []
    for number, path in enumerate(paths, start=1):
        jobs.advance(job, number - 1, len(paths), f"正在复核：{path.name}")
        results.append(replace(review_file(path), file=path.name))
    if results:
        partial = folder / f"{SUMMARY}.part"
        write_summary(results, partial)
        partial.replace(folder / SUMMARY)
    _write_json(folder / ROWS, rows(results))
    jobs.finish(job, SUMMARY if results else "", f"已复核 {len(results)} 个文件。")


def _write_json(path: Path, data: object) -> None:
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    partial.replace(path)


def job_rows(job: Job) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows a finished review job shows, and the files it did not read."""
    folder = jobs.job_folder(job.id)
    rows_path, skipped_path = folder / ROWS, folder / SKIPPED
    found = json.loads(rows_path.read_text(encoding="utf-8")) if rows_path.is_file() else []
    skipped = json.loads(skipped_path.read_text(encoding="utf-8")) if skipped_path.is_file() else []
    return found, skipped


def _shown(finding: ReviewFinding) -> dict[str, str]:
    return {
        "severity": finding.severity.value,
        "title": finding_title(finding),
        "place": finding.place or f"第{finding.paragraph}段",
        "message": finding.message,
        "stated": finding.stated or "",
        "recomputed": finding.recomputed or "",
    }


def rows(results: list[ReviewResult]) -> list[dict[str, object]]:
    """One row per document for the page, in the summary workbook's terms."""
    found: list[dict[str, object]] = []
    for result in results:
        facts = result_digest(result)
        found.append(
            {
                "file": result.file,
                "kind": result.kind or "—",
                "unit": facts.unit,
                "project": facts.project,
                "errors": result.count(Severity.ERROR),
                "warnings": result.count(Severity.WARNING),
                "error": result.error or "",
                "notes": list(result.notes),
                "findings": [_shown(f) for f in result.findings],
            }
        )
    return found

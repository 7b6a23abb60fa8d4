"""复核 of uploaded documents: many files (or a .zip of them) reviewed as `jixiao review 目录/`
does, the results shown on a page and kept as the summary workbook for the one who asked.

Uploads are untrusted: each file is limited in size, a .zip in members and uncompressed size,
member names are reduced to a safe file name (no folders, no ..), and unsupported files are
listed as skipped, never read.
"""

from __future__ import annotations

import io
import re
import secrets
import tempfile
import zipfile
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings

from jixiao.core.findings import Severity
from jixiao.documents.outputs import safe_name
from jixiao.review.catalogue import finding_title
from jixiao.review.digest import result_digest
from jixiao.review.readers import SUPPORTED
from jixiao.review.service import review_file
from jixiao.review.workbook import write_summary
from jixiao.web.errors import NotFoundError
from jixiao.web.errors import WebError

if TYPE_CHECKING:
    from django.contrib.auth.models import User
    from django.core.files.uploadedfile import UploadedFile

    from jixiao.review.model import ReviewFinding
    from jixiao.review.model import ReviewResult

MAX_FILES = 200
FOLDER = "reviews"
_TOKEN = re.compile(r"^[0-9a-f]{16}$")


@dataclass(slots=True)
class Batch:
    """One upload reviewed: a result per document, and the files that were not read."""

    token: str
    results: list[ReviewResult] = field(default_factory=list)
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


def review_uploads(user: User, uploads: list[UploadedFile]) -> Batch:
    """Review every uploaded document and keep the summary workbook for ``user``."""
    if not uploads:
        raise WebError("请选择要复核的文件（可多选，或上传 .zip 压缩包）。")
    if len(uploads) > MAX_FILES:
        raise WebError(f"一次最多复核 {MAX_FILES} 个文件，请分批上传。")
    batch = Batch(token=secrets.token_hex(8))
    with tempfile.TemporaryDirectory(prefix="jixiao-check-") as temp:
        folder = Path(temp)
        for upload in uploads:
            name = Path(upload.name or "文件").name
            data = b"".join(upload.chunks())
            if name.lower().endswith(".zip"):
                _unzip(folder, name, data, batch)
            else:
                _store(folder, name, data, batch)
        paths = sorted(folder.iterdir())
        batch.results = [replace(review_file(path), file=path.name) for path in paths]
        if batch.results:
            write_summary(batch.results, _summary_path(user, batch.token, create=True))
    return batch


def _summary_path(user: User, token: str, *, create: bool = False) -> Path:
    folder = settings.CONFIG.data_dir / FOLDER / str(user.pk)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{token}.xlsx"


def summary_workbook(user: User, token: str) -> bytes:
    """The summary workbook of one of ``user``'s own batches."""
    if not _TOKEN.match(token):
        raise NotFoundError("找不到该复核汇总表。")
    path = _summary_path(user, token)
    if not path.is_file():
        raise NotFoundError("找不到该复核汇总表（可能已清理），请重新上传复核。")
    return path.read_bytes()


def _shown(finding: ReviewFinding) -> dict[str, str]:
    return {
        "severity": finding.severity.value,
        "title": finding_title(finding),
        "place": finding.place or f"第{finding.paragraph}段",
        "message": finding.message,
        "stated": finding.stated or "",
        "recomputed": finding.recomputed or "",
    }


def rows(batch: Batch) -> list[dict[str, object]]:
    """One row per document for the page, in the summary workbook's terms."""
    found: list[dict[str, object]] = []
    for result in batch.results:
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
                "notes": result.notes,
                "findings": [_shown(f) for f in result.findings],
            }
        )
    return found

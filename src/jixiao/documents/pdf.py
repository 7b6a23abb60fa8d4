"""PDF from .docx with LibreOffice headless: one report at a time, or many in batches.

Each conversion gets its own temporary LibreOffice profile (``-env:UserInstallation``),
``--norestore`` and a timeout, and the output file is checked afterwards: concurrent
conversions on a shared profile fail intermittently and silently. Conversions are also
serialised in this process by :data:`_LOCK` (a module-level lock), so a web server or a
batch run converting many reports queues them instead of starting many soffice processes.

Fonts: ``FONTCONFIG_FILE`` points at the shipped ``fonts.conf``, which includes the system
configuration and maps 仿宋_GB2312 / 宋体 / 方正小标宋简体 → Noto Serif CJK SC, 黑体 → Noto Sans
CJK SC and 楷体_GB2312 → AR PL UKai CN.

Most of a lone conversion is LibreOffice starting, so a batch (:func:`convert_batch`)
converts reports in chunks, one LibreOffice start per chunk, several chunks at once.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

FONTS_CONF = Path(__file__).with_name("fonts.conf")
SOFFICE_NAMES = ("soffice", "libreoffice")
NOT_INSTALLED = (
    "未安装 LibreOffice，未生成 PDF（可用 apt-get install libreoffice-writer-nogui 安装）"
)

#: One conversion at a time in this process (LibreOffice is heavy and not re-entrant).
_LOCK = threading.Lock()


class PdfError(ValueError):
    """The PDF could not be produced; the message is Chinese and says why."""


def find_soffice() -> str | None:
    """The LibreOffice executable on PATH, or None."""
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def convert_to_pdf(docx: Path, out_dir: Path, *, timeout: int = 120) -> Path:
    """Convert ``docx`` to ``out_dir/<stem>.pdf`` and return that path.

    Raises:
        PdfError: LibreOffice is missing, failed, timed out, or wrote no PDF.
    """
    return convert(docx, out_dir, "pdf:writer_pdf_Export", timeout=timeout)


def convert(source: Path, out_dir: Path, target: str, *, timeout: int = 120) -> Path:
    """Convert ``source`` with LibreOffice to ``target`` (``pdf:writer_pdf_Export``, ``docx``,
    ``xlsx`` …) in ``out_dir`` and return the file written.

    Raises:
        PdfError: LibreOffice is missing, failed, timed out, or wrote nothing.
    """
    soffice = find_soffice()
    if soffice is None:
        raise PdfError(NOT_INSTALLED)
    if not source.is_file():
        raise PdfError(f"找不到要转换的文件“{source}”，未生成 PDF")
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / f"{source.stem}.{target.split(':', maxsplit=1)[0]}"
    with _LOCK, tempfile.TemporaryDirectory(prefix="jixiao-lo-") as profile:
        output.unlink(missing_ok=True)
        _run(_command(soffice, source, out_dir, Path(profile), target), timeout, Path(profile))
    if not output.is_file() or output.stat().st_size == 0:
        what = " PDF 文件" if output.suffix == ".pdf" else "文件"
        raise PdfError(f"LibreOffice 未生成{what}“{output.name}”（文件可能已损坏或无法打开）")
    return output


def _command(soffice: str, source: Path, out_dir: Path, profile: Path, target: str) -> list[str]:
    return [
        soffice,
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(out_dir.resolve()),
        str(source.resolve()),
    ]


def _environment(profile: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = str(FONTS_CONF)
    env["HOME"] = str(profile)  # LibreOffice and fontconfig caches stay in the temp dir
    return env


def _run(command: list[str], timeout: int, profile: Path) -> None:
    try:
        completed = subprocess.run(  # fixed argument list, no shell
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=_environment(profile),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise PdfError(f"LibreOffice 转换超时（超过 {timeout} 秒），未生成 PDF") from None
    except OSError as error:
        raise PdfError(f"无法启动 LibreOffice：{error}，未生成 PDF") from None
    if completed.returncode != 0:
        detail = (completed.stderr or completed.stdout).strip()[-300:] or "无输出"
        raise PdfError(f"LibreOffice 转换失败（返回码 {completed.returncode}）：{detail}")


# --- many reports at once -----------------------------------------------------------------

#: Reports per LibreOffice start: most of a lone conversion is LibreOffice starting.
CHUNK = 20
#: Seconds a chunk may take per report before it is given up and retried report by report.
SECONDS_PER_REPORT = 60
_PAGE = re.compile(rb"/Type\s*/Page(?!s)")


@dataclass(frozen=True, slots=True)
class PdfJob:
    """One report to convert, and where its PDF goes."""

    source: Path
    target: Path


def convert_batch(
    jobs: list[PdfJob],
    *,
    chunk: int = CHUNK,
    workers: int | None = None,
    on_done: Callable[[int], None] | None = None,
) -> dict[Path, str]:
    """Convert every report, ``chunk`` at a time per LibreOffice start (each start with its
    own profile), ``workers`` starts at once (default: the CPUs). Every PDF is checked (a
    PDF file with at least one page); a chunk that fails or hangs is retried report by
    report, so one bad report never stalls the rest. Returns the reports that still failed,
    with the reason. ``on_done`` is told how many reports each finished chunk held."""
    soffice = find_soffice()
    if soffice is None:
        return dict.fromkeys((job.source for job in jobs), NOT_INSTALLED)
    workers = workers or os.cpu_count() or 1
    size = max(1, min(chunk, -(-len(jobs) // workers)))  # every worker busy on a short list
    chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    failed: dict[Path, str] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done, missed in pool.map(partial(_convert_chunk, soffice), chunks):
            failed.update(_one_by_one(missed))
            if on_done is not None:
                on_done(done)
    return failed


def _convert_chunk(soffice: str, jobs: list[PdfJob]) -> tuple[int, list[PdfJob]]:
    """Convert ``jobs`` with one LibreOffice start; the jobs whose PDF did not come out."""
    with tempfile.TemporaryDirectory(prefix="jixiao-pdf-") as folder:
        work = Path(folder)
        inputs, outputs, profile = work / "in", work / "out", work / "profile"
        inputs.mkdir()
        staged = [_stage(job.source, inputs / f"{n}.docx") for n, job in enumerate(jobs)]
        command = _command(soffice, staged[0], outputs, profile, "pdf:writer_pdf_Export")
        command[-1:] = [str(path.resolve()) for path in staged]
        try:
            _run(command, SECONDS_PER_REPORT * len(jobs), profile)
        except PdfError:
            return len(jobs), list(jobs)
        missed = []
        for n, job in enumerate(jobs):
            made = outputs / f"{n}.pdf"
            if is_complete_pdf(made):
                job.target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(made, job.target)
            else:
                missed.append(job)
        return len(jobs), missed


def _stage(source: Path, path: Path) -> Path:
    """``source`` under a plain name (reports of many units share one file name)."""
    try:
        os.link(source, path)
    except OSError:
        shutil.copyfile(source, path)
    return path


def _one_by_one(jobs: list[PdfJob]) -> dict[Path, str]:
    failed: dict[Path, str] = {}
    for job in jobs:
        with tempfile.TemporaryDirectory(prefix="jixiao-pdf-") as folder:
            try:
                made = convert_to_pdf(
                    _stage(job.source, Path(folder) / "report.docx"), Path(folder)
                )
            except PdfError as error:
                failed[job.source] = str(error)
                continue
            if not is_complete_pdf(made):
                failed[job.source] = f"LibreOffice 生成的 PDF“{job.target.name}”没有页面"
                continue
            job.target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(made, job.target)
    return failed


def is_complete_pdf(path: Path) -> bool:
    """A PDF file that opens as one (header) and holds at least one page."""
    if not path.is_file():
        return False
    data = path.read_bytes()
    return data.startswith(b"%PDF") and _PAGE.search(data) is not None

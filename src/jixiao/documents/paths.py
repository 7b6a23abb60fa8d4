"""Where outputs may go: never over an input, never into a file posing as a folder.

Every command that writes (evaluate, template, review, the batch) asks here first, so a
mistyped ``-o`` gives a Chinese message and exit 2 instead of a traceback or a lost file.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path


class OutputPathError(ValueError):
    """An output path that cannot be used; the message is Chinese and complete."""


def check_out_dir(out_dir: Path) -> None:
    """An output folder: it may be missing (it is created), not a file."""
    try:
        _check_out_dir(out_dir)
    except OSError as error:  # a name too long for the file system, a bad path
        raise OutputPathError(f"输出文件夹“{out_dir}”无法使用（{error.strerror}）。") from None


def check_not_folders(paths: Iterable[Path]) -> None:
    """None of the files to write is already a folder."""
    for path in paths:
        if path.is_dir():
            raise OutputPathError(f"“{path}”是文件夹，无法写入同名文件；请换一个输出文件夹。")


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputPathError(f"“{out_dir}”是一个文件，不是文件夹；请用 -o 指定输出文件夹。")
    blocked = next((p for p in out_dir.parents if p.exists() and not p.is_dir()), None)
    if blocked is not None:
        raise OutputPathError(f"“{blocked}”是一个文件，无法在其下建立输出文件夹“{out_dir}”。")


def check_out_file(path: Path, *, overwrite: bool) -> None:
    """An output file: not a folder, its folder present, not an existing file unless
    ``overwrite`` says the user asked for it."""
    try:
        _check_out_file(path, overwrite=overwrite)
    except OSError as error:  # a name too long for the file system, a bad path
        raise OutputPathError(f"输出文件“{path}”无法使用（{error.strerror}）。") from None


def _check_out_file(path: Path, *, overwrite: bool) -> None:
    if path.is_dir():
        raise OutputPathError(
            f"“{path}”是文件夹；请用 -o 指定输出文件名（如 {path / '填报模板.xlsx'}）。"
        )
    if not path.parent.is_dir():
        raise OutputPathError(f"输出文件夹“{path.parent}”不存在，请先创建或换一个位置。")
    if path.exists() and not overwrite:
        raise OutputPathError(f"“{path}”已存在，未覆盖；请换一个文件名，或加 --force 覆盖。")


def check_not_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """None of ``outputs`` is one of ``inputs``: writing there would destroy the input."""
    sources = [p for p in inputs if p.exists()]
    taken = {p.resolve() for p in sources}
    for path in outputs:
        same = path.exists() and any(path.samefile(p) for p in sources)  # also a hard link
        if path.resolve() in taken or same:
            raise OutputPathError(
                f"输出文件“{path.name}”与输入文件相同，写入会覆盖输入；请换一个输出文件夹。"
            )


#: Written into the document properties of the summary workbooks jixiao writes, so that a
#: later run knows a file of that name is its own (and may replace it) or a user's (kept).
OWN_MARK = "由 jixiao 生成"


def is_own_workbook(path: Path) -> bool:
    """True when the .xlsx at ``path`` carries :data:`OWN_MARK` in its properties."""
    try:
        with zipfile.ZipFile(path) as package:
            return OWN_MARK in package.read("docProps/core.xml").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def free_name(path: Path, note: str) -> Path:
    """``path`` when it is free or jixiao's own; else a name beside it with ``note``."""
    if not path.exists() or is_own_workbook(path):
        return path
    return path.with_stem(f"{path.stem}-{note}")

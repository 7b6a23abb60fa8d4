"""Where outputs may go: never over an input, never into a file posing as a folder.

Every command that writes (evaluate, template, review, the batch) asks here first, so a
mistyped ``-o`` gives a Chinese message and exit 2 instead of a traceback or a lost file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


class OutputPathError(ValueError):
    """An output path that cannot be used; the message is Chinese and complete."""


def check_out_dir(out_dir: Path) -> None:
    """An output folder: it may be missing (it is created), not a file."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputPathError(f"“{out_dir}”是一个文件，不是文件夹；请用 -o 指定输出文件夹。")
    blocked = next((p for p in out_dir.parents if p.exists() and not p.is_dir()), None)
    if blocked is not None:
        raise OutputPathError(f"“{blocked}”是一个文件，无法在其下建立输出文件夹“{out_dir}”。")


def check_out_file(path: Path, *, overwrite: bool) -> None:
    """An output file: not a folder, its folder present, not an existing file unless
    ``overwrite`` says the user asked for it."""
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
    taken = {p.resolve() for p in inputs}
    for path in outputs:
        if path.resolve() in taken:
            raise OutputPathError(
                f"输出文件“{path.name}”与输入文件相同，写入会覆盖输入；请换一个输出文件夹。"
            )

"""``jixiao evaluate 目录/``: every submission in a folder, with a progress bar."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from jixiao.documents.paths import OutputPathError
from jixiao.documents.paths import check_out_dir
from jixiao.documents.paths import free_name
from jixiao.documents.paths import is_own_workbook
from jixiao.portfolio.batch import SUMMARY_STEM
from jixiao.portfolio.batch import BatchOptions
from jixiao.portfolio.batch import run_batch
from jixiao.portfolio.batch import submission_files
from jixiao.portfolio.summary import write_summary

SUMMARY_NAME = f"{SUMMARY_STEM}.xlsx"


def evaluate_folder(console: Console, folder: Path, options: BatchOptions, jobs: int) -> int:
    """Evaluate a folder; return the number of units whose documents were not written."""
    files = submission_files(folder)
    if not files:
        console.print(f"文件夹 {folder} 中没有 .xlsx/.yaml/.json 填报文件。", style="bold red")
        return 1
    try:
        check_out_dir(options.out_dir)
    except OutputPathError as error:
        console.print(str(error), style="bold red", markup=False)
        return len(files)
    options.out_dir.mkdir(parents=True, exist_ok=True)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("评价中", total=len(files))
        pdfs = progress.add_task("生成 PDF", total=len(files), visible=options.pdf)
        rows = run_batch(
            files,
            options,
            jobs=jobs,
            on_done=lambda _row: progress.advance(task),
            on_pdf=lambda count: progress.advance(pdfs, count),
        )
    summary = options.out_dir / SUMMARY_NAME
    summary = free_name(summary, f"{len(rows)}个单位")  # a user's file of that name is kept
    if summary.exists() and not is_own_workbook(summary):
        note = f"“{summary.name}”已存在且不是本程序生成的汇总表，未覆盖，汇总表未写出。"
        console.print(note, style="bold red")
        return len(rows)
    write_summary(rows, summary)
    failed = [r for r in rows if r.status not in {"已生成", "草稿"}]
    console.print(
        f"共 {len(rows)} 个单位：已生成 {len(rows) - len(failed)} 个，"
        f"未生成 {len(failed)} 个。汇总表：{summary}"
    )
    for row in failed:
        console.print(f"  {row.file}：{row.status}，{row.detail}", markup=False)
    return len(failed)

"""``jixiao review``: 复核 of self-evaluation reports (a thin adapter over jixiao.review)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn
from rich.progress import MofNCompleteColumn
from rich.progress import Progress
from rich.progress import TextColumn

from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import Severity
from jixiao.documents.paths import free_name
from jixiao.frameworks import DEFAULT_FRAMEWORK
from jixiao.review.annotate import write_annotated
from jixiao.review.annotate_sheet import SHEETS
from jixiao.review.annotate_sheet import write_annotated_sheet
from jixiao.review.catalogue import CATALOGUE
from jixiao.review.corpus import evaluate_corpus
from jixiao.review.corpus import format_scores
from jixiao.review.crosscheck.reference import Reference
from jixiao.review.crosscheck.reference import ReferenceReadError
from jixiao.review.crosscheck.submission import read_submission
from jixiao.review.crosscheck.table import read_table
from jixiao.review.indicators import IndicatorFileError
from jixiao.review.indicators import framework_indicator_names
from jixiao.review.model import ReviewResult
from jixiao.review.serialize import result_json
from jixiao.review.service import report_files
from jixiao.review.service import review_file
from jixiao.review.service import review_folder
from jixiao.review.workbook import write_summary

EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2
SUMMARY_NAME = "复核汇总.xlsx"
_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "dim"}

PathArgument = Annotated[
    Path,
    typer.Argument(
        help="待复核的文件（自评报告、自评表、决算说明："
        ".docx .doc .wps .pdf .xlsx .xls .et .txt .md）或文件夹"
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="以 JSON 输出（每个文件一个对象）")]
OutOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="单个文件：带批注的 .docx；文件夹：汇总表 .xlsx"),
]
FrameworkOption = Annotated[
    str,
    typer.Option(
        "--framework",
        "-f",
        help="指标体系：内置名称或 YAML 文件路径（默认 bumen-zhengti，32项三级指标）",
    ),
]
TableOption = Annotated[
    Path | None,
    typer.Option("--table", help="自评表 .xlsx（jixiao 生成或按其版式填写）：核对报告数据与自评表"),
]
SubmissionOption = Annotated[
    Path | None,
    typer.Option("--submission", help="填报文件 .xlsx/.yaml/.json：按指标体系评价后核对报告数据"),
]
CorpusOption = Annotated[
    bool, typer.Option("--evaluate-corpus", help="把 PATH 当作标注语料，输出各检查的精确率和召回率")
]


def _unit_word(result: ReviewResult) -> str:
    return "页" if result.doc is not None and result.doc.pages else "段"


def print_result(console: Console, result: ReviewResult) -> None:
    """Findings grouped by severity, each with paragraph, quote and figures."""
    console.print(f"[bold]{result.file}[/bold]（{result.units} {_unit_word(result)}）")
    if result.error:
        console.print(result.error, style="bold red", markup=False)
        return
    console.print(f"文件类别：{result.kind}", markup=False)
    for note in result.notes:
        console.print(f"未核对：{note}。", style="dim", markup=False)
    for severity in Severity:
        group = [f for f in result.findings if f.severity is severity]
        if group:
            console.print(f"{SEVERITY_LABELS[severity]}（{len(group)}项）", style=_STYLE[severity])
        for f in group:
            where = f"（{f.place}）" if f.place else ""
            console.print(
                f"  第{f.paragraph}段{where}　{CATALOGUE[f.code].title}〔{f.code}〕",
                style=_STYLE[severity],
                markup=False,
            )
            console.print(f"    {f.message}", markup=False)
            console.print(f"    原文：{f.quote}", style="dim", markup=False)
            if f.stated or f.recomputed:
                console.print(
                    f"    报告所列：{f.stated or '—'}　复算：{f.recomputed or '—'}", markup=False
                )
            console.print(f"    为何重要：{CATALOGUE[f.code].why}", style="dim", markup=False)
    if not result.findings:
        console.print("未发现问题。", style="green")


def _exit_code(results: list[ReviewResult]) -> int:
    if any(r.error for r in results) and len(results) == 1:
        return EXIT_UNUSABLE
    return EXIT_FINDINGS if any(r.count(Severity.ERROR) for r in results) else 0


def _indicators(console: Console, framework: str) -> tuple[str, ...]:
    try:
        return tuple(framework_indicator_names(framework))
    except IndicatorFileError as error:
        console.print(str(error), style="bold red", markup=False)
        raise typer.Exit(EXIT_UNUSABLE) from None


def _references(
    console: Console, path: Path, table: Path | None, submission: Path | None, framework: str
) -> tuple[Reference, ...]:
    """The 自评表 and/or the evaluated submission to cross-check against; exit 2 when unusable."""
    if table is None and submission is None:
        return ()
    if path.is_dir():
        console.print(
            "--table/--submission 只能用于复核单个报告，不能用于文件夹。",
            style="bold red",
            markup=False,
        )
        raise typer.Exit(EXIT_UNUSABLE)
    references: list[Reference] = []
    try:
        if table is not None:
            references.append(read_table(table))
        if submission is not None:
            references.append(read_submission(submission, framework))
    except ReferenceReadError as error:
        console.print(str(error), style="bold red", markup=False)
        raise typer.Exit(EXIT_UNUSABLE) from None
    return tuple(references)


def _check_out(console: Console, path: Path, out: Path | None) -> None:
    """Refuse an output that would overwrite the input or cannot be written (exit 2)."""
    if out is None:
        return
    problem = ""
    inputs = report_files(path) if path.is_dir() else [path]
    if out.exists() and any(out.samefile(p) for p in inputs):  # a hard link is the same file
        problem = f"输出文件不能与被复核的文件相同（{out}），请另指定 -o 文件名。"
    elif path.is_dir() and out.suffix.lower() != ".xlsx":
        problem = f"复核文件夹时，-o 应为汇总表 .xlsx 文件（现为 {out.name}）。"
    elif not out.parent.is_dir():
        problem = f"输出文件夹不存在：{out.parent}，请先建立该文件夹。"
    elif out.is_dir():
        problem = f"-o 应为文件名，而 {out} 是文件夹。"
    elif path.is_file() and path.suffix.lower() in SHEETS and out.suffix.lower() not in SHEETS:
        problem = f"工作簿的复核意见写回工作簿，-o 应为 .xlsx 文件（现为 {out.name}）。"
    if problem:
        console.print(problem, style="bold red", markup=False)
        raise typer.Exit(EXIT_UNUSABLE)


def _write_outputs(
    console: Console, path: Path, results: list[ReviewResult], out: Path | None
) -> None:
    if path.is_dir():
        target = out or free_name(path / SUMMARY_NAME, "新")  # a user's file of that name is kept
        write_summary(results, target)
        console.print(f"汇总表已写入：{target}")
    elif out is not None and results[0].error is None:
        if path.suffix.lower() in SHEETS:
            write_annotated_sheet(results[0], path, out)
        else:
            write_annotated(results[0], path, out)
        console.print(f"带批注的复核意见已写入：{out}")


def _review_folder(
    path: Path, indicators: tuple[str, ...], *, tables: bool, quiet: bool, jobs: int
) -> list[ReviewResult]:
    """Review a folder with a progress bar on the terminal (none for --json)."""
    if quiet:
        return review_folder(path, indicators, tables=tables, jobs=jobs)
    console = Console(stderr=True)
    with Progress(
        TextColumn("复核"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("", total=None)

        def track(files: Iterable[Path]) -> Iterable[Path]:
            listed = list(files)
            bar.update(task, total=len(listed))
            for file in listed:
                bar.update(task, description=file.name)
                yield file
                bar.advance(task)

        return review_folder(path, indicators, tables=tables, progress=track, jobs=jobs)


def review_command(
    path: PathArgument,
    as_json: JsonOption = False,
    out: OutOption = None,
    framework: FrameworkOption = DEFAULT_FRAMEWORK,
    corpus: CorpusOption = False,
    table: TableOption = None,
    submission: SubmissionOption = None,
    tables: Annotated[
        bool,
        typer.Option(
            "--tables/--no-tables",
            help="复核文件夹时，用报告所在文件夹中的部门整体自评表核对报告数据（默认核对）",
        ),
    ] = True,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="复核文件夹时的并行进程数")] = 2,
) -> None:
    """复核自评报告和自评表：核算数据、核对结论依据、检查结构与套话，按严重程度列出问题；
    给出 --table 或 --submission 时，另核对报告数据与自评表（填报数据）是否一致。"""
    console = Console(highlight=False, soft_wrap=True, stderr=as_json)
    indicators = _indicators(console, framework)
    if corpus:
        console.print(format_scores(evaluate_corpus(path, indicators)), markup=False)
        return
    if not path.exists():
        console.print(f"找不到文件或文件夹：{path}", style="bold red", markup=False)
        raise typer.Exit(EXIT_UNUSABLE)
    _check_out(console, path, out)
    references = _references(console, path, table, submission, framework)
    results = (
        _review_folder(path, indicators, tables=tables, quiet=as_json, jobs=jobs)
        if path.is_dir()
        else [review_file(path, indicators, references)]
    )
    if path.is_dir() and not results:
        console.print(f"{path} 中没有可复核的报告（.docx/.pdf/.txt/.md）。", style="bold red")
        raise typer.Exit(EXIT_UNUSABLE)
    if as_json:
        sys.stdout.write(
            json.dumps(
                [result_json(r) for r in results] if path.is_dir() else result_json(results[0]),
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    else:
        for result in results:
            print_result(console, result)
    _write_outputs(console, path, results, out)
    raise typer.Exit(_exit_code(results))


def register(app: typer.Typer) -> None:
    """Add the review command."""
    app.command("review")(review_command)

"""``jixiao evaluate`` and ``jixiao check``: one submission in, the evaluation out."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from jixiao.cli.batch import evaluate_folder
from jixiao.cli.render import print_evaluation
from jixiao.cli.render import print_findings
from jixiao.core.evaluate import evaluate
from jixiao.core.findings import Finding
from jixiao.core.findings import has_errors
from jixiao.core.framework import Framework
from jixiao.core.framework import FrameworkError
from jixiao.core.model import Evaluation
from jixiao.core.serialize import evaluation_json
from jixiao.core.serialize import finding_json
from jixiao.documents.intake import load_with_framework
from jixiao.documents.outputs import write_outputs
from jixiao.documents.paths import OutputPathError
from jixiao.documents.report.writer import ReportTemplateError
from jixiao.frameworks import DEFAULT_FRAMEWORK
from jixiao.portfolio.batch import BatchOptions

SourceArgument = Annotated[Path, typer.Argument(help="填报文件（.xlsx / .yaml / .json）或文件夹")]
FrameworkOption = Annotated[
    str | None,
    typer.Option(
        "--framework",
        "-f",
        help="指标体系：内置名称或 YAML 文件路径"
        f"（默认按填报文件注明的，未注明用 {DEFAULT_FRAMEWORK}）",
    ),
]
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


@dataclass(frozen=True, slots=True)
class Evaluated:
    """An evaluation with the frameworks it was made with."""

    evaluation: Evaluation
    department: Framework
    project: Framework | None


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _write_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _fail(console: Console, findings: list[Finding], as_json: bool) -> typer.Exit:
    if as_json:
        _write_json({"findings": [finding_json(f) for f in findings]})
    else:
        print_findings(console, findings)
    return typer.Exit(EXIT_UNUSABLE)


def load_and_evaluate(
    console: Console,
    source: Path,
    framework: str | None,
    *,
    as_json: bool,
    year: int | None = None,
) -> Evaluated:
    """Load the frameworks and the submission, and evaluate; exit 2 when unusable.

    ``framework`` None means the one the file names (else the default)."""
    try:
        loaded = load_with_framework(source, framework)
    except FrameworkError as error:
        console.print(str(error), style="bold red", markup=False)
        raise typer.Exit(EXIT_UNUSABLE) from None
    if loaded.submission is None:
        raise _fail(console, loaded.findings, as_json)
    department, project = loaded.department, loaded.project
    evaluation = evaluate(loaded.submission, department, project, year=year)
    return Evaluated(evaluation, department, project)


def _write_documents(
    console: Console,
    done: Evaluated,
    out: Path,
    *,
    draft: bool,
    pdf: bool,
    template: Path | None,
    source: Path,
) -> None:
    try:
        written = write_outputs(
            done.evaluation,
            done.department,
            done.project,
            out,
            draft=draft,
            pdf=pdf,
            report_template=template,
            inputs=(source,) if template is None else (source, template),
        )
    except (ReportTemplateError, OutputPathError) as error:
        console.print(str(error), style="bold red", markup=False)
        raise typer.Exit(EXIT_UNUSABLE) from None
    for path in written.files:
        console.print(f"已生成：{path}", markup=False)
    for note in written.notes:
        console.print(note, style="yellow", markup=False)


def evaluate_command(
    source: SourceArgument,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="输出文件夹")] = None,
    framework: FrameworkOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出完整评价结果")] = False,
    draft: Annotated[
        bool, typer.Option("--draft", help="存在错误时仍生成文件并加注“草稿”")
    ] = False,
    pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="是否用 LibreOffice 生成 PDF")] = True,
    report_template: Annotated[
        Path | None, typer.Option("--report-template", help="自评报告 .docx 模板（替换默认模板）")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="批量评价时的并行进程数")] = 2,
    year: Annotated[
        int | None, typer.Option("--year", help="评价年度；与填报年度不符时报错")
    ] = None,
) -> None:
    """评价一个单位的填报文件（或一个文件夹中的全部文件），输出自评表、自评报告和问题清单。"""
    console = _console()
    if source.is_dir():
        options = BatchOptions(
            framework=framework, out_dir=out or Path("out"), draft=draft, pdf=pdf
        )
        raise typer.Exit(EXIT_FINDINGS if evaluate_folder(console, source, options, jobs) else 0)
    done = load_and_evaluate(console, source, framework, as_json=as_json, year=year)
    if as_json:
        _write_json(evaluation_json(done.evaluation))
    else:
        print_evaluation(console, done.evaluation)
        print_findings(console, done.evaluation.all_findings())
    blocked = has_errors(done.evaluation.all_findings())
    notes = Console(stderr=True, highlight=False) if as_json else console
    if out is not None and (draft or not blocked):
        _write_documents(
            notes, done, out, draft=blocked, pdf=pdf, template=report_template, source=source
        )
    elif out is not None:
        notes.print("存在错误，未生成文件；修正后重试，或加 --draft 生成草稿。", style="bold red")
    elif not as_json:
        notes.print("未指定输出文件夹，未生成文件；加 -o 文件夹 生成自评表、自评报告和问题清单。")
    if blocked and not draft:
        raise typer.Exit(EXIT_FINDINGS)


def check_command(
    source: SourceArgument,
    framework: FrameworkOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出问题清单")] = False,
) -> None:
    """只校验填报文件，列出问题，不生成文件。"""
    console = _console()
    done = load_and_evaluate(console, source, framework, as_json=as_json)
    findings = done.evaluation.all_findings()
    if as_json:
        _write_json({"findings": [finding_json(f) for f in findings]})
    else:
        print_findings(console, findings)
    if has_errors(findings):
        raise typer.Exit(EXIT_FINDINGS)
    if not as_json:
        console.print("校验通过：未发现错误。")


def register(app: typer.Typer) -> None:
    """Add the evaluate and check commands."""
    app.command("evaluate")(evaluate_command)
    app.command("check")(check_command)

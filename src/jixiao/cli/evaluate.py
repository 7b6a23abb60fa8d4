"""``jixiao evaluate`` and ``jixiao check``: one submission in, the evaluation out."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from jixiao.cli.batch import evaluate_folder
from jixiao.cli.render import print_evaluation
from jixiao.cli.render import print_findings
from jixiao.core.evaluate import evaluate
from jixiao.core.findings import has_errors
from jixiao.core.framework import FrameworkError
from jixiao.core.serialize import evaluation_json
from jixiao.core.serialize import finding_json
from jixiao.documents.loading import load_submission
from jixiao.documents.outputs import write_outputs
from jixiao.frameworks import DEFAULT_FRAMEWORK
from jixiao.frameworks import load_pair
from jixiao.portfolio.batch import BatchOptions

FrameworkOption = Annotated[
    str, typer.Option("--framework", "-f", help="指标体系：内置名称或 YAML 文件路径")
]
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def evaluate_command(
    source: Annotated[Path, typer.Argument(help="填报文件（.xlsx / .yaml / .json）")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="输出文件夹")] = None,
    framework: FrameworkOption = DEFAULT_FRAMEWORK,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出完整评价结果")] = False,
    draft: Annotated[bool, typer.Option("--draft", help="存在错误时仍生成文件，并加注“草稿”")] = False,
    pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="是否用 LibreOffice 生成 PDF")] = True,
    report_template: Annotated[
        Path | None, typer.Option("--report-template", help="自评报告 .docx 模板（替换默认模板）")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="批量评价时的并行进程数")] = 2,
    year: Annotated[int | None, typer.Option("--year", help="评价年度；与填报年度不符时报错")] = None,
) -> None:
    """评价一个单位的填报文件（或一个文件夹中的全部文件），输出自评表、自评报告和问题清单。"""
    console = _console()
    if source.is_dir():
        options = BatchOptions(framework=framework, out_dir=out or Path("out"), draft=draft, pdf=pdf)
        raise typer.Exit(EXIT_FINDINGS if evaluate_folder(console, source, options, jobs) else 0)
    try:
        department, project = load_pair(framework)
    except FrameworkError as error:
        console.print(str(error), style="bold red")
        raise typer.Exit(EXIT_UNUSABLE) from None
    submission, findings = load_submission(source, department)
    if submission is None:
        _report_unusable(console, findings, as_json)
        raise typer.Exit(EXIT_UNUSABLE)
    evaluation = evaluate(submission, department, project, year=year)
    if as_json:
        sys.stdout.write(json.dumps(evaluation_json(evaluation), ensure_ascii=False, indent=2) + "\n")
    else:
        print_evaluation(console, evaluation)
        print_findings(console, evaluation.findings)
    blocked = has_errors(evaluation.findings)
    if out is not None and (draft or not blocked):
        written = write_outputs(evaluation, department, project, out, draft=blocked,
                                pdf=pdf, report_template=report_template)
        if not as_json:
            for path in written.files:
                console.print(f"已生成：{path}")
        for note in written.notes:
            Console(stderr=True).print(note, style="yellow")
    elif out is not None:
        Console(stderr=True).print("存在错误，未生成文件；修正后重试，或加 --draft 生成草稿。", style="bold red")
    if blocked and not draft:
        raise typer.Exit(EXIT_FINDINGS)


def _report_unusable(console: Console, findings: list, as_json: bool) -> None:  # type: ignore[type-arg]
    if as_json:
        sys.stdout.write(json.dumps({"findings": [finding_json(f) for f in findings]},
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        print_findings(console, findings)


def check_command(
    source: Annotated[Path, typer.Argument(help="填报文件（.xlsx / .yaml / .json）")],
    framework: FrameworkOption = DEFAULT_FRAMEWORK,
) -> None:
    """只校验填报文件，列出问题，不生成文件。"""
    console = _console()
    department, project = load_pair(framework)
    submission, findings = load_submission(source, department)
    if submission is None:
        _report_unusable(console, findings, as_json=False)
        raise typer.Exit(EXIT_UNUSABLE)
    evaluation = evaluate(submission, department, project)
    print_findings(console, evaluation.findings)
    if has_errors(evaluation.findings):
        raise typer.Exit(EXIT_FINDINGS)
    console.print("校验通过：未发现错误。")


def register(app: typer.Typer) -> None:
    """Add the evaluate and check commands."""
    app.command("evaluate")(evaluate_command)
    app.command("check")(check_command)

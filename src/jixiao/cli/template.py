"""``jixiao template``: write the 填报模板 workbook, optionally seeded from last year's file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from jixiao.cli.render import print_findings
from jixiao.core.framework import FrameworkError
from jixiao.documents.paths import OutputPathError
from jixiao.documents.paths import check_not_inputs
from jixiao.documents.paths import check_out_file
from jixiao.documents.workbook.carry import make_template
from jixiao.frameworks import DEFAULT_FRAMEWORK
from jixiao.frameworks import load_framework


def template_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="输出的填报模板（.xlsx）")] = Path(
        "填报模板.xlsx"
    ),
    framework: Annotated[
        str, typer.Option("--framework", "-f", help="指标体系：内置名称或 YAML 文件路径")
    ] = DEFAULT_FRAMEWORK,
    examples: Annotated[
        bool, typer.Option("--examples/--no-examples", help="是否在填报单元格中放入灰色示例值")
    ] = True,
    previous: Annotated[
        Path | None, typer.Option("--from", help="上年度已填报的模板（或 .yaml），带入本年度")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="输出文件已存在时覆盖")] = False,
) -> None:
    """生成填报模板（Excel），可由上年度填报表带入指标值、项目和上年问题。"""
    console = Console(highlight=False, soft_wrap=True)
    try:
        check_out_file(out, overwrite=force)
        check_not_inputs([out], [previous] if previous else [])
        result = make_template(load_framework(framework), out, examples=examples, previous=previous)
    except (FrameworkError, OutputPathError) as error:
        console.print(str(error), style="bold red", markup=False)
        raise typer.Exit(2) from None
    print_findings(console, result.findings)
    if not result.written:
        raise typer.Exit(2)
    console.print(f"已生成：{out}", markup=False)


def register(app: typer.Typer) -> None:
    """Add the template command."""
    app.command("template")(template_command)

"""``jixiao findings`` and ``jixiao frameworks``: the catalogue and the frameworks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from jixiao.core.findings import CATALOGUE
from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.framework import FrameworkError
from jixiao.frameworks import available
from jixiao.frameworks import load_framework


def findings_command() -> None:
    """列出全部问题代码、级别和说明。"""
    table = Table(title="问题代码一览")
    for header in ("代码", "级别", "名称", "说明模板"):
        table.add_column(header)
    for code, kind in CATALOGUE.items():
        table.add_row(code, SEVERITY_LABELS[kind.severity], kind.title, kind.template)
    Console().print(table)


def frameworks_command(
    check: Annotated[Path | None, typer.Option("--check", help="校验一个指标体系文件")] = None,
) -> None:
    """列出内置指标体系；--check 校验自定义指标体系文件。"""
    console = Console(highlight=False)
    names = [str(check)] if check else available()
    failed = False
    for name in names:
        try:
            framework = load_framework(name)
        except FrameworkError as error:
            console.print(str(error), style="bold red", markup=False)
            failed = True
            continue
        console.print(
            f"{framework.id}：{framework.name}（{len(framework.indicators)} 项三级指标，"
            f"{len(framework.individual)} 个个性指标板块）",
            markup=False,
        )
    if failed:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add the findings and frameworks commands."""
    app.command("findings")(findings_command)
    app.command("frameworks")(frameworks_command)

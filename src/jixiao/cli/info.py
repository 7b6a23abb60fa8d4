"""``jixiao findings`` and ``jixiao frameworks``: the catalogue and the frameworks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from jixiao.core.findings import CATALOGUE
from jixiao.core.findings import SEVERITY_LABELS
from jixiao.core.findings import Severity
from jixiao.core.framework import FrameworkError
from jixiao.frameworks import available
from jixiao.frameworks import load_framework
from jixiao.review.catalogue import CATALOGUE as REVIEW_CATALOGUE


def findings_command(
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出")] = False,
) -> None:
    """列出全部问题代码、级别和说明（评价与复核两部分）。"""
    evaluating = [
        {
            "scope": "evaluate",
            "code": c,
            "severity": k.severity.value,
            "title": k.title,
            "text": k.template,
        }
        for c, k in CATALOGUE.items()
    ]
    reviewing = [
        {
            "scope": "review",
            "code": c,
            "severity": k.severity.value,
            "title": k.title,
            "text": k.why,
        }
        for c, k in REVIEW_CATALOGUE.items()
    ]
    if as_json:
        print(json.dumps([*evaluating, *reviewing], ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False, soft_wrap=True)
    for heading, rows in (("评价（evaluate/check）", evaluating), ("复核（review）", reviewing)):
        console.print(f"\n{heading}的问题代码：代码　级别　名称；下一行为说明", markup=False)
        for row in rows:
            severity = SEVERITY_LABELS[Severity(row["severity"])]
            console.print(f"\n{row['code']}　{severity}　{row['title']}", markup=False)
            console.print(f"    {row['text']}", markup=False)


def frameworks_command(
    check: Annotated[Path | None, typer.Option("--check", help="校验一个指标体系文件")] = None,
) -> None:
    """列出内置指标体系；--check 校验自定义指标体系文件。"""
    console = Console(highlight=False, soft_wrap=True)
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

"""Command line: thin adapters over the core (parse, call one function, render).

Each sub-module registers its commands on :data:`app`; this module only assembles them.
"""

from __future__ import annotations

import typer

from jixiao.cli import evaluate
from jixiao.cli import info
from jixiao.cli import review
from jixiao.cli import serve
from jixiao.cli import template
from jixiao.cli.help_zh import ZhCommand
from jixiao.cli.help_zh import ZhGroup

app = typer.Typer(
    name="jixiao",
    help="jixiao（绩效）：预算绩效自评、自评表与自评报告生成、复核与汇总。",
    no_args_is_help=True,
    add_completion=False,
    cls=ZhGroup,
)

for _module in (evaluate, review, info, template, serve):
    _module.register(app)
for _command in app.registered_commands:
    _command.cls = ZhCommand

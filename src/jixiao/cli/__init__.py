"""Command line: thin adapters over the core (parse, call one function, render).

Each sub-module registers its commands on :data:`app`; this module only assembles them.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="jixiao",
    help="jixiao（绩效）：预算绩效自评、自评表与自评报告生成、复核与汇总。",
    no_args_is_help=True,
    add_completion=False,
)

#: Sub-modules that define commands; each exposes ``register(app)``.
COMMAND_MODULES: tuple[str, ...] = (
    "jixiao.cli.evaluate",
    "jixiao.cli.review",
    "jixiao.cli.info",
    "jixiao.cli.template",
    "jixiao.cli.serve",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(app)


_register_all()

"""Chinese help screens: typer's panel titles, usage line, type labels and --help text.

Typer renders help in English; a clerk reads Chinese. The panel titles are typer's
module settings; the rest is done by the command classes below, which every jixiao
command uses.
"""

from __future__ import annotations

from typing import Any

from typer import rich_utils
from typer.core import TyperCommand
from typer.core import TyperGroup

HELP_TEXT = "显示本帮助并退出。"
USAGE_PREFIX = "用法："
TYPE_LABELS = {"<path>": "<路径>", "<str>": "<文本>", "<int>": "<整数>", "<float>": "<数值>"}

rich_utils.ARGUMENTS_PANEL_TITLE = "参数"
rich_utils.OPTIONS_PANEL_TITLE = "选项"
rich_utils.COMMANDS_PANEL_TITLE = "命令"
rich_utils.ERRORS_PANEL_TITLE = "错误"
rich_utils.REQUIRED_LONG_STRING = "[必填]"
rich_utils.DEFAULT_STRING = "[默认：{}]"
rich_utils.ABORTED_TEXT = "已中止。"
rich_utils.RICH_HELP = "用 [blue]'{command_path} {help_option}'[/] 查看帮助。"


def _localize(command: Any, ctx: Any, params: list[Any]) -> list[Any]:
    for param in params:
        if getattr(param, "_zh", False):
            continue
        if getattr(param, "is_flag", False):
            param.metavar = ""  # a switch takes no value: no type to show
        elif param.metavar is None and hasattr(param, "display_type"):
            label = TYPE_LABELS.get(param.display_type(ctx), param.display_type(ctx))
            param.display_type_rich = lambda ctx, label=label: label
        param._zh = True
    help_option = command.get_help_option(ctx)
    if help_option is not None:
        help_option.help = HELP_TEXT
    return params


class ZhCommand(TyperCommand):
    """A command whose help screen is in Chinese."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _localize(self, ctx, super().get_params(ctx))

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = " ".join(self.collect_usage_pieces(ctx)).replace("[OPTIONS]", "[选项]")
        formatter.write_usage(ctx.command_path, pieces, prefix=USAGE_PREFIX)


class ZhGroup(TyperGroup):
    """The command group (``jixiao``) with a Chinese help screen."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _localize(self, ctx, super().get_params(ctx))

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = " ".join(self.collect_usage_pieces(ctx)).replace("[OPTIONS]", "[选项]")
        pieces = pieces.replace("COMMAND [ARGS]...", "命令 [参数]...")
        formatter.write_usage(ctx.command_path, pieces, prefix=USAGE_PREFIX)

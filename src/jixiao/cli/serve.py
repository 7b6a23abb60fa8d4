"""``jixiao serve``: the web site on this machine (migrations applied on start)."""

from __future__ import annotations

import os
from typing import Annotated

import typer


def serve_command(
    demo: Annotated[
        bool, typer.Option("--demo", help="创建演示数据（葛店样例及 20 个示范单位）")
    ] = False,
    host: Annotated[str, typer.Option("--host", help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="端口")] = 8000,
) -> None:
    """启动网页版：应用数据库迁移后以 Django 自带的 runserver 提供服务。

    适合单机或小范围使用；多人生产环境请用 WSGI 服务器加载 jixiao.web.wsgi。
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
    import django  # noqa: PLC0415 - only this command needs Django
    from django.core.management import call_command  # noqa: PLC0415

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    if demo:
        from jixiao.web.services.demo import LOGINS  # noqa: PLC0415
        from jixiao.web.services.demo import PASSWORD  # noqa: PLC0415
        from jixiao.web.services.demo import create_demo  # noqa: PLC0415

        create_demo()
        typer.echo(f"演示账号（密码均为 {PASSWORD}）：")
        for name, role in LOGINS.items():
            typer.echo(f"  {name:10s} {role}")
    typer.echo(f"网址：http://{host}:{port}/")
    call_command(
        "runserver", f"{host}:{port}", use_reloader=False, use_threading=True, insecure_serving=True
    )  # serve htmx and the stylesheet without DEBUG


def register(app: typer.Typer) -> None:
    """Add the serve command."""
    app.command("serve")(serve_command)

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
    threads: Annotated[int, typer.Option("--threads", help="同时处理的请求数")] = 8,
) -> None:
    """启动网页版：应用数据库迁移后以 waitress（WSGI 服务器）提供服务，Ctrl-C 停止。"""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
    import django  # noqa: PLC0415 - only this command needs Django
    from django.core.management import call_command  # noqa: PLC0415
    from waitress.server import create_server  # noqa: PLC0415

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
    from jixiao.web.wsgi import application  # noqa: PLC0415 - after django.setup()

    try:  # bind first: a port in use is said plainly, before any address is printed
        server = create_server(application, host=host, port=port, threads=threads, ident="jixiao")
    except (OSError, OverflowError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        typer.echo(
            f"无法在 {host}:{port} 启动网页服务：端口已被占用或地址不可用（{reason}）；"
            "请用 --port 换一个端口，或用 --host 换一个地址。",
            err=True,
        )
        raise typer.Exit(2) from None
    typer.echo(f"网址：http://{host}:{port}/　（按 Ctrl-C 停止）")
    _embedded_worker()
    if host not in {"127.0.0.1", "localhost", "::1"}:
        from django.conf import settings  # noqa: PLC0415 - configured by django.setup()

        allowed = "、".join(settings.ALLOWED_HOSTS)
        typer.echo(
            f"提示：其他电脑访问时所用的主机名或 IP 须列在环境变量 JIXIAO_ALLOWED_HOSTS 中"
            f"（当前为：{allowed}）。"
        )
    try:
        server.run()
    except KeyboardInterrupt:
        typer.echo("已停止。")
    finally:
        server.close()


def _embedded_worker() -> None:
    """One worker in this process, for long jobs, unless they run elsewhere."""
    from django.conf import settings  # noqa: PLC0415 - configured by django.setup()

    if settings.CONFIG.tasks != "database" or not settings.CONFIG.serve_worker:
        return
    from jixiao.web.worker import start_embedded_worker  # noqa: PLC0415

    start_embedded_worker()
    typer.echo("后台任务：本进程内运行一个任务进程（文件复核、PDF 生成）。")


def worker_command(
    batch: Annotated[
        bool, typer.Option("--batch", help="处理完队列中现有任务后退出（默认持续等待新任务）")
    ] = False,
) -> None:
    """运行后台任务进程：领取文件复核、PDF 生成等长任务并执行；可在多台机器上同时运行。"""
    import logging  # noqa: PLC0415

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jixiao.web.settings")
    import django  # noqa: PLC0415 - only the web commands need Django

    django.setup()
    from django.conf import settings  # noqa: PLC0415

    if settings.CONFIG.tasks != "database":
        typer.echo("JIXIAO_TASKS 不是 database：任务在请求中直接执行，无需后台任务进程。", err=True)
        raise typer.Exit(2)
    from jixiao.web.worker import run_worker  # noqa: PLC0415

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    typer.echo("后台任务进程已启动，等待任务（按 Ctrl-C 停止）。")
    run_worker(batch=batch)
    typer.echo("后台任务进程已停止。")


def register(app: typer.Typer) -> None:
    """Add the serve and worker commands."""
    app.command("serve")(serve_command)
    app.command("worker")(worker_command)

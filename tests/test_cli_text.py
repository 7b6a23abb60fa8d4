"""What the command line says is Chinese and whole: help screens, the finding catalogue,
the framework list and a broken framework file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.core.findings import CATALOGUE
from jixiao.review.catalogue import CATALOGUE as REVIEW_CATALOGUE

runner = CliRunner()
COMMANDS = ["evaluate", "check", "review", "findings", "frameworks", "template", "serve"]
ENGLISH = re.compile(r"Show this message|<bool>|<str>|<path>|Usage:|Options|Arguments|\[required\]")


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help_screens_carry_no_english_boilerplate(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert "用法：" in result.stdout
    assert "显示本帮助并退出" in result.stdout
    assert not ENGLISH.search(result.stdout), ENGLISH.findall(result.stdout)


def test_the_finding_catalogue_is_whole_in_text_and_json() -> None:
    text = runner.invoke(app, ["findings"], env={"COLUMNS": "80"}).stdout
    assert "…" not in text
    for code, kind in CATALOGUE.items():
        assert code in text
        assert kind.template in text
    rows = json.loads(runner.invoke(app, ["findings", "--json"]).stdout)
    scopes = {(row["scope"], row["code"]) for row in rows}
    assert {("evaluate", c) for c in CATALOGUE} <= scopes
    assert {("review", c) for c in REVIEW_CATALOGUE} <= scopes


def test_framework_lines_are_not_broken_mid_phrase() -> None:
    text = runner.invoke(app, ["frameworks"], env={"COLUMNS": "60"}).stdout
    lines = [line for line in text.splitlines() if line]
    assert all("：" in line and line.endswith("）") for line in lines)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "内容应为键值结构"),
        ("id: [\n", "第 2 行第 1 列附近不是有效的 YAML"),
        ("id: x\nname: y\n", "grades：必填项未填写"),
        ("[" * 10000, "嵌套过深"),
    ],
)
def test_a_broken_framework_file_is_named_and_explained(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "本省.yaml"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["frameworks", "--check", str(path)])
    assert result.exit_code == 2
    assert "本省.yaml" in result.stdout
    assert message in result.stdout
    assert not re.search(r"Input should|Field required|while parsing", result.stdout)

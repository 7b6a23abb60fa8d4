"""Indicator frameworks shipped with jixiao, and loading a framework file.

A framework is named by its id (``bumen-zhengti``) or given as a path to a YAML file.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from jixiao.core.framework import Framework
from jixiao.core.framework import FrameworkError
from jixiao.core.framework import parse_framework

FRAMEWORK_DIR = Path(__file__).parent
DEFAULT_FRAMEWORK = "bumen-zhengti"


def available() -> list[str]:
    """Ids of the frameworks shipped with jixiao."""
    return sorted(p.stem for p in FRAMEWORK_DIR.glob("*.yaml"))


def framework_path(name_or_path: str | Path) -> Path:
    """Resolve a framework id or a file path to a file."""
    path = Path(name_or_path)
    if path.suffix in {".yaml", ".yml"}:
        return path
    return FRAMEWORK_DIR / f"{name_or_path}.yaml"


def load_framework(name_or_path: str | Path = DEFAULT_FRAMEWORK) -> Framework:
    """Load and validate a framework; raise FrameworkError with a Chinese message."""
    return _load(framework_path(name_or_path).resolve())


@lru_cache(maxsize=16)
def _load(path: Path) -> Framework:
    if not path.is_file():
        names = "、".join(available())
        raise FrameworkError(f"找不到指标体系“{path.stem}”（内置：{names}）")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise FrameworkError(f"指标体系文件 {path.name} 格式错误：{error}") from None
    return parse_framework(data, origin=f"指标体系文件 {path.name} ")


def load_pair(name_or_path: str | Path = DEFAULT_FRAMEWORK) -> tuple[Framework, Framework | None]:
    """Load a department framework and the project framework it names."""
    framework = load_framework(name_or_path)
    if framework.project_framework is None:
        return framework, None
    return framework, load_framework(framework.project_framework)

"""Indicator frameworks shipped with jixiao, and loading a framework file.

A framework is named by its id (``bumen-zhengti``) or given as a path to a YAML file.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from jixiao.core.framework import Framework
from jixiao.core.framework import FrameworkError
from jixiao.core.framework import parse_framework
from jixiao.core.messages import syntax_place

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
    return parse_framework(_mapping(path, ()), origin=f"指标体系文件 {path.name} ")


def _mapping(path: Path, seen: tuple[Path, ...]) -> Any:
    """The parsed file, with the keys of the framework it ``extends`` filled in.

    A provincial variant names its base (``extends: xiangmu-zhichu``) and states only
    the top-level keys it changes; each key it gives replaces the base's whole.
    """
    if not path.is_file():
        names = "、".join(available())
        raise FrameworkError(f"找不到指标体系“{path.stem}”（内置：{names}）")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise FrameworkError(f"指标体系文件 {path.name} 不是 UTF-8 编码的文本。") from None
    except yaml.YAMLError as error:
        where = syntax_place(error)
        detail = f"{where}附近不是有效的 YAML。" if where else "不是有效的 YAML。"
        raise FrameworkError(f"指标体系文件 {path.name} 格式错误：{detail}") from None
    except (RecursionError, ValueError):  # 10,000 nested lists; a 5,000-digit integer
        detail = "嵌套过深或含位数过多的数字，无法使用。"
        raise FrameworkError(f"指标体系文件 {path.name} {detail}") from None
    if not isinstance(data, dict) or "extends" not in data:
        return data
    base = data.pop("extends")
    base_path = _base_path(path, str(base))
    if base_path in seen or base_path == path:
        raise FrameworkError(f"指标体系文件 {path.name} 的 extends 循环引用了“{base}”")
    return {**_mapping(base_path, (*seen, path)), **data}


def _base_path(path: Path, base: str) -> Path:
    """A base named by id is a shipped framework; a file name is next to the variant."""
    if Path(base).suffix in {".yaml", ".yml"}:
        return (path.parent / base).resolve()
    return (FRAMEWORK_DIR / f"{base}.yaml").resolve()


def load_pair(name_or_path: str | Path = DEFAULT_FRAMEWORK) -> tuple[Framework, Framework | None]:
    """Load a department framework and the project framework it names."""
    framework = load_framework(name_or_path)
    if framework.project_framework is None:
        return framework, None
    return framework, load_framework(framework.project_framework)

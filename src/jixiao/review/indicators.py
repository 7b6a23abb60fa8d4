"""Names of the framework's 三级 indicators that a report is expected to discuss.

By default they come from jixiao's default framework (``bumen-zhengti``, loaded with
:func:`jixiao.frameworks.load_framework`); ``--framework`` names another built-in framework
or a framework YAML file. A plain YAML with a top-level ``indicators:`` list of
``name``/``level1``/``level2`` items is accepted as well. :data:`DEFAULT_INDICATORS` is the
same list written out (the 32 三级 indicators of bumen-zhengti), used by tests and as the
fallback of :func:`indicator_names`.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

DEFAULT_INDICATORS: tuple[str, ...] = (
    # 运行成本
    "公用经费控制率",
    "在职人员控制率",
    "会议费控制率",
    "三公经费变动率",
    # 管理效率
    "中长期规划相符性",
    "工作计划健全性",
    "预算编制科学性",
    "预算编制合理性",
    "立项规范性",
    "预算调整率",
    "预算执行率",
    "结转结余率",
    "政府采购执行率",
    "非税收入预算完成率",
    "事前绩效评估完成率",
    "绩效目标合理性",
    "绩效监控开展率",
    "绩效评价覆盖率",
    "评价结果应用率",
    "资产管理制度健全性",
    "资产管理规范性",
    "财务管理制度健全性",
    "会计核算规范性",
    "资金使用合规性",
    # 可持续发展能力
    "服务体制改革成效",
    "行政管理体制改革成效",
    "业务学习与培训完成率",
    "干部队伍体系建设规划情况",
    "高学历高层次人才储备率",
    "信息化建设情况",
    # 满意度
    "服务对象满意度",
    "联系部门满意度",
)

_NOISE = re.compile(r"[\s、，,·“”\"'（）()《》]")


class IndicatorFileError(ValueError):
    """The framework file cannot be read as a list of indicators."""


def normalize_name(text: str) -> str:
    """Drop spaces and punctuation that reports insert into names (高学历、高层次…)."""
    return _NOISE.sub("", text)


def framework_indicator_names(name_or_path: str | Path | None = None) -> list[str]:
    """The 三级 indicator names of a framework: a built-in id, a framework file, or None
    for the default framework. A YAML that is not a full framework but has a plain
    ``indicators:`` list of names is read with :func:`indicator_names`.

    Raises:
        IndicatorFileError: the framework cannot be found or read (Chinese message).
    """
    from jixiao.core.framework import FrameworkError  # noqa: PLC0415 - keep review light
    from jixiao.frameworks import DEFAULT_FRAMEWORK  # noqa: PLC0415
    from jixiao.frameworks import load_framework  # noqa: PLC0415

    try:
        framework = load_framework(name_or_path or DEFAULT_FRAMEWORK)
    except FrameworkError as error:
        path = Path(name_or_path) if name_or_path else None
        if path is not None and path.suffix in {".yaml", ".yml"} and path.is_file():
            try:
                return indicator_names(path)
            except IndicatorFileError:
                pass
        raise IndicatorFileError(str(error)) from None
    return [spec.name for spec in framework.indicators]


def indicator_names(path: Path | None) -> list[str]:
    """The indicator names of the framework at ``path``, or the default 32 when None.

    Raises:
        IndicatorFileError: the file is missing, is not YAML, or has no ``indicators`` list.
    """
    if path is None:
        return list(DEFAULT_INDICATORS)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise IndicatorFileError(f"指标体系文件无法读取：{path.name}（{error}）") from None
    items = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise IndicatorFileError(f"指标体系文件 {path.name} 缺少 indicators 列表。")
    names = [str(item["name"]) for item in items if isinstance(item, dict) and item.get("name")]
    if not names:
        raise IndicatorFileError(f"指标体系文件 {path.name} 未列出任何指标名称。")
    return names

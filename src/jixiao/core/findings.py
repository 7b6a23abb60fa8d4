"""The findings catalogue: every problem the engine reports, with a stable code.

A finding is data, not an exception: readers and the engine return them and go on.
The table below doubles as user documentation (``jixiao findings`` prints it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is: errors block final documents, warnings never do."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One problem found in a submission or its evaluation.

    Attributes:
        code: stable identifier from :data:`CATALOGUE` (e.g. ``sum-mismatch``).
        severity: error, warning or info.
        message: the Chinese sentence shown to the user.
        location: where it is — ``sheet!cell`` for a workbook, a field path otherwise.
    """

    code: str
    severity: Severity
    message: str
    location: str


@dataclass(frozen=True, slots=True)
class FindingKind:
    """A catalogue entry: default severity, a Chinese title and a message template."""

    severity: Severity
    title: str
    template: str


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

#: code → kind. Templates use ``str.format`` fields named in each entry.
CATALOGUE: dict[str, FindingKind] = {
    # --- reading the input -------------------------------------------------------
    "file-unreadable": FindingKind(_E, "文件无法读取", "{detail}"),
    "sheet-missing": FindingKind(
        _E, "缺少工作表", "缺少工作表“{sheet}”，请使用 jixiao 生成的填报模板。"
    ),
    "label-moved": FindingKind(
        _E, "单元格位置变动", "此处应为“{expected}”，实际为“{found}”，请勿移动或合并模板的行列。"
    ),
    "invalid-number": FindingKind(_E, "不是有效数字", "“{label}”应填数字：{detail}。"),
    "unit-in-number": FindingKind(
        _W, "数字带单位", "“{label}”填写了“{raw}”，已按 {value}{unit} 读取；请只填数字。"
    ),
    "formula-no-value": FindingKind(
        _E,
        "公式无计算结果",
        "“{label}”是公式且文件未保存计算结果，"
        "请在 Excel/WPS 中打开并保存后再导入，或直接填写数值。",
    ),
    "framework-override": FindingKind(
        _W,
        "指标体系与填报文件不一致",
        "填报文件注明的指标体系为“{named}”，本次按命令行指定的“{used}”评价。",
    ),
    "cell-error": FindingKind(
        _E,
        "单元格为错误值",
        "“{label}”单元格显示错误值 {value}（公式出错或引用无效），不是空白；请改正后再导入。",
    ),
    "text-cleaned": FindingKind(
        _W,
        "含不可见字符",
        "“{label}”含控制字符或无法编码的字符，已删除后读取为“{value}”；请核对原文。",
    ),
    "invalid-choice": FindingKind(_E, "选项无效", "“{label}”只能填写{choices}，实际为“{raw}”。"),
    "invalid-field": FindingKind(_E, "填报内容无效", "{detail}"),
    "year-mismatch": FindingKind(_E, "年度不符", "填报年度为 {found} 年，应为 {expected} 年。"),
    "year-invalid": FindingKind(_E, "年度无效", "“评价年度”应为四位年份，实际为“{raw}”。"),
    "file-too-large": FindingKind(_E, "文件过大", "文件大小 {size} 超过上限 {limit}。"),
    "rows-truncated": FindingKind(
        _E,
        "工作表行数过多",
        "工作表“{sheet}”的内容延伸到{reach}，超过 {limit} 行上限，只读取了前 {limit} 行；"
        "请删除多余的行后重新导入。",
    ),
    "cells-merged": FindingKind(
        _E, "单元格被合并", "单元格 {span} 被合并，合并后只保留左上角的内容；请取消合并，逐格填写。"
    ),
    "template-mismatch": FindingKind(
        _E,
        "模板与指标体系不符",
        "本填报模板按指标体系“{made_for}”生成，与本次采用的指标体系“{framework}”不符；"
        "请改按指标体系“{made_for}”导入，或下载“{framework}”的填报模板重新填写。",
    ),
    "template-newer": FindingKind(
        _E, "模板版本过新", "本模板由更新版本的 jixiao 生成（模板版本 {version}），请升级后再导入。"
    ),
    "unit-name-missing": FindingKind(_E, "缺少单位名称", "“部门（单位）名称”未填写。"),
    "example-kept": FindingKind(
        _W,
        "保留了示例值",
        "工作表“{sheet}”中有 {count} 个单元格仍是模板自带的示例值（首个为 {first}），"
        "已按本单位数据读取；如非本单位数据，请修改或删除。",
    ),
    # --- facts ---------------------------------------------------------------------
    "value-missing": FindingKind(_E, "缺少数据", "计算“{indicator}”需要“{label}”，该项未填写。"),
    "negative-amount": FindingKind(_E, "金额为负数", "“{label}”为 {value}，金额不应为负数。"),
    "amount-in-yuan": FindingKind(
        _W, "金额疑似以元填报", "“{label}”为 {value}，疑似按元填报；本表金额单位为万元。"
    ),
    "sum-mismatch": FindingKind(
        _E,
        "分项之和不等于合计",
        "{parts_text} = {parts_sum}，与“{total_label}”{total} 不符（差 {diff}）。",
    ),
    "exceeds-limit": FindingKind(
        _E, "数值超过上限", "“{label}”{value} 超过“{limit_label}”{limit}。"
    ),
    # --- indicators ---------------------------------------------------------------
    "target-missing": FindingKind(
        _E, "缺少年度指标值", "“{indicator}”未填报年度指标值（绩效目标），无法判断是否达到目标。"
    ),
    "target-blank": FindingKind(
        _W,
        "年度指标值为空",
        "“{indicator}”未填报年度指标值；得分按规则计算，但自评表该栏为空，复核时会被指出。",
    ),
    "target-defaulted": FindingKind(
        _I,
        "采用默认指标值",
        "“{indicator}”未填报年度指标值，按指标体系默认值 {target} 评价；请以批复的绩效目标为准。",
    ),
    "deviation-unexplained": FindingKind(
        _E,
        "未达标未说明原因",
        "“{indicator}”未达到年度指标值（{value} / {target}），须填写{missing}。",
    ),
    "rate-without-counts": FindingKind(
        _W, "完成率缺少计数", "“{indicator}”填报为 {value}%，但未填写{counts}，无法核实。"
    ),
    "satisfaction-without-sample": FindingKind(
        _W, "满意度缺少样本", "“{indicator}”为 {value}%，未填写调查样本数量。"
    ),
    "not-applicable": FindingKind(_I, "不适用", "“{indicator}”不适用：{reason}；{policy}。"),
    "target-too-low": FindingKind(
        _W,
        "目标值偏低",
        "“{indicator}”实际完成 {value}，超出年度指标值 {target} 达 {over}%，按规则扣 {deduct} 分；"
        "请说明目标设定依据。",
    ),
    "score-capped": FindingKind(
        _W,
        "总分受预算执行率限制",
        "预算执行率 {rate}% 低于 {below}%，总分由 {raw} 调整为不超过 {cap}。",
    ),
    "individual-missing": FindingKind(
        _E, "缺少个性指标", "“{level1}”未填报任何个性指标（权重 {weight} 分）。"
    ),
    "weights-mismatch": FindingKind(
        _E, "权重合计不符", "“{level1}”各指标权重合计 {found}，应为 {expected}。"
    ),
    "answer-missing": FindingKind(
        _E, "定性指标未填写", "“{indicator}”未选择完成情况（{choices}）。"
    ),
    "total-mismatch": FindingKind(
        _E, "总分不等于各项得分之和", "总分 {total} ≠ 各项得分合计 {sum}。"
    ),
    "draft": FindingKind(_I, "草稿", "存在错误，文件已按草稿生成并加注“草稿”字样。"),
}

#: Findings about the input itself (reading it, and its facts), as opposed to what the
#: evaluation of usable input found; a summary names these first.
INPUT_CODES = frozenset(
    {
        "file-unreadable",
        "sheet-missing",
        "label-moved",
        "invalid-number",
        "unit-in-number",
        "formula-no-value",
        "framework-override",
        "cell-error",
        "text-cleaned",
        "invalid-choice",
        "invalid-field",
        "year-mismatch",
        "year-invalid",
        "file-too-large",
        "rows-truncated",
        "cells-merged",
        "template-mismatch",
        "template-newer",
        "unit-name-missing",
        "example-kept",
        "negative-amount",
        "amount-in-yuan",
        "sum-mismatch",
        "exceeds-limit",
    }
)


def make_finding(code: str, location: str, **params: object) -> Finding:
    """Build a finding from the catalogue (raises KeyError on an unknown code: a bug)."""
    kind = CATALOGUE[code]
    return Finding(
        code=code,
        severity=kind.severity,
        message=kind.template.format(**params),
        location=location,
    )


def has_errors(findings: list[Finding] | tuple[Finding, ...]) -> bool:
    """Tell whether any finding is an error."""
    return any(f.severity is Severity.ERROR for f in findings)

"""Where everything sits in the 填报模板 workbook: sheets, rows, columns and their labels.

The template writer and the reader both derive every position from the framework through
this module, so a template and its reader can never disagree. Rows and columns are
0-based here; :func:`cell_name` turns them into ``预算执行!C5`` for findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from xlsxwriter.utility import xl_rowcol_to_cell

from jixiao.core.framework import FieldSpec
from jixiao.core.framework import Framework

#: Bumped whenever positions change; the reader refuses templates newer than itself.
TEMPLATE_VERSION = 1
GUIDE_SHEET = "填写说明"
INFO_SHEET = "_jixiao"
UNIT_SHEET = "基本信息"
TARGET_SHEET = "绩效目标"
PROJECT_SHEET = "项目"
PROJECT_INDICATOR_SHEET = "项目指标"
NARRATIVE_SHEET = "文字材料"
SPECIAL_SHEETS = (UNIT_SHEET, TARGET_SHEET, PROJECT_SHEET, PROJECT_INDICATOR_SHEET, NARRATIVE_SHEET)
#: The defined name (one per sheet that has examples) covering every example value.
EXAMPLE_NAME = "示例数据"

TITLE_ROW = 0
HEADER_ROW = 1
FIRST_ROW = 2
#: Rows read per sheet at most; more is reported, never read silently.
MAX_ROWS = 2000
#: Columns read per sheet at most (the widest sheet uses 13).
MAX_COLUMNS = 32
#: Free rows offered for unit-defined tables (more can be typed below them).
MIN_FREE_ROWS = 20
#: Rows below the header that carry drop-downs and unlocked cells in free tables.
TABLE_ROWS = 500

# Columns of a field sheet (基本信息, 预算执行, 人员, 管理情况).
LABEL_COL, UNIT_COL, VALUE_COL, NOTE_COL = 0, 1, 2, 3
FIELD_HEADERS = ("填报项", "单位", "填报值", "填写说明")
FIELD_WIDTHS = (34, 8, 20, 72)

NUMBER_KINDS = frozenset({"amount", "count", "percent"})

CellKind = Literal["text", "long", "number", "comparison", "yesno", "answer", "level1", "project"]


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a table block: key (model attribute), header text, width, kind of input."""

    key: str
    header: str
    width: int
    kind: CellKind = "text"
    locked: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """A labelled input row of a field sheet (or a narrative section)."""

    key: str
    label: str
    unit: str = ""
    note: str = ""
    spec: FieldSpec | None = None


UNIT_ROWS = (
    Row("name", "部门（单位）名称", note="填写单位全称，与公章一致。"),
    Row("year", "评价年度", "年", "四位年份，如 2023（为上一预算年度）。"),
    Row("code", "单位编码", note="预算一体化系统中的单位编码。"),
    Row("supervisor", "主管部门", note="本单位的主管部门；主管部门自身填写本级。"),
    Row("contact", "联系人", note="填报联系人姓名。"),
    Row("phone", "联系电话", note="固定电话或手机号码。"),
    Row("fill_date", "填报日期", note="如 2024-03-15。"),
    Row("notice", "自评通知文号", note="财政部门自评通知的文号，如 鄂葛财发〔2024〕3号。"),
    Row("funding_source", "资金来源", note="如 一般公共预算财政拨款资金。"),
)

# 绩效目标: framework indicators (columns A–M) and, below, the unit's own indicators.
TARGET_COLUMNS = (
    Column("level1", "一级指标", 10, locked=True),
    Column("level2", "二级指标", 12, locked=True),
    Column("name", "三级指标", 24, locked=True),
    Column("unit", "单位", 7, locked=True),
    Column("comparison", "比较方式", 8, "comparison"),
    Column("target", "年度指标值", 12, "number"),
    Column("default", "默认指标值", 10, locked=True),
    Column("kind", "指标性质", 8, locked=True),
    Column("weight", "分值", 6, locked=True),
    Column("cause", "偏差原因", 30),
    Column("measure", "改进措施", 30),
    Column("note", "填写说明", 44, locked=True),
    Column("code", "指标代码", 12, locked=True),
)
TARGET_COL = {c.key: i for i, c in enumerate(TARGET_COLUMNS)}

INDIVIDUAL_COLUMNS = (
    Column("level1", "一级指标", 10, "level1"),
    Column("level2", "二级指标", 12),
    Column("name", "指标名称", 24),
    Column("unit", "单位", 7),
    Column("comparison", "比较方式", 8, "comparison"),
    Column("target", "年度指标值", 12, "number"),
    Column("actual", "实际完成值", 10, "number"),
    Column("answer", "完成情况", 8, "answer"),
    Column("weight", "权重", 6, "number"),
    Column("cause", "偏差原因", 30),
    Column("measure", "改进措施", 30),
)
INDIVIDUAL_TITLE = "个性指标"

PROJECT_COLUMNS = (
    Column("name", "项目名称", 28),
    Column("initial", "年初预算数（万元）", 12, "number"),
    Column("adjusted", "全年预算数（万元）", 12, "number"),
    Column("executed", "全年执行数（万元）", 12, "number"),
    Column("goal", "年度总体目标", 36),
    Column("achieved", "实际完成情况", 36),
    Column("ex_ante_required", "应开展事前评估", 10, "yesno"),
    Column("ex_ante_done", "已开展事前评估", 10, "yesno"),
    Column("monitored", "已开展绩效监控", 10, "yesno"),
    Column("self_evaluated", "已开展自评", 10, "yesno"),
    Column("results_applied", "结果已应用", 10, "yesno"),
)

#: The 资金来源 rows and 到位资金 of a project's table, after the columns above: optional,
#: so a workbook made before they existed still reads. Keys are the project framework's
#: field ids (``Project.facts``).
PROJECT_FACT_COLUMNS = (
    Column("budget.fiscal.initial", "当年财政拨款·年初预算数", 12, "number"),
    Column("budget.fiscal.adjusted", "当年财政拨款·全年预算数", 12, "number"),
    Column("budget.fiscal.executed", "当年财政拨款·全年执行数", 12, "number"),
    Column("budget.carryover.initial", "上年结转资金·年初预算数", 12, "number"),
    Column("budget.carryover.adjusted", "上年结转资金·全年预算数", 12, "number"),
    Column("budget.carryover.executed", "上年结转资金·全年执行数", 12, "number"),
    Column("budget.other.initial", "其他资金·年初预算数", 12, "number"),
    Column("budget.other.adjusted", "其他资金·全年预算数", 12, "number"),
    Column("budget.other.executed", "其他资金·全年执行数", 12, "number"),
    Column("funds.arrived", "到位资金（万元）", 12, "number"),
)

PROJECT_INDICATOR_COLUMNS = (
    Column("project", "项目名称", 24, "project"),
    *(
        Column(c.key, "三级指标" if c.key == "name" else c.header, c.width, c.kind)
        for c in INDIVIDUAL_COLUMNS
    ),
)
#: 一级指标 of project indicators when the project framework cannot be loaded.
PROJECT_LEVEL1_DEFAULT = ("产出指标", "效益指标", "满意度指标")

NARRATIVE_HEADERS = ("部分", "内容", "填写说明")
NARRATIVE_WIDTHS = (22, 90, 36)
NARRATIVE_TEXT_COL = 1

COMPARISON_SYMBOLS = {">=": "≥", "<=": "≤", "=": "="}
YES, NO = "是", "否"


def cell_name(sheet: str, row: int, col: int) -> str:
    """The place of a cell as users see it: ``预算执行!C5``."""
    return f"{sheet}!{xl_rowcol_to_cell(row, col)}"


def field_sheets(framework: Framework) -> list[str]:
    """Sheets holding framework fields, in the framework's order."""
    names = [s for s in framework.sheets if s not in SPECIAL_SHEETS]
    for spec in framework.fields:
        if spec.sheet not in names and spec.sheet not in SPECIAL_SHEETS:
            names.append(spec.sheet)
    return [n for n in names if any(f.sheet == n for f in framework.fields)]


def sheet_order(framework: Framework) -> list[str]:
    """Every data sheet in the order the template shows them (after 填写说明)."""
    wanted = [*framework.sheets]
    for name in [UNIT_SHEET, *field_sheets(framework), *SPECIAL_SHEETS[1:]]:
        if name not in wanted:
            wanted.append(name)
    known = {UNIT_SHEET, *field_sheets(framework), *SPECIAL_SHEETS}
    return [n for n in wanted if n in known]


def field_rows(framework: Framework, sheet: str) -> list[Row]:
    """The labelled rows of a field sheet (基本信息 has the unit rows)."""
    if sheet == UNIT_SHEET:
        return list(UNIT_ROWS)
    return [Row(f.id, f.label, f.unit, f.note, f) for f in framework.fields if f.sheet == sheet]


def narrative_rows(framework: Framework) -> list[Row]:
    """One row per narrative section."""
    return [Row(s.key, s.label, note=s.note) for s in framework.narrative]


def individual_title_row(framework: Framework) -> int:
    """Row of the 个性指标 block title on the 绩效目标 sheet (after one blank row)."""
    return FIRST_ROW + len(framework.indicators) + 1


def individual_header_row(framework: Framework) -> int:
    """Row of the 个性指标 column headers."""
    return individual_title_row(framework) + 1

"""The 自评表 workbook, read back with openpyxl: figures, merges, totals, draft, safety.

Expected figures are the seed report's (tests/review/data/seed.txt) or hand-computed, not
taken from a run.
"""

from __future__ import annotations

import zipfile
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING
from typing import Any

import openpyxl
import pytest

from jixiao.core.evaluate import evaluate
from jixiao.core.framework import ColumnSpec
from jixiao.core.model import Cap
from jixiao.core.submission import Submission
from jixiao.documents.table.layout import make_grid
from jixiao.documents.table.layout import page_breaks
from jixiao.documents.table.layout import partition
from jixiao.documents.table.layout import run_starts
from jixiao.documents.table.writer import write_table
from jixiao.frameworks import load_pair

from support import evaluate_data
from support import seed_data

if TYPE_CHECKING:
    from pathlib import Path

    from openpyxl.worksheet.worksheet import Worksheet

    from jixiao.core.framework import Framework
    from jixiao.core.model import Evaluation

# The seed's indicator rows per 一级指标, counted by hand from bumen-zhengti.yaml (框架指标)
# and the seed's six 个性指标.
SEED_LEVEL1_ROWS = [
    ("运行成本", 4),
    ("管理效率", 20),
    ("履职效能", 4),
    ("社会效应", 2),
    ("可持续发展能力", 6),
    ("满意度", 2),
]


def department() -> Framework:
    return load_pair()[0]


def project_framework() -> Framework:
    framework = load_pair()[1]
    assert framework is not None
    return framework


def render(
    tmp_path: Path,
    evaluation: Evaluation,
    framework: Framework | None = None,
    *,
    draft: bool = False,
) -> openpyxl.Workbook:
    path = tmp_path / "table.xlsx"
    write_table(evaluation, framework or department(), path, draft=draft)
    return openpyxl.load_workbook(path)


def values(sheet: Worksheet) -> list[list[Any]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def row_of(sheet: Worksheet, text: str, column: int | None = None) -> int:
    """1-based row of the first cell holding exactly ``text`` (in ``column`` if given)."""
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == text and (column is None or cell.column == column):
                return int(cell.row)
    raise AssertionError(f"{text!r} not in sheet")


def column_of(sheet: Worksheet, header: str) -> int:
    """Column of a header of the indicator block (the row holding 三级指标)."""
    row = row_of(sheet, "三级指标")
    return next(int(c.column) for c in sheet[row] if c.value == header)


def indicator_cell(sheet: Worksheet, name: str, header: str) -> Any:
    return sheet.cell(row_of(sheet, name, column_of(sheet, "三级指标")), column_of(sheet, header))


def all_text(book: openpyxl.Workbook) -> str:
    parts: list[str] = []
    for sheet in book.worksheets:
        parts.extend(str(v) for row in values(sheet) for v in row if v is not None)
        parts.extend([sheet.oddHeader.center.text or "", sheet.oddFooter.center.text or ""])
    return "\n".join(parts)


@pytest.fixture
def seed_table(tmp_path: Path, seed: Evaluation) -> Worksheet:
    return render(tmp_path, seed)["自评表"]


def test_budget_total_row_has_the_seed_figures(seed_table: Worksheet) -> None:
    row = [c for c in seed_table[row_of(seed_table, "资金总额")] if c.value is not None]
    assert [c.value for c in row[1:4]] == [159.36, 187.95, 169.11]
    assert all(c.number_format == "0.00" for c in row[1:4])
    weight, rate, score = row[4:7]
    assert weight.value == 10  # 预算执行率 weight in bumen-zhengti.yaml
    assert (rate.value, rate.number_format) == (89.98, '0.00"%"')
    assert (score.value, score.number_format) == (9.00, "0.00")  # 10 × 89.98% → 9.00 (§3.3)


def test_blank_budget_figures_stay_blank(seed_table: Worksheet) -> None:
    # The seed states only the actuals of 基本支出 (136.75); its budgets are unknown.
    row = seed_table[row_of(seed_table, "其中：基本支出")]
    texts = [c.value for c in row]
    assert 136.75 in texts
    assert 0 not in texts
    executed = next(c for c in row if c.value == 136.75)
    assert seed_table.cell(executed.row, executed.column - 1).value is None
    assert seed_table.cell(executed.row, executed.column - 2).value is None
    assert texts.count("—") == 2  # 分值 and 得分
    assert seed_table.cell(executed.row, executed.column + 2).value is None  # 执行率


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("公用经费控制率", "76.61%"),
        ("政府采购执行率", "92.40%"),
        ("预算执行率", "89.98%"),
        ("预算调整率", "17.94%"),
        ("结转结余率", "10.02%"),
        ("会议费控制率", "不适用（无预算、无支出）"),
    ],
)
def test_indicator_values_as_in_the_seed(seed_table: Worksheet, name: str, shown: str) -> None:
    assert indicator_cell(seed_table, name, "实际完成值").value == shown


def test_targets_weights_and_deviation(seed_table: Worksheet) -> None:
    assert indicator_cell(seed_table, "公用经费控制率", "年度指标值").value == "≤100%"
    assert indicator_cell(seed_table, "公用经费控制率", "分值").value == 4
    deviation = indicator_cell(seed_table, "结转结余率", "偏差原因分析及改进措施").value
    assert deviation == "改进措施：科学编制预算、合理分配预算资金，减少资金结余"
    # 预算执行率 is below target and nothing was written: the cell stays empty.
    assert indicator_cell(seed_table, "预算执行率", "偏差原因分析及改进措施").value is None


def test_level1_cells_are_merged_over_exactly_their_rows(seed_table: Worksheet) -> None:
    column = column_of(seed_table, "一级指标")
    merged = sorted(
        (r.min_row, r.max_row)
        for r in seed_table.merged_cells.ranges
        if r.min_col == r.max_col == column
    )
    found = [(seed_table.cell(top, column).value, bottom - top + 1) for top, bottom in merged]
    assert found == SEED_LEVEL1_ROWS
    first = row_of(seed_table, "公用经费控制率")
    assert merged[0] == (first, row_of(seed_table, "三公经费变动率"))


def test_level2_cells_are_merged_within_level1(seed_table: Worksheet) -> None:
    column = column_of(seed_table, "二级指标")
    top = row_of(seed_table, "会议费控制率")
    ranges = {
        (r.min_row, r.max_row)
        for r in seed_table.merged_cells.ranges
        if r.min_col == r.max_col == column
    }
    assert (top, top + 1) in ranges  # 项目支出成本控制: 会议费控制率, 三公经费变动率
    assert seed_table.cell(top, column).value == "项目支出成本控制"


def test_total_row(seed_table: Worksheet, seed: Evaluation) -> None:
    row = row_of(seed_table, "总分")
    assert seed_table.cell(row, column_of(seed_table, "分值")).value == 100
    assert seed_table.cell(row, column_of(seed_table, "得分")).value == float(seed.total_score)
    assert f"自评等级：{seed.grade}" in [c.value for c in seed_table[row]]
    first, weight = row_of(seed_table, "公用经费控制率"), column_of(seed_table, "分值")
    weights = [seed_table.cell(r, weight).value for r in range(first, row)]
    assert sum(Decimal(str(w)) for w in weights) == 100


def test_header_block(seed_table: Worksheet, seed: Evaluation) -> None:
    texts = [v for row in values(seed_table) for v in row]
    assert seed_table["A1"].value == "部门整体支出绩效自评表"
    assert "（2023年度）" in texts
    for expected in ("葛店经开区创新创业发展中心", "葛店经开区党工委管委会", "陈可慧", "自评总分"):
        assert expected in texts
    score = seed_table.cell(row_of(seed_table, "自评总分"), 3)
    assert score.value == float(seed.total_score)


def test_notes_and_signatures(seed_table: Worksheet) -> None:
    texts = "\n".join(str(v) for row in values(seed_table) for v in row if v)
    assert "默认占位值" in texts  # framework.note and layout.notes
    for signer in ("单位负责人", "财务负责人", "填表人"):
        assert signer in texts


def test_draft_marker_only_in_drafts(tmp_path: Path, seed: Evaluation) -> None:
    draft = render(tmp_path, seed, draft=True)
    sheet = draft["自评表"]
    assert sheet["A1"].value == "部门整体支出绩效自评表（草稿）"
    assert "草稿" in (sheet.oddHeader.center.text or "")
    assert any(str(v).startswith("草稿") for v in [sheet["A3"].value])
    final = render(tmp_path, seed, draft=False)
    assert "草稿" not in all_text(final)


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    data = seed_data()
    data["narrative"]["achieved"] = "=1+1"
    data["unit"]["contact"] = "@SUM(A1:A2)"
    data["individual"][0]["name"] = '=HYPERLINK("http://x","y")'
    data["targets"]["budget_adjustment_rate"]["cause"] = "+cmd|' /C calc'!A0"
    book = render(tmp_path, evaluate_data(data))
    sheet = book["自评表"]
    for text in ("=1+1", "@SUM(A1:A2)", '=HYPERLINK("http://x","y")'):
        cell = sheet.cell(*_find(sheet, text))
        assert cell.data_type == "s"
        assert cell.quotePrefix
    with zipfile.ZipFile(tmp_path / "table.xlsx") as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert all(b"<f>" not in archive.read(name) for name in sheets)


def _find(sheet: Worksheet, text: str) -> tuple[int, int]:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == text:
                return int(cell.row), int(cell.column)
    raise AssertionError(text)


def project_unit() -> dict[str, Any]:
    data = seed_data()
    data["projects"] = [
        {
            "name": "科技创新奖励项目",
            "initial": 50,
            "adjusted": 50,
            "executed": 45,
            "goal": "兑现科技创新奖励政策。",
            "achieved": "拨付奖励资金45万元。",
            "indicators": [
                {
                    "level1": "产出指标",
                    "level2": "数量指标",
                    "name": "奖励企业数",
                    "unit": "家",
                    "target": 20,
                    "actual": 22,
                },
                {
                    "level1": "效益指标",
                    "level2": "社会效益指标",
                    "name": "企业研发投入增长",
                    "unit": "%",
                    "target": 10,
                    "actual": 12,
                },
                {
                    "level1": "满意度指标",
                    "level2": "服务对象满意度指标",
                    "name": "企业满意度",
                    "unit": "%",
                    "target": 90,
                    "actual": 95,
                },
            ],
        }
    ]
    return data


def test_project_table(tmp_path: Path) -> None:
    evaluation = evaluate_data(project_unit()).projects[0]
    sheet = render(tmp_path, evaluation, project_framework())["自评表"]
    texts = [v for row in values(sheet) for v in row]
    assert sheet["A1"].value == "项目支出绩效自评表"
    assert "项目名称" in texts
    assert "科技创新奖励项目" in texts
    filled = [t for t in texts if t is not None]
    assert filled[filled.index("实施单位") + 1] == evaluate_data(project_unit()).title
    assert "兑现科技创新奖励政策。" in texts
    assert "拨付奖励资金45万元。" in texts
    row = [c.value for c in sheet[row_of(sheet, "年度资金总额")] if c.value is not None]
    # 45 ÷ 50 = 90.00%; score 10 × 90% = 9.00.
    assert row[1:] == [50, 50, 45, 10, 90, 9]
    assert indicator_cell(sheet, "奖励企业数", "实际完成值").value == "22家"
    assert indicator_cell(sheet, "奖励企业数", "年度指标值").value == "≥20家"


def test_findings_sheet(tmp_path: Path, seed: Evaluation) -> None:
    sheet = render(tmp_path, seed)["问题清单"]
    header = row_of(sheet, "级别")
    rows = [r for r in values(sheet)[header:] if any(r)]
    assert len(rows) == len(seed.findings)
    assert [c.value for c in sheet[header]] == ["序号", "级别", "代码", "位置", "说明"]
    located = {(r[2], r[3], r[1]) for r in rows}
    assert ("target-missing", "targets.carryover_rate", "错误") in located


def test_print_setup(tmp_path: Path, seed: Evaluation) -> None:
    sheet = render(tmp_path, seed)["自评表"]
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    # 1 page wide (XlsxWriter omits the default width 1), any number of pages tall.
    assert (sheet.page_setup.fitToWidth or 1, sheet.page_setup.fitToHeight) == (1, 0)
    header = row_of(sheet, "三级指标")
    assert sheet.print_title_rows == f"${header}:${header}"
    cell = sheet.cell(row_of(sheet, "资金总额"), 1)
    assert cell.font.name == "宋体"
    assert cell.border.left.style == "thin"
    assert cell.alignment.wrap_text


def test_rescaling_is_explained(tmp_path: Path) -> None:
    framework = department().model_copy(update={"na_policy": "rescale"})
    evaluation = evaluate(Submission.model_validate(seed_data()), framework)
    text = all_text(render(tmp_path, evaluation, framework))
    # N/A in the seed: 会议费 3, 三公 4, 非税 2, two reforms 1 + 1, two talent items 0.5 + 0.5.
    assert "不适用指标分值合计 12 分不计分" in text


def test_cap_is_explained(tmp_path: Path, seed: Evaluation) -> None:
    cap = Cap(
        indicator="budget_execution_rate",
        value=Decimal("75.00"),
        below=Decimal(80),
        max_total=Decimal(89),
        raw_total=Decimal("93.50"),
    )
    text = all_text(render(tmp_path, replace(seed, cap=cap)))
    assert "预算执行率为 75.00%，低于 80%，总分由 93.50 分调整为上限 89 分。" in text


def test_other_columns_of_a_layout(tmp_path: Path, seed: Evaluation) -> None:
    columns = [
        ColumnSpec(key=k, header=h, width=w)
        for k, h, w in (
            ("name", "三级指标", 20),
            ("unit", "计量单位", 8),
            ("comparison", "指标性质", 8),
            ("target", "年度指标值", 12),
            ("met", "是否达成", 8),
            ("score", "得分", 8),
        )
    ]
    framework = department()
    layout = framework.layout.model_copy(update={"columns": columns})
    sheet = render(tmp_path, seed, framework.model_copy(update={"layout": layout}))["自评表"]
    assert indicator_cell(sheet, "公用经费控制率", "指标性质").value == "≤"
    assert indicator_cell(sheet, "公用经费控制率", "是否达成").value == "是"
    assert indicator_cell(sheet, "预算执行率", "是否达成").value == "否"
    assert sheet.cell(row_of(sheet, "资金总额"), 1).value == "资金总额"


def test_partition_matches_shares() -> None:
    assert partition([10, 10, 10, 10], [1, 1]) == [(0, 1), (2, 3)]
    assert partition([10, 12, 20, 12, 16, 7, 7, 30], [22, 32, 16, 44]) == [
        (0, 1),
        (2, 3),
        (4, 4),
        (5, 7),
    ]
    with pytest.raises(ValueError, match="cannot split"):
        partition([10], [1, 1])


def test_grid_splits_columns_when_too_few() -> None:
    grid = make_grid([20, 8], minimum=4)
    assert len(grid.widths) == 4
    assert sum(grid.widths) == 28
    assert grid.columns[-1][1] == 3


def test_run_starts() -> None:
    assert run_starts(["a", "a", "b", "c", "c", "c"]) == [2, 0, 1, 3, 0, 0]


def test_page_breaks_keep_groups_whole() -> None:
    # Rows of 10 points on pages of 35: the group of rows 2-4 moves to the next page.
    heights = [10] * 8
    assert page_breaks(heights, [(2, 4)], capacity=35, repeated=5) == [2, 5]
    assert page_breaks(heights, [], capacity=35, repeated=0) == [3, 6]


def test_seed_table_breaks_pages_between_groups(tmp_path: Path, seed: Evaluation) -> None:
    sheet = render(tmp_path, seed)["自评表"]
    column = column_of(sheet, "二级指标")
    inside = {
        row
        for r in sheet.merged_cells.ranges
        if r.min_col == r.max_col == column
        for row in range(r.min_row + 1, r.max_row + 1)
    }
    breaks = [int(b.id) + 1 for b in sheet.row_breaks.brk]  # first row of the next page
    assert breaks
    assert not inside & set(breaks)

"""The blocks of the 自评表, top to bottom: title, header, budget, goal, indicators, footer.

Each function writes its block at the writer's cursor; the indicator columns come from
``framework.layout.columns``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jixiao.core.display import show_target
from jixiao.core.numbers import fmt_decimal
from jixiao.core.numbers import fmt_plain
from jixiao.documents.table.cells import Cell
from jixiao.documents.table.layout import partition
from jixiao.documents.table.layout import run_starts

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Sequence

    from jixiao.core.framework import Framework
    from jixiao.core.model import BudgetRow
    from jixiao.core.model import Evaluation
    from jixiao.core.model import IndicatorResult
    from jixiao.documents.table.cells import SheetWriter
    from jixiao.documents.table.layout import Span

DRAFT_LINE = "草稿　本表尚未定稿，仅供内部核对，不得作为正式材料报送"
DASH = "—"
BUDGET_HEADERS = (
    "资金情况（万元）",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
)
BUDGET_SHARES = (20, 12, 12, 12, 7, 10, 7)
PAIR_SHARES = (22, 32, 16, 44)
TRIPLE_SHARES = (22, 20, 12, 16, 14, 30)
SIGNERS = ("单位负责人（签字）：", "财务负责人（签字）：", "填表人：")
SIGNS = {">=": "≥", "<=": "≤", "=": "="}


def table_title(framework: Framework, *, draft: bool) -> str:
    """The printed title, marked as a draft when it is one."""
    return f"{framework.layout.title}（草稿）" if draft else framework.layout.title


def write_title(out: SheetWriter, title: str, year: int, *, draft: bool) -> None:
    """Title, year line and, for a draft, the visible draft line."""
    out.full(Cell(title, "title"), height=30)
    out.full(Cell(f"（{year}年度）", "subtitle"), height=20)
    if draft:
        out.full(Cell(DRAFT_LINE, "draft"), height=22)


def write_pairs(out: SheetWriter, pairs: Sequence[tuple[str, Cell]], shares: Sequence[int]) -> None:
    """One header row of label/value pairs, banded by ``shares`` (two per pair)."""
    spans = partition(out.grid.widths, shares)
    cells: list[Cell] = []
    for label, value in pairs:
        cells.extend([Cell(label, "label"), value])
    out.line(list(zip(spans, cells, strict=True)))


def write_header(out: SheetWriter, evaluation: Evaluation) -> None:
    """Name (部门（单位）名称, or 项目名称 and 实施单位), 主管部门, contacts, score, grade."""
    unit = evaluation.submission.unit
    if evaluation.kind == "project":
        names = [
            ("项目名称", Cell(evaluation.title)),
            ("主管部门", Cell(unit.supervisor)),
            ("实施单位", Cell(unit.name)),
        ]
        write_pairs(out, names, TRIPLE_SHARES)
    else:
        names = [("部门（单位）名称", Cell(evaluation.title)), ("主管部门", Cell(unit.supervisor))]
        write_pairs(out, names, PAIR_SHARES)
    write_pairs(
        out,
        [
            ("填报日期", Cell(unit.fill_date)),
            ("联系人", Cell(unit.contact)),
            ("联系电话", Cell(unit.phone)),
        ],
        TRIPLE_SHARES,
    )
    write_pairs(
        out,
        [("自评总分", Cell(evaluation.total_score, "score")), ("自评等级", Cell(evaluation.grade))],
        PAIR_SHARES,
    )


def _execution(evaluation: Evaluation) -> IndicatorResult | None:
    return evaluation.by_role("execution")


def budget_cells(row: BudgetRow, execution: IndicatorResult | None) -> list[Cell]:
    """The seven cells of a budget row; missing figures stay blank, never 0."""
    if row.key == "total":
        weight = Cell(execution.weight if execution else None, "weight")
        score = Cell(execution.score if execution else None, "score")
    else:
        weight, score = Cell(DASH), Cell(DASH)
    return [
        Cell(row.label, "text"),
        Cell(row.initial, "amount"),
        Cell(row.adjusted, "amount"),
        Cell(row.executed, "amount"),
        weight,
        Cell(row.rate, "rate"),
        score,
    ]


def write_budget(out: SheetWriter, evaluation: Evaluation) -> None:
    """Budget block: 资金总额 (with the 预算执行率 weight and score), 基本支出, 项目支出."""
    spans = partition(out.grid.widths, BUDGET_SHARES)
    out.line([(s, Cell(h, "head")) for s, h in zip(spans, BUDGET_HEADERS, strict=True)])
    execution = _execution(evaluation)
    for row in evaluation.budget:
        out.line(list(zip(spans, budget_cells(row, execution), strict=True)))


def write_goal(out: SheetWriter, evaluation: Evaluation) -> None:
    """Goal block: 年度总体目标 | 实际完成情况, headings then the texts."""
    if evaluation.project is not None:
        goal, achieved = evaluation.project.goal, evaluation.project.achieved
    else:
        narrative = evaluation.submission.narrative
        goal, achieved = narrative.get("goal", ""), narrative.get("achieved", "")
    spans = partition(out.grid.widths, (1, 1))
    out.line([(spans[0], Cell("年度总体目标", "head")), (spans[1], Cell("实际完成情况", "head"))])
    out.line(
        [(spans[0], Cell(goal.strip(), "text")), (spans[1], Cell(achieved.strip(), "text"))],
        height=40,
    )


def deviation_text(result: IndicatorResult) -> str:
    """偏差原因分析及改进措施: what the unit wrote, labelled; empty when nothing was written."""
    parts = [
        f"{label}：{text.strip()}"
        for label, text in (("偏差原因", result.cause), ("改进措施", result.measure))
        if text.strip()
    ]
    return "\n".join(parts)


def _met(result: IndicatorResult) -> str:
    if result.met is None:
        return ""
    return "是" if result.met else "否"


COLUMN_CELLS: dict[str, Callable[[IndicatorResult], Cell]] = {
    "level1": lambda r: Cell(r.level1),
    "level2": lambda r: Cell(r.level2),
    "name": lambda r: Cell(r.name),
    "unit": lambda r: Cell(r.unit),
    "comparison": lambda r: Cell(SIGNS.get(r.comparison or "", "")),
    "target": lambda r: Cell(show_target(r.target, r.comparison, r.unit)),
    "value": lambda r: Cell(r.display),  # core writes 不适用 with its reason
    "weight": lambda r: Cell(r.weight, "weight"),
    "score": lambda r: Cell(r.score, "score"),
    "deviation": lambda r: Cell(deviation_text(r), "text"),
    "met": lambda r: Cell(_met(r)),
}
#: Columns whose equal consecutive cells are merged vertically, with the key that groups them.
MERGED: dict[str, Callable[[IndicatorResult], tuple[str, ...]]] = {
    "level1": lambda r: (r.level1,),
    "level2": lambda r: (r.level1, r.level2),
}


def write_indicators(
    out: SheetWriter, framework: Framework, evaluation: Evaluation
) -> tuple[int, list[tuple[Span, list[Span]]]]:
    """Indicator block: header row, then one row per indicator.

    Returns:
        The header row, and the rows of each 一级指标 group with the rows of its 二级指标
        groups (to keep on one page where they fit).
    """
    columns = framework.layout.columns
    spans = out.grid.columns
    header = out.line([(s, Cell(c.header, "head")) for s, c in zip(spans, columns, strict=True)])
    results = evaluation.indicators
    runs = {key: run_starts([group(r) for r in results]) for key, group in MERGED.items()}
    first = out.row
    for index, result in enumerate(results):
        for span, column in zip(spans, columns, strict=True):
            cell = COLUMN_CELLS[column.key](result)
            if column.key not in runs:
                out.write(first + index, span, cell)
            elif runs[column.key][index]:
                last = first + index + runs[column.key][index] - 1
                out.write(first + index, span, cell, last_row=last)
        out.line([])
    level2 = _ranges(runs["level2"], first)
    return header, [
        (span, [g for g in level2 if span[0] <= g[0] <= span[1]])
        for span in _ranges(runs["level1"], first)
    ]


def _ranges(runs: list[int], offset: int) -> list[Span]:
    """Row ranges of the runs found by :func:`run_starts`, the first row being ``offset``."""
    return [(offset + i, offset + i + n - 1) for i, n in enumerate(runs) if n]


def write_total(out: SheetWriter, framework: Framework, evaluation: Evaluation) -> None:
    """总分 row: the weights' total, the total score and the grade, under their columns."""
    keys = [c.key for c in framework.layout.columns]
    spans = out.grid.columns
    grade = f"自评等级：{evaluation.grade}"
    places = [i for i, k in enumerate(keys) if k in {"weight", "score"}]
    if not places:
        total = fmt_plain(framework.total)
        out.full(Cell(f"总分 {total} 分，自评得分 {evaluation.total_score:f} 分，{grade}", "label"))
        return
    left, right = min(places), max(places)
    label = "总分" if right < len(keys) - 1 else f"总分（{grade}）"
    cells = [((spans[0][0], spans[left][0] - 1), Cell(label, "label"))] if left else []
    for index in range(left, right + 1):
        value = {
            "weight": Cell(framework.total, "weight"),
            "score": Cell(evaluation.total_score, "score"),
        }.get(keys[index], Cell())
        cells.append((spans[index], value))
    if right < len(keys) - 1:
        cells.append(((spans[right + 1][0], out.grid.last), Cell(grade, "label")))
    out.line(cells)


def adjustment_lines(evaluation: Evaluation) -> list[str]:
    """What changed the plain sum of scores: N/A rescaling and a score cap, with the numbers."""
    lines: list[str] = []
    if evaluation.na_weight > 0:
        base = evaluation.total_score if evaluation.cap is None else evaluation.cap.raw_total
        lines.append(
            f"不适用指标分值合计 {fmt_plain(evaluation.na_weight)} 分不计分，各项得分合计 "
            f"{evaluation.score_sum:f} 分按比例换算为百分制后为 {base:f} 分。"
        )
    cap = evaluation.cap
    if cap is not None:
        name = _indicator_name(evaluation, cap.indicator)
        lines.append(
            f"{name}为 {cap.value:f}%，低于 {fmt_plain(cap.below)}%，总分由 {cap.raw_total:f} 分"
            f"调整为上限 {fmt_plain(cap.max_total)} 分。"
        )
    return lines


def _indicator_name(evaluation: Evaluation, code: str) -> str:
    try:
        return evaluation.indicator(code).name
    except KeyError:
        return code


def measure_lines(evaluation: Evaluation) -> list[str]:
    """The framework's unscored rates that could be computed, each with its formula."""
    return [
        f"{m.name}为{fmt_decimal(m.value)}%（{m.describe}），仅作参考，不计分。"
        for m in evaluation.measures
        if m.value is not None
    ]


def footer_notes(framework: Framework, evaluation: Evaluation) -> list[str]:
    """The notes printed under the table: adjustments first, then the framework's notes."""
    notes = [*adjustment_lines(evaluation), *measure_lines(evaluation), *framework.layout.notes]
    if framework.note.strip() and framework.note.strip() not in notes:
        notes.append(framework.note.strip())
    return [f"{i}. {text}" for i, text in enumerate(notes, start=1)]


def write_footer(out: SheetWriter, framework: Framework, evaluation: Evaluation) -> None:
    """Notes (说明) and the signature row."""
    notes = footer_notes(framework, evaluation)
    if notes:
        out.full(Cell("说明：", "note"))
        for note in notes:
            out.full(Cell(note, "note"))
    out.skip(12)
    spans = partition(out.grid.widths, (1, 1, 1))
    out.line([(s, Cell(text, "sign")) for s, text in zip(spans, SIGNERS, strict=True)], height=30)

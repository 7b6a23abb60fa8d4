"""Indicator rows of a table that kept its columns (Word or Excel grids, ``a｜b｜c`` rows):
the header row names the columns (三级指标, 年度指标值, 实际完成值, 分值/权重, 得分,
偏差原因 …) and each row below it is read by those positions, blanks included.
"""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import gives_reason
from jixiao.review.tables.flat import GRADE
from jixiao.review.tables.flat import GRADE_WORD
from jixiao.review.tables.flat import TOTAL_LABEL
from jixiao.review.tables.flat import cells_row
from jixiao.review.tables.flat import weight_first_row
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total

COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("name", re.compile(r"^(?:三级指标|指标名称|三级指标名称|绩效指标名称)$")),
    ("target", re.compile(r"年度指标值|^指标值|目标值|年度目标$|预期值")),
    ("actual", re.compile(r"实际完成值|实际完成情况|^完成值|全年实际值|^实际值")),
    ("weight", re.compile(r"^(?:指标)?分值|^权重")),
    ("score", re.compile(r"^(?:自评)?得分$")),
    ("reason", re.compile(r"原因|改进措施")),
    ("unit", re.compile(r"度量单位|计量单位")),
    ("operator", re.compile(r"指标性质|指标方向")),
    ("lost", re.compile(r"^(?:扣分|失分|扣减分值)$")),
)
_FUNDS_HEADER = re.compile(r"年初预算|全年预算|调整后预算|执行数")
MIN_CELLS = 4
#: “一级指标 | 分值 | 得分”: the summary table of a 自评结论, a header of three cells.
_SHORT_HEADER = 3
_BROKEN_CELLS = 4  # the last line of a broken row: a cell or two, then 分值 and 得分
_BROKEN_LINES = 4  # the lines a broken row spans at most


def header_columns(paragraph: Paragraph) -> dict[str, int] | None:
    """Column positions of an indicator header row, or None when it is not one."""
    cells = paragraph.cells
    short = len(cells) == _SHORT_HEADER and not any(re.search(r"\d", c) for c in cells)
    if (len(cells) < MIN_CELLS and not short) or any(_FUNDS_HEADER.search(c) for c in cells):
        return None
    found: dict[str, int] = {}
    for position, cell in enumerate(cells):
        for role, pattern in COLUMNS:
            if role not in found and pattern.search(cell):
                found[role] = position
                break
    return found if "weight" in found and "score" in found else None


def _cell(cells: tuple[str, ...], columns: dict[str, int], role: str) -> str:
    position = columns.get(role)
    return cells[position] if position is not None and position < len(cells) else ""


def _name(cells: tuple[str, ...], columns: dict[str, int]) -> str:
    named = _cell(cells, columns, "name")
    if named:
        return named
    before = cells[: min(columns["weight"], columns["score"])]
    return next((c for c in reversed(before) if re.search(r"[\u4e00-\u9fff]{2}", c)), "")


def _total_at(cells: tuple[str, ...]) -> int | None:
    """Where a total row's label stands: its first cell, or the first after words that are no
    figures (“其他需要说明事项 | 无 | 总分 | 100 | 96 | 优”, a note merged into the row)."""
    for at, cell in enumerate(cells):
        if TOTAL_LABEL.match(cell.strip()):
            return at
        if figure(cell.strip()) is not None:
            return None
    return None


def _row(paragraph: Paragraph, columns: dict[str, int]) -> IndicatorRow | Total | None:
    cells = paragraph.cells
    weight = figure(_cell(cells, columns, "weight"))
    score = figure(_cell(cells, columns, "score"))
    labelled = _total_at(cells)
    if labelled is not None:  # merged cells shift a total row: take its figures in order
        lost = columns.get("lost")  # a 扣分 column after 得分 holds no total
        kept = [c for at, c in enumerate(cells) if at >= labelled and at != lost]
        figures = [f for f in map(figure, kept) if f is not None]
        # a 得分率 column (“合计 | 100 | 93.5 | 93.50%”) holds no score: points are never in %
        figures = [f for f in figures if not f.percent] or figures
        if not figures:
            return None
        return Total(paragraph, figures[0] if len(figures) > 1 else None, figures[-1])
    split = _split_target_row(paragraph, columns) or _worded_row(paragraph)
    if split is not None:
        return split  # the row's own shape holds whatever the header's positions say
    if weight is None or score is None or weight.percent or score.percent:
        shifted = _shifted(cells, columns)
        return _row(paragraph, shifted) if shifted else _by_shape(paragraph, columns)
    if weight.value == 0 or weight.value > MAX_WEIGHT:
        return None
    operator = _cell(cells, columns, "operator")
    unit = _cell(cells, columns, "unit")
    target = f"{operator if operator in {'≥', '≤', '=', '>', '<'} else ''}"
    target += f"{_cell(cells, columns, 'target')}{unit}"
    actual = _cell(cells, columns, "actual")
    actual = f"{actual}{unit}" if actual and unit and figure(actual) else actual
    return IndicatorRow(
        paragraph,
        _name(cells, columns),
        target,
        actual,
        weight,
        score,
        explained=gives_reason(_cell(cells, columns, "reason")),
    )


def _points(text: str) -> bool:
    value = figure(text)
    return value is not None and not value.percent and 0 < value.value <= MAX_WEIGHT


def _shifted(cells: tuple[str, ...], columns: dict[str, int]) -> dict[str, int] | None:
    """The header's positions moved left past the merged cells a row leaves out (“种植作物
    成活率 | 5 | 95% | 95% | 6” under “二级指标 | 三级指标 | 分值 | …”): the row opens with
    its name where the header has a group column, and its 分值 and 得分 then fall in place."""
    name = columns.get("name")
    if name is None or not cells or not re.search(r"[\u4e00-\u9fff]{2}", cells[0]):
        return None
    if cells[0].strip().endswith("指标"):
        return None  # a group's label (时效指标): the row opens further left than its name
    for step in range(1, name + 1):
        moved = {role: at - step for role, at in columns.items() if at >= step}
        if moved.get("name") != 0 or "weight" not in moved or "score" not in moved:
            continue
        if _points(_cell(cells, moved, "weight")) and _points(_cell(cells, moved, "score")):
            return moved
    return None


def _by_shape(paragraph: Paragraph, columns: dict[str, int]) -> IndicatorRow | None:
    """A line split at its spaces, whose empty cells left no trace (“指标1:工程质量合格 10
    10” under a seven-column header): read from its end, the last two figures being its 分值
    and 得分, as a flattened row is read — or its last three cells 分值, 实际完成值 and 得分
    under a header that puts the 实际完成值 between them (“工程验收等次 定性 优 15 优 16”)."""
    cells = list(paragraph.cells)
    if "" in cells or "|" in paragraph.text or "｜" in paragraph.text:
        return None  # a grid row keeps its blanks: its positions hold
    if all(r in columns for r in ("weight", "actual", "score")) and (
        columns["weight"] < columns["actual"] < columns["score"]
    ):
        return weight_first_row(paragraph, cells[:-3], cells[-3:], explained=False)
    run = len(cells)
    while run > 0 and figure(cells[run - 1]) is not None:
        run -= 1
    return cells_row(paragraph, cells[:run], cells[run:], explained=False)


#: The 指标性质 glyphs of the Sichuan-style layout, as exports write them.
OPERATORS = {"≥": "≥", "≧": "≥", "≤": "≤", "≦": "≤", "=": "=", "＝": "=", "═": "=", "﹦": "="}
OPERATORS.update({">": ">", "＞": ">", "<": "<", "＜": "<"})
_UNIT_CELL = re.compile(r"^[^\d\s]{1,4}$")
#: Cells from the 指标性质 on: 指标值, 度量单位, 实际完成值, 分值, 得分.
SPLIT_CELLS = 6
_SPLIT_ORDER = ("target", "unit", "actual", "weight", "score")
_WEIGHT_FIRST = ("target", "unit", "weight", "actual", "score")


def _split_order(columns: dict[str, int] | None) -> tuple[str, ...]:
    """The order of the cells after the 指标性质: the header's when it names them all (some
    layouts put the 权重 before the 实际完成值), else the Sichuan layout's."""
    if columns is None or not all(role in columns for role in _SPLIT_ORDER):
        return _SPLIT_ORDER
    at = [columns[role] for role in _WEIGHT_FIRST]
    return _WEIGHT_FIRST if at == sorted(at) else _SPLIT_ORDER


def _split_target_row(
    paragraph: Paragraph, columns: dict[str, int] | None = None
) -> IndicatorRow | None:
    """A row whose cells a merged-cell export shifted off the header's positions, read by
    its own shape: … 三级指标 | ≧ | 100 | % | 100% | 10 | 7 | (偏差原因) — the target split
    over 指标性质, 指标值 and 度量单位 (the Sichuan layout), the cells in the header's order."""
    cells = [c.strip() for c in paragraph.cells]
    at = next((i for i, c in enumerate(cells) if c in OPERATORS), None)
    if at is None or len(cells) < at + SPLIT_CELLS:
        return None
    split = dict(zip(_split_order(columns), cells[at + 1 : at + SPLIT_CELLS], strict=True))
    return _shaped_row(paragraph, cells, at, OPERATORS[cells[at]], split)


#: The 指标方向 written in words, and the 指标性质 before it (正向/反向).
_WORDED = {"大于等于": "≥", "小于等于": "≤", "等于": "=", "大于": ">", "小于": "<"}
_SENSE = {"正向", "反向", "定量", "定性"}


def _worded_row(paragraph: Paragraph) -> IndicatorRow | None:
    """A row of the layout that writes the 指标方向 in words, after a 指标性质 column: … 三级指标
    | 正向 | 小于等于 | 1 | 1 | 个 | 7 | 8 | (偏差原因), the 计量单位 before or after the
    实际完成值."""
    cells = [c.strip() for c in paragraph.cells]
    at = next((i for i, c in enumerate(cells) if c in _WORDED), None)
    if at is None or not at or cells[at - 1] not in _SENSE or len(cells) < at + SPLIT_CELLS:
        return None
    value, second, third, weight, score = cells[at + 1 : at + SPLIT_CELLS]
    unit, actual = (second, third) if _UNIT_CELL.match(second) else (third, second)
    split = {"target": value, "unit": unit, "actual": actual, "weight": weight, "score": score}
    return _shaped_row(paragraph, cells[: at - 1] + cells[at:], at - 1, _WORDED[cells[at]], split)


def _shaped_row(
    paragraph: Paragraph, cells: list[str], at: int, operator: str, split: dict[str, str]
) -> IndicatorRow | None:
    """The row whose 指标方向 stands at ``at`` of ``cells``, its cells after it by role."""
    value, unit, actual = split["target"], split["unit"], split["actual"]
    weight, score = figure(split["weight"]), figure(split["score"])
    if figure(value) is None or not _UNIT_CELL.match(unit) or not actual:
        return None
    if weight is None or score is None or weight.percent or score.percent:
        return None
    if not 0 < weight.value <= MAX_WEIGHT:
        return None
    name = next((c for c in reversed(cells[:at]) if re.search(r"[\u4e00-\u9fff]{2}", c)), "")
    done = figure(actual)
    return IndicatorRow(
        paragraph,
        name,
        f"{operator}{value}{unit}",
        f"{actual}{unit}" if done is not None and not done.percent else actual,
        weight,
        score,
        explained=len(cells) > at + SPLIT_CELLS and gives_reason(cells[at + SPLIT_CELLS]),
    )


def _run_into_header(paragraph: Paragraph, columns: dict[str, int]) -> list[IndicatorRow]:
    """Rows an export ran into the header's line: each set apart by empty cells, in the layout
    that writes the 指标方向 in words; else a first row read by its own shape."""
    chunks: list[list[str]] = [[]]
    for cell in paragraph.cells:
        if cell.strip():
            chunks[-1].append(cell)
        elif chunks[-1]:
            chunks.append([])
    rows = [_worded_row(replace(paragraph, cells=tuple(chunk))) for chunk in chunks[1:]]
    found = [row for row in rows if row is not None]
    first = _split_target_row(paragraph, columns)
    return found or ([first] if first is not None else [])


def _grade(paragraph: Paragraph) -> str | None:
    joined = "".join(paragraph.cells)
    match = GRADE.search(joined)
    if match is None:
        return None
    if match.group("grade"):
        return match.group("grade")
    after = [c for c in paragraph.cells if GRADE_WORD.match(c)]
    return after[0] if after else None


def grid_tables(doc: ReportDoc) -> tuple[list[ScoredTable], set[int]]:
    """Indicator blocks under header rows, and the paragraphs they were read from."""
    tables: list[ScoredTable] = []
    used: set[int] = set()
    columns: dict[str, int] | None = None
    width = 0
    pending: list[Paragraph] = []  # lines since the last row read: a broken row's start
    for paragraph in doc.paragraphs:
        found = header_columns(paragraph) if len(paragraph.cells) >= _SHORT_HEADER else None
        if found is not None:
            columns, width = found, len(paragraph.cells) + 1
            tables.append(ScoredTable())
            used.add(paragraph.index)
            tables[-1].rows.extend(_run_into_header(paragraph, found))
            continue
        if columns is None or len(paragraph.cells) < 2:
            if columns is not None and tables and tables[-1].total is not None:
                _grade_below(tables[-1], paragraph, used)  # “自评等级：良” under the table
                columns = None
            pending = [*pending, paragraph][-_BROKEN_LINES:]
            continue
        # a row of the header's shape, not a broken line; else the end of a broken row
        if len(paragraph.cells) <= width and not _take(tables[-1], paragraph, columns, used):
            _take_broken(tables[-1], [*pending, paragraph], used)
        pending = [] if paragraph.index in used else [*pending, paragraph][-_BROKEN_LINES:]
    for table in tables:
        if not table.rows and table.total is not None:  # its rows left for other readers:
            used.discard(table.total.paragraph.index)  # so is the total they stand above
    return [t for t in tables if t.rows], used


def _grade_below(table: ScoredTable, paragraph: Paragraph, used: set[int]) -> None:
    """The grade written on the line right after the total row, outside the table."""
    match = _GRADE_LINE.match(paragraph.text)
    if table.grade is None and match is not None:
        table.grade = (paragraph, match.group("grade"))
        used.add(paragraph.index)


#: A line that says the grade and nothing else (not a grade of another thing, 工程质量等级：优良,
#: nor a line with a score of its own, nor the grades' bands).
_GRADE_LINE = re.compile(
    r"^\s*(?:自评|综合)?(?:评价|评定)?等级\s*(?:为|是|[:：])\s*(?P<grade>优秀|优|良好|良|中等|中|较差|差)\s*[。.]?\s*$"
)


def _take_broken(table: ScoredTable, lines: list[Paragraph], used: set[int]) -> None:
    """A row an export broke over lines (“｜ 效益指标 ｜ 经济效益 ｜ 减轻…负担 ｜” / “｜ 有效 ｜” /
    “｜ 有效 ｜ 10 ｜ 10 ｜”): its 分值 and 得分 end the last line, its name is the last name
    on the lines since the row before."""
    last = lines[-1]
    cells = [c.strip() for c in last.cells]
    figures = [figure(c) for c in cells[-2:]]
    if table.total is not None or len(cells) > _BROKEN_CELLS or len(figures) < 2:
        return
    weight, score = figures
    if weight is None or score is None or weight.percent or score.percent:
        return
    if not 0 < weight.value <= MAX_WEIGHT or score.value > weight.value:
        return
    words = [c for line in lines for c in line.cells if re.search(r"[\u4e00-\u9fff]{4}", c)]
    if not words:
        return
    actual = cells[-3] if len(cells) >= 3 else ""
    table.rows.append(IndicatorRow(last, words[-1], "", actual, weight, score, explained=False))
    used.update(line.index for line in lines)


def _take(
    table: ScoredTable, paragraph: Paragraph, columns: dict[str, int], used: set[int]
) -> bool:
    """Add ``paragraph`` to ``table`` as a row, its total or its grade (and mark it used);
    False when it is none of them."""
    if table.total is not None:
        grade = _grade(paragraph)
        if grade is not None and table.grade is None:
            table.grade = (paragraph, grade)
            used.add(paragraph.index)
        return True
    row = _row(paragraph, columns)
    if isinstance(row, Total):
        table.total = row
    elif row is not None:
        table.rows.append(row)
    else:
        return False
    used.add(paragraph.index)
    return True

"""Indicator rows of a table flattened to text: a run of figures closes each row, and the
last two figures of the run are its 分值 and 得分; the cells before them are the 年度指标值
and 实际完成值 (an operator ≥/≤ and a unit in cells of their own are put back together).
Rows are read from the first header cell naming the 分值 on; a 总分/合计 run closes the
block, and the 等级 written after it is kept.

Some provinces' layouts put the 实际完成值 between the 分值 and the 得分 (三级指标 | 指标性质 |
指标值 | 度量单位 | 权重 | 实际完成值 | 得分): under such a header the last three cells of a row
are 分值, 实际完成值 and 得分, the 实际完成值 a word for a qualitative indicator (优), and the
指标性质 cell (≥, =, 定性) parts the name from the target.
"""

from __future__ import annotations

import re

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import tokens
from jixiao.review.tables.funds import FUNDS_LABEL
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total
from jixiao.review.tables.sources import SOURCE_LABEL

SCORE_HEADER = re.compile(r"分值|权重")
TOTAL_LABEL = re.compile(r"^(?:总分|合计|总计|自评总分|自评得分)")
GRADE = re.compile(r"(?:评价|自评)?等级[:：]?(?P<grade>优秀|优|良好|良|中等|中|较差|差)?")
GRADE_WORD = re.compile(r"^(?P<grade>优秀|优|良好|良|中等|中|较差|差)$")
_OPERATOR = re.compile(r"^(?:[≥≤<>=]|大于等于|小于等于|不低于|不高于|不超过|不少于)$")
_UNIT = re.compile(r"^(?:%|[^\d\s]{1,3})$")
_REASON = re.compile(r"原因|由于|因|措施|未")
#: A cell that tells what fell short (“…登记不完整”, “…仍需更换”): a reason, never a name.
_SHORTFALL = re.compile(r"原因|由于|不完整|不到位|不足|不够|不及时|仍需|尚需|有待|扣\d|扣分")
#: The report's next heading after the table (“三、存在的问题及原因”): no cell of the row.
_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])"
)
_CLAUSE = re.compile(r"[，,；;]")
_NAME_MAX = 12  # an indicator's name is shorter than a clause of reasons
_LEVEL_NAME = re.compile(r"指标$|^指标\d*[:：]?$")


def _ends_row(token: Token) -> bool:
    """The last cell of a line that holds a whole row (one cell per line runs on)."""
    return token.line_end and len([c for c in token.paragraph.cells if c]) > 1


#: A 年度指标值 written with its unit (≤202.6万元, 300公里): a target, never a name.
_TARGET_CELL = re.compile(
    r"^(?:[≥≤<>=＝]|大于|小于|不低于|不高于)|^\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}$"
)


def _name(words: list[str]) -> str:
    for word in reversed(words):
        if _TARGET_CELL.search(word):
            continue
        if len(re.findall(r"[\u4e00-\u9fff]", word)) >= 2 and not _LEVEL_NAME.search(word):
            return word
    return words[-1] if words else ""


def _target_actual(values: list[str]) -> tuple[str, str]:
    """“≥ 98 % 98.6” → (≥98%, 98.6%); “≥120场 126场” → as written."""
    operator = values.pop(0) if values and _OPERATOR.match(values[0]) else ""
    if len(values) == 3 and _UNIT.match(values[1]) and figure(values[1]) is None:
        return f"{operator}{values[0]}{values[1]}", f"{values[2]}{values[1]}"
    if len(values) >= 2:
        return f"{operator}{values[-2]}", values[-1]
    return "", ""


_NAMED = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile(r"[,，;；。]")


def _cells_before(words: list[str], values: list[str]) -> tuple[str, str, str]:
    """Name, 年度指标值 and 实际完成值 from the cells before the 分值: figures written as
    figures follow the name; written as words, they are the last two cells."""
    if values:
        name = _name(words)
        after = words[len(words) - words[::-1].index(name) :] if name in words else []
        return (name, *_target_actual(after + values))
    words = [w for w in words if w]  # an empty cell is no name
    if len(words) >= 4 and _KIND_WORD.match(words[-3]):
        words = [*words[:-3], *words[-2:]]  # the 指标性质 cell (定性) between name and target
    named = len(words) >= 3 and _NAMED.search(words[-3])
    if named and not any(_LEVEL_NAME.search(w) for w in words[-2:]):
        return words[-3], words[-2], words[-1]
    return _name(words), "", ""


def _row(stream: list[Token], start: int, run: tuple[int, int], layout: str) -> IndicatorRow | None:
    run_start, run_end = run
    words = [t.text for t in stream[start:run_start]]
    numbers = [t.text for t in stream[run_start:run_end]]
    last = stream[run_end - 1]
    following = stream[run_end].text if run_end < len(stream) else ""
    # on the row's own line, a cell naming a cause, or a clause (“受汛期降雨影响，…”); on the
    # next line (one cell to a line), a clause or a shortfall, which no indicator's name is
    clause = bool(_CLAUSE.search(following)) and len(following) > _NAME_MAX
    shortfall = _SHORTFALL.search(following) or clause
    said = _REASON.search(following) or shortfall
    explained = (
        bool(said) if not last.line_end else bool(shortfall) and not _HEADING.match(following)
    )
    if layout == DEDUCTION and _deducted(numbers):
        numbers = numbers[:-1]  # the points taken off, after the 得分
    blank_after = run_end < len(stream) and not stream[run_end].text
    if layout == ACTUAL_BEFORE and len(numbers) == 2 and blank_after:
        return None  # 完成值 and 权重, the 得分 left blank: no score to read
    if layout == WEIGHT_FIRST:
        return weight_first_row(last.paragraph, words, numbers, explained)
    if layout == COEFFICIENT and len(numbers) >= 3 and numbers[-3].endswith("%"):
        numbers = [*numbers[:-3], *numbers[-2:]]  # the 得分系数 before 权重 and 得分
        words = [w for w in words if not _NATURE_CELL.match(w)]
    return cells_row(last.paragraph, words, numbers, explained)


#: The 实际完成值 column named between the 分值 and the 得分.
_ACTUAL_HEADER = re.compile(r"^(?:实际完成值|实际完成|完成值|实际值|全年实际值)")
#: The 指标性质 (or 方向) cell of a row: the comparison, or what kind of indicator it is.
_NATURE = re.compile(r"^(?:[≥≤<>=＝]|大于等于|小于等于|不低于|不高于|定性|定量|正向|反向)$")
_KIND_WORD = re.compile(r"^(?:定性|定量|正向|反向)$")


WEIGHT_FIRST = "weight-first"
COEFFICIENT = "coefficient"
DEDUCTION = "deduction"
ACTUAL_BEFORE = "actual-before"
#: A 扣分 column right after the 得分 (its reasons in the column after it).
_DEDUCTION_HEADER = re.compile(r"^扣(?:减)?分(?:值|数)?$")
_COEFFICIENT_HEADER = re.compile(r"得分系数")
#: The 计量单位 and 指标性质 cells of the 得分系数 layout (次, %, 定量指标): no name.
_NATURE_CELL = re.compile(r"^(?:(?:定量|定性)(?:指标)?|[^\d\s])$")


def _deducted(numbers: list[str]) -> bool:
    """The run ends in 分值, 得分 and the 扣分 between them (a blank 扣分 leaves 得分 last)."""
    last = [figure(n) for n in numbers[-3:]]
    if len(last) < 3 or any(f is None for f in last):
        return False
    weight, score, off = (f.value for f in last if f is not None)
    return weight - score == off


def _layout(stream: list[Token], at: int) -> str:
    """What the header cell at ``at`` (分值/权重) tells of the row's last cells: followed by
    实际完成值, then 得分 (:data:`WEIGHT_FIRST`); after a 得分系数 column, whose percentage
    then stands between the 实际完成值 and the 权重 (:data:`COEFFICIENT`, the Chongqing
    layout); followed by 得分, then 扣分 (:data:`DEDUCTION`); a 权重 after a 度量单位 and a
    完成值, before the 得分 (:data:`ACTUAL_BEFORE`, the Sichuan layout, whose 得分 may be left
    blank); else ""."""
    after = [t.text for t in stream[at + 1 : at + 3]]
    if len(after) == 2 and _ACTUAL_HEADER.match(after[0]) and "得分" in after[1]:
        return WEIGHT_FIRST
    if len(after) == 2 and "得分" in after[0] and _DEDUCTION_HEADER.match(after[1]):
        return DEDUCTION
    near = " ".join(t.text for t in stream[max(0, at - 3) : at])
    sichuan = "权重" in stream[at].text and "度量单位" in near
    if sichuan and _ACTUAL_HEADER.match(stream[at - 1].text) and after[:1] == ["得分"]:
        return ACTUAL_BEFORE
    before = " ".join(t.text for t in stream[max(0, at - 2) : at + 1])
    return COEFFICIENT if _COEFFICIENT_HEADER.search(before) else ""


def weight_first_row(
    paragraph: Paragraph, words: list[str], numbers: list[str], explained: bool
) -> IndicatorRow | None:
    """A row of a layout whose 实际完成值 stands between the 分值 and the 得分."""
    if len(numbers) < 3:
        return None
    weight, actual, score = figure(numbers[-3]), numbers[-2], figure(numbers[-1])
    if weight is None or score is None or weight.percent or score.percent:
        return None
    if weight.value == 0 or weight.value > MAX_WEIGHT or score.value > MAX_WEIGHT:
        return None
    nature = max((i for i, w in enumerate(words) if _NATURE.match(w)), default=None)
    if nature is None or nature == 0:
        name, after = _name(words), []
    else:
        name, after = words[nature - 1], [w for w in words[nature:] if not _KIND_WORD.match(w)]
    unit = after[-1] if after and _UNIT.match(after[-1]) and figure(after[-1]) is None else ""
    target = "".join(after) if any(figure(w) for w in after) else ""
    if not _NAMED.search(name):
        return None
    shown = f"{actual}{unit}" if figure(actual) is not None else actual
    return IndicatorRow(paragraph, name, target, shown, weight, score, explained)


def cells_row(
    paragraph: Paragraph, words: list[str], numbers: list[str], explained: bool
) -> IndicatorRow | None:
    """An indicator row from the cells before its run of figures (``words``) and the run,
    whose last two figures are its 分值 and 得分; None when they are not points."""
    funds = any(
        (FUNDS_LABEL.match(w) or SOURCE_LABEL.match(w)) and not _SENTENCE.search(w)
        for w in words[-1:]
    )  # a criterion written out (“县级财政按照…安排的，得4分”) is no source row's label
    if len(numbers) < 2 or not words or funds:
        return None  # a single figure is no 分值/得分 pair; a 资金 row is read elsewhere
    weight, score = figure(numbers[-2]), figure(numbers[-1])
    if weight is None or score is None or weight.percent or score.percent:
        return None
    if "," in weight.text + score.text or score.value > MAX_WEIGHT:
        return None  # amounts (1,234.50) or row numbers, not points
    if weight.value == 0 or weight.value > MAX_WEIGHT:
        return None
    name, target, actual = _cells_before(words, numbers[:-2])
    if not _NAMED.search(name):
        return None  # “>=90%”: a cell of a row read out of order, not an indicator's name
    return IndicatorRow(paragraph, name, target, actual, weight, score, explained)


def _total(stream: list[Token], start: int, run: tuple[int, int], layout: str) -> Total | None:
    run_start, run_end = run
    words = [t.text for t in stream[start:run_start]]
    if not words or not TOTAL_LABEL.match(words[-1]):
        return None
    figures = [figure(t.text) for t in stream[run_start:run_end]]
    if layout == DEDUCTION and _deducted([t.text for t in stream[run_start:run_end]]):
        figures, run_end = figures[:-1], run_end - 1
    score = figures[-1]
    if score is None or score.percent:
        return None
    weight = figures[-2] if len(figures) >= 2 else None
    return Total(stream[run_end - 1].paragraph, weight, score)


def _grade(stream: list[Token], after: int) -> tuple[int, str] | None:
    """The 等级 within the few cells after the total (等级 优, or 自评等级：良)."""
    window = stream[after : after + 4]
    for number, token in enumerate(window):
        match = GRADE.search(token.text)
        if match is None:
            continue
        if match.group("grade"):
            return number, match.group("grade")
        following = window[number + 1 : number + 2]
        if following and GRADE_WORD.match(following[0].text):
            return number + 1, following[0].text
    return None


def flat_tables(doc: ReportDoc, skip: set[int]) -> list[ScoredTable]:
    """The indicator blocks of the document read from its cells, leaving out the paragraphs
    in ``skip`` (read as grids)."""
    stream = [t for t in tokens(doc, gaps=True) if t.paragraph.index not in skip]
    header = next((i for i, t in enumerate(stream) if SCORE_HEADER.search(t.text)), None)
    headed = header is not None
    header = header if header is not None else _headless(stream)
    if header is None:
        return []
    tables = [ScoredTable()]
    layout = _layout(stream, header) if headed else ""
    serial = 1 if headed and _numbered(stream, header) else None
    start = position = header + 1
    while position < len(stream):
        if SCORE_HEADER.search(stream[position].text):
            layout = _layout(stream, position)  # a header of another block
        run_end = _run_end(stream, position, layout == WEIGHT_FIRST)
        due = _serial_at(stream, run_end - 1, serial) if run_end > position else None
        if due is not None:
            if run_end - position == 1:  # the row's own 序号, before its name
                serial, position = due + 1, position + 1
                continue
            run_end -= 1  # the next row's 序号, glued to this row's figures
        single_total = position > 0 and TOTAL_LABEL.match(stream[position - 1].text)
        if run_end - position >= 2 or (run_end > position and single_total):
            if _close(tables, stream, start, (position, run_end), layout):
                tables.append(ScoredTable())
            start = position = run_end
            continue
        position += 1
    return [t for t in tables if t.rows]


#: Figures that close a headless row: its 指标值 or 完成值, then 分值 (权重) and 得分.
_HEADLESS_RUN = 3


def _headless(stream: list[Token]) -> int | None:
    """An excerpt that opens inside a table, its header cut off: the place before the first
    row written with its 指标性质 in a cell of its own (“公益性讲座知晓率 | = | 100 | % | 100 |
    5 | 5 |”, the Sichuan layout), a name before it and the line closed by a run of figures."""
    for at, token in enumerate(stream[1:], 1):
        if not _OPERATOR.match(token.text) or not _NAMED.search(stream[at - 1].text):
            continue
        line = [t for t in stream[at:] if t.paragraph is token.paragraph]
        run = 0
        for cell in reversed(line):
            if figure(cell.text) is None:
                break
            run += 1
        if run >= _HEADLESS_RUN and stream[at - 1].paragraph is token.paragraph:
            return at - 2
    return None


_SERIAL = re.compile(r"^(?:序号|序|行次)$")
_SERIAL_REACH = 12


def _numbered(stream: list[Token], header: int) -> bool:
    """The header numbers its rows (a 序号 cell among the header's cells before 分值)."""
    return any(_SERIAL.match(t.text) for t in stream[max(0, header - _SERIAL_REACH) : header])


def _serial_at(stream: list[Token], at: int, serial: int | None) -> int | None:
    """The 序号 the cell at ``at`` is, when it is the one due next (or 1, the numbers
    starting again in each block) with a name right after it."""
    after = stream[at + 1].text if at + 1 < len(stream) else ""
    text = stream[at].text
    if serial is None or text not in (str(serial), "1") or not _NAMED.search(after):
        return None
    return int(text)


def _run_end(stream: list[Token], position: int, weight_first: bool) -> int:
    """Where the run of figures from ``position`` ends; under a weight-first header a word
    between two single figures (20 | 优 | 18) is a qualitative 实际完成值 inside the run."""
    run_end = position
    while run_end < len(stream) and figure(stream[run_end].text) is not None:
        run_end += 1
        if _ends_row(stream[run_end - 1]):
            break
    if weight_first and run_end - position == 1 and run_end + 1 < len(stream):
        word, score = stream[run_end].text, stream[run_end + 1].text
        if word and figure(word) is None and figure(score) is not None and len(word) <= 6:
            single_after = run_end + 2 >= len(stream) or figure(stream[run_end + 2].text) is None
            return run_end + 2 if single_after else run_end
    return run_end


def _close(
    tables: list[ScoredTable],
    stream: list[Token],
    start: int,
    run: tuple[int, int],
    layout: str,
) -> bool:
    """Add the row (or the total) the run closes; True when a total closed a block."""
    run_end = run[1]
    total = _total(stream, start, run, layout)
    if total is not None:
        tables[-1].total = total
        grade = _grade(stream, run_end)
        if grade is not None:
            tables[-1].grade = (stream[run_end + grade[0]].paragraph, grade[1])
        return True
    row = _row(stream, start, run, layout)
    if row is not None:
        tables[-1].rows.append(row)
    return False

"""Indicator rows of a table flattened one cell per line, read in the order its header
gives. Some layouts put the 分值 before the 年度指标值 (三级指标 | 分值 | 年度指标值 | 全年实际值
| 得分 | 原因), so the last two figures of a run are not 分值 and 得分; empty cells are gone, so
rows are found by their shape: a name, then a cell for each header column in order.
"""

from __future__ import annotations

import re

from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import gives_reason
from jixiao.review.tables.cells import tokens
from jixiao.review.tables.flat import TOTAL_LABEL
from jixiao.review.tables.grid import COLUMNS
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total

_ROLES = ("weight", "target", "actual", "score")
_NAME_HEADER = re.compile(r"^三级指标")
_HEADER_REACH = 12
_NAME = re.compile(r"[\u4e00-\u9fff].*[\u4e00-\u9fff]")
_LEVEL = re.compile(r"指标\s*(?:[（(]\d+分[)）])?$")


#: Header columns a row fills between its figures (指标性质, 指标方向, 计量单位).
_BETWEEN = ("operator", "unit")


def _order(stream: list[Token], at: int) -> tuple[list[str], int] | None:
    """The roles of the header cells after 三级指标, in order, when all four are there (a
    指标性质, 指标方向 or 计量单位 column among them holds a cell of each row too)."""
    found: list[str] = []
    last = at  # the header's last cell
    for place, token in enumerate(stream[at + 1 : at + _HEADER_REACH], start=at + 1):
        role = next((r for r, pattern in COLUMNS if pattern.search(token.text)), None)
        if role is None and found:
            break
        last = place
        if role in _ROLES and role not in found:
            found.append(role)
        elif role in _BETWEEN:
            found.append(f"{role}{len(found)}")
    while found and found[-1] not in _ROLES:
        found.pop()  # a 计量单位 after the 得分 (none seen) holds nothing a row needs
    if sorted(r for r in found if r in _ROLES) != sorted(_ROLES):
        return None
    return found, last


def _points(text: str) -> Figure | None:
    value = figure(text)
    if value is None or value.percent or value.value <= 0 or value.value > MAX_WEIGHT:
        return None
    return value


#: The longest 年度指标值 or 实际完成值 taken for words (合规, 明显提升, 按时完成).
WORDS_MAX = 12


#: Words of a target or result, Chinese or a rate's name (≤LPR).
_WORDS = re.compile(r"[\u4e00-\u9fff]{2}|[A-Za-z]{2}")


def _qualitative(by_role: dict[str, str]) -> bool:
    """A row whose target and result are short words (资金使用合规性 | 10 | 合规 | 合规 | 10,
    贴息利率 | 10 | ≤LPR | LPR | 10)."""
    values = (by_role["target"], by_role["actual"])
    return all(len(v) <= WORDS_MAX and _WORDS.search(v) and not _LEVEL.search(v) for v in values)


def _row(stream: list[Token], at: int, order: list[str]) -> IndicatorRow | None:
    """The row whose name is at ``at``, when the cells after it fit the header's order."""
    cells = stream[at + 1 : at + 1 + len(order)]
    name = stream[at].text
    if len(cells) < len(order) or not _NAME.search(name) or _LEVEL.search(name):
        return None  # 产出指标(50分), 数量指标: a group label, not a row
    by_role = dict(zip(order, (c.text for c in cells), strict=True))
    weight, score = _points(by_role["weight"]), figure(by_role["score"])
    if weight is None or score is None or score.percent or score.value > weight.value * 2:
        return None
    if not re.search(r"\d", by_role["target"] + by_role["actual"]) and not _qualitative(by_role):
        return None
    after = at + 1 + len(order)
    explained = after < len(stream) and _is_reason(stream, after, order)
    target, actual = by_role["target"], by_role["actual"]
    return IndicatorRow(cells[-1].paragraph, name, target, actual, weight, score, explained)


def _is_reason(stream: list[Token], at: int, order: list[str]) -> bool:
    """A text cell after a row's 得分 that is neither the next row nor a label nor a total."""
    text = stream[at].text
    if figure(text) is not None or TOTAL_LABEL.match(text) or _LEVEL.search(text):
        return False
    if not gives_reason(text):
        return False  # “无”, “—”: the cell is there, the reason is not
    return _row(stream, at, order) is None and not _NAME_HEADER.match(text)


def _total(stream: list[Token], at: int) -> Total | None:
    figures = [figure(t.text) for t in stream[at + 1 : at + 3]]
    points = [f for f in figures if f is not None and not f.percent]
    if not points:
        return None
    weight = points[0] if len(points) == 2 else None
    return Total(stream[at + len(points)].paragraph, weight, points[-1])


def between_columns(doc: ReportDoc) -> bool:
    """True when a header one cell per line names columns a row fills between its figures
    (指标性质 and 指标方向, a 计量单位 after the 实际完成值), which the readers by a row's last
    figures would take for figures of the row."""
    stream = list(tokens(doc))
    for at, token in enumerate(stream):
        header = _order(stream, at) if _NAME_HEADER.match(token.text) else None
        if header is not None and _between(header[0]):
            return True
    return False


def _between(order: list[str]) -> bool:
    """Both a 指标性质 and a 指标方向 column, or a 计量单位 right after the 实际完成值."""
    operators = sum(r.startswith("operator") for r in order)
    after = order.index("actual") + 1
    return operators > 1 or (after < len(order) and order[after].startswith("unit"))


def ordered_tables(doc: ReportDoc) -> list[ScoredTable]:
    """The indicator blocks read by their header's column order (see the module notes)."""
    stream = list(tokens(doc))
    tables: list[ScoredTable] = []
    order: list[str] | None = None
    position = 0
    while position < len(stream):
        text = stream[position].text
        header = _order(stream, position) if _NAME_HEADER.match(text) else None
        if header is not None:
            order, position = header  # the header's own cells are no rows
            tables.append(ScoredTable())
        elif order is not None and TOTAL_LABEL.match(text):
            tables[-1].total = tables[-1].total or _total(stream, position)
        elif order is not None:
            row = _row(stream, position, order)
            if row is not None:
                tables[-1].rows.append(row)
                position += len(order)
        position += 1
    return [t for t in tables if t.rows]

"""The rows under a 自评表's 年度资金总额: its sources (本年财政拨款, 上年结转资金, 其他资金,
中央/省/市/县 …) or, in a 部门整体 table, its spending (基本支出, 项目支出), each with its money
cells placed on the header's columns — by position in a grid, else in reading order."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from jixiao.review.model import Paragraph
from jixiao.review.tables.cells import BLANK
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.columns import FUNDS_COLUMNS
from jixiao.review.tables.columns import MONEY_ROLES
from jixiao.review.tables.columns import MONEY_SUFFIX
from jixiao.review.tables.columns import as_rate

#: The rows under 年度资金总额: its sources.
SOURCE_LABEL = re.compile(
    r"其中\s*[:：]?|(?:本年|当年)?财政拨款|上年结转(?:资金)?|其他资金"
    r"|(?:中央|地方|省级?|市级?|县级?|区级?|本级)(?:财政)?(?:补助|专项)?(?:资金)?"
    r"|财政专户管理资金|单位资金"  # a Sichuan table's sources
    r"|彩票公益金|自筹资金?|债券资金?|社会资本"  # funds beside the fiscal money
    # a 部门整体 table's split 按收入性质分
    r"|一般公共预算(?:拨款)?|政府性基金(?:预算)?(?:拨款)?|纳入专户管理的非税收入(?:拨款)?"
    r"|国有资本经营预算(?:拨款)?"
    r"|基本支出|项目支出"  # a 部门整体 table's 资金总额 split by spending
)
#: Rows that split the total by spending, beside the rows that split it by source: the two
#: partitions each add up to the total on their own.
SPENDING_LABEL = re.compile(r"基本支出|项目支出")
#: The side cell before a table's source rows (merged down over them in a grid; in PDF
#: text on the first row, its unit on a line of its own): 按支出性质分, 项目资金（万元）.
_SPLIT_SIDE = re.compile(
    r"^\s*(?:按(?:收入|支出)性质分|项目资金(?:[（(]万元[）)])?|[（(]万元[）)])\s*[:：]?\s*$"
)
_SOURCE_NAME = re.compile(r"^[\u4e00-\u9fff（）()]+")
#: At most this many source rows under a total (a 部门整体 table split twice has five).
_SOURCE_ROWS = 8


def _money_cells(
    pieces: list[tuple[str, Paragraph]], money: int
) -> tuple[list[Figure | None], int]:
    """The first ``money`` cells of a source row by position (a “-” cell is None, not a
    skipped place: “130 130 - 100 -” has no 执行数, and 100 is its 执行率), and how many
    pieces they took."""
    cells: list[Figure | None] = []
    for piece, _ in pieces:
        if len(cells) == money:
            break
        value = figure(MONEY_SUFFIX.sub("", piece))
        if value is not None and not value.percent:
            cells.append(value)
        elif BLANK.match(piece):
            cells.append(None)
        else:
            break
    return cells, len(cells)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A row under 年度资金总额, its figures placed on the header's columns (money cells by
    position, then the rest of the row when it fills the remaining columns exactly)."""

    label: str
    paragraph: Paragraph
    columns: dict[str, Figure]

    @property
    def name(self) -> str:
        """The row's name as written, without 其中 (“其中:财政资金”: 财政资金, a name the
        labels do not know)."""
        at = self.paragraph.text.find(self.label)
        written = _NAME_AFTER.match(self.paragraph.text, at + len(self.label)) if at >= 0 else None
        name = self.label + (written.group(0) if written else "")
        return name.removeprefix("其中").lstrip(":： ")


Rows = list[tuple[str, list[Figure | None]]]
#: The rest of a row's name after its label (Chinese characters only, before its cells).
_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,12}")


def _placed(roles: list[str], cells: list[Figure | None], tail: list[str]) -> dict[str, Figure]:
    money = [role for role in roles if role in MONEY_ROLES]
    placed = {role: cell for role, cell in zip(money, cells, strict=False) if cell is not None}
    others = roles[_span(roles) :]  # (a 分值 among or before the amounts was read with them)
    # “—— 0 ——”: 分值, 执行率, 得分 with blanks kept in place; or the 执行率 alone, the
    # cells around it left blank (the Chongqing form's rows under 其中:财政拨款, and a row
    # whose blank 分值 cell an export dropped: “其中:当年财政拨款 | 7.29 | 7.29 | 6.29 | 100%”)
    alone = len(tail) == 1 and others[:1] == ["rate"]
    filled = [text for text in tail if text.strip()]
    if len(filled) == 1 and "rate" in others and (rate := figure(filled[0])) and rate.percent:
        placed["rate"] = as_rate(rate)  # a percentage is no 分值 or 得分, wherever it landed
    elif len(tail) == len(others) or alone:
        for role, text in zip(others, tail, strict=False):
            value = figure(text)
            if value is not None:
                placed[role] = as_rate(value) if role == "rate" else value
    return placed


def _no_weight_of_its_own(
    placed: dict[str, Figure], total: Mapping[str, Figure]
) -> dict[str, Figure]:
    """A source row's one figure past its amounts read as its 分值, under a total that has a
    分值 and a 执行率 of its own and another 分值 (“单位资金: 120,000.00 120,000.00 30,000.00
    52” under “资金总额: … 10.00 25 2.5”): a source has no 分值 (the total's is merged down over
    it, the same figure), so the figure is its 执行率."""
    weight = placed.get("weight")
    if weight is None or set(placed) & {"rate", "score"}:
        return placed
    own = total.get("weight")
    if own is None or "rate" not in total or own.value == weight.value:
        return placed
    rest = {role: value for role, value in placed.items() if role != "weight"}
    return {**rest, "rate": as_rate(weight)}


def source_rows(
    stream: tuple[Token, ...],
    start: int,
    roles: list[str],
    found: list[SourceRow],
    total: Mapping[str, Figure],
) -> Rows | None:
    """The rows under 年度资金总额 (本年财政拨款, 上年结转资金, 其他资金; 基本支出, 项目支出),
    each with its label and money cells; None when a row is only partly filled (its columns
    cannot be told)."""
    rows: Rows = []
    header = header_cells(stream, start)
    position = start
    while position < len(stream) and len(rows) < _SOURCE_ROWS:
        if _SPLIT_SIDE.match(stream[position].text):
            position += 1  # “按支出性质分 | 基本支出 | …”: the split's side cell, merged down
            continue
        labels = list(SOURCE_LABEL.finditer(stream[position].text))
        if not labels:
            break
        row_paragraph = stream[position].paragraph
        read = _source_row(stream, position, labels[-1], roles, header, total)
        if read is None:
            return None
        text = stream[position].text
        cells, tail, position = read
        while position < len(stream) and _note_cell(stream[position], row_paragraph):
            position += 1  # “其中:财政拨款 | 200 | 188 | 部分结余收回 |”: the reason cell
        # “其中:中央转移支付”: the label keeps its 其中 (a second one may be nested)
        label = text[labels[0].start() : labels[-1].end()]
        rows.append((label, cells if any(cells) else []))
        if any(cells):
            placed = _no_weight_of_its_own(_placed(roles, cells, tail), total)
            found.append(SourceRow(labels[-1].group(0), row_paragraph, placed))
    if position < len(stream) and _unknown_source(stream, position):
        return None  # a row with money under the total that is not a known source
    return rows


def _source_row(
    stream: tuple[Token, ...],
    position: int,
    label: re.Match[str],
    roles: list[str],
    header: tuple[dict[str, int], int] | None,
    total: Mapping[str, Figure],
) -> tuple[list[Figure | None], list[str], int] | None:
    """One source row from ``position``: its money cells, the cells after them (执行率, 得分)
    and where the next row starts; None when the row is only partly filled."""
    row_paragraph = stream[position].paragraph
    grid = _grid_cells(row_paragraph, header, roles)
    if grid is not None:  # “| 其他资金 | | 6.5 | 6.5 |”: a blank cell keeps its place
        while position < len(stream) and stream[position].paragraph is row_paragraph:
            position += 1
        while position < len(stream) and row_rest(stream[position].text):
            position += 1  # “10 | 10 |”: the rest of a row broken over two lines
        return grid[0], grid[1], position
    money = sum(1 for role in roles if role in MONEY_ROLES)
    rest = stream[position].text[label.end() :].lstrip(":：").strip(" |｜\t")
    rest = _SOURCE_NAME.sub("", rest)  # “其中:中央财政资金”: the name, then the cells
    pieces = ([(rest, row_paragraph)] if rest else []) + [
        (t.text, t.paragraph) for t in stream[position + 1 : position + 1 + money + 3]
    ]
    noted = _past_note(pieces)
    # a blank cell is placed only where the total filled every money column (the sums read
    # the sources' cells against the total's columns in order)
    full = all(role in total for role in roles if role in MONEY_ROLES)
    blank = (
        _blank_before_rate(pieces[noted:], roles)
        if full
        else _lost_like_total(pieces[noted:], roles, total)
    )
    cells, used = _money_cells(pieces[noted:], _span(roles) - blank)
    cells = _at_money(roles, blank, cells)
    lost: list[Figure | None] = [None] * blank
    cells = lost + cells if any(cells) else cells
    if any(cells) and len(cells) != money:
        return None
    position += max(1, 1 + used + noted - (1 if rest else 0))
    tail: list[str] = []
    while position < len(stream) and row_rest(stream[position].text):
        tail.append(stream[position].text)  # the row's 执行率 and score cells
        position += 1
    return cells, tail, position


def _span(roles: list[str]) -> int:
    """How many cells a row fills up to its last money column (a 分值 column between the
    amounts, a header wrapped over two lines, has its cell there too)."""
    return max((i + 1 for i, role in enumerate(roles) if role in MONEY_ROLES), default=0)


def _at_money(roles: list[str], blank: int, cells: list[Figure | None]) -> list[Figure | None]:
    """The cells under money columns, of a row's ``cells`` read after ``blank`` lost ones."""
    under = roles[blank : _span(roles)]
    return [cell for role, cell in zip(under, cells, strict=False) if role in MONEY_ROLES]


def _lost_like_total(
    pieces: list[tuple[str, Paragraph]], roles: list[str], total: Mapping[str, Figure]
) -> int:
    """“年度资金总额 | 32.4 | 31.69 | 10 | 97.80% | 9” under a header that opens with 年初预算数:
    a form whose 年初 cells were all dropped. A source row whose cells up to its 执行率, all
    filled and the last a 分值, are as many as the total's lost its 年初 cell as the total
    did (1), else 0."""
    if "rate" not in roles or roles[:1] != ["initial"] or "initial" in total:
        return 0
    if not {"budget", "executed", "weight", "rate"} <= set(total):
        return 0
    values: list[Figure] = []
    for piece, _ in pieces:
        value = figure(MONEY_SUFFIX.sub("", piece))
        if value is None:
            return 0
        if value.percent:  # (the cell before the rate a 分值, as the total's was)
            weight = values[-1].value if values else None
            lost = len(values) == roles.index("rate") - 1
            return 1 if lost and weight is not None and 0 < weight <= _MAX_WEIGHT else 0
        values.append(value)
    return 0


_MAX_WEIGHT = 30


def _blank_before_rate(pieces: list[tuple[str, Paragraph]], roles: list[str]) -> int:
    """How many cells a row printed with blanks between its cells (PDF layout text) left out
    before its 执行率: “上年结转资金  10.86  10.86  —  100.00%  —” under 年初预算数 | 全年预算数 |
    全年执行数 | 分值 | 执行率 | 得分 has lost its blank 年初预算数, the cell farthest from the
    rate. None are taken to be lost when the row's cells up to its rate are all there, or
    when the cell before the rate is an amount (the 分值's dash was left out instead)."""
    if "rate" not in roles or roles.index("rate") != len(roles) - 2:
        return 0
    for before, (piece, _) in enumerate(pieces):
        value = figure(MONEY_SUFFIX.sub("", piece))
        if value is not None and value.percent:
            short = roles.index("rate") - before
            # its 分值 cell printed as a dash right before the rate (not left out itself)
            dashed = before > 0 and BLANK.match(pieces[before - 1][0]) is not None
            money = sum(1 for r in roles if r in MONEY_ROLES)
            return short if dashed and 0 < short < money else 0
        if value is None and not BLANK.match(piece):
            return 0
    return 0


def header_cells(stream: tuple[Token, ...], position: int) -> tuple[dict[str, int], int] | None:
    """The money columns' positions in the grid header row above ``position`` (the row whose
    cells name 全年预算数 …), and how many cells it has; None when there is no such row."""
    for token in reversed(stream[max(0, position - _HEADER_TOKENS) : position]):
        cells = token.paragraph.cells
        found = {
            role: next((i for i, c in enumerate(cells) if pattern.search(c)), -1)
            for role, pattern in FUNDS_COLUMNS
            if role in MONEY_ROLES
        }
        found = {role: at for role, at in found.items() if at >= 0}
        if len(cells) >= 3 and len(found) >= 2:
            rate = next((i for i, c in enumerate(cells) if _RATE_CELL.search(c)), None)
            return found | ({"rate": rate} if rate is not None else {}), len(cells)
    return None


_RATE_CELL = dict(FUNDS_COLUMNS)["rate"]


_HEADER_TOKENS = 40


def _grid_cells(
    row: Paragraph, header: tuple[dict[str, int], int] | None, roles: list[str]
) -> tuple[list[Figure | None], list[str]] | None:
    """A source row of a grid read by the header's positions (“| 其他资金 | | 6.5 | 6.5 |”: a
    blank cell keeps its place): its money cells (a blank one None) and the cells after them;
    None when the row is not a grid row as wide as the header, or a money cell holds text."""
    if header is None or len(row.cells) < 3:
        return None
    positions = [header[0][role] for role in roles if role in MONEY_ROLES and role in header[0]]
    if len(positions) != sum(1 for role in roles if role in MONEY_ROLES):
        return None
    cells = [c.strip(" |｜\t") for c in row.cells]
    # as wide as the header, or not by blank cells a row's bars leave at its end, its label
    # then standing right before the header's first money column (not one of its figures)
    if len(cells) != header[1] and (
        len(cells) <= max(positions)
        or any(cells[header[1] :])
        or figure(MONEY_SUFFIX.sub("", cells[min(positions) - 1])) is not None
        or not any(SOURCE_LABEL.search(cell) for cell in cells[: min(positions)])
    ):
        return None
    if _lost_before_rate(cells, header):
        return None  # a cell left out before the rate: the row is not placed by the header
    read: list[Figure | None] = []
    for at in positions:
        value = figure(MONEY_SUFFIX.sub("", cells[at])) if cells[at] else None
        if cells[at] and not BLANK.match(cells[at]) and (value is None or value.percent):
            return None
        read.append(value)
    # the blank cells the row's bars left off its end keep their places after the rate
    return read, cells[max(positions) + 1 :] + [""] * (header[1] - len(cells))


def _lost_before_rate(cells: list[str], header: tuple[dict[str, int], int]) -> bool:
    """“| 其中：当年财政拨款 | 40.00 | 39.10 | 10 | 97.75% | 9.78 |” under a header of seven
    cells: the row's percentage stands left of the header's 执行率, a cell before it lost."""
    rate = header[0].get("rate")
    if rate is None or len(cells) >= header[1]:
        return False
    percent = next((i for i, c in enumerate(cells) if (f := figure(c)) and f.percent), None)
    return percent is not None and percent < rate


_NOTE_REACH = 4


#: The end of a source's name broken off by a space (“其中:当年财政 拨款 620.82万元”).
_NAME_TAIL = re.compile(r"^(?:拨款|资金|补助|补助资金|专项资金)$")


def _past_note(pieces: list[tuple[str, Paragraph]]) -> int:
    """How many pieces a note in brackets after a source's name takes (“其他资金 (包括以前年度
    结转资 金) 1591.22”: a cell's text broken over pieces), or the end of its name broken
    off (“当年财政 拨款”); 0 when there is none."""
    if pieces and _NAME_TAIL.match(pieces[0][0]):
        return 1
    if not pieces or not pieces[0][0].startswith(("(", "（")):
        return 0
    for number, (piece, _) in enumerate(pieces[:_NOTE_REACH], 1):
        if ")" in piece or "）" in piece:
            return number
    return 0


def _note_cell(token: Token, row: Paragraph) -> bool:
    """A cell of words left on a source row (产生差异的原因): no source, no figure."""
    if token.paragraph is not row or SOURCE_LABEL.search(token.text):
        return False
    return figure(token.text) is None and bool(token.text.strip())


def row_rest(text: str) -> bool:
    return figure(text) is not None or bool(BLANK.match(text))


def _unknown_source(stream: tuple[Token, ...], at: int) -> bool:
    """A labelled row of money figures right after the sources: perhaps one more source."""
    following = [t.text for t in stream[at + 1 : at + 3]]
    money = [f for f in map(figure, following) if f is not None and not f.percent]
    return len(money) == len(following) > 0 and figure(stream[at].text) is None

"""The 资金 row of a 自评表: 年度资金总额 with 年初预算数 / 全年预算数 / 全年执行数 / 分值 /
执行率 / 得分. Its columns are told from the header words in the order they appear; its
values are placed on them — exactly when there are as many values as columns, else around
the one percentage (the 执行率) when a cell was left blank.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from functools import lru_cache

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import BLANK
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import tokens

#: Column words of the 资金 header, by role, in the national layout's order.
FUNDS_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("initial", re.compile(r"年初预算数?")),
    ("budget", re.compile(r"全年预算数?|调整(?:后)?预算数?|(?<![初整])预算数")),
    ("executed", re.compile(r"全年执行数?|全年实际支出|实际执行数|预算执行数|(?<![年])执行数")),
    ("weight", re.compile(r"分值|权重")),
    ("rate", re.compile(r"执行率")),
    ("score", re.compile(r"得分")),
)
FUNDS_LABEL = re.compile(r"(?:年度)?(?:财政)?(?:资金)?总额\s*[:：]?")
#: “得分（20分*执行率）”: a layout that writes the 分值 into the score's header (Yunnan).
_IMPLIED_WEIGHT = re.compile(r"得分\s*[（(]\s*(?P<weight>\d+)\s*分\s*[*×xX]\s*执行率")
_SCORE_NOTE = re.compile(r"得分\s*[（(][^）)]{0,12}[）)]")
#: The rows under 年度资金总额: its sources.
SOURCE_LABEL = re.compile(
    r"其中\s*[:：]?|本年财政拨款|当年财政拨款|上年结转资金?|其他资金"
    r"|(?:中央|地方|省级?|市级?|县级?|区级?|本级)(?:财政)?(?:补助|专项)?(?:资金)?"
    r"|基本支出|项目支出"  # a 部门整体 table's 资金总额 split by spending
)
#: Rows that split the total by spending, beside the rows that split it by source: the two
#: partitions each add up to the total on their own.
SPENDING_LABEL = re.compile(r"基本支出|项目支出")
_SOURCE_NAME = re.compile(r"^[\u4e00-\u9fff（）()]+")
_HEADER_REACH = 160
FRACTION_MAX = Decimal("1.5")


@dataclass(frozen=True, slots=True)
class FundsRow:
    """The 年度资金总额 row, its figures placed on the columns of its header, where each
    figure was read, and the money figures of its source rows (a blank row is empty)."""

    paragraph: Paragraph
    columns: dict[str, Figure]
    complete: bool
    cells: dict[str, Paragraph]
    sources: list[list[Figure | None]] = field(default_factory=list)
    spending: list[list[Figure | None]] = field(default_factory=list)
    source_rows: list[SourceRow] = field(default_factory=list)

    def at(self, role: str) -> Paragraph:
        """The paragraph holding the cell of ``role`` (one cell per line puts each apart)."""
        return self.cells.get(role, self.paragraph)


def _header_columns(text: str) -> list[str]:
    """The 资金 columns named in ``text``, in the order they are written."""
    text = text[text.rfind("项目资金") + 1 :] if "项目资金" in text else text
    text = _SCORE_NOTE.sub("得分", text)  # “得分（20分*执行率）” names no 执行率 column
    found: list[tuple[int, str]] = []
    for role, pattern in FUNDS_COLUMNS:
        matches = list(pattern.finditer(text))
        if matches:
            found.append((matches[-1].start(), role))
    return [role for _, role in sorted(found)]


def _place(columns: list[str], figures: list[Figure]) -> tuple[dict[str, Figure], bool] | None:
    """Figures on columns: one each, or around the 执行率 when a cell was left blank."""
    if len(figures) == len(columns):
        return dict(zip(columns, figures, strict=True)), True
    if len(figures) > len(columns) or "rate" not in columns:
        return None
    percents = [i for i, f in enumerate(figures) if f.percent]
    if not percents:
        others = [c for c in columns if c != "rate"]
        fits = len(figures) == len(others)
        return (dict(zip(others, figures, strict=True)), True) if fits else None
    return _around_rate(columns, figures, percents[0]) if len(percents) == 1 else None


def _around_rate(
    columns: list[str], figures: list[Figure], at: int
) -> tuple[dict[str, Figure], bool] | None:
    """The figures before the 执行率 fill the columns just left of it, those after it the
    columns right of it: a blank cell is taken to be the farthest from the rate."""
    rate_at = columns.index("rate")
    before, after = figures[:at], figures[at + 1 :]
    left, right = columns[:rate_at], columns[rate_at + 1 :]
    if len(before) > len(left) or len(after) > len(right):
        return None
    placed = {"rate": figures[at]}
    placed.update(zip(left[len(left) - len(before) :], before, strict=True))
    placed.update(zip(right, after, strict=False))
    return placed, False


def _as_rate(value: Figure) -> Figure:
    """An 执行率 cell read without its % format (0.914 from an .xls) as the percentage."""
    if value.percent or value.value > FRACTION_MAX:
        return value
    scaled = value.value * 100
    # “0.1” is 10% known to ±5 points: the fraction's precision carries over
    return Figure(scaled, True, f"{format(scaled.normalize(), 'f')}%", value.places - 2)


MONEY_ROLES = ("initial", "budget", "executed")
_MONEY_SUFFIX = re.compile(r"(?<=\d)\s*(?:万元|万|元)$")  # “4753.66万元”, “125.25万”
_SOURCE_REACH = 24


def _figures_after(
    pieces: list[tuple[str, Paragraph]],
) -> tuple[list[Figure], dict[int, Paragraph], int]:
    """The figures (blanks skipped) at the start of ``pieces``, where each was read, and how
    many pieces they took."""
    figures: list[Figure] = []
    where: dict[int, Paragraph] = {}
    used = 0
    for piece, paragraph in pieces:
        value = figure(_MONEY_SUFFIX.sub("", piece))  # “4753.66万元” in a cell
        if value is None and not BLANK.match(piece):
            break
        used += 1
        if value is not None:
            where[id(value)] = paragraph
            figures.append(value)
    return figures, where, used


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
        value = figure(_MONEY_SUFFIX.sub("", piece))
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


Rows = list[tuple[str, list[Figure | None]]]


def _placed(roles: list[str], cells: list[Figure | None], tail: list[str]) -> dict[str, Figure]:
    money = [role for role in roles if role in MONEY_ROLES]
    placed = {role: cell for role, cell in zip(money, cells, strict=False) if cell is not None}
    others = [role for role in roles if role not in MONEY_ROLES]
    if len(tail) == len(others):  # “—— 0 ——”: 分值, 执行率, 得分 with blanks kept in place
        for role, text in zip(others, tail, strict=True):
            value = figure(text)
            if value is not None:
                placed[role] = _as_rate(value) if role == "rate" else value
    return placed


def _sources(
    stream: tuple[Token, ...], start: int, roles: list[str], found: list[SourceRow]
) -> Rows | None:
    """The rows under 年度资金总额 (本年财政拨款, 上年结转资金, 其他资金; 基本支出, 项目支出),
    each with its label and money cells; None when a row is only partly filled (its columns
    cannot be told)."""
    rows: Rows = []
    header = header_cells(stream, start)
    position = start
    while position < min(len(stream), start + _SOURCE_REACH):
        labels = list(SOURCE_LABEL.finditer(stream[position].text))
        if not labels:
            break
        row_paragraph = stream[position].paragraph
        read = _source_row(stream, position, labels[-1], roles, header)
        if read is None:
            return None
        cells, tail, position = read
        rows.append((labels[-1].group(0), cells if any(cells) else []))
        if any(cells):
            placed = _placed(roles, cells, tail)
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
) -> tuple[list[Figure | None], list[str], int] | None:
    """One source row from ``position``: its money cells, the cells after them (执行率, 得分)
    and where the next row starts; None when the row is only partly filled."""
    row_paragraph = stream[position].paragraph
    grid = _grid_cells(row_paragraph, header, roles)
    if grid is not None:  # “| 其他资金 | | 6.5 | 6.5 |”: a blank cell keeps its place
        while position < len(stream) and stream[position].paragraph is row_paragraph:
            position += 1
        while position < len(stream) and _row_rest(stream[position].text):
            position += 1  # “10 | 10 |”: the rest of a row broken over two lines
        return grid[0], grid[1], position
    money = sum(1 for role in roles if role in MONEY_ROLES)
    rest = stream[position].text[label.end() :].lstrip(":：")
    rest = _SOURCE_NAME.sub("", rest)  # “其中:中央财政资金”: the name, then the cells
    pieces = ([(rest, row_paragraph)] if rest else []) + [
        (t.text, t.paragraph) for t in stream[position + 1 : position + 1 + money + 3]
    ]
    noted = _past_note(pieces)
    cells, used = _money_cells(pieces[noted:], money)
    if any(cells) and len(cells) != money:
        return None
    position += max(1, 1 + used + noted - (1 if rest else 0))
    tail: list[str] = []
    while position < len(stream) and _row_rest(stream[position].text):
        tail.append(stream[position].text)  # the row's 执行率 and score cells
        position += 1
    return cells, tail, position


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
            return found, len(cells)
    return None


_HEADER_TOKENS = 40


def _grid_cells(
    row: Paragraph, header: tuple[dict[str, int], int] | None, roles: list[str]
) -> tuple[list[Figure | None], list[str]] | None:
    """A source row of a grid read by the header's positions (“| 其他资金 | | 6.5 | 6.5 |”: a
    blank cell keeps its place): its money cells (a blank one None) and the cells after them;
    None when the row is not a grid row as wide as the header, or a money cell holds text."""
    if header is None or len(row.cells) < 3 or len(row.cells) != header[1]:
        return None
    positions = [header[0][role] for role in roles if role in MONEY_ROLES and role in header[0]]
    if len(positions) != sum(1 for role in roles if role in MONEY_ROLES):
        return None
    cells = [c.strip(" |｜\t") for c in row.cells]
    read: list[Figure | None] = []
    for at in positions:
        value = figure(_MONEY_SUFFIX.sub("", cells[at])) if cells[at] else None
        if cells[at] and not BLANK.match(cells[at]) and (value is None or value.percent):
            return None
        read.append(value)
    return read, cells[max(positions) + 1 :]


_NOTE_REACH = 4


def _past_note(pieces: list[tuple[str, Paragraph]]) -> int:
    """How many pieces a note in brackets after a source's name takes (“其他资金 (包括以前年度
    结转资 金) 1591.22”: a cell's text broken over pieces), 0 when there is none."""
    if not pieces or not pieces[0][0].startswith(("(", "（")):
        return 0
    for number, (piece, _) in enumerate(pieces[:_NOTE_REACH], 1):
        if ")" in piece or "）" in piece:
            return number
    return 0


def _row_note(token: Token, row: Paragraph) -> bool:
    """A text cell of the total's own row that is no source label (a rule, a note)."""
    return (
        token.paragraph is row and not SOURCE_LABEL.search(token.text) and not _row_rest(token.text)
    )


def _row_rest(text: str) -> bool:
    return figure(text) is not None or bool(BLANK.match(text))


def _unknown_source(stream: tuple[Token, ...], at: int) -> bool:
    """A labelled row of money figures right after the sources: perhaps one more source."""
    following = [t.text for t in stream[at + 1 : at + 3]]
    money = [f for f in map(figure, following) if f is not None and not f.percent]
    return len(money) == len(following) > 0 and figure(stream[at].text) is None


@lru_cache(maxsize=4)
def funds_rows(doc: ReportDoc) -> tuple[FundsRow, ...]:
    """Each 年度资金总额 row whose header names its columns, with the rows of its sources
    (read once per document: the checks, the notes and the summary all ask)."""
    return tuple(_funds_rows(doc))


#: The money columns alone (全年预算数(A), 全年执行数(B)): the 转移支付 layout.
_MONEY_ONLY = (["budget", "executed"], ["initial", "budget", "executed"])


def _enough(roles: list[str], figures: list[Figure]) -> bool:
    """A header of three columns or more, or of the money columns alone filled exactly."""
    return len(roles) >= 3 or (roles in _MONEY_ONLY and len(figures) == len(roles))


def _label_after(stream: tuple[Token, ...], position: int) -> bool:
    """“全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:中央… 年度资金总额”: a sheet flattened
    row by row puts the merged label cell of the total after its source rows; the total's
    figures follow the header's last money column and precede the first 其中 row."""
    if not FUNDS_COLUMNS[2][1].search(stream[position].text):
        return False
    figures, _, used = _figures_after([(t.text, t.paragraph) for t in stream[position + 1 :][:4]])
    if not 2 <= len(figures) <= 3 or any(f.percent for f in figures):
        return False
    after = stream[position + 1 + used : position + 2 + used]
    ahead = "".join(t.text for t in stream[position + 1 : position + 40])
    opens = bool(after) and after[0].text.startswith("其中")
    return opens and FUNDS_LABEL.search(ahead) is not None


def _one_row(
    roles: list[str], pieces: list[tuple[str, Paragraph]]
) -> list[tuple[str, Paragraph]]:
    """The pieces of one row: up to the columns right of its 执行率 after the first
    percentage (“80.00 79.20 10 99% 9 | 80.00 79.20 — 99% —”)."""
    if "rate" not in roles:
        return pieces[: len(roles)]
    right = len(roles) - roles.index("rate") - 1
    for number, (piece, _) in enumerate(pieces):
        value = figure(piece)
        if value is not None and value.percent:
            return pieces[: number + 1 + right]
    return pieces


_AHEAD_REACH = 12


def _header_ahead(stream: tuple[Token, ...], position: int) -> int | None:
    """“年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 80.00 79.20
    10 99% 9”: a sheet streamed with the total's label before the header; where the total's
    figures begin, right after the header's last column word (None: no such header ahead)."""
    last = min(len(stream) - 1, position + _AHEAD_REACH)
    for at in range(position + 2, last + 1):
        if figure(stream[at].text) is None:
            continue
        word = stream[at - 1].text
        if any(pattern.search(word) for _, pattern in FUNDS_COLUMNS):
            return at
        return None
    return None


def _funds_rows(doc: ReportDoc) -> Iterator[FundsRow]:
    stream = tokens(doc)
    for position, token in enumerate(stream):
        label = FUNDS_LABEL.match(token.text)
        if label is None and not _label_after(stream, position):
            continue
        rest = token.text[label.end() :] if label else ""
        first = position + 1
        if label and not rest and figure(stream[first].text if first < len(stream) else "") is None:
            first = _header_ahead(stream, position) or first
        pieces = ([(rest, token.paragraph)] if rest else []) + [
            (t.text, t.paragraph) for t in stream[first : first + 8]
        ]
        end = first if first > position + 1 else position + (not label)
        header = "".join(t.text for t in stream[max(0, position - 40) : end])
        roles = _header_columns(header[-_HEADER_REACH:])
        if first > position + 1:  # the next row's figures follow with its label left behind
            pieces = _one_row(roles, pieces)
        figures, where, used = _figures_after(pieces)
        implied = _IMPLIED_WEIGHT.search(header[-_HEADER_REACH:])
        placed = _place(roles, figures) if figures and _enough(roles, figures) else None
        if placed is None:
            continue
        cells = {role: where[id(value)] for role, value in placed[0].items()}
        columns = {role: _as_rate(v) if role == "rate" else v for role, v in placed[0].items()}
        if implied is not None and "weight" not in columns:
            columns["weight"] = Figure(Decimal(implied.group("weight")), False, implied.group(1))
        after = first + used - (1 if rest else 0)
        while after < len(stream) and _row_note(stream[after], token.paragraph):
            after += 1  # the rest of the total's row (“执行率*该指标分值…”), before its sources
        source_rows: list[SourceRow] = []
        rows = (_sources(stream, after, roles, source_rows) if placed[1] else None) or []
        spending = [c for label, c in rows if SPENDING_LABEL.search(label)]
        sources = [c for label, c in rows if not SPENDING_LABEL.search(label)]
        yield FundsRow(
            token.paragraph,
            columns,
            placed[1],
            cells,
            sources,
            spending,
            source_rows if rows else [],
        )

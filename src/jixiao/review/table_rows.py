"""The rows of a 自评表, recovered from whatever form the table arrived in.

A table reaches a reviewer as a grid (Word, Excel), as ``a｜b｜c`` lines, or flattened by a
PDF or web export: one long line with the cells separated by spaces, or one cell per line.
Two things are recovered, each with the paragraph it sits in:

* the 资金 row (年度资金总额 with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分),
  its columns told from the header words in the order they appear, and its values placed
  on them — exactly when there are as many values as columns, else around the one
  percentage (the 执行率) when a cell was left blank;
* the indicator rows: a run of figures closes each row and its last two figures are the
  分值 and the 得分; what comes before them in the row is the 年度指标值 and 实际完成值.
  In a grid the header row names the columns instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from decimal import InvalidOperation

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
_FIGURE = re.compile(rf"^(?P<num>{_NUMBER})(?P<pct>%)?$")
_BLANK = re.compile(r"^[-—－/／\\]+$")
#: Column words of the 资金 header, by role, in the national layout's order.
FUNDS_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("initial", re.compile(r"年初预算数?")),
    ("budget", re.compile(r"全年预算数?|调整(?:后)?预算数?")),
    ("executed", re.compile(r"全年执行数?|全年实际支出|实际执行数")),
    ("weight", re.compile(r"分值")),
    ("rate", re.compile(r"执行率")),
    ("score", re.compile(r"得分")),
)
_FUNDS_LABEL = re.compile(r"(?:年度)?资金总额\s*[:：]?")
_SOURCE_LABEL = re.compile(r"其中\s*[:：]?|本年财政拨款|当年财政拨款|上年结转资金?|其他资金")
_HEADER_REACH = 160
_TOTAL_LABEL = re.compile(r"^(?:总分|合计|总计|自评总分|自评得分)")
MAX_WEIGHT = Decimal(100)
#: The header cell that opens an indicator block (分值 … 得分 columns follow it).
_SCORE_HEADER = re.compile(r"分值|权重")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of a table cell: its value, whether it is a percentage, and as written."""

    value: Decimal
    percent: bool
    text: str

    @property
    def places(self) -> int:
        """Decimals written."""
        return len(self.text.rstrip("%").split(".")[1]) if "." in self.text else 0


def figure(text: str) -> Figure | None:
    """The figure a cell holds (``880``, ``95.5%``, ``1,234.50``), or None."""
    match = _FIGURE.match(text.strip())
    if match is None:
        return None
    try:
        value = Decimal(match.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    return Figure(value, bool(match.group("pct")), text.strip())


@dataclass(frozen=True, slots=True)
class Token:
    """A cell of a flattened table: its text and the paragraph it came from."""

    text: str
    paragraph: Paragraph
    line_end: bool


def tokens(doc: ReportDoc) -> list[Token]:
    """Every cell-like piece of the document in reading order (cells, or space-separated
    pieces of a line)."""
    found: list[Token] = []
    for paragraph in doc.paragraphs:
        if paragraph.contents:
            continue
        parts = [c.strip() for c in paragraph.cells if c.strip()]
        for number, part in enumerate(parts, 1):
            found.append(Token(part, paragraph, number == len(parts)))
    return found


@dataclass(frozen=True, slots=True)
class FundsRow:
    """The 年度资金总额 row, its figures placed on the columns of its header, and where
    each figure was read."""

    paragraph: Paragraph
    columns: dict[str, Figure]
    complete: bool
    cells: dict[str, Paragraph]

    def at(self, role: str) -> Paragraph:
        """The paragraph holding the cell of ``role`` (one cell per line puts each apart)."""
        return self.cells.get(role, self.paragraph)


def _header_columns(text: str) -> list[str]:
    """The 资金 columns named in ``text``, in the order they are written."""
    text = text[text.rfind("项目资金") + 1 :] if "项目资金" in text else text
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


def funds_rows(doc: ReportDoc) -> Iterator[FundsRow]:
    """Each 年度资金总额 row whose header names its columns."""
    stream = tokens(doc)
    for position, token in enumerate(stream):
        label = _FUNDS_LABEL.match(token.text)
        if label is None:
            continue
        rest = token.text[label.end() :]
        pieces = ([(rest, token.paragraph)] if rest else []) + [
            (t.text, t.paragraph) for t in stream[position + 1 : position + 9]
        ]
        figures: list[Figure] = []
        where: dict[int, Paragraph] = {}
        for piece, paragraph in pieces:
            value = figure(piece)
            if value is None and not _BLANK.match(piece):
                break
            if value is not None:
                where[id(value)] = paragraph
                figures.append(value)
        header = "".join(t.text for t in stream[max(0, position - 40) : position])
        columns = _header_columns(header[-_HEADER_REACH:])
        placed = _place(columns, figures) if len(columns) >= 3 and figures else None
        if placed is not None:
            cells = {role: where[id(value)] for role, value in placed[0].items()}
            yield FundsRow(token.paragraph, placed[0], placed[1], cells)


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """An indicator row: its name, 年度指标值, 实际完成值 (as written), 分值, 得分.

    Attributes:
        explained: True when something follows the 得分 in the row (a 偏差原因).
    """

    paragraph: Paragraph
    name: str
    target: str
    actual: str
    weight: Figure
    score: Figure
    explained: bool


def _is_funds(texts: list[str]) -> bool:
    return any(_FUNDS_LABEL.match(t) or _SOURCE_LABEL.match(t) for t in texts)


def indicator_rows(doc: ReportDoc) -> Iterator[IndicatorRow]:
    """Rows closed by a run of figures whose last two are 分值 and 得分 (flattened tables),
    from the first header cell naming the 分值 on."""
    stream = tokens(doc)
    header = next((i for i, t in enumerate(stream) if _SCORE_HEADER.search(t.text)), None)
    if header is None:
        return
    start = position = header + 1
    while position < len(stream):
        run_end = position
        while run_end < len(stream) and figure(stream[run_end].text) is not None:
            run_end += 1
            if _ends_row(stream[run_end - 1]):
                break
        if run_end - position >= 2:
            row = _row(stream, start, position, run_end)
            if row is not None:
                yield row
            start = position = run_end
            continue
        if stream[position].line_end and figure(stream[position].text) is None:
            start = position + 1 if _is_funds([stream[position].text]) else start
        position += 1


def _ends_row(token: Token) -> bool:
    """The last cell of a line that holds a whole row (one cell per line runs on)."""
    return token.line_end and len(token.paragraph.cells) > 1


def _row(stream: list[Token], start: int, run_start: int, run_end: int) -> IndicatorRow | None:
    words = [t.text for t in stream[start:run_start]]
    numbers = [t.text for t in stream[run_start:run_end]]
    if not words or _is_funds(words) or _TOTAL_LABEL.match(words[-1]):
        return None
    weight, score = figure(numbers[-2]), figure(numbers[-1])
    if weight is None or score is None or weight.percent or score.percent:
        return None
    if "," in weight.text + score.text or score.value > MAX_WEIGHT:
        return None  # amounts (1,234.50) or row numbers, not points
    if weight.value == 0 or weight.value > MAX_WEIGHT:
        return None
    cells = words[-2:] + numbers[:-2] if len(numbers) > 2 else words
    target, actual = (cells[-2], cells[-1]) if len(cells) >= 3 else ("", "")
    last = stream[run_end - 1]
    following = stream[run_end].text if run_end < len(stream) else ""
    explained = not last.line_end and bool(re.search(r"原因|由于|因|措施|未", following))
    name = cells[-3] if len(cells) >= 3 else words[-1]
    return IndicatorRow(last.paragraph, name, target, actual, weight, score, explained)

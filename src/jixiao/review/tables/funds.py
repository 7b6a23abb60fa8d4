"""The 资金 row of a 自评表: 年度资金总额 with 年初预算数 / 全年预算数 / 全年执行数 / 分值 /
执行率 / 得分. Its columns are told from the header words in the order they appear; its
values are placed on them — exactly when there are as many values as columns, else around
the one percentage (the 执行率) when a cell was left blank.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from functools import lru_cache

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import Token
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import tokens
from jixiao.review.tables.columns import FUNDS_COLUMNS
from jixiao.review.tables.columns import as_rate
from jixiao.review.tables.columns import figures_after
from jixiao.review.tables.funds_place import placement
from jixiao.review.tables.funds_place import rated
from jixiao.review.tables.funds_place import weight_swapped
from jixiao.review.tables.sources import SOURCE_LABEL
from jixiao.review.tables.sources import SPENDING_LABEL
from jixiao.review.tables.sources import Rows
from jixiao.review.tables.sources import SourceRow
from jixiao.review.tables.sources import row_rest
from jixiao.review.tables.sources import source_rows
from jixiao.review.tables.wrapped_header import misread
from jixiao.review.tables.wrapped_header import roles_of_figures

FUNDS_LABEL = re.compile(r"(?:年度)?(?:财政)?(?:资金)?总金?额\s*[:：]?")
#: “得分（20分*执行率）”: a layout that writes the 分值 into the score's header (Yunnan).
IMPLIED_WEIGHT = re.compile(r"得分\s*[（(]\s*(?P<weight>\d+)\s*分\s*[*×xX]\s*执行率")
_SCORE_NOTE = re.compile(r"得分\s*[（(][^）)]{0,12}[）)]")
#: “执行率(全年执行数/全年预算数)”: the rate's formula names no column of its own.
_RATE_NOTE = re.compile(r"执行率\s*[（(][^）)]{0,20}[）)]")
_OVER_INITIAL = re.compile(r"执行率\s*[（(][^）)]{0,10}[/÷]\s*年初预算")
_HEADER_REACH = 160
#: A 执行率 above this is cells glued into one figure, not a rate.
_GLUED_RATE = Decimal(1000)


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
    #: A 其中 row right after the first (“其中:财政拨款 … 其中:中央转移支付”): inside the
    #: row above it when the total is met without it.
    nested: list[list[Figure | None]] = field(default_factory=list)
    #: The source rows are the Sichuan form's partition (财政资金, 财政专户管理资金, 单位资金,
    #: 其他资金): none of them holds the others, even when it alone equals the total.
    partition: bool = False
    #: A source cell left blank holds nothing (the Hunan levels of government), rather than
    #: a figure that cannot be read.
    blank_is_nothing: bool = False
    #: The levels of government right under a 财政拨款 row (“其中:财政拨款 / 中央资金 / 省级资金
    #: / 县级资金 / 上年结转资金”): the 财政拨款 row's label and cells, and the levels' rows.
    fiscal: tuple[str, list[Figure | None]] | None = None
    levels: list[list[Figure | None]] = field(default_factory=list)
    #: The rows that name a kind of 财政拨款 by income (一般公共预算, 政府性基金): one alone may
    #: be the whole of the row above it.
    kinds: list[list[Figure | None]] = field(default_factory=list)

    def at(self, role: str) -> Paragraph:
        """The paragraph holding the cell of ``role`` (one cell per line puts each apart)."""
        return self.cells.get(role, self.paragraph)


_PARTITION = re.compile(r"^(?:其中\s*[:：]?\s*)?(?:财政资金|财政专户管理资金|单位资金|其他资金)?$")


def _is_partition(labels: list[str]) -> bool:
    """The source rows name the Sichuan form's split of the total (its 财政专户管理资金 and
    单位资金 rows there, the 财政资金 row perhaps labelled 其中: alone)."""
    named = {"财政专户管理资金", "单位资金"} <= {label.strip() for label in labels}
    return named and all(_PARTITION.match(label.strip()) for label in labels)


def _header_columns(text: str) -> list[str]:
    """The 资金 columns named in ``text``, in the order they are written."""
    cut = text.rfind("项目资金")  # the block's label before its header's columns
    if cut >= 0 and any(pattern.search(text, cut) for _, pattern in FUNDS_COLUMNS):
        text = text[cut + 1 :]  # (not the label a layout printed on the total's own row)
    text = _SCORE_NOTE.sub("得分", text)  # “得分（20分*执行率）” names no 执行率 column
    text = _RATE_NOTE.sub("执行率", text)
    # the Chongqing form: 执行率 | 执行率权重 | 执行率得分 (the header's cells run together)
    text = text.replace("执行率权重执行率得分", "权重得分")
    found: list[tuple[int, str]] = []
    for role, pattern in FUNDS_COLUMNS:
        matches = list(pattern.finditer(text))
        if matches:
            found.append((matches[-1].start(), role))
    return [role for _, role in sorted(found)]


def _past_notes(stream: tuple[Token, ...], after: int, row: Paragraph) -> int:
    """Past the rest of the total's row (“执行率*该指标分值…”), before its sources."""
    while after < len(stream) and _row_note(stream[after], row):
        after += 1
    return after


def _row_note(token: Token, row: Paragraph) -> bool:
    """A text cell of the total's own row that is no source label (a rule, a note)."""
    return (
        token.paragraph is row and not SOURCE_LABEL.search(token.text) and not row_rest(token.text)
    )


@lru_cache(maxsize=4)
def funds_rows(doc: ReportDoc) -> tuple[FundsRow, ...]:
    """Each 年度资金总额 row whose header names its columns, with the rows of its sources
    (read once per document: the checks, the notes and the summary all ask)."""
    return tuple(_funds_rows(doc))


def _label_after(stream: tuple[Token, ...], position: int) -> bool:
    """“全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:中央… 年度资金总额”: a sheet flattened
    row by row puts the merged label cell of the total after its source rows; the total's
    figures follow the header's last money column and precede the first 其中 row."""
    if not FUNDS_COLUMNS[2][1].search(stream[position].text):
        return False
    figures, _, used = figures_after([(t.text, t.paragraph) for t in stream[position + 1 :][:4]])
    if not 2 <= len(figures) <= 3 or any(f.percent for f in figures):
        return False
    after = stream[position + 1 + used : position + 2 + used]
    ahead = "".join(t.text for t in stream[position + 1 : position + 40])
    opens = bool(after) and after[0].text.startswith("其中")
    return opens and FUNDS_LABEL.search(ahead) is not None


#: The rows of a 部门整体 table's split 按收入性质分 (a second split of the same total).
_BY_INCOME = re.compile(r"一般公共预算|政府性基金|纳入专户|国有资本经营")


def _not_nested(rows: Rows) -> Rows:
    """The source rows without a 其中 that follows another row after the first 其中
    (“其中:A … B … 其中:B1”: B1 splits B, not the total)."""
    kept: Rows = []
    opened = passed = False
    for label, cells in rows:
        if label.startswith("其中"):
            # “其中:财政拨款 … 其他资金 … 其中:基本支出 … 项目支出”: the total split again
            spent = any(SPENDING_LABEL.search(k) for k, _ in kept)
            again = SPENDING_LABEL.search(label) is not None and not spent
            # “按支出性质分 其中:基本支出 … 按收入性质分 其中:一般公共预算 …”: split again
            again = again or (spent and _BY_INCOME.search(label) is not None)
            if opened and passed and not again:
                continue
            opened, passed = True, passed and not again
        elif opened:
            passed = True
        kept.append((label, cells))
    return kept


def _one_row(roles: list[str], pieces: list[tuple[str, Paragraph]]) -> list[tuple[str, Paragraph]]:
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


_AHEAD_REACH = 16


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


#: “资金情况（万元） | 年初预算资金总额 | 实际投入资金额 | 产生差异的原因 / 合计 | 236 | 236”:
#: a Hunan form names its 资金 block in the header and its total row 合计.
_TOTAL_ROW = re.compile(r"合计\s*[:：]?")
_BLOCK_NAME = re.compile(r"资金情况|项目资金|资金来源")
_BLOCK_REACH = 8


def _funds_total(stream: tuple[Token, ...], position: int) -> re.Match[str] | None:
    header = " ".join(t.text for t in stream[max(0, position - _BLOCK_REACH) : position])
    if not _BLOCK_NAME.search(header) or not any(p.search(header) for _, p in FUNDS_COLUMNS):
        return None
    return _TOTAL_ROW.fullmatch(stream[position].text)


def _told(roles: list[str], figures: list[Figure]) -> list[str]:
    """The header's columns, or, for a header wrapped over two lines (its words out of
    order), those the total row's figures tell ([] when they do not: the row is not read)."""
    return (roles_of_figures(figures) or []) if misread(roles) else roles


#: How far past the total's label the 得分 header cell may come (after the next row).
_LATE_REACH = 16


def _late_score(roles: list[str], stream: tuple[Token, ...], position: int) -> list[str]:
    """“分值 执行率(…) 年度资金总额: 620.82 620.82 620.82 10 100% 10 其中:当年财政拨款 … 10
    得分”: the Jiangxi sheet's merged 得分 header cell comes out after the row under the
    total; the header's columns end with it (the figure after the rate is the score)."""
    if roles[-2:] != ["weight", "rate"]:
        return roles
    ahead = stream[position + 1 : position + 1 + _LATE_REACH]
    late = any(t.text == "得分" for t in ahead)
    return [*roles, "score"] if late else roles


def _funds_rows(doc: ReportDoc) -> Iterator[FundsRow]:
    stream = tokens(doc)
    for position, token in enumerate(stream):
        label = FUNDS_LABEL.match(token.text) or _funds_total(stream, position)
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
        if _OVER_INITIAL.search(header[-_HEADER_REACH:]):
            continue  # “执行率(全年执行数/年初预算数)”: not the national rate
        roles = _late_score(_header_columns(header[-_HEADER_REACH:]), stream, position)
        if first > position + 1:  # the next row's figures follow with its label left behind
            pieces = _one_row(roles, pieces)
        figures, where, used = figures_after(pieces)
        roles = _told(roles, figures)
        implied = IMPLIED_WEIGHT.search(header[-_HEADER_REACH:])
        placed, bare = placement(roles, figures, pieces[:used])
        if placed is None:
            continue
        cells = {role: where[id(value)] for role, value in placed[0].items()}
        columns = {role: as_rate(v) if role == "rate" else v for role, v in placed[0].items()}
        columns = weight_swapped(columns)
        if "rate" in columns and columns["rate"].value > _GLUED_RATE:
            continue  # “4000400098%”: amounts glued to the rate (see tables.glued_whole)
        if implied is not None and "weight" not in columns:
            columns["weight"] = Figure(Decimal(implied.group("weight")), False, implied.group(1))
        after = _past_notes(stream, first + used - (1 if rest else 0), token.paragraph)
        read: list[SourceRow] = []
        rows = (source_rows(stream, after, roles, read, columns) if placed[1] else None) or []
        rows = _not_nested(rows)
        if bare and not rated(read):
            continue
        fiscal, levels = _levels_under_fiscal(rows)
        spending = [c for label, c in rows if SPENDING_LABEL.search(label)]
        sources = [c for label, c in rows if not SPENDING_LABEL.search(label)]
        yield FundsRow(
            token.paragraph,
            columns,
            placed[1],
            cells,
            sources,
            spending,
            read if rows else [],
            _second_qizhong(rows),
            _is_partition([label for label, _ in rows]),
            fiscal=fiscal,
            levels=levels,
            kinds=[cells for label, cells in rows if _BY_INCOME.search(label)],
        )


_FISCAL = re.compile(r"(?:本年|当年)?财政(?:拨款|资金)")
_LEVEL = re.compile(r"^(?:其中\s*[:：]?\s*)?(?:中央|省|市|县|区|乡|镇|本级)")
_A_LEVEL = re.compile(r"中央|省|市|县|区|乡|镇|本级|地方|旗|盟")
_MIN_LEVELS = 2


def _levels_under_fiscal(
    rows: Rows,
) -> tuple[tuple[str, list[Figure | None]] | None, list[list[Figure | None]]]:
    """The 财政拨款 row with cells and the two levels of government or more right under it."""
    for at, (label, cells) in enumerate(rows):
        if not cells or not _FISCAL.search(label) or _A_LEVEL.search(label):
            continue  # 中央财政资金 is a level itself, not the fiscal money over the levels
        under = list(itertools.takewhile(lambda r: _LEVEL.match(r[0]), rows[at + 1 :]))
        if len(under) >= _MIN_LEVELS:
            return (label, cells), [c for _, c in under]
    return None, []


def _second_qizhong(rows: Rows) -> list[list[Figure | None]]:
    opener = len(rows) > 1 and rows[0][0].startswith("其中")
    return [rows[1][1]] if opener and rows[1][0].startswith("其中") else []

"""A 一级指标 block's weight against the 分值 of its own rows: “产出指标(50分)” over rows of
10 + 10 + 20 + 15 hands out 55 points where the layout gives 50. The rows' 分值 above the
block's are always wrong; below it only when every row of the table was read (their 分值 and
the 资金 row's make the 总分's), or every figure between the block's label and the next
block's is a cell of its rows, since an unread row would leave the block short."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import tokens
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.groups import beyond_total
from jixiao.review.tables.groups import indicator_group
from jixiao.review.tables.groups import indicator_kind
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import every_figure_read
from jixiao.review.tables.rows import figures_are_rows
from jixiao.review.tables.scored import complete_sum
from jixiao.review.tables.scored import scored_tables
from jixiao.review.tables.weight_first import weight_first_tables

_KINDS = ("产出", "效益", "满意度")
#: The labels that close a block cut off before its table's end: 成本指标 is its own 一级指标
#: in the 2023 layouts, between 产出 and 效益.
_CLOSERS = {"产出": ("成本", "效益"), "成本": ("效益",), "效益": ("满意度",), "满意度": ()}

_SUBTOTAL = re.compile(r"小计|合计|总计")
_LABEL = r"(?P<name>产出|成本|效益|满意度)指标\s*[（(]\s*(?P<weight>\d+(?:\.\d+)?)\s*分{}\s*[）)]"
_BLOCK = re.compile(_LABEL.format(""))
BLOCK_LABEL = _BLOCK
#: A label standing as a cell of its own: its 分 may be left out (“产出指标(55)”).
_LINE_LABEL = re.compile(_LABEL.format("?"))


@dataclass(frozen=True, slots=True)
class _Block:
    name: str
    weight: Decimal
    paragraph: Paragraph
    label: str
    rows: tuple[IndicatorRow, ...]


#: A label exported one cell to a line: “产出指标” then “(50)” or “30分)” on the lines after.
_CELL_BLOCK = re.compile(
    r"^(?P<name>产出|成本|效益|满意度)指标(?:[（(](?P<w1>\d+(?:\.\d+)?)分?|(?P<w2>\d+(?:\.\d+)?)分)[）)]"
)
#: A label whose name a web export dropped: “(50分)” alone on its line, the block told by
#: the group of the row under it (数量指标 → 产出).
_BARE_BLOCK = re.compile(r"^[（(](?P<w1>\d+(?:\.\d+)?)分[）)]$")
_CELL_LOOKBACK = 8  # lines above the first row: the header's cells
_CELL_LINES = 3  # a label's cell and the lines its weight may be broken onto

Label = tuple[int, str, Decimal, Paragraph, str]


def _labels(doc: ReportDoc, table: ScoredTable) -> list[Label]:
    """The block labels on the table's own rows (a merged cell repeated on every row of its
    block counts once): paragraph, name, weight, where, as written; in a table exported one
    cell to a line, the labels on the lines among its rows."""
    rows = {row.paragraph.index: row.paragraph for row in table.rows}  # not a heading above
    found = []
    for paragraph in rows.values():
        for match in _BLOCK.finditer(paragraph.text):
            weight = Decimal(match.group("weight"))
            found.append((paragraph.index, match.group("name"), weight, paragraph, match.group(0)))
    return found or _cell_labels(doc, table, min(rows), max(rows))


def _cell_labels(doc: ReportDoc, table: ScoredTable, first: int, last: int) -> list[Label]:
    paragraphs = doc.paragraphs
    found = []
    for at, paragraph in enumerate(paragraphs):
        if not first - _CELL_LOOKBACK <= paragraph.index <= last:
            continue
        lines = paragraphs[at : at + _CELL_LINES]
        match = _CELL_BLOCK.match("".join(re.sub(r"\s+", "", p.text) for p in lines))
        name = match.group("name") if match else _bare_name(doc, table, paragraph)
        match = match or _BARE_BLOCK.match(re.sub(r"\s+", "", paragraph.text))
        if match is not None and name is not None:
            weight = Decimal(match.group("w1") or match.group("w2"))
            found.append((paragraph.index, name, weight, paragraph, match.group(0)))
    return found


def _bare_name(doc: ReportDoc, table: ScoredTable, label: Paragraph) -> str | None:
    """The block a bare “(50分)” line heads: the kind of the first row's group below it."""
    if not _BARE_BLOCK.match(re.sub(r"\s+", "", label.text)):
        return None
    below = next((r for r in table.rows if r.paragraph.index > label.index), None)
    return indicator_kind(doc, below) if below is not None else None


def _blocks(doc: ReportDoc, table: ScoredTable, labels: list[Label]) -> list[_Block]:
    """The table's rows under the block label written last on the rows so far (a merged
    cell names its block on the block's first row)."""
    lines = [row.paragraph.index for row in table.rows]
    named = [label[0] for label in labels]
    if len(set(lines)) < len(lines) or any(named.count(i) > 1 for i in named):
        return []  # rows or labels run together on a line: which row is under which label?
    rows = _counted(table)
    spread = _spread(rows, labels)
    if spread is not None:
        return spread
    blocks: dict[str, _Block] = {}
    before: list[IndicatorRow] = []
    for row in rows:
        above = [label for label in labels if label[0] <= row.paragraph.index]
        if not above:
            before.append(row)
            continue
        _, name, weight, paragraph, text = above[-1]
        block = blocks.get(name) or _Block(name, weight, paragraph, text, ())
        if block.weight != weight:
            return []  # the same block with two weights: another check's finding
        blocks[name] = _Block(name, weight, block.paragraph, text, (*block.rows, row))
    kinds = {label[1] for label in labels}
    first = next(iter(blocks.values()), None)
    if first is not None and _weight(before) + _weight(first.rows) == first.weight:
        # PDF text puts a merged label on its block's middle row: the rows above the first
        # label are that block's when they make up its weight
        blocks[first.name] = replace(first, rows=(*before, *first.rows))
    # a block without its label would fall under the one before it: with a label missing
    # (an excerpt cut the table), only a block closed by the next kind's label is whole, or
    # one whose every row's group (数量指标, 社会效益指标 …) belongs to it
    return [
        b
        for b in blocks.values()
        if set(_KINDS) <= kinds or kinds & set(_CLOSERS[b.name]) or _own_rows(doc, b)
    ]


def _spread(rows: list[IndicatorRow], labels: list[Label]) -> list[_Block] | None:
    """The rows shared out among the labels in order, each block's 分值 making its label's
    weight and its label printed anywhere beside its rows (a merged cell's label stands on
    its block's middle row in PDF text and web exports), when the rows allow that; else
    None, and the rows fall under the label above them."""
    once = [
        b for a, b in zip([None, *labels], labels, strict=False) if a is None or a[1:3] != b[1:3]
    ]
    if not rows or not once:
        return None  # (a label and its weight broken over two lines is found on both)
    blocks: list[_Block] = []
    start = 0
    for at, (line, name, weight, paragraph, text) in enumerate(once):
        end, added = start, Decimal(0)
        while end < len(rows) and added < weight:
            added += rows[end].weight.value
            end += 1
        last = at == len(once) - 1
        after_before = start == 0 or rows[start - 1].paragraph.index < line
        before_next = end == len(rows) or line < rows[end].paragraph.index
        if added != weight or not (after_before and before_next) or (last and end < len(rows)):
            return None
        blocks.append(_Block(name, weight, paragraph, text, tuple(rows[start:end])))
        start = end
    return blocks


def shared_out(doc: ReportDoc, table: ScoredTable) -> bool:
    """Whether ``table``'s 一级指标 labels share out its rows exactly, each label beside its
    own block's rows wherever on them it is printed."""
    return bool(table.rows) and _spread(_counted(table), _labels(doc, table)) is not None


def _counted(table: ScoredTable) -> list[IndicatorRow]:
    """The rows that share out the blocks' weights: a 小计 row repeats its block's rows, and
    a 加分 row is beyond them."""
    return [r for r in table.rows if not (_SUBTOTAL.search(r.name) or beyond_total(r))]


def _weight(rows: Iterable[IndicatorRow]) -> Decimal:
    return sum((row.weight.value for row in rows), Decimal(0))


def _own_rows(doc: ReportDoc, block: _Block) -> bool:
    if block.name == "成本":
        return all(indicator_group(doc, row) == "成本" for row in block.rows)
    return all(indicator_kind(doc, row) == block.name for row in block.rows)


def _whole(doc: ReportDoc, block: _Block, labels: list[Label]) -> bool:
    """The block closed by the next label, with every figure up to it read as its rows'."""
    after = [label[3] for label in labels if label[0] > block.paragraph.index]
    return bool(after) and every_figure_read(doc, block.rows, block.paragraph, after[0])


def _finding(block: _Block, complete: bool) -> ReviewFinding | None:
    added = sum((row.weight.value for row in block.rows), Decimal(0))
    if added == block.weight or (added < block.weight and not complete):
        return None
    listed = "＋".join(row.weight.text for row in block.rows)
    message = (
        f"“{block.label}”下各行分值{listed}＝{added.normalize():f}分，"
        f"与该一级指标分值{block.weight.normalize():f}分不符。"
    )
    return make_finding(
        "weight-total-mismatch",
        block.paragraph,
        message,
        span=quote_span(block.paragraph, block.label),
        stated=f"{block.weight.normalize():f}分",
        recomputed=f"{added.normalize():f}分",
    )


def check_block_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 一级指标 block's weight against its rows' 分值."""
    return list(_findings(doc))


def _glued_blocks(doc: ReportDoc) -> Iterator[ReviewFinding]:
    """The blocks of a table glued into one line with its 分值 first: short of their label
    only when every row up to the 总分 was read."""
    for table in weight_first_tables(doc):
        for glued in table.blocks:
            rows = tuple(row for row in glued.rows if not beyond_total(row))  # 加分 rows
            block = _Block(glued.label, glued.weight, glued.paragraph, glued.label, rows)
            finding = _finding(block, table.whole)
            if finding is not None:
                yield finding


def _row_starts(cells: list[str], rows: tuple[IndicatorRow, ...]) -> list[int] | None:
    """Which cell of a line holding every row names each row, in order; None when one
    cannot be found after the row before it."""
    starts, cursor = [], 0
    for row in rows:
        if row.name not in cells[cursor:]:
            return None
        cursor = cells.index(row.name, cursor) + 1
        starts.append(cursor - 1)
    return starts


def _line_labels(cells: list[str]) -> list[tuple[int, re.Match[str]]]:
    """The block labels among the cells, a merged label repeated on each row of its block
    (“产出指标(50分)” before every 产出 row) counted once, at its first cell."""
    labels: list[tuple[int, re.Match[str]]] = []
    for at, cell in enumerate(cells):
        match = _LINE_LABEL.fullmatch(cell)
        if match is None:
            continue
        if labels and labels[-1][1].group("name", "weight") == match.group("name", "weight"):
            continue
        labels.append((at, match))
    return labels


def _line_blocks(doc: ReportDoc, table: ScoredTable) -> Iterator[tuple[_Block, bool]]:
    """The blocks of a table written on one line, cells apart by spaces (“产出指标(55分) 数量
    指标 补助村数量 =8个 8 8 8 …”): each label's rows up to the next label, whole when every
    figure standing alone between the two labels is a cell of them."""
    rows = tuple(table.rows)
    paragraph = rows[0].paragraph
    if any(row.paragraph.index != paragraph.index for row in rows):
        return
    cells = [t.text for t in tokens(doc) if t.paragraph.index == paragraph.index]
    starts = _row_starts(cells, rows)
    labels = _line_labels(cells)
    if starts is None or not labels:
        return
    for (at, label), after in zip(labels, [*labels[1:], None], strict=True):
        end = after[0] if after is not None else len(cells)
        own = tuple(r for r, row_at in zip(rows, starts, strict=True) if at < row_at < end)
        if not own or any(_SUBTOTAL.search(r.name) or beyond_total(r) for r in own):
            continue
        weight = Decimal(label.group("weight"))
        block = _Block(label.group("name"), weight, paragraph, label.group(0), own)
        yield block, after is not None and figures_are_rows(cells[at + 1 : end], own)


def _findings(doc: ReportDoc) -> Iterator[ReviewFinding]:
    yield from _glued_blocks(doc)
    funds = funds_rows(doc)
    for table in scored_tables(doc):
        if not table.rows:
            continue
        complete = complete_sum(table, funds) is not None
        for line_block, whole in _line_blocks(doc, table):
            finding = _finding(line_block, complete or whole)
            if finding is not None:
                yield finding
        labels = _labels(doc, table)
        for block in _blocks(doc, table, labels):
            finding = _finding(block, complete or _whole(doc, block, labels))
            if finding is not None:
                yield finding

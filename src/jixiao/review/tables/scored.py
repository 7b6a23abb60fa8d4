"""Every indicator block of a document: grids first, then the flattened text around them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import PAGE_MARK
from jixiao.review.tables.coefficients import coefficient_tables
from jixiao.review.tables.converted import converted_rows
from jixiao.review.tables.criteria import criteria_tables
from jixiao.review.tables.flat import flat_tables
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.glued import glued_funds
from jixiao.review.tables.glued_lines import glued_line_tables
from jixiao.review.tables.glued_lines import rate_row
from jixiao.review.tables.glued_weights import glued_weight_tables
from jixiao.review.tables.grid import grid_tables
from jixiao.review.tables.groups import beyond_total
from jixiao.review.tables.ordered import between_columns
from jixiao.review.tables.ordered import ordered_tables
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.trailing import trailing_tables
from jixiao.review.tables.weight_first import weight_first_tables


@lru_cache(maxsize=4)
def scored_tables(doc: ReportDoc) -> tuple[ScoredTable, ...]:
    """The indicator blocks of ``doc``, each with its rows, total and grade (read once per
    document; not to be changed by the caller)."""
    grids, used = grid_tables(doc)
    flat = () if between_columns(doc) else flat_tables(doc, used)  # read by its header's order
    found = _joined(doc, _without_converted(doc, (*grids, *flat)), funds_rows(doc))
    if not any(t.total for t in found):  # a total after the names: its labels come last
        found = _beside(found, trailing_tables(doc))
    return _without_subtotals(
        found
        or tuple(ordered_tables(doc))
        or tuple(criteria_tables(doc))
        or tuple(glued_weight_tables(doc))
        or tuple(glued_line_tables(doc, glued_funds(doc)))
        or tuple(coefficient_tables(doc))
        or tuple(_with_funds(t.table, glued_funds(doc)) for t in weight_first_tables(doc))
    )


#: A row that sums the rows above it (产出指标小计, 指标得分合计; 基础得分 before the 加分
#: and 扣分 rows): no indicator of its own.
_SUBTOTAL = re.compile(r"小计|合计|总计|^基础得?分$")


def _without_subtotals(tables: tuple[ScoredTable, ...]) -> tuple[ScoredTable, ...]:
    """The tables without their 小计 and 合计 rows (the total row aside), nor a row of
    figures alone whose 分值 is that of the rows after it (the indicators' sum, printed under
    their header)."""
    kept = (replace(t, rows=[r for r in t.rows if not _SUBTOTAL.search(r.name)]) for t in tables)
    return tuple(replace(t, rows=_unnamed_sum_dropped(t.rows)) for t in kept if t.rows)


def _unnamed_sum_dropped(rows: list[IndicatorRow]) -> list[IndicatorRow]:
    first, rest = rows[0], rows[1:]
    if first.name or first.target or first.actual or first.weight is None or not rest:
        return rows
    weights = [r.weight.value for r in rest if r.weight is not None]
    return rest if sum(weights, Decimal(0)) == first.weight.value else rows


def _without_converted(doc: ReportDoc, tables: tuple[ScoredTable, ...]) -> tuple[ScoredTable, ...]:
    """The tables without the rows of a Hebei 折算 table (its 权重占比 and 折算得分 are no
    分值 and 得分 pair: :mod:`jixiao.review.tables.converted` reads them)."""
    converted = {r.paragraph.index for r in converted_rows(doc)}
    if not converted:
        return tables
    kept = (
        ScoredTable([r for r in t.rows if r.paragraph.index not in converted], t.total, t.grade)
        for t in tables
    )
    return tuple(t for t in kept if t.rows)


def _with_funds(table: ScoredTable, funds: list[FundsRow]) -> ScoredTable:
    """A table glued into one line, opened by the 预算执行率's points of the glued 资金 row
    above it or in its own line."""
    at = table.rows[0].paragraph.index
    above = rate_row([f for f in funds if f.paragraph.index <= at])
    return ScoredTable([*above, *table.rows], table.total, table.grade, table.whole)


def _beside(found: tuple[ScoredTable, ...], trailing: list[ScoredTable]) -> tuple[ScoredTable, ...]:
    """The tables read back from their total, and the other readers' tables with, inside
    them, only the rows whose 分值 and 得分 are a pair of theirs (those readers take the
    figures written before the names for rows: a 资金 row's second copy as one “得分”)."""
    spans = [
        (t.rows[0].paragraph.index, t.total.paragraph.index)
        for t in trailing
        if t.rows and t.total is not None
    ]
    pairs = {(r.weight.value, r.score.value) for t in trailing for r in t.rows}

    def kept(row: IndicatorRow) -> bool:
        inside = any(a <= row.paragraph.index <= b for a, b in spans)
        return not inside or (row.weight.value, row.score.value) in pairs

    others = (ScoredTable([r for r in t.rows if kept(r)], t.total, t.grade) for t in found)
    return (*(t for t in others if t.rows), *trailing)


def _joined(
    doc: ReportDoc, tables: tuple[ScoredTable, ...], funds: Sequence[FundsRow]
) -> tuple[ScoredTable, ...]:
    """Each total's table with the rows of the tables without a total read from the lines
    just above it by another reader (rows with a reason after their score do not keep the
    grid's columns), when together they make the total's 分值 and no row is left out, when
    only the header repeated after a page break stands between them, or when they stand
    among its rows; a reader's rows may run over several tables (a form printed twice), each
    taking its own."""
    ends = sorted(t.total.paragraph.index for t in tables if t.total is not None)
    taken: set[int] = set()
    result: list[ScoredTable] = []
    for table in tables:
        if table.total is None or complete_sum(table, funds) is not None:
            result.append(table)
            continue
        end = table.total.paragraph.index
        start = max((e for e in ends if e < end), default=-1)
        loose = [
            r for t in tables if t.total is None for r in t.rows if start < r.paragraph.index < end
        ]
        whole = ScoredTable(sorted((*table.rows, *loose), key=_place), table.total, table.grade)
        complete = bool(loose) and (
            complete_sum(whole, funds) is not None
            or _over_a_page(doc, loose, table)
            or _among(loose, table)
        )
        result.append(whole if complete else table)
        taken.update(id(r) for r in (loose if complete else []))
    kept = (_without(t, taken) if t.total is None else t for t in result)
    return tuple(t for t in kept if t.rows or t.total is not None)


def _among(loose: list[IndicatorRow], table: ScoredTable) -> bool:
    """The loose rows stand between the table's own rows (a row a wrapped cell above it
    set apart, “年度目标设定偏高，下一年” / “质量指标 每周开放时长 … 12 9.64 度将结合…”)."""
    places = [_place(r) for r in table.rows]
    return all(min(places) < _place(r) < max(places) for r in loose)


def _over_a_page(doc: ReportDoc, loose: list[IndicatorRow], table: ScoredTable) -> bool:
    """Only a page's number and lines that repeat lines above the loose rows (the header
    printed again after a page break) stand between the last loose row and the table's first
    row."""
    last, first = max(_place(r) for r in loose), min(_place(r) for r in table.rows)
    texts = {p.index: p.text for p in doc.paragraphs}
    between = [texts[i] for i in range(last + 1, first) if i in texts]
    above = {text for i, text in texts.items() if i < min(_place(r) for r in loose)}
    return bool(between) and all(text in above or PAGE_MARK.match(text) for text in between)


def _place(row: IndicatorRow) -> int:
    return row.paragraph.index


def _without(table: ScoredTable, taken: set[int]) -> ScoredTable:
    """``table`` without the rows another table took."""
    if not any(id(r) in taken for r in table.rows):
        return table
    return ScoredTable([r for r in table.rows if id(r) not in taken], None, table.grade)


def funds_above(table: ScoredTable, funds: Sequence[FundsRow]) -> FundsRow | None:
    """The 资金 row written above the block's rows, if any (in a form written on one line,
    the last one before the block's 总分)."""
    if not table.rows:
        return None
    first = table.rows[0].paragraph
    above = [f for f in funds if f.paragraph.index < first.index]
    inline = _inline_funds(table, [f for f in funds if f.paragraph is first])
    return inline or (above[-1] if above else None)


_ROLES = ("initial", "budget", "executed", "weight", "rate", "score")


def _inline_funds(table: ScoredTable, funds: Sequence[FundsRow]) -> FundsRow | None:
    """Of the 资金 rows on the line of the block's rows and total (“年度资金总额: 64 64 59.52 10
    93% 9.3 … 总分 100 99.3 项目支出绩效自评表 …”, forms run together), the last whose
    figures stand before the total's."""
    total = table.total
    if not funds or total is None or total.paragraph is not table.rows[0].paragraph:
        return None
    text = total.paragraph.text
    figures = [f for f in (total.weight, total.score) if f is not None]
    end = _found(text, ["总分", *(f.text for f in figures)])
    if end is None:
        return None
    placed = []
    for row in funds:
        at = _found(text, [row.columns[r].text for r in _ROLES if r in row.columns], end)
        if at is not None:
            placed.append((at, row))
    return max(placed, key=lambda pair: pair[0])[1] if placed else None


def _found(text: str, cells: list[str], before: int | None = None) -> int | None:
    """Where ``cells`` stand in ``text`` in order, nothing but marks and spaces between:
    the first place (the last before ``before``)."""
    pattern = r"[^\d\u4e00-\u9fff]{0,8}".join(re.escape(cell) for cell in cells)
    places = [m.start() for m in re.finditer(pattern, text)]
    if before is not None:
        places = [at for at in places if at < before]
        return places[-1] if places else None
    return places[0] if places else None


def within_total(table: ScoredTable) -> list[IndicatorRow]:
    """The rows that share out the table's 分值: not a 加分 or 扣分 row beyond them, nor the
    rows inside another (“其中：产出数量 20 19” under 产出 40; and the rows after it while
    their 分值 make up the parent's, 数量 20, 质量 15, 时效 10, 成本 5 under 产出 50, when so
    the rows left make the total's 分值)."""
    rows = [row for row in table.rows if not beyond_total(row)]
    alone = [row for row in rows if not _opens_inside(row)]
    inside: set[int] = set()
    for at, row in enumerate(rows):
        if at and _opens_inside(row) and id(rows[at - 1]) not in inside:
            inside.update(id(r) for r in _under(rows, at))
    runs = [row for row in rows if id(row) not in inside]
    total = table.total.weight if table.total is not None else None
    if total is not None and runs != alone and _weights(runs) == total.value:
        return runs  # (rows the 其中 run over make up their parent, and the rest the total)
    return alone


def _weights(rows: list[IndicatorRow]) -> Decimal:
    return sum((row.weight.value for row in rows), Decimal(0))


def _opens_inside(row: IndicatorRow) -> bool:
    return row.paragraph.text.lstrip("|｜ ").startswith("其中")


def _under(rows: list[IndicatorRow], at: int) -> list[IndicatorRow]:
    """The rows from the 其中 row at ``at`` whose 分值 make up the row above it; the 其中 row
    alone when no run of them does."""
    parent, added = rows[at - 1], Decimal(0)
    for end in range(at, len(rows)):
        added += rows[end].weight.value
        if added == parent.weight.value:
            return rows[at : end + 1]
        if added > parent.weight.value:
            break
    return [rows[at]]


#: The 分值 of a total row that gives only its score (“自评得分 | 78.49 | | 评价等级 | 中”).
FULL_MARKS = Decimal(100)


def complete_sum(table: ScoredTable, funds: Sequence[FundsRow]) -> Decimal | None:
    """The rows' scores added up (with the 资金 row above them when its 分值 is part of the
    total), or None unless every row was read: their 分值 add up to the total's, or the
    reader proved the table whole."""
    total = table.total
    rows = within_total(table)
    if total is None or not rows:
        return None
    full = total.weight.value if total.weight is not None else FULL_MARKS
    weights = sum((r.weight.value for r in rows), Decimal(0))
    added = sum((r.score.value for r in rows), Decimal(0))
    if table.whole:
        return added  # every row read (the 资金 row's among them), whatever their 分值
    above = funds_above(table, funds)
    weight, score = (above.columns.get(k) for k in ("weight", "score")) if above else (None, None)
    if weight is not None and score is not None and weights != full:
        weights += weight.value
        added += score.value
    # a total whose 分值 holds the 加分 rows' cap too (“自评总分 103” over 100 and 加分 3)
    bonus = sum((r.weight.value for r in table.rows if beyond_total(r)), Decimal(0))
    if full in (weights, weights + bonus) or _standard_points(table, weights):
        return added
    return None


def _standard_points(table: ScoredTable, weights: Decimal) -> bool:
    """Rows whose 分值 make the layout's 100 points under a total that names more, with no
    加分 told: every row was read, and the total's 分值 is the slip."""
    total = table.total
    if total is None or total.weight is None or weights != FULL_MARKS:
        return False
    texts = [row.paragraph.text for row in table.rows] + [total.paragraph.text]
    return total.weight.value > FULL_MARKS and not any("加分" in text for text in texts)

"""A sum a table's rows keep though its header does not spell it out: one column the sum of
the columns right beside it, on every row but one.

    相关区    核定人数        常规扶持  特殊扶持  中央资金
    浦东新区  957             696       261       41.76
    嘉定区    684             537       147       32.22
    奉贤区    1026            813       213       48.78
    金山区    886             699       279       41.94     → 699 + 279 = 978

The formula is a column and a run of two or more columns next to it (right after it, or
right before it) that make it, within the rounding of the figures written, on every row of
the table's width but one; three rows at least must show it with two of their parts or more
other than 0, so that a column of zeros or a coincidence does not make a formula. Where
another run of the same columns holds on every row, that run is the formula, and nothing is
found. The figures read are those a row ends with (its 序号 and the words of its name left
out); rows of another width (blank cells a web page dropped) are not compared. A whole
above its parts is told as short (a source the table has no column for may make it), one
below them as wrong; a column the header names 合计 or 小计 is left to column_groups (the
formulas of the other columns are still read when the header row is as wide as the rows).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.total_rows import Row
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import BLANK
from jixiao.review.tables.cells import ZERO
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.tables.cells import whole_adds_up
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.text.quantities import fmt

#: Rows that show a formula with two parts or more other than 0, for it to be one.
MIN_SHOWN = 3
MIN_PARTS = 2
#: A whole below this, written without decimals, is a small count that may add up by chance.
_SMALL = 10
_DASH = Figure(Decimal(0), False, "—")
_NAMED_TOTAL = re.compile(r"合计|小计|总计")
#: A column of what was left undone, 0 where the rest was done and more.
_SHORTFALL = re.compile(r"未完成|未到位|尚未|剩余")
#: A header column of what is left (预算数 | 执行数 | 结余数) or of a change (本年 | 上年 |
#: 增减额): its rows keep the formula with a 0 wherever all was spent or nothing changed, and
#: that column, the formula's last, is the figure worked out.
_REST = {
    "remainder-mismatch": re.compile(r"结余|余额|剩余|结存|未(?:支出|使用|拨付)"),
    "difference-mismatch": re.compile(r"增减额|增加额|减少额|差额"),
}


@dataclass(frozen=True, slots=True)
class _Formula:
    """Column ``whole`` is the sum of columns ``parts`` (indexes into a row's figures);
    ``named`` when the header names the parts alike under a 其中."""

    whole: int
    parts: tuple[int, ...]
    named: bool = False


def _figures(row: TableRow) -> list[Figure | None] | None:
    """The figures the row ends with (a blank cell 0, a dashed one :data:`_DASH`, a
    percentage None), or None when it ends with words."""
    tail: list[Figure | None] = []
    for cell in reversed(row.cells):
        text = cell.strip()
        value = ZERO if not text else _DASH if BLANK.match(text) else figure(text)
        if value is None:
            break
        tail.append(None if value.percent else value)
    tail.reverse()
    return tail if len(tail) > MIN_PARTS and any(f is not None for f in tail) else None


def _formulas(width: int) -> Iterator[_Formula]:
    """Every column with a run of two or more columns right after or right before it."""
    for whole in range(width):
        for size in range(MIN_PARTS, width):
            if whole + size < width:
                yield _Formula(whole, tuple(range(whole + 1, whole + 1 + size)))
            if whole - size >= 0:
                yield _Formula(whole, tuple(range(whole - size, whole)))


def _named_formulas(header: list[list[str]], width: int) -> Iterator[_Formula]:
    """Columns the header's last row names alike under a 其中 (保障对象 | 其中 集中供养 | 分散供养
    over 户 | 人 | 户 | 人 | 月补金额 | 户 | 人 | 月补金额): the first of a name said three times
    or more is the sum of the others, and a column past that row's names (月补金额合计, merged
    from above) may be the sum of those of a name said twice or more. The rows tell which
    hold: the names are read from the first column of figures on."""
    if not header or not any("其中" in cell for cells in header for cell in cells):
        return
    names = [cell.strip() for cell in header[-1] if cell.strip()]
    if len(names) > width:
        return
    columns: dict[str, list[int]] = {}
    for at, name in enumerate(names):
        columns.setdefault(name, []).append(at)
    for alike in columns.values():
        if len(alike) >= MIN_PARTS + 1:
            yield _Formula(alike[0], tuple(alike[1:]), named=True)
        if len(alike) >= MIN_PARTS:
            yield from (_Formula(extra, tuple(alike), True) for extra in range(len(names), width))


def _holds(formula: _Formula, figures: Sequence[Figure | None]) -> bool | None:
    """Whether the row keeps the formula (True too for a row with a dashed cell in it, which
    says nothing: “专项收入 | 860 | — | —”, new this year); None when a cell of it is a
    percentage."""
    whole = figures[formula.whole]
    parts = [figures[p] for p in formula.parts]
    if whole is None or any(p is None for p in parts):
        return None
    if whole is _DASH or any(p is _DASH for p in parts):
        return True
    return whole_adds_up(whole, [p for p in parts if p is not None])


def _shown(formula: _Formula, figures: Sequence[Figure | None]) -> bool:
    """The row shows the formula: two of its parts or more are not 0, and its whole is no
    small count (2 = 1 + 1 and 3 = 2 + 1 hold by chance in a table of 户数 and 村数)."""
    whole = figures[formula.whole]
    large = whole is not None and (formula.named or whole.places > 0 or whole.value >= _SMALL)
    return large and sum(1 for p in formula.parts if (f := figures[p]) and f.value) >= MIN_PARTS


def _explained(formula: _Formula, figures: Sequence[Figure | None]) -> bool:
    """The row's gap is a figure of its own outside the formula (a 调减 or 结转 column the
    other rows leave at 0): the row keeps a wider formula."""
    whole = figures[formula.whole]
    parts = [f.value for p in formula.parts if (f := figures[p]) is not None]
    if whole is None:
        return False
    gap = abs(whole.value - sum(parts, Decimal(0)))
    inside = {formula.whole, *formula.parts}
    return any(f is not None and f.value == gap for n, f in enumerate(figures) if n not in inside)


def _fails(
    formula: _Formula, rows: Sequence[Sequence[Figure | None]], balance: bool
) -> list[int] | None:
    """The rows that break ``formula``, when it is the table's: every other row keeps it and
    at least :data:`MIN_SHOWN` show it (under a header that names a 结余 column, one row that
    shows it is enough beside rows that keep it with a 0); None when it is not."""
    held = [(_holds(formula, figures), figures) for figures in rows]
    if any(h is None for h, _ in held):
        return None
    shown = sum(1 for h, figures in held if h and _shown(formula, figures))
    failed = [n for n, (h, _) in enumerate(held) if not h]
    if any(_explained(formula, rows[n]) for n in failed):
        return None
    kept = len(held) - len(failed)
    declared = balance or formula.named  # (the header says so: one row showing it is enough)
    enough = shown >= MIN_SHOWN or (declared and shown >= 1 and kept >= MIN_SHOWN)
    # a part no row that keeps the formula fills (a 调减 column of zeros) is not shown a part
    filled = all(
        any(h and (f := figures[p]) and f.value for h, figures in held) for p in formula.parts
    )
    failed = _carried(formula, rows, failed)
    return failed if enough and filled and len(failed) <= 1 else None


def _gap(formula: _Formula, figures: Sequence[Figure | None]) -> Decimal:
    whole = figures[formula.whole] or ZERO
    return whole.value - sum(((figures[p] or ZERO).value for p in formula.parts), Decimal(0))


def _carried(
    formula: _Formula, rows: Sequence[Sequence[Figure | None]], failed: list[int]
) -> list[int]:
    """A slip carried into the 合计 row: the last row, the sum of the rows above it in the
    formula's whole, fails by the same gap as one row above: that row alone is wrong."""
    last = len(rows) - 1
    if len(failed) != 2 or failed[1] != last:  # (the slipped row and the total)
        return failed
    column = [(figures[formula.whole] or ZERO).value for figures in rows]
    summed = sum(column[:last], Decimal(0)) == column[last]
    same = _gap(formula, rows[failed[0]]) == _gap(formula, rows[last])
    return failed[:1] if summed and same else failed


def broken_formula(
    rows: Sequence[Sequence[Figure | None]],
    balance: bool = False,
    totals: frozenset[int] = frozenset(),
    named: Sequence[_Formula] = (),
) -> tuple[_Formula, int] | None:
    """The formula the rows keep but one, and that row; None when no formula, or more than one
    that disagree, or one kept everywhere on the same columns. Columns in ``totals`` (named
    合计, read by column_groups) take part in no adjacent formula."""
    width = len(rows[0])
    found: dict[_Formula, list[int]] = {}
    for formula in [*_formulas(width), *named]:
        if not formula.named and totals & {formula.whole, *formula.parts}:
            continue
        failed = _fails(formula, rows, balance)
        if failed is not None:
            found[formula] = failed
    kept = {c for f, failed in found.items() if not failed for c in (f.whole, *f.parts)}
    broken = [
        (f, failed[0]) for f, failed in found.items() if failed and not kept & {f.whole, *f.parts}
    ]
    if len({row for _, row in broken}) != 1:
        return None
    return min(broken, key=lambda b: len(b[0].parts))


def formula_finding(
    row: Row, formula: _Formula, figures: Sequence[Figure | None], rest: str | None = None
) -> ReviewFinding | None:
    """The row that breaks ``formula`` (its label and paragraph), as a finding."""
    whole = figures[formula.whole] or ZERO
    parts = [figures[p] or ZERO for p in formula.parts]
    added = unexplained_sum(whole, parts, known=True)
    if added is None:
        return None
    places = max(f.places for f in (whole, *parts))
    if rest is not None and formula.whole < formula.parts[0]:
        return _rest(rest, row, whole, parts, places)
    listed = "＋".join(p.text for p in parts)
    short = added < whole.value and not formula.named  # (a source the table has no column for)
    gap = fmt(abs(added - whole.value), places)
    which = "表头其中所列同名各栏" if formula.named else "相邻各栏"
    message = (
        f"表中“{row.label}”行的{whole.text}，按同表其余各行的算法应为{which}之和{listed}"
        f"＝{fmt(added, places)}，"
        + (f"少{gap}；如另有未列来源请注明，否则请核实。" if short else f"相差{gap}，请核实。")
    )
    return make_finding(
        "sum-short" if short else "sum-mismatch",
        row.paragraph,
        message,
        stated=whole.text,
        recomputed=fmt(added, places),
    )


def _rest(code: str, row: Row, whole: Figure, parts: list[Figure], places: int) -> ReviewFinding:
    """The row's 结余 or 增减额 (its last part) against the whole less the other parts."""
    *spent, left = parts
    rest = whole.value - sum((p.value for p in spent), Decimal(0))
    taken = "".join(f"－{p.text}" for p in spent)
    message = (
        f"表中“{row.label}”行的{left.text}，按同表其余各行的算法应为{whole.text}{taken}"
        f"＝{fmt(rest, places)}，相差{fmt(abs(rest - left.value), places)}，请核实。"
    )
    return make_finding(
        code, row.paragraph, message, stated=left.text, recomputed=fmt(rest, places)
    )


def _named_totals(header: list[list[str]], row: TableRow, width: int) -> frozenset[int] | None:
    """The row's figure columns the header names 合计 or 小计 (column_groups reads their
    groups); None when the header names one but no header row is as wide as the row, so
    which column it names cannot be told (then only the formulas the header names are
    read)."""
    if not any(_NAMED_TOTAL.search(name) for cells in header for name in cells):
        return frozenset()
    wide = next(
        (
            cells
            for cells in header
            if len(cells) == len(row.cells) and any(_NAMED_TOTAL.search(c) for c in cells)
        ),
        None,
    )
    if wide is None:
        return None
    names = wide[len(wide) - width :]
    return frozenset(n for n, name in enumerate(names) if _NAMED_TOTAL.search(name))


def _table_findings(table: list[TableRow]) -> Iterator[ReviewFinding]:
    by_width: dict[int, list[tuple[TableRow, list[Figure | None]]]] = {}
    header: list[list[str]] = []
    for row in table:
        figures = _figures(row)
        if figures is not None:
            by_width.setdefault(len(figures), []).append((row, figures))
        elif not by_width:
            header.append(list(row.cells))
    names = [name for cells in header for name in cells]
    some = any(name.startswith("其中") for name in names)
    shortfall = any(_SHORTFALL.search(name) for name in names)
    rest = next((c for c, p in _REST.items() if any(map(p.search, names))), None)
    for rows in by_width.values():
        width = len(rows[0][1])
        totals = _named_totals(header, rows[0][0], width)
        if len(rows) <= MIN_SHOWN:
            continue
        named = list(_named_formulas(header, width))
        totals = frozenset(range(width)) if totals is None else totals
        broken = broken_formula([figures for _, figures in rows], rest is not None, totals, named)
        if broken is not None:
            formula, at = broken
            if shortfall and any(f is not None and not f.value for f in rows[at][1]):
                continue  # (任务95 | 完成101 | 未完成0: done beyond the task, nothing left undone)
            finding = formula_finding(rows[at][0], formula, rows[at][1], rest)
            if finding is not None and not (finding.code == "sum-short" and some):
                yield finding  # (under a 其中 the parts are some of the whole: none is short)


def check_row_formulas(doc: ReportDoc) -> list[ReviewFinding]:
    """Each table's rows against the one sum of adjacent columns all its other rows keep."""
    return [finding for table in doc_tables(doc) for finding in _table_findings(table)]

"""A table whose first row is the whole of the rows under it, though its label does not say so
(a region over its counties):

    地县      资金合计  中央资金  自治区资金  地州市资金
    和田地区  1997                1997
    皮山县    230                 230
    …

The first row is read as the total when, in one column at least, the rows under it (three or
more holding a figure) make it exactly; then each other column of it must be their sum too.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.checks.total_rows import NESTED
from jixiao.review.checks.total_rows import TOTAL_LABEL
from jixiao.review.checks.total_rows import money_value
from jixiao.review.checks.total_rows import sum_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names

MIN_PARTS = 3


def _column(
    rows: list[TableRow], column: int
) -> tuple[Figure, list[tuple[TableRow, Figure]]] | None:
    """The first row's figure in ``column`` and the figures under it (blank cells holding
    nothing); None when a cell holds something else."""
    total = money_value(rows[0], column)
    if total is None:
        return None
    parts: list[tuple[TableRow, Figure]] = []
    for row in rows[1:]:
        value = money_value(row, column)
        if value is None and not row.blank(column):
            return None
        if value is not None:
            parts.append((row, value))
    return total, parts


def _table_findings(table: list[TableRow]) -> Iterator[ReviewFinding]:
    end = header_end(table)
    names = header_names(table, end)
    rows = table[end:]
    if names is None or len(rows) < MIN_PARTS + 1 or TOTAL_LABEL.match(rows[0].label):
        return  # (a 合计 row is the total rows' own check)
    if any(TOTAL_LABEL.match(row.label) or NESTED.match(row.label) for row in rows[1:]):
        return  # rows under rows (其中, numbered): which make which is not told
    if "总额" in rows[0].label or "总计" in rows[0].label:
        return  # a 自评表's 资金 block (年度资金总额 over 其中 rows and their levels)
    columns = {c: read for c in range(1, len(names)) if (read := _column(rows, c)) is not None}
    # (a column of noughts, 0.00 over 0.00 + 0.00 + 0.00, proves nothing)
    proven = any(
        len(parts) >= MIN_PARTS
        and total.value != 0
        and sum((f.value for _, f in parts), Decimal(0)) == total.value
        for total, parts in columns.values()
    )
    if not proven:
        return
    for column, (total, parts) in columns.items():
        if len(parts) >= 2:
            found = sum_finding(rows[0], total, parts, names[column], "其下", known=True)
            if found is not None:
                yield found


def check_first_row_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """Each table whose first row some column proves the whole, against the rows under it."""
    return [finding for table in doc_tables(doc) for finding in _table_findings(table)]

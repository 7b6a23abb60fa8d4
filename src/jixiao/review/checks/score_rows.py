"""A table of scores closed by its total row, as an evaluation report's summary lays it out:

    一级指标           分值   得分   得分率
    A立项必要性        20     20     100%
    …
    E筹资合规性        20     20     100%
    小计               100    90.5   90.5%

When the rows' 分值 make the total's 分值, the rows are the whole table, and their 得分 must
make the total's 得分 too (exactly: scores are added as written); when the 得分 make the
total's, the 分值 must make it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.text.quantities import fmt

_TOTAL = re.compile(r"^(?:小计|合计|总计|总分|合计得分|得分合计|总得分)$")
_WEIGHT = re.compile(r"^(?:分值|权重|标准分|满分)(?:[（(]分[）)])?$")
_SCORE = re.compile(r"^(?:评价|自评|实际|评估)?得分(?:[（(]分[）)])?$")
_MIN_ROWS = 2
_BONUS = re.compile(r"加分|扣分|附加")


def _columns(names: list[str]) -> tuple[int, int] | None:
    weights = [at for at, name in enumerate(names) if _WEIGHT.match(name)]
    scores = [at for at, name in enumerate(names) if _SCORE.match(name)]
    return (weights[0], scores[0]) if len(weights) == 1 and len(scores) == 1 else None


def _figures(rows: list[TableRow], column: int) -> list[Figure] | None:
    found = [row.value(column) for row in rows]
    if any(f is None or f.percent for f in found):
        return None
    return [f for f in found if f is not None]


def _table_finding(table: list[TableRow]) -> ReviewFinding | None:
    end = header_end(table)
    names = header_names(table, end)
    columns = _columns(names) if names else None
    body = table[end:]
    if columns is None or len(body) < _MIN_ROWS + 1 or not _TOTAL.match(body[-1].label):
        return None
    total_row, rows = body[-1], body[:-1]
    weights = _figures(rows, columns[0])
    scores = _figures(rows, columns[1])
    weight, score = total_row.value(columns[0]), total_row.value(columns[1])
    if weights is None or scores is None or weight is None or score is None:
        return None
    if _added(weights) == weight.value:
        return _column_finding(total_row, ("分值", weights, weight), ("得分", scores, score))
    if _added(scores) == score.value and not any(_BONUS.search(r.paragraph.text) for r in rows):
        # the scores make the total's: the rows are the whole table, and a 分值 is off (a
        # 加分 row's points may lie beyond the total's 分值)
        return _column_finding(total_row, ("得分", scores, score), ("分值", weights, weight))
    return None  # the rows are not the whole table (or nest)


def _added(figures: list[Figure]) -> Decimal:
    return sum((f.value for f in figures), Decimal(0))


_Column = tuple[str, list[Figure], Figure]


def _column_finding(total_row: TableRow, held: _Column, checked: _Column) -> ReviewFinding | None:
    """The ``checked`` column against the total row, the ``held`` column adding up."""
    name, figures, total = checked
    added = _added(figures)
    if added == total.value:
        return None
    places = max(f.places for f in [total, *figures])
    listed = "＋".join(f.text for f in figures)
    message = (
        f"表中各行{held[0]}之和为{held[2].text}分，与“{total_row.label}”行相符，"
        f"但各行{name}{listed}＝{fmt(added, places)}分，“{total_row.label}”行{name}为"
        f"{total.text}分，不符，请核实。"
    )
    return make_finding(
        "score-total-mismatch" if name == "得分" else "weight-total-mismatch",
        total_row.paragraph,
        message,
        stated=total.text,
        recomputed=fmt(added, places),
    )


def _findings(doc: ReportDoc) -> Iterator[ReviewFinding]:
    for table in doc_tables(doc):
        finding = _table_finding(table)
        if finding is not None:
            yield finding


def check_score_rows(doc: ReportDoc) -> list[ReviewFinding]:
    """Each table of 分值 and 得分 closed by a total row: the scores against its 得分."""
    return list(_findings(doc))

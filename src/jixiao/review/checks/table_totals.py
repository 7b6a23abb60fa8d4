"""A 自评表's 总分 row against its rows: the total of the scores, and the 分值 the table hands
out (the indicator rows with the 资金 row's own 分值) against the total's 分值."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.cell_quotes import show
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.groups import beyond_total
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total
from jixiao.review.tables.scored import FULL_MARKS
from jixiao.review.tables.scored import complete_sum
from jixiao.review.tables.scored import funds_above
from jixiao.review.tables.scored import within_total


def total_finding(
    table: ScoredTable, funds: Sequence[FundsRow], between: Sequence[str] = ()
) -> ReviewFinding | None:
    """The total against the sum of the rows (and of the 资金 row above them), when every
    row of the block was read: their 分值 add up to the total's. ``between``: the lines
    between the last row read and the total (a 加分 row with no 分值 of its own is not read
    as a row, and a total above the rows may hold its points)."""
    total = table.total
    added = complete_sum(table, funds)
    if total is None or added is None:
        return None
    weight = total.weight.text if total.weight is not None else f"{FULL_MARKS}"
    if total.weight is not None and total.weight.value > FULL_MARKS == _all_weights(table, funds):
        weight = f"{FULL_MARKS}"  # (the rows make 100 under a total that names more)
    places = max([total.score.places] + [r.score.places for r in table.rows])
    # shown with the decimals of every score added, the 资金 row's too (9.5 of its 10 points)
    shown = max(places, -int(added.as_tuple().exponent))
    beyond = [r for r in table.rows if beyond_total(r)]
    if any("扣分" in r.paragraph.text for r in beyond) or any("扣分" in line for line in between):
        return None  # a deduction may be written as the points taken off or as a negative
    bonus = sum((r.score.value for r in beyond), Decimal(0))
    sums = {show(added, places), show(added + bonus, places)}  # the 总分 with its 加分 or not
    if show(total.score.value, places) in sums:
        return None
    if total.score.value > added + bonus and any("加分" in line for line in between):
        return None
    added += bonus
    message = (
        f"各项得分之和为{show(added, shown)}分（分值合计{weight}分），"
        f"表中总分为{total.score.text}分，不符。"
    )
    return _on_total("score-total-mismatch", total, total.score, message, show(added, shown))


def _all_weights(table: ScoredTable, funds: Sequence[FundsRow]) -> Decimal:
    """The rows' 分值 with the 资金 row's above them."""
    above = funds_above(table, funds)
    weight = above.columns.get("weight") if above else None
    rows = sum((r.weight.value for r in within_total(table)), Decimal(0))
    return rows + (weight.value if weight is not None else Decimal(0))


def _on_total(code: str, total: Total, stated: Figure, message: str, right: str) -> ReviewFinding:
    """A finding on the 总分 row, quoting its figure ``stated``."""
    span = quote_span(total.paragraph, stated.text)
    return make_finding(
        code, total.paragraph, message, span=span, stated=stated.text, recomputed=right
    )


def overweight_finding(table: ScoredTable, funds: Sequence[FundsRow]) -> ReviewFinding | None:
    """Indicator rows whose 分值 alone make the total's, under a 资金 row that has a 分值 of
    its own: the table hands out more points than its total (70 + 20 + 10 beside 执行率 10);
    or whose 分值, with the 资金 row's, pass it."""
    total, above = table.total, funds_above(table, funds)
    weight = above.columns.get("weight") if above else None
    if total is None or total.weight is None:
        return None
    rows = sum((r.weight.value for r in within_total(table)), Decimal(0))
    passed = _passed_weight(total, rows, weight) or _short_weight(table, above, rows)
    if passed is not None:
        return passed
    if weight is None or weight.value <= 0:
        return None
    if rows != total.weight.value or any("执行率" in r.name for r in table.rows):
        return None  # a 预算执行率 indicator row carries the 资金 row's points itself
    all_weights = show(rows + weight.value, 0)
    if _indicators_only(table, above):
        message = (
            f"指标行分值合计{show(rows, 0)}分即为总分，总分得分{total.score.text}分也只计指标行，"
            f"预算执行率的{weight.text}分另列；按规定预算执行率与各指标行分值应合计为总分。"
        )
        return _on_total("funds-weight-outside-total", total, total.weight, message, all_weights)
    message = (
        f"指标行分值合计{show(rows, 0)}分，加上资金行（预算执行率）分值{weight.text}分，"
        f"全表分值合计{all_weights}分，超过总分的分值{total.weight.text}分；各项分值应合计为总分。"
    )
    return _on_total("weight-total-mismatch", total, total.weight, message, all_weights)


def _indicators_only(table: ScoredTable, above: FundsRow | None) -> bool:
    """A 总分 whose score is the indicator rows' alone, the 资金 row's score left out: the form
    totals the indicators and scores 执行率 beside them, its own rule kept throughout."""
    score = above.columns.get("score") if above else None
    if table.total is None or score is None or score.value <= 0:
        return False
    added = sum((r.score.value for r in table.rows), Decimal(0))
    return added == table.total.score.value


def _short_weight(
    table: ScoredTable, above: FundsRow | None, rows: Decimal
) -> ReviewFinding | None:
    """The rows' 分值 with the 资金 row's below the total's, where their 得分 make its 得分 to
    the digit (so no row went unread): points of the table handed out to no row."""
    total = table.total
    weight = above.columns.get("weight") if above else None
    score = above.columns.get("score") if above else None
    if total is None or total.weight is None or (weight is None) != (score is None):
        return None
    added = rows + (weight.value if weight is not None else Decimal(0))
    scores = sum((r.score.value for r in within_total(table)), Decimal(0))
    scores += score.value if score is not None else Decimal(0)
    if weight is None and added != FULL_MARKS:
        return None
    bonus = sum((r.weight.value for r in table.rows if beyond_total(r)), Decimal(0))
    if added + bonus >= total.weight.value or (scores != total.score.value and added != FULL_MARKS):
        return None  # (rows making the layout's 100 points leave no row unread either)
    shown = show(added, 0)
    funds = f"（含资金行分值{weight.text}分）" if weight is not None else ""
    message = (
        f"各项分值合计{shown}分{funds}，少于总分的分值{total.weight.text}分；各项分值应合计为总分。"
        if added != FULL_MARKS
        else f"总分的分值{total.weight.text}分疑有误：各项分值合计{shown}分{funds}，即满分。"
    )
    return _on_total("weight-total-mismatch", total, total.weight, message, shown)


def _passed_weight(total: Total, rows: Decimal, funds: Figure | None) -> ReviewFinding | None:
    """The rows' 分值 (with the 资金 row's, when the rows alone stay below the total) above
    the total's: more points handed out than the table has."""
    if total.weight is None:
        return None
    under = funds is not None and rows < total.weight.value
    added = rows + (funds.value if funds is not None and under else Decimal(0))
    if added <= total.weight.value:
        return None
    shown = show(added, 0)
    with_funds = f"（含资金行分值{funds.text}分）" if added != rows and funds is not None else ""
    message = (
        f"各项分值合计{shown}分{with_funds}，超过总分的分值{total.weight.text}分；"
        "各项分值应合计为总分。"
    )
    return _on_total("weight-total-mismatch", total, total.weight, message, shown)

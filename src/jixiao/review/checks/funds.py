"""The 资金 row of a 自评表, and the score rules rows share with it.

* a 得分 above its 分值;
* the 执行率 score: 分值 × 执行率, capped at the 分值 (the national layout's rule): full
  marks are due at 100 %, and no more than the proportional share below it (rounding to the
  digits written allowed; a lower score is left alone, since some provinces score in bands);
* the 执行率 against 全年执行数 ÷ 全年预算数 when every column of the row is filled;
* 年度资金总额 against its source rows, column by column (:mod:`jixiao.review.checks.fund_sources`);
* a layout with no 执行率 column whose row states its rule (Guizhou's 部门整体 form:
  年初预算数(A) | 全年执行数(B) | 分值 | 得分 | 得分计算方法, “执行率*该指标分值,
  最高不得超过分值上限”): the 得分 of the total and of each row under it (基本支出,
  项目支出) against 分值 × B ÷ A.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_DOWN
from decimal import ROUND_HALF_UP
from decimal import Decimal
from functools import partial

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.cell_quotes import show
from jixiao.review.checks.fund_sources import fund_sources
from jixiao.review.model import Paragraph
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.sources import SourceRow

HUNDRED = Decimal(100)
#: The score rule written in the row: “执行率*该指标分值”, “执行率×分值”.
_RATE_RULE = re.compile(r"执行率\s*[*×xX]\s*(?:该指标|该项)?分值")


def over_weight(
    paragraph: Paragraph, name: str, weight: Figure, score: Figure, due: Decimal | None
) -> ReviewFinding:
    right = show(due, score.places) if due is not None else weight.text
    message = (
        f"“{name}”得分{score.text}分，超过该项分值{weight.text}分"
        + (f"；按分值×执行率应得{right}分" if due is not None else "")
        + "，疑为填报错位或计分有误。"
    )
    return make_finding(
        "table-score-over-weight",
        paragraph,
        message,
        span=quote_span(paragraph, score.text),
        stated=score.text,
        recomputed=right,
    )


def rate_score_due(weight: Figure, rate: Figure) -> Decimal:
    """The 执行率 score of the national layout: 分值 × 执行率, at most the 分值."""
    return min(weight.value, weight.value * rate.value / HUNDRED)


#: A band rule's full marks: the 执行率 it starts at, and the points when it names them.
FullMarks = tuple[tuple[Decimal, Decimal | None], ...]


def rate_score(
    paragraph: Paragraph,
    name: str,
    weight: Figure,
    rate: Figure,
    score: Figure,
    goal: Figure | None = None,
    strict: bool = False,
    full_from: FullMarks = (),
    places: int = 0,
) -> ReviewFinding | None:
    """``goal``: the row's 年度指标值, when the 执行率 may be scored against it instead.
    A 分值 of the whole table (100) on the 资金 row holds the table's total and score, not
    the 执行率's (“分值 100 … 得分 98” beside 执行率 83.5%): nothing to recompute. With
    ``strict`` (no band rule in the document), a score below 分值 × 执行率 rounded half-up to
    the places written is wrong too (9 × 95.86% = 8.63 written 8). ``full_from``: the document's
    own band rules that give full marks from a 执行率 on (“执行率≥95%得满分”). ``places``: the
    digits the table writes its 总分 to; full marks written whole (10 for 10 × 95.60%) are held
    to them, not to the score's own."""
    if weight.value >= MAX_WEIGHT:
        return _whole_weight(paragraph, name, weight, rate, score)
    if score.value == weight.value and any(
        rate.value >= floor and points in {None, weight.value} for floor, points in full_from
    ):
        return None
    due = rate_score_due(weight, rate)
    if score.value > weight.value:
        return over_weight(paragraph, name, weight, score, due)
    most = due
    if goal is not None and goal.percent and goal.value > 0:
        most = max(due, min(weight.value, weight.value * rate.value / goal.value))
    digits = max(places, score.places) if score.value == weight.value else score.places
    written = most.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    full_but_short = rate.value >= HUNDRED and score.value < weight.value
    below = strict and goal is None and score.value < written
    if not full_but_short and not below and score.value <= written:
        return None
    exact = show(due, 2)
    shown = show(due, digits)
    due_text = f"{exact}分" if exact == shown else f"{exact}分（保留至表中位数为{shown}分）"
    cut = most.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_DOWN) == score.value
    message = (
        f"“{name}”执行率{rate.text}、分值{weight.text}分，按分值×执行率应得{due_text}，"
        f"表中为{score.text}分" + ("（截位而非四舍五入）。" if cut else "。")
    )
    return _score_finding("rate-score-mismatch", paragraph, message, (rate, score), shown)


def _score_finding(
    code: str, paragraph: Paragraph, message: str, said: tuple[Figure, Figure], right: str
) -> ReviewFinding:
    """A finding on a row's 执行率 and 得分 (``said``), the 得分 stated and ``right`` for it."""
    rate, score = said
    return make_finding(
        code,
        paragraph,
        message,
        span=quote_span(paragraph, rate.text, score.text),
        stated=score.text,
        recomputed=right,
    )


def _whole_weight(
    paragraph: Paragraph, name: str, weight: Figure, rate: Figure, score: Figure
) -> ReviewFinding | None:
    """The 资金 row's 分值 written as the whole table's 100, its 得分 not 100 × 执行率 (the
    table's total, or the 执行率's own points): which the row means cannot be told, and the
    row says neither. A 得分 that is 100 × 执行率 is the row's own reading, and holds."""
    if weight.value != MAX_WEIGHT:
        return None
    due = rate_score_due(weight, rate)
    if score.value == due.quantize(Decimal(1).scaleb(-score.places), rounding=ROUND_HALF_UP):
        return None
    message = (
        f"“{name}”分值填为{weight.text}分（全表总分），执行率{rate.text}，得分{score.text}分，"
        f"与分值×执行率{show(due, 2)}分不对应；资金行应填预算执行率一项的分值及其得分。"
    )
    return _score_finding("funds-weight-whole", paragraph, message, (rate, score), show(due, 2))


def _amounts_rate(columns: dict[str, Figure], complete: bool = True) -> Decimal | None:
    """全年执行数 ÷ 全年预算数 × 100 from a row's own amounts, when it gives both."""
    budget, executed = columns.get("budget"), columns.get("executed")
    if not complete or budget is None or executed is None or budget.value <= 0:
        return None
    return executed.value / budget.value * HUNDRED


def _funds_rate(row: FundsRow) -> ReviewFinding | None:
    return rate_finding(row.columns, row.complete, row.at("rate"), "")


def _same_money_scores(row: FundsRow, source: SourceRow) -> ReviewFinding | None:
    """A source row that repeats the total's money but scores it otherwise (年度资金总额 得分9,
    其中:当年财政拨款 得分8, the same 200 / 179.43 on both)."""
    mine, theirs = row.columns.get("score"), source.columns.get("score")
    if mine is None or theirs is None or mine.value == theirs.value:
        return None
    label = source.label.removeprefix("其中").lstrip(":： ")
    message = (
        f"“{label}”行与年度资金总额行的预算数、执行数相同，得分却为{theirs.text}分，"
        f"而总额行为{mine.text}分，同一笔资金两处得分不一{_due_score(row)}，请核实。"
    )
    return make_finding(
        "source-score-mismatch",
        source.paragraph,
        message,
        span=quote_span(source.paragraph, theirs.text),
        stated=theirs.text,
        recomputed=mine.text,
    )


def _due_score(row: FundsRow) -> str:
    """“；按分值10分×执行率89.72%应得8.97分”: what both rows should score, or nothing when
    the row has no 分值 of the national layout."""
    weight, rate = row.columns.get("weight"), row.columns.get("rate")
    if weight is None or rate is None or weight.value >= MAX_WEIGHT:
        return ""
    exact = _amounts_rate(row.columns, row.complete)
    exact = rate.value if exact is None else exact
    due = min(weight.value, weight.value * exact / HUNDRED)
    return f"；按分值{weight.text}分×执行率{show(exact, 2)}%应得{show(due, 2)}分"


def _source_rates(row: FundsRow) -> Iterator[ReviewFinding]:
    """Each source row's own 执行率 against its own amounts (“其他资金 0 1.8 1.8 —— 0 ——”);
    under a total with no 执行率 of its own, a row repeating its amounts too (the Chongqing
    form's 其中:财政拨款), a row nested in it with the same figures said once."""
    keys = ("budget", "executed", "rate")
    shown = {k: v.text for k, v in row.columns.items() if k in keys}
    said: list[dict[str, str]] = []
    for source in row.source_rows:
        full = {k: v.text for k, v in source.columns.items() if k in keys}
        if "rate" in shown and {k: v for k, v in full.items() if k in shown} == shown:
            scores = _same_money_scores(row, source)
            if scores is not None:
                yield scores
            continue  # the only source repeats the total's figures: said once, at the total
        if full in said:
            continue
        said.append(full)
        finding = rate_finding(source.columns, True, source.paragraph, f"“{source.name}”的")
        if finding is not None:
            yield finding


def _capped(exact: Decimal, rate: Figure) -> bool:
    """More spent than budgeted, and the rate written as 100% (the cap), not below it."""
    return exact > HUNDRED and abs(rate.value - HUNDRED) <= rate.ulp


def rate_finding(
    columns: dict[str, Figure], complete: bool, paragraph: Paragraph, whose: str
) -> ReviewFinding | None:
    rate, exact = columns.get("rate"), _amounts_rate(columns, complete)
    if rate is None or exact is None or abs(exact - rate.value) <= rate.ulp:
        return None
    if _capped(exact, rate):
        return None  # spent above the budget, the rate written capped at 100%
    budget, executed = columns["budget"], columns["executed"]
    right = f"{show(exact, max(rate.places, 0))}%"  # “0” read as a fraction keeps no digits
    quotient = f"全年执行数{executed.text}÷全年预算数{budget.text}"
    cut = exact.quantize(Decimal(1).scaleb(-rate.places), rounding=ROUND_DOWN)
    if cut == rate.value:  # 27.8 ÷ 29 = 0.95862 written 0.958: cut, not rounded
        code = "rounding-truncated"
        message = (
            f"{whose}执行率按{quotient}＝{show(exact, 4)}%，"
            f"四舍五入应为{right}，表中为{rate.text}（截位而非四舍五入）。"
        )
    else:
        code = "table-rate-mismatch"
        follows = _follows(columns, exact)
        message = f"{whose}执行率应为{quotient}＝{show(exact, 2)}%，表中为{rate.text}{follows}。"
    return make_finding(
        code,
        paragraph,
        message,
        span=quote_span(paragraph, rate.text),
        stated=rate.text,
        recomputed=right,
    )


def _follows(columns: dict[str, Figure], exact: Decimal) -> str:
    """What a wrong rate carries into the score worked from it (“…，表中为100%；得分随之有误：
    按复算的执行率应得7.50分，表中为10分”), or nothing when the score does not follow it."""
    weight, rate, score = (columns.get(k) for k in ("weight", "rate", "score"))
    if weight is None or rate is None or score is None or weight.value >= MAX_WEIGHT:
        return ""
    step = Decimal(1).scaleb(-score.places)
    on_stated = rate_score_due(weight, rate).quantize(step, rounding=ROUND_HALF_UP)
    due = min(weight.value, weight.value * exact / HUNDRED)
    if score.value != on_stated or score.value == due.quantize(step, rounding=ROUND_HALF_UP):
        return ""
    return f"；得分随之有误：按复算的执行率应得{show(due, 2)}分，表中为{score.text}分"


def _amounts_figure(columns: dict[str, Figure], complete: bool, rate: Figure) -> Figure | None:
    """执行数 ÷ 预算数 as a rate, when the row gives both (not where the rate written is the
    100% cap of an overspent budget): the score is worked from the amounts, not from a rate
    printed to one decimal, nor from a rate cell that is wrong (that is said on its own)."""
    exact = _amounts_rate(columns, complete)
    if exact is None or _capped(exact, rate):
        return None
    return Figure(exact, True, f"{show(exact, 2)}%")


def _ruled_rates(row: FundsRow, strict: bool) -> Iterator[ReviewFinding]:
    """With no 执行率 column and the rule written in the row, each row's 得分 against its
    分值 × 执行数 ÷ 预算数 (the 年初预算数 where it is the only budget column)."""
    if "rate" in row.columns or not _RATE_RULE.search(row.paragraph.text):
        return
    named = [("预算执行率", row.at("score"), row.columns)]
    named += [
        (s.label.removeprefix("其中").lstrip(":： "), s.paragraph, s.columns)
        for s in row.source_rows
    ]
    for number, (name, paragraph, columns) in enumerate(named):
        base = columns.get("budget", columns.get("initial"))
        weight, executed, score = (columns.get(k) for k in ("weight", "executed", "score"))
        if base is None or weight is None or executed is None or score is None:
            continue
        if base.value <= 0:
            continue
        if number == 0 and score.value > weight.value:
            continue  # the total's over-weight score is said by the row's own check
        exact = executed.value / base.value * HUNDRED
        rate = Figure(exact, True, f"{show(exact, 2)}%")
        finding = rate_score(paragraph, name, weight, rate, score, strict=strict)
        if finding is not None:
            yield finding


def _row_score(
    columns: dict[str, Figure],
    complete: bool,
    at: Paragraph,
    strict: bool,
    full_from: FullMarks,
    places: int,
) -> ReviewFinding | None:
    """A row's 执行率 得分 against its 分值 × 执行率 (see :func:`rate_score`)."""
    weight, rate, score = (columns.get(k) for k in ("weight", "rate", "score"))
    if weight is None or score is None:
        return None
    if rate is None:
        return (
            over_weight(at, "预算执行率", weight, score, None)
            if score.value > weight.value
            else None
        )
    amounts = _amounts_figure(columns, complete, rate)
    agrees = amounts is not None and abs(amounts.value - rate.value) <= rate.ulp
    scored = amounts if amounts is not None and agrees else rate
    scored_at = partial(
        rate_score, at, "预算执行率", weight, strict=strict, full_from=full_from, places=places
    )
    finding = scored_at(scored, score)
    if finding is not None and agrees and scored is not rate:
        # 20 × 89.8% = 17.96 beside amounts giving 89.76%: the rate as written is right
        finding = finding if scored_at(rate, score) is not None else None
    if finding is not None and amounts is not None and not agrees:
        # a score that follows the amounts is right even where the rate cell is wrong
        finding = scored_at(amounts, score)
    return finding


def funds_findings(
    row: FundsRow, strict: bool = False, full_from: FullMarks = (), places: int = 0
) -> Iterator[ReviewFinding]:
    """The 资金 row's score, rate and sums (``strict``, ``full_from``, ``places``: see
    :func:`rate_score`)."""
    yield from _ruled_rates(row, strict)
    scored = partial(_row_score, strict=strict, full_from=full_from, places=places)
    finding = scored(row.columns, row.complete, row.at("score"))
    if finding is not None:
        yield finding
    if "score" not in row.columns:
        # the Chongqing form scores the 执行率 on the 其中:财政拨款 row, the total left bare
        for source in row.source_rows:
            finding = scored(source.columns, True, source.paragraph)
            if finding is not None:
                yield finding
    rate_finding = _funds_rate(row)
    if rate_finding is not None:
        yield rate_finding
    yield from fund_sources(row)
    yield from _source_rates(row)

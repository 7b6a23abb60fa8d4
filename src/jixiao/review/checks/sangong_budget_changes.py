"""A “三公” kind's change against its budget, said in prose, against the 预算数 and 决算数 of
its row in the document's “三公” table:

    公务接待费 | 14.9 | 5.21
    …公务接待费支出5.21万元，与2021年度预算相比，减少0.1万元…      → 14.9 − 5.21 = 9.69

The sentence names the kind and its spending, which must be the row's 决算数 (so the row is
the one spoken of), then the change against the budget (与…预算相比, 比预算, 较预算): 减少 or
增加 an amount, or 无增减 / 无变化 / 持平 for none. The change is the row's 预算数 less its
决算数, within the rounding of the figures written; a kind left blank spent nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.sangong_table import kind_of_label
from jixiao.review.checks.sangong_table import sangong_tables
from jixiao.review.checks.total_rows import money_value
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import doc_sentences

_NUMBER = r"\d+(?:\.\d+)?"
_CLAIM = re.compile(
    r"(?P<kind>因公出国[（(]境[)）]费|公务接待费|公务用车购置及运行维护费|公务用车运行维护费"
    r"|公务用车购置费)[^。；;，,\d]{0,12}?(?P<spent>" + _NUMBER + r")\s*万元[，,]\s*"
    r"(?:与|较|比)(?:(?!上年|去年|上一年)[^，。；;,]){0,14}?预算(?:数)?(?:相比|比较)?[，,]?\s*"
    r"(?:(?P<way>减少|增加|节约|超支)了?\s*(?P<change>" + _NUMBER + r")\s*万元"
    r"|(?P<none>无增减|无变化|持平|没有变化))"
)
_BUDGET = re.compile(r"预算")
_FINAL = re.compile(r"决算|实际|支出")


@dataclass(frozen=True, slots=True)
class _Row:
    budget: Figure
    final: Figure


def _columns(names: list[str]) -> tuple[int, int] | None:
    """The 预算数 and the 决算数 columns of a “三公” table (one of each)."""
    budget = [i for i, n in enumerate(names) if i and _BUDGET.search(n) and "决算" not in n]
    final = [i for i, n in enumerate(names) if i and _FINAL.search(n) and "预算" not in n]
    return (budget[0], final[0]) if len(budget) == 1 and len(final) == 1 else None


def _figure(row: TableRow, column: int) -> Figure | None:
    if row.blank(column):
        return Figure(Decimal(0), False, "0")
    return money_value(row, column)


def _rows(doc: ReportDoc) -> dict[str, _Row]:
    """Each kind's 预算数 and 决算数, from the one “三公” table whose columns are plain."""
    found: dict[str, _Row] = {}
    for header, kinds in sangong_tables(doc):
        names = header_names(header, len(header) - 1)
        columns = _columns(names) if names is not None else None
        if columns is None:
            continue
        for kind, row in kinds.items():
            budget, final = (_figure(row, c) for c in columns)
            if budget is not None and final is not None:
                found.setdefault(kind, _Row(budget, final))
    return found


def _said(match: re.Match[str]) -> Decimal:
    """The change the sentence states, signed as budget less spending."""
    if match.group("none"):
        return Decimal(0)
    change = Decimal(match.group("change"))
    return change if match.group("way") in ("减少", "节约") else -change


def _written(text: str) -> Figure:
    """A figure of the sentence, with the rounding its written digits allow."""
    return Figure(Decimal(text), False, text)


def _judged(match: re.Match[str], row: _Row) -> tuple[str, str] | None:
    """The stated change and the right one, when they differ beyond rounding."""
    spent = _written(match.group("spent"))
    if abs(spent.value - row.final.value) > spent.ulp + row.final.ulp:
        return None  # another figure than the row's: not the row spoken of
    right = row.budget.value - row.final.value
    said = _said(match)
    slack = row.budget.ulp + row.final.ulp + _written(match.group("change") or "0").ulp
    if abs(said - right) <= slack:
        return None
    stated = match.group("none") or f"{match.group('way')}{match.group('change')}万元"
    places = max(row.budget.places, row.final.places, 2)
    if right == 0:
        return stated, "无增减"
    return stated, f"{'减少' if right > 0 else '增加'}{fmt(abs(right), places)}万元"


def _findings(doc: ReportDoc, rows: dict[str, _Row]) -> Iterator[ReviewFinding]:
    for sentence in doc_sentences(doc):
        for match in _CLAIM.finditer(sentence.text):
            kind = kind_of_label(match.group("kind"))
            row = rows.get(kind or "")
            judged = _judged(match, row) if row is not None else None
            if row is None or judged is None:
                continue
            stated, right = judged
            message = (
                f"表中{match.group('kind')}预算数{row.budget.text}万元、决算数{row.final.text}万元，"
                f"与预算相比应{right}，文中为{stated}，请核实。"
            )
            start = sentence.start + match.start("spent")
            yield make_finding(
                "difference-mismatch",
                sentence.paragraph,
                message,
                span=(start, sentence.start + match.end()),
                stated=stated,
                recomputed=right,
            )


def check_sangong_budget_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """Each “三公” kind's change against its budget that its table's row does not give."""
    rows = _rows(doc)
    return list(_findings(doc, rows)) if rows else []

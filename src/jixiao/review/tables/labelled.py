"""The 资金 block of a 自评表 written as labels and values, not under a header row.

Two forms are read, each only where every figure stands right after its own label:

* the Hebei form, a row to a line or a cell to a line: “预算数: | 95 | 到位数: | 95 |
  执行数: | 82.65 | 87%” (the rate written without its % under a header “预算执行进度(%)”),
  with its sources below, one label to a column: “其中:财政资金 95 其中:财政资金 95
  其中:财政资金 82.65 / 其他 0 其他 0 其他 0”;
* the lettered form of the 转移支付 tables, “预算数(A) 5.8万 执行率(B/A) 100% /
  执行数(B) 5.8万”: each amount after its letter and the rate after its formula, in any order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.columns import MONEY_SUFFIX
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.level_columns import level_funds

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
#: Cells kept apart by a bar or a space (“预算数:|95|执行数:|82.65|87%”), so that no figure
#: runs into the next one.
_LABELLED = re.compile(
    rf"^预算数[:：]?\|?(?P<budget>{_NUMBER})\|(?:到位数[:：]?\|?(?P<arrived>{_NUMBER})\|)?"
    rf"执行数[:：]?\|?(?P<executed>{_NUMBER})(?:\|(?P<rate>{_NUMBER}%?))?(?:\||$)"
)
#: A header that writes the rate's % once for the column (“预算执行进度(%)”).
_PERCENT_HEADER = re.compile(r"(?:执行进度|执行率)\s*[（(]\s*[%％]\s*[)）]")
_OVER_ARRIVED = re.compile(r"执行数\s*[/÷]\s*到位数")
_LINES = 16
_BARS = re.compile(r"[\s|｜]+")
_UNIT_ONLY = re.compile(r"^(?:万元|元|万)$")
_SOURCE_LABEL = re.compile(r"^(?:其中[:：]?)?(?P<name>[^\d|:：]{2,8}?)[:：]?$")

_AMOUNT = rf"(?P<value>{_NUMBER})\s*(?P<unit>万元|万|元)?(?![\d.%])"
_LETTERED = re.compile(
    rf"(?:预算|执行)数?\s*[（(]\s*(?P<letter>[A-F])\s*[)）]\s*[:：]?\s*{_AMOUNT}"
)
_LETTERED_RATE = re.compile(
    r"执行率\s*[（(]\s*(?P<num>[A-F])\s*[/÷]\s*(?P<den>[A-F])\s*(?:[×*xX]\s*100\s*%)?\s*[)）]"
    rf"\s*[:：]?\s*(?P<value>{_NUMBER}%)"
)
_LETTERED_LINES = 4


def _cells(paragraph: Paragraph) -> str:
    """The paragraph's cells joined by bars (a space between cells is one)."""
    text = "|".join(paragraph.cells) if paragraph.cells else paragraph.text
    return _BARS.sub("|", text).strip("|")


def _rate(text: str, header: str) -> Figure | None:
    """The rate cell; a bare figure only under a header that writes the % for the column."""
    value = figure(text)
    if value is None or value.percent:
        return value
    if "." not in value.text:
        return None  # “10”, “18”: a 分值 or 得分 where the rate cell is blank
    return Figure(value.value, True, value.text) if _PERCENT_HEADER.search(header) else None


def _sources(cells: list[str], width: int) -> list[list[Figure | None]]:
    """The source rows after the block, each label written once per column (“其中:财政资金
    | 95 | 其中:财政资金 | 95 | 其他 | 0 | 其他 | 0”): a figure for each column."""
    kept: list[str] = []
    for cell in cells:  # “2.83 | 万元”: the unit of the figure before it, not a cell
        if not (_UNIT_ONLY.match(cell) and kept and figure(kept[-1]) is not None):
            kept.append(cell)
    rows: dict[str, list[Figure]] = {}
    blank: set[str] = set()
    for label, value in zip(kept[::2], kept[1::2], strict=False):
        match = _SOURCE_LABEL.match(label)
        if match is None:
            break
        if _UNIT_ONLY.match(value):
            blank.add(match.group("name"))  # “地方资金/其他 | 万元”: a source left blank
            continue
        amount = figure(MONEY_SUFFIX.sub("", value))
        if amount is None and not re.search(r"\d", value):
            break  # the block has ended (“三、目标完成情况 | 年度预期目标”)
        if amount is None or amount.percent:
            return []  # a source whose figure cannot be read: the sum would be partial
        rows.setdefault(match.group("name"), []).append(amount)
    if not rows or any(len(values) != width for values in rows.values()) or blank & set(rows):
        return []
    if len(rows) + len(blank) < 2:
        return []  # one 其中 row alone may name only part of the total
    return [list(values) for values in rows.values()]


def _hebei(paragraphs: Sequence[Paragraph], at: int) -> FundsRow | None:
    text = "|".join(_cells(p) for p in paragraphs[at : at + _LINES])
    match = _LABELLED.match(text)
    if match is None:
        return None
    header = "".join(p.text for p in paragraphs[max(0, at - 3) : at])
    budget, executed = figure(match.group("budget")), figure(match.group("executed"))
    if budget is None or executed is None:
        return None
    arrived = figure(match.group("arrived") or "")
    width = 3 if arrived else 2
    sources = _sources(text[match.end() :].strip("|").split("|"), width)
    # the 到位数's sources are checked in a column of its own
    columns = {"budget": budget, "executed": executed} | ({"arrived": arrived} if arrived else {})
    rate = _rate(match.group("rate") or "", header)
    if rate is not None and _OVER_ARRIVED.search(header):
        if arrived is None:
            return None
        # “资金执行率(%)(执行数/到位数)”: the rate over what arrived, no sources checked
        columns, sources = {"budget": arrived, "executed": executed}, []
    if rate is not None:
        columns["rate"] = rate
    elif not sources:
        return None  # no rate and no sources: nothing to check
    return FundsRow(paragraphs[at], columns, True, {}, sources)


def _lettered(paragraphs: Sequence[Paragraph], at: int) -> FundsRow | None:
    """The rate labelled with its formula (“执行率(B/A) 100%”) and the amounts labelled with
    its letters in the lines around it, each letter once."""
    rate = _LETTERED_RATE.search(paragraphs[at].text)
    if rate is None:
        return None
    near = paragraphs[max(0, at - _LETTERED_LINES) : at + _LETTERED_LINES + 1]
    found: dict[str, set[str]] = {}
    for paragraph in near:
        for match in _LETTERED.finditer(paragraph.text):
            unit = (match.group("unit") or "").replace("万元", "万")
            found.setdefault(match.group("letter"), set()).add(f"{match.group('value')}|{unit}")
    values = [found.get(rate.group(k), set()) for k in ("den", "num")]
    if any(len(v) != 1 for v in values):
        return None  # a letter without its figure, or with two
    (budget_text, budget_unit), (executed_text, executed_unit) = (
        v.pop().split("|") for v in values
    )
    if budget_unit != executed_unit:
        return None  # “58000元 … 5.8万元”: in two units
    budget, executed = figure(budget_text), figure(executed_text)
    stated = figure(rate.group("value"))
    if budget is None or executed is None or stated is None:
        return None
    return FundsRow(
        paragraphs[at], {"budget": budget, "executed": executed, "rate": stated}, True, {}
    )


def labelled_funds(doc: ReportDoc) -> list[FundsRow]:
    """The 资金 blocks written as labels and values (see the module's note)."""
    rows: list[FundsRow] = []
    paragraphs = doc.paragraphs
    for at, paragraph in enumerate(paragraphs):
        if _cells(paragraph).startswith("预算数"):
            row = _hebei(paragraphs, at)
        elif paragraph.text.startswith("计划安排资金"):
            row = level_funds(paragraphs, at)
        elif "执行率" in paragraph.text:
            row = _lettered(paragraphs, at)
        else:
            row = None
        if row is not None:
            rows.append(row)
    return rows

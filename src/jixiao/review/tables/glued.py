"""Rows of a 自评表 whose cells an OCR or a 文库 export glued together, read from the text.

Three shapes are read, each only where its pattern leaves no doubt:

* the 资金 row, “年度资金总额593.27593.27448.641076%10”: amounts to the cent, then 分值,
  执行率 and 得分;
* a 预算执行率 row, “预算执行率10一100%9”: 分值, 执行率 (after a dash or a target), 得分;
* a met row, “完成时间52021年12月完成2021年12月完成4”: a name, its 分值, the 年度指标值
  written twice (the 实际完成值 repeats it), then its 得分.

The 资金 block written as labels and values is read in :mod:`jixiao.review.tables.labelled`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import COUNT_UNITS
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.glued_whole import glued_whole_funds
from jixiao.review.tables.sources import SOURCE_LABEL

GLUED_FUNDS = re.compile(
    r"年度资金总额\s*(?P<initial>\d+\.\d{2})(?P<budget>\d+\.\d{2})(?P<executed>\d+\.\d{2})"
    r"(?P<weight>[1-9]\d?)(?P<rate>(?:1\d\d|[1-9]?\d)(?:\.\d{1,2})?%)"
    r"(?P<score>\d{1,2}(?:\.\d{1,2})?)(?![\d.%])"
)
#: The 转移支付 form, “年度资金总额50万元47.6895.00%”: 全年预算数 with its unit, 全年执行数
#: to the cent, 执行率 to two places (no 分值 or 得分 column).
GLUED_MONEY_RATE = re.compile(
    r"年度资金总额\s*(?P<budget>\d+(?:\.\d{1,2})?)万元(?P<executed>\d+\.\d{2})"
    r"(?P<rate>(?:100|[1-9]?\d)\.\d{2}%)(?![\d.%])"
)
#: Two amounts each closed by its unit, then 执行率 and 得分, “年度财政资金总额10万10万95%20”
#: (a Hubei form): the units cut the cells one way only, so the row is read in a report too.
GLUED_UNITS = re.compile(
    r"年度(?:财政)?资金总额\s*[:：]?\s*(?P<budget>\d+(?:\.\d{1,4})?)万元?"
    r"(?P<executed>\d+(?:\.\d{1,4})?)万元?"
    r"(?P<rate>(?:1\d\d|[1-9]?\d)(?:\.\d{1,2})?%)(?P<score>\d{1,2}(?:\.\d{1,2})?)?(?![\d.%])"
)
#: Two amounts (全年预算数, 全年执行数), then 分值, 执行率 and 得分 where the layout has them:
#: “年度资金总额:310.2154.741050%5”, “年度资金总额194.9184.9100%”. Where the cells split more
#: than one way (310.2 and 154.74, or 310.21 and 54.74), the split whose amounts give the
#: stated 执行率 is the one meant; with none, the one split whose amounts come within
#: ``_NEAR_POINTS`` of it (a 执行率 written 49% for 49.88%); else the one nearest it; else the
#: one whose amounts have the same decimals.
#: Nothing of the row after its 得分: no digit, and no unit of a reason's own figure glued
#: to it (“…50%52个活动推迟”: the 得分 5, then “2个活动…”, cannot be cut for sure).
_NO_MORE = rf"(?![\d.%{COUNT_UNITS}])"
GLUED_TWO = {
    (first, second, weighted): re.compile(
        rf"(?:年度资金总额|其中[:：]?[\u4e00-\u9fff、]{{2,16}}?)\s*[:：]?\s*"
        rf"(?P<budget>[1-9]\d*\.\d{{{first}}})"
        rf"(?P<executed>(?:0|[1-9]\d*)\.\d{{{second}}})"
        + (r"(?P<weight>[1-9]\d?)(?=(?:100|[1-9]?\d)(?:\.\d{1,2})?%)" if weighted else "")
        + r"(?P<rate>(?:100|[1-9]?\d)(?:\.\d{1,2})?%)(?P<score>\d{1,2}(?:\.\d{1,2})?)?"
        + _NO_MORE
    )
    for first in (1, 2)
    for second in (1, 2)
    for weighted in (True, False)  # “…194.998%”: a 分值 9 and 8%, or 98% (the readings judge)
}
#: Whole amounts written three times, “年度资金总额3555035550355501082.12%8.5”: 年初 = 全年 =
#: 执行 = 35550, then 分值 10, 执行率 82.12%, 得分 8.5 (read only when the split is unique).
_TRIPLED = re.compile(
    r"年度资金总额\s*(?P<run>\d{7,}(?:\.\d{1,2})?%)(?P<score>\d{1,2}(?:\.\d{1,2})?)(?![\d.%])"
)
_NEAR_POINTS = Decimal(2)
_WEIGHT_RATE = re.compile(r"(?P<weight>[1-9]\d?)(?P<rate>(?:100|[1-9]?\d)(?:\.\d{1,2})?%)")
_RATE_ROW = re.compile(
    r"(?:预算)?执行率\s*(?P<w>\d{1,2})"
    r"(?:\s*[一—\-－/]\s*|\s+\d{1,3}(?:\.\d{1,2})?%\s+|\s+)"
    r"(?P<r>\d{1,3}(?:\.\d{1,2})?%)\s*(?P<s>\d{1,2}(?:\.\d{1,2})?)(?![\d.%])"
)
_MET_ROW = re.compile(
    r"(?P<name>[^\s\d，。；,;:：]{2,12}?)(?P<w>\d{1,2})"
    r"(?P<t>(?:\d{4}年)?(?:\d{1,2}月)?[^\s\d，。；,;]{2,20}?)(?P=t)"
    r"(?P<s>\d{1,2}(?:\.\d)?)(?![\d.%万元个人件项次])"
)


#: A met row in the national column order, “演出设备成本…2万元2万元2018”: the 年度指标值
#: written twice (the 实际完成值 repeats it), then 分值 and 得分 (20 and 18).
_MET_AFTER = re.compile(
    r"(?<![\d.])(?P<t>[\d.]{0,11}?[^\d\s.，。；,;:：|｜][^\s，。；,;:：|｜]{0,10}?)(?P=t)"
    r"(?P<w>[1-9]\d?)(?P<s>[1-9]\d?(?:\.\d{1,2})?)(?![\d.%])"
)
#: The header of the national layout: 年度指标值 and 实际完成值 stand before 分值.
_NATIONAL_ORDER = re.compile(r"三级指标.{0,6}(?:年度)?指标值.{0,12}分值")


@dataclass(frozen=True, slots=True)
class GluedRow:
    """A row read from glued text: a 预算执行率 row (``rate`` set) or a met row (``target``
    set: its 年度指标值, which its 实际完成值 repeats)."""

    paragraph: Paragraph
    name: str
    weight: Figure
    score: Figure
    rate: Figure | None = None
    target: str = ""


def _tripled(run: str) -> dict[str, str] | None:
    """One amount written three times, then 分值 and 执行率: the only way to split ``run``."""
    splits: list[dict[str, str]] = []
    for size in range(1, len(run) // 3 + 1):
        amount = run[:size]
        if run[size : 2 * size] != amount or run[2 * size : 3 * size] != amount:
            continue
        rest = _WEIGHT_RATE.fullmatch(run[3 * size :])
        if rest is not None and not amount.startswith("0"):
            columns = {"initial": amount, "budget": amount, "executed": amount}
            splits.append(columns | rest.groupdict())
    return splits[0] if len(splits) == 1 else None


def _glued_matches(text: str) -> list[dict[str, str]]:
    found = [m.groupdict() for m in GLUED_FUNDS.finditer(text)]
    found += [m.groupdict() for m in GLUED_MONEY_RATE.finditer(text)]
    if not found:
        found += _two_amounts(text)
    for match in _TRIPLED.finditer(text):
        columns = _tripled(match.group("run"))
        if columns is not None:
            found.append(columns | {"score": match.group("score")})
    return found


def _rate_gap(cells: dict[str, str]) -> Decimal | None:
    """How far the 执行率 the amounts give is from the stated one, in points."""
    budget, executed, rate = (figure(cells[k]) for k in ("budget", "executed", "rate"))
    if budget is None or executed is None or rate is None or not budget.value:
        return None
    return abs(executed.value / budget.value * 100 - rate.value)


def _gives_rate(cells: dict[str, str]) -> bool:
    gap = _rate_gap(cells)
    places = len(cells["rate"].rstrip("%").partition(".")[2])
    return gap is not None and gap <= Decimal(5).scaleb(-places - 1)  # half its last digit


def _near_rate(cells: dict[str, str]) -> bool:
    """The amounts give a rate within a slip of the stated one (49% for 49.88%)."""
    gap = _rate_gap(cells)
    return gap is not None and gap <= _NEAR_POINTS


def _nearest(readings: list[tuple[tuple[int, int, bool], dict[str, str]]]) -> list[dict[str, str]]:
    """The one reading whose amounts give the rate nearest the stated one: when none gives
    it, the rate is wrong whichever way the cells split, and the nearest split is the likelier
    (310.2 | 154.74 gives 49.88% against 60%, 310.21 | 54.74 only 17.65%)."""
    gaps = [
        (gap, cells)
        for _, cells in readings
        if (gap := _rate_gap(cells)) is not None and _same_order(cells)
    ]
    if not gaps:
        return []
    least = min(gap for gap, _ in gaps)
    nearest = [cells for gap, cells in gaps if gap == least]
    return nearest if len(nearest) == 1 else []


def _same_order(cells: dict[str, str]) -> bool:
    """The amounts give a rate within half and twice the stated one: a cut that gives 0.09%
    for a stated 92.37% has glued another column (a 年初预算数) into an amount."""
    budget, executed, rate = (figure(cells[k]) for k in ("budget", "executed", "rate"))
    if budget is None or executed is None or rate is None or not budget.value:
        return False
    given = executed.value / budget.value * 100
    return rate.value / 2 <= given <= rate.value * 2


def _two_amounts(text: str) -> list[dict[str, str]]:
    """The one reading of a glued row of two amounts (see ``GLUED_TWO``)."""
    by_row: dict[int, list[tuple[tuple[int, int, bool], dict[str, str]]]] = {}
    for places, pattern in GLUED_TWO.items():
        for match in pattern.finditer(text):
            cells = {k: v for k, v in match.groupdict().items() if v is not None}
            by_row.setdefault(match.start(), []).append((places, cells))
    rows: list[dict[str, str]] = []
    for readings in by_row.values():  # each 年度资金总额 of the paragraph on its own
        agreeing = [cells for _, cells in readings if _gives_rate(cells)]
        near = [cells for _, cells in readings if _near_rate(cells)]
        even = [c for places, c in readings if places[0] == places[1] and _same_order(c)]
        chosen = agreeing or (near if len(near) == 1 else _nearest(readings) or even)
        rows.extend(chosen if len(chosen) == 1 else [])
    return rows


_MONEY_ROLES = ("initial", "budget", "executed")
#: A source row under a glued 资金 row, its amounts glued too and its other cells blank:
#: “上年结转资金020.0016.00———”.
_GLUED_SOURCE = re.compile(
    r"^(?:其中\s*[:：]?\s*)?(?P<label>[\u4e00-\u9fff（）()]{2,14}?)(?P<run>\d[\d.]*)[—\-－/]*$"
)
_SOURCE_LINES = 4


def _amounts(run: str, count: int, places: int) -> list[str] | None:
    """The one way ``run`` splits into ``count`` amounts, each 0 or to ``places`` decimals."""
    amount = rf"(?:0|[1-9]\d*\.\d{{{places}}}|0\.\d{{{places}}})" if places else r"(?:0|[1-9]\d*)"
    ways = re.fullmatch(f"({amount})" * count, run)
    if ways is None:
        return None
    # a second reading, with a different first cut, makes the row unreadable
    return list(ways.groups())


def _glued_sources(doc: ReportDoc, row: FundsRow) -> list[list[Figure | None]]:
    """The source rows right under a glued 资金 row, read when each splits one way."""
    roles = [role for role in _MONEY_ROLES if role in row.columns]
    places = {row.columns[role].places for role in roles}
    if len(roles) < 2 or len(places) != 1:
        return []
    sources: list[list[Figure | None]] = []
    at = row.paragraph.index
    after = [p for p in doc.paragraphs if at < p.index <= at + _SOURCE_LINES]
    for paragraph in after:
        match = _GLUED_SOURCE.match(paragraph.text.strip())
        if match is None or not SOURCE_LABEL.match(match.group("label")):
            break
        amounts = _amounts(match.group("run"), len(roles), min(places))
        if amounts is None:
            return []
        sources.append([figure(a) for a in amounts])
    return sources if len(sources) >= 2 else []


#: The national layout's three sources glued after the total in its own line:
#: “其中:当年财政拨款593.27593.27438.64上年结转资金其他资金”.
_INLINE_SOURCES = re.compile(
    r"其中\s*[:：]?\s*(?:当年|本年)(?:财政拨款|一般公共预算(?:拨款)?)\s*(?P<grant>[\d.]*)\s*"
    r"(?:上年结转(?:资金)?\s*(?P<carried>[\d.]*)\s*)?其他资金\s*(?P<other>[\d.]*)(?=[^\d.]|$)"
)


def _inline_sources(paragraph: Paragraph, row: FundsRow) -> list[list[Figure | None]]:
    """The source rows glued in the total's own line, each blank or split one way into the
    total's amounts, each to the decimals of the total's own in its column (whole amounts,
    which split many ways, are not read)."""
    places = [row.columns[role].places for role in _MONEY_ROLES if role in row.columns]
    found = _INLINE_SOURCES.search(paragraph.text)
    if len(places) < 2 or found is None or 0 in places:
        return []  # whole amounts glued together split more than one way
    cells = [rf"((?:0|[1-9]\d*)\.\d{{{p}}})" for p in places]
    sources: list[list[Figure | None]] = []
    for run in (found.group(k) for k in ("grant", "carried", "other")):
        amounts = re.fullmatch("".join(cells), run) if run else None
        if run and amounts is None:
            return []
        sources.append([figure(a) for a in amounts.groups()] if amounts else [])
    return sources if any(sources) else []


@lru_cache(maxsize=4)
def unit_funds(doc: ReportDoc) -> tuple[FundsRow, ...]:
    """The 资金 rows glued with a unit closing each amount (read the one way the units cut;
    read once per document)."""
    return tuple(
        row
        for paragraph in doc.paragraphs
        for cells in _unit_cells(paragraph.text)
        if (row := _funds_row(doc, paragraph, cells)) is not None
    )


#: The header that gives the 执行率's points in its 得分 cell, “得分(20分*执行率)”.
_SCORE_RULE = re.compile(r"得分\s*[（(]\s*(?P<weight>[1-9]\d?)\s*分\s*[*×xX]\s*执行率\s*[）)]")


def _unit_cells(text: str) -> list[dict[str, str | None]]:
    """Each unit-cut row of ``text``, with the 分值 its header's 得分 rule names."""
    found: list[dict[str, str | None]] = []
    for match in GLUED_UNITS.finditer(text):
        cells: dict[str, str | None] = dict(match.groupdict())
        rules = list(_SCORE_RULE.finditer(text, 0, match.start()))
        if rules and cells["score"] is not None:
            cells["weight"] = rules[-1].group("weight")
        found.append(cells)
    return found


def _funds_row(
    doc: ReportDoc, paragraph: Paragraph, cells: Mapping[str, str | None]
) -> FundsRow | None:
    columns = {role: figure(text) for role, text in cells.items() if text is not None}
    read = {role: value for role, value in columns.items() if value is not None}
    if len(read) != len(columns):
        return None
    row = FundsRow(paragraph, read, True, {})
    return replace(row, sources=_glued_sources(doc, row) or _inline_sources(paragraph, row))


def glued_funds(doc: ReportDoc) -> list[FundsRow]:
    """The 资金 rows written with their cells glued, with their glued source rows."""
    rows: list[FundsRow] = []
    for paragraph in doc.paragraphs:
        found = _glued_matches(paragraph.text)
        for cells in found or _unit_cells(paragraph.text):
            row = _funds_row(doc, paragraph, cells)
            if row is not None:
                rows.append(row)
    read_in = {row.paragraph.index for row in rows}
    rows.extend(r for r in glued_whole_funds(doc) if r.paragraph.index not in read_in)
    return rows


def _rate_rows(paragraph: Paragraph) -> list[GluedRow]:
    rows: list[GluedRow] = []
    for match in _RATE_ROW.finditer(paragraph.text):
        weight, rate, score = (figure(match.group(k)) for k in ("w", "r", "s"))
        if weight is not None and rate is not None and score is not None:
            rows.append(GluedRow(paragraph, "预算执行率", weight, score, rate=rate))
    return rows


def _met_rows(paragraph: Paragraph) -> list[GluedRow]:
    rows: list[GluedRow] = []
    for match in _MET_ROW.finditer(paragraph.text):
        weight, score = figure(match.group("w")), figure(match.group("s"))
        if weight is None or score is None or weight.value == 0:
            continue
        name = re.sub(r"^.*(?:指标|[)）])", "", match.group("name")) or match.group("name")
        rows.append(GluedRow(paragraph, name, weight, score, target=match.group("t")))
    return rows


def _met_after_rows(paragraph: Paragraph) -> list[GluedRow]:
    rows: list[GluedRow] = []
    for match in _MET_AFTER.finditer(paragraph.text):
        weight, score = figure(match.group("w")), figure(match.group("s"))
        if weight is None or score is None or score.value > weight.value:
            continue  # “2018” is 20 and 18, never 2 and 018 or a score above its 分值
        name = re.split(r"[\d%]", paragraph.text[max(0, match.start() - 12) : match.start()])[-1]
        name = re.sub(r"^.*(?:指标|[)）])", "", name) or name or match.group("t")
        rows.append(GluedRow(paragraph, name, weight, score, target=match.group("t")))
    return rows


def _national_order(doc: ReportDoc) -> bool:
    text = re.sub(r"\s+", "", "".join(p.text for p in doc.paragraphs[:40]))
    return _NATIONAL_ORDER.search(text) is not None


def glued_rows(doc: ReportDoc) -> list[GluedRow]:
    """The 预算执行率 rows and the met rows written with their cells glued (the met rows in
    the national column order only under its header)."""
    rows = [row for p in doc.paragraphs for row in (*_rate_rows(p), *_met_rows(p))]
    if _national_order(doc):
        seen = {row.paragraph.index for row in rows if row.target}
        for paragraph in doc.paragraphs:
            if paragraph.index not in seen and not re.search(r"[|｜]", paragraph.text):
                rows.extend(_met_after_rows(paragraph))
    return rows

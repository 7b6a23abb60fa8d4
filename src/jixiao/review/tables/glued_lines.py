"""A national 项目支出绩效自评表 exported a row to a line with its cells glued (a PDF or
文库 copy that drops the spaces): the header “…三级指标年度指标值实际完成值分值得分…”, then
“产出指标数量指标改造供水站数量5处5处2020”, “…工程完工时间2023年11月底前2023年12月1512因雨季延误”
and “总分10096.00”.

Each row ends in its 分值 and 得分 glued into one run of digits after a word or a unit: the run
is read only where it splits one way (no leading zero, neither above 100; where two splits
remain, the one whose 得分 is not above its 分值). The words after the run are its 偏差原因. The
年度指标值 and 实际完成值 before the run are told apart only when both are figures with the same
unit (≥95%96%, 5处4处); else the row keeps its points alone. The 资金 row read from the glued
年度资金总额 line carries the 预算执行率's 分值 and 得分 into the total.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import COUNT_UNITS
from jixiao.review.tables.cells import MAX_WEIGHT
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import FundsRow
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total

_HEADER = re.compile(r"(?:年度)?指标值实际完成值分值得分")
_RUN = re.compile(r"(?<![\d.])(?:\d[\d.]*\d|\d)(?![\d.])")
#: What a figure's unit opens with: a run of digits before one is a value, not the points.
UNIT_START = set(
    COUNT_UNITS + "万亿元米吨里亩年月日天时公平千克立小周季名座辆间床宗张册本栋株棵头只轮%‰"
)
_TOTAL = re.compile(r"^(?:总分|合计|总计)(?P<run>\d[\d.]*\d)(?P<grade>[\u4e00-\u9fff].*)?$")
_GROUP = re.compile(r"^[\u4e00-\u9fff]{2,8}?指标")
_POINTS = re.compile(r"^(?:0|[1-9]\d*)(?:\.\d+)?$")
_TARGET_ACTUAL = re.compile(
    r"(?P<t>(?:[≥≤><=]|大于等于|小于等于|不低于|不高于|不少于)?\d+(?:\.\d+)?"
    r"(?P<u>%|[^\d\s.≥≤><=%]{1,4}?))(?P<a>\d+(?:\.\d+)?(?P=u))$"
)


def _splits(run: str) -> list[tuple[Figure, Figure]]:
    """The ways ``run`` splits into a 分值 and a 得分, each a figure of points up to 100."""
    found: list[tuple[Figure, Figure]] = []
    for cut in range(1, len(run)):
        left, right = run[:cut], run[cut:]
        if not (_POINTS.match(left) and _POINTS.match(right)) or left.startswith("0"):
            continue
        weight, score = figure(left), figure(right)
        if weight is None or score is None or not 0 < weight.value <= MAX_WEIGHT:
            continue
        if score.value <= MAX_WEIGHT:
            found.append((weight, score))
    return found


def split_points(run: str) -> tuple[Figure, Figure] | None:
    """The one reading of a glued 分值 and 得分 (“1512” → 15 and 12), or None."""
    splits = _splits(run)
    if len(splits) > 1:
        splits = [(w, s) for w, s in splits if s.value <= w.value]
    return splits[0] if len(splits) == 1 else None


def _points_run(text: str) -> tuple[str, str, str] | None:
    """The row's words, its glued 分值 and 得分, and what follows (a 偏差原因): the first run
    of digits that ends the line or is followed by a word that is no unit (≥95%96%1515,
    …2023年12月1512因雨季延误); None when a reason glued to the points opens with a digit
    or a mark (2018.41.部分道路…), which leaves the cut in doubt."""
    for match in _RUN.finditer(text):
        after = text[match.end() : match.end() + 1]
        if after and (after in UNIT_START or not re.match(r"[\u4e00-\u9fff]", after)):
            continue
        head = text[: match.start()]
        return (head, match.group(), text[match.end() :]) if head else None
    return None


def _row(paragraph: Paragraph) -> IndicatorRow | None:
    found = _points_run(paragraph.text.strip())
    points = split_points(found[1]) if found else None
    if found is None or points is None:
        return None
    head, _, reason = found
    while (group := _GROUP.match(head)) is not None and group.end() < len(head):
        head = head[group.end() :]
    cells = _TARGET_ACTUAL.search(head)
    name = head[: cells.start()] if cells else re.split(r"[\d≥≤><=]", head)[0]
    target, actual = (cells.group("t"), cells.group("a")) if cells else ("", "")
    if not re.search(r"[\u4e00-\u9fff]{2}", name):
        return None
    weight, score = points
    return IndicatorRow(paragraph, name, target, actual, weight, score, bool(reason))


def _total(paragraph: Paragraph, rows: list[IndicatorRow]) -> Total | None:
    """The 总分 line: its 分值 the rows' 分值 added up when the run opens with it (the 得分
    may then pass 100), else the one split of the run."""
    match = _TOTAL.match(paragraph.text.strip())
    if match is None:
        return None
    run = match.group("run")
    weights = format(sum((r.weight.value for r in rows), Decimal(0)).normalize(), "f")
    score = figure(run.removeprefix(weights)) if run.startswith(weights) else None
    if score is not None and _POINTS.match(run.removeprefix(weights)):
        weight = figure(weights)
        return Total(paragraph, weight, score) if weight is not None else None
    points = split_points(run)
    return Total(paragraph, points[0], points[1]) if points else None


def rate_row(above: list[FundsRow]) -> list[IndicatorRow]:
    """The 预算执行率's points from the last of the glued 资金 rows above a header, as a row."""
    if not above:
        return []
    weight, score = above[-1].columns.get("weight"), above[-1].columns.get("score")
    if weight is None or score is None or not weight.value:
        return []
    return [IndicatorRow(above[-1].paragraph, "预算执行率", "", "", weight, score, False)]


def glued_line_tables(doc: ReportDoc, funds: list[FundsRow]) -> list[ScoredTable]:
    """The indicator blocks of ``doc`` written a row to a line with their cells glued, each
    with its total; a block with a line that is no row is not read."""
    tables: list[ScoredTable] = []
    header: Paragraph | None = None
    rows: list[IndicatorRow] = []
    for paragraph in doc.paragraphs:
        if _HEADER.search(paragraph.text.replace(" ", "")):
            header, rows = paragraph, []
            continue
        if header is None:
            continue
        read = [*rate_row([f for f in funds if f.paragraph.index < header.index]), *rows]
        total = _total(paragraph, read)
        if total is not None:
            tables.append(ScoredTable(read, total))
            header = None
            continue
        row = _row(paragraph)
        if row is None and not _GROUP.fullmatch(paragraph.text.strip()):
            header = None  # a line the layout does not explain: leave the block
        rows.extend([row] if row is not None else [])
    return [t for t in tables if sum((r.weight.value for r in t.rows), Decimal(0))]

"""The Sichuan 衔接资金 绩效目标自评表, whose 分值 stands before the targets (三级指标 | 分值 |
年度指标值 | 全年实际值 | 得分), as a web or 文库 copy glues a whole table into one line:
“…产出指标(70分)数量指标安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10…
总分100100”.

A row is a name with no figure, then its 分值, its 年度指标值 and 全年实际值 (two figures with
one unit, ≥90%≥85%, or one word written twice, 显著提升显著提升) and its 得分; a row read
any other way leaves the text before it unexplained. A two-digit 分值 that could be one digit
before a longer target (“8550万粒550万粒8”) is read the way whose 分值 fits in its block, or
whose target and result are written the same; a row read both ways still is left unread.
The block labels (产出指标(70分)) are kept with the rows under them, and the 总分 is read
only when no row before it was left unread (the template's empty rows, “指标2:”, and counts in
a 偏差原因, “有4名学员未结业”, aside); a 总分 of 100 whose 得分 passes it (“100105”) is read too.

The national order, 分值 and 得分 after the targets (“…更新演出音响50件50件2020…总分10098”), is
read the same way, its 分值 and 得分 the one split of their run (a run of two digits ending in 0,
“30”, may be a 分值 with its 得分 left blank, and leaves the row unread); a line holding one
form per project is read form by form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from functools import lru_cache

from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.glued_lines import UNIT_START
from jixiao.review.tables.glued_lines import split_points
from jixiao.review.tables.rows import IndicatorRow
from jixiao.review.tables.rows import ScoredTable
from jixiao.review.tables.rows import Total

_HEADER = re.compile(r"三级指标分值(?:年度)?指标值(?:[（(]A[）)])?全年实际值(?:[（(]B[）)])?得分")
#: The national order, 分值 after the targets, glued the same way (a 文库 copy of a Hubei
#: table: “…三级指标年度指标值实际完成值分值得分…更新演出音响50件50件2020…总分10098”).
_TARGET_FIRST = re.compile(
    r"三级指标(?:年度)?指标值(?:[（(]A[）)])?(?:实际完成值|全年(?:实际|完成)值)(?:[（(]B[）)])?"
    r"分值得分"
)
_NUMBER = r"(?:[≥≤><=]|大于等于|小于等于|不低于|不高于|不少于)?(?!0\d)\d+(?:\.\d+)?"
_AFTER_WEIGHT = (
    rf"(?:(?P<t>{_NUMBER}(?P<u>%|[^\d\s.≥≤><=%]{{1,5}}?))(?P<a>{_NUMBER}(?P=u))"
    r"|(?P<word>[\u4e00-\u9fff]{2,10}?)(?P=word))"
    r"(?P<s>(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?)(?![\d.%])"
)
_ROW = re.compile(r"(?P<name>[^\d≥≤><=]{2,40}?)(?P<w>[1-9]\d?)" + _AFTER_WEIGHT)
#: The same row read with a one-digit 分值 (“8550万粒550万粒8”: 8 | 550万粒 | 550万粒 | 8).
_ONE_DIGIT = re.compile(r"(?P<w>[1-9])" + _AFTER_WEIGHT)
#: A row of the national order: its name, target and result, then 分值 and 得分 in one run.
_ROW_TARGET_FIRST = re.compile(
    rf"(?P<name>[^\d≥≤><=]{{2,40}}?)(?:(?P<t>{_NUMBER}(?P<u>%|[^\d\s.≥≤><=%]{{1,5}}?))"
    rf"(?P<a>{_NUMBER}(?P=u))|(?P<word>[\u4e00-\u9fff]{{2,10}}?)(?P=word))"
    r"(?P<run>[1-9][\d.]*\d)(?![\d.%])"
)
_LONE_WEIGHT = re.compile(r"^[1-9]0$")
_LAYOUTS = ((_HEADER, _ROW), (_TARGET_FIRST, _ROW_TARGET_FIRST))
_BLOCK = re.compile(
    r"(?P<name>产出|成本|效益|满意度)指标\s*[（(]\s*(?P<w>\d+(?:\.\d+)?)\s*分\s*[）)]"
)
#: Where a row's name starts: after the group words and labels before it.
_NAME_CUT = re.compile(r"指标|。+|措施")
_TOTAL = re.compile(r"总分\s*(?P<run>\d[\d.]*)")
_TOTAL_POINTS = 100  # the form's 总分 column: 100 points, then the score
#: What may stand between two rows: group words, a block label, an empty row's dots.
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_EMPTY_ROW = re.compile(r"指标\d")  # “指标2:”: a row of the template left empty


@dataclass(slots=True)
class WeightFirstBlock:
    """A block label (产出指标(70分)) and the rows read under it."""

    paragraph: Paragraph
    label: str
    weight: Decimal
    rows: list[IndicatorRow] = field(default_factory=list)


@dataclass(slots=True)
class WeightFirstTable:
    """The rows of one table, its blocks, and its 总分 when every row before it was read."""

    table: ScoredTable
    blocks: list[WeightFirstBlock]
    whole: bool


def _masked(text: str) -> tuple[str, list[tuple[int, str, Decimal]]]:
    """``text`` with each block label blanked out (its figures are no row's), and the labels
    with where they stood."""
    labels = [(m.start(), m.group(0), Decimal(m.group("w"))) for m in _BLOCK.finditer(text)]
    masked = _BLOCK.sub(lambda m: "。" * len(m.group(0)), text)
    return masked, labels


def _row(paragraph: Paragraph, match: re.Match[str], block: Decimal | None) -> IndicatorRow | None:
    """The row ``match`` read; with a two-digit 分值 that could be one digit and a longer
    target, the reading whose 分值 fits in its block, or whose target and result are written
    the same; None when both readings stand."""
    parts = [p for p in _NAME_CUT.split(match.group("name")) if p.strip("…． ")]
    name = parts[-1].strip("…． ") if parts else ""
    if len(name) < 2:
        return None
    readings = [_cells(match)]
    first = "w" in match.re.groupindex and len(match.group("w")) == 2
    other = _ONE_DIGIT.fullmatch(match.string, match.start("w"), match.end()) if first else None
    if other is not None:
        readings.append(_cells(other))
        readings = _likely(readings, block)
    if len(readings) != 1 or readings[0] is None:
        return None
    weight, target, actual, score = readings[0]
    return IndicatorRow(paragraph, name, target, actual, weight, score, False)


_Cells = tuple[Figure, str, str, Figure]


def _cells(match: re.Match[str]) -> _Cells | None:
    if "run" in match.re.groupindex:
        run = match.group("run")
        if _LONE_WEIGHT.match(run):
            return None  # “30”: a 分值 with its 得分 left blank as much as 3 | 0
        points = split_points(run)
        weight, score = points if points else (None, None)
    else:
        weight, score = figure(match.group("w")), figure(match.group("s"))
    if weight is None or score is None:
        return None
    word = match.group("word")
    target, actual = (word, word) if word else (match.group("t"), match.group("a"))
    return weight, target, actual, score


def _likely(readings: list[_Cells | None], block: Decimal | None) -> list[_Cells | None]:
    """The readings whose 分值 fits in the block, then those whose target is the result."""
    fits = [r for r in readings if r is not None and (block is None or r[0].value <= block)]
    same = [r for r in fits if r[1] == r[2]]
    return list(same or fits)


def _table(
    paragraph: Paragraph, text: str, span: tuple[int, int], pattern: re.Pattern[str]
) -> WeightFirstTable | None:
    masked, labels = _masked(text)
    rows: list[IndicatorRow] = []
    blocks: list[WeightFirstBlock] = []
    start, stop = span
    whole, position = True, start
    total = _TOTAL.search(masked, start, stop)
    end = total.start() if total else stop
    for match in pattern.finditer(masked, start, end):
        opened = [lab for lab in labels if lab[0] < match.end("name")]
        row = _row(paragraph, match, opened[-1][2] if opened else None)
        if row is None:
            whole = False  # a row that cannot be told leaves its table unproven
            continue
        whole = whole and _nothing_between(masked, position, match.start())
        position = match.end()
        if opened and (not blocks or blocks[-1].label != opened[-1][1]):
            blocks.append(WeightFirstBlock(paragraph, opened[-1][1], opened[-1][2]))
        if blocks:
            blocks[-1].rows.append(row)
        rows.append(row)
    if not rows:
        return None
    read = None
    if total is not None and whole and _nothing_between(masked, position, total.start()):
        points = split_points(total.group("run")) or _past_hundred(total.group("run"))
        if points and points[0].value == _TOTAL_POINTS:  # “总分98”: a score alone, no 分值
            read = Total(paragraph, points[0], points[1])
    whole = whole and read is not None
    return WeightFirstTable(ScoredTable(rows, read, whole=whole), blocks, whole)


def _nothing_between(text: str, start: int, end: int) -> bool:
    """No figure stands between two rows but a count in words (“有4名学员未结业”: a figure
    followed by its unit) and the template's empty rows (“指标2:”)."""
    for found in _FIGURE.finditer(text, start, end):
        after = text[found.end() : found.end() + 1]
        if not (after and after in UNIT_START) and not _EMPTY_ROW.match(text, found.start() - 2):
            return False
    return True


def _past_hundred(run: str) -> tuple[Figure, Figure] | None:
    """A 总分 of 100 whose 得分 passes it (“100105”), which no split of points allows."""
    score = figure(run[3:]) if run.startswith("100") and run[3:4] not in ("", "0") else None
    if score is None or not _TOTAL_POINTS < score.value <= 2 * _TOTAL_POINTS:
        return None
    return Figure(Decimal(_TOTAL_POINTS), False, "100"), score


@lru_cache(maxsize=4)
def weight_first_tables(doc: ReportDoc) -> tuple[WeightFirstTable, ...]:
    """The tables of ``doc`` in the 分值-first layout glued into a line (read once per
    document; not to be changed by the caller)."""
    found: list[WeightFirstTable] = []
    for paragraph in doc.paragraphs:
        text = paragraph.text.replace(" ", "")
        for header, pattern in _LAYOUTS:
            heads = list(header.finditer(text))
            stops = [h.start() for h in heads[1:]] + [len(text)]
            for head, stop in zip(heads, stops, strict=False):  # a form printed per project
                table = _table(paragraph, text, (head.end(), stop), pattern)
                if table is not None:
                    found.append(table)
    return tuple(found)

"""An indicator row split into numbered parts on the rows under it (a Yunnan 自评表):

    产出指标 | 数量指标 | 一、示范区建立 | ≧20000亩 | 20000亩 | 15.0
    1、水稻侧深施肥 | ≧500亩 | 500亩 | 5.0
    2、玉米种肥同播 | ≧1000亩 | 1000亩 | 5.0
    3、施用配方肥 | ≧18500亩 | 18500亩 | 5.0

The parts are proven parts when their 年度指标值, all in the row's unit, add up to the
row's, or their 实际完成值 do: the other column's figures must then make the row's too, and
where the targets add up, the row's 得分 must be the sum of the parts'. Each row is read
from its end: the target and the result with a unit, then the 得分 alone. Rows opened by 其中
right under an indicator row (a name, a target and a result, no score) are its parts too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_quotes import quote_span
from jixiao.review.checks.cell_quotes import show
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import figure

_HEAD = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]")
_PART = re.compile(r"^(?:(?P<n>\d{1,2})[、.．](?!\d)|[（(](?P<p>\d{1,2})[）)])")
_AMOUNT = re.compile(
    r"^(?:[≧≥>＞=＝]|不低于|不少于|达到)?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>[\u4e00-\u9fff]{1,3})$"
)
_MIN_PARTS = 2


@dataclass(frozen=True, slots=True)
class _Row:
    paragraph: Paragraph
    name: str
    target: Decimal
    actual: Decimal
    unit: str
    score: Figure


def _cells(paragraph: Paragraph) -> list[str]:
    return [c.strip(" |｜") for c in paragraph.cells if c.strip(" |｜")]


def _row(paragraph: Paragraph, *, numbered: bool = True) -> _Row | None:
    """A row whose last cells are target, result (both with a unit) and a bare 得分; named
    with a number (一、, 1、), or with any words when not ``numbered``."""
    cells = _cells(paragraph)
    if len(cells) >= 5 and figure(cells[-1]) is None and figure(cells[-2]) is not None:
        cells = cells[:-1]  # a 偏差原因 written after the 得分
    if len(cells) < 4:
        return None
    names = [c for c in cells[:-3] if _HEAD.match(c) or _PART.match(c)]
    if not numbered:
        names = [c for c in cells[:-3] if figure(c) is None]
    name = names[-1] if names and not numbered else next(iter(names), None)
    target, actual = _AMOUNT.match(cells[-3]), _AMOUNT.match(cells[-2])
    score = figure(cells[-1])
    if name is None or target is None or actual is None or score is None or score.percent:
        return None
    unit = target.group("unit")
    if actual.group("unit") != unit:
        return None
    aim, done = Decimal(target.group("value")), Decimal(actual.group("value"))
    return _Row(paragraph, name, aim, done, unit, score)


def _groups(doc: ReportDoc) -> Iterator[tuple[_Row, list[_Row]]]:
    """Each 一、 row with the 1、 2、 … rows right under it, counting from one."""
    head: _Row | None = None
    parts: list[_Row] = []
    for paragraph in (*doc.paragraphs, None):
        row = _row(paragraph) if paragraph is not None else None
        numbered = row is not None and _PART.match(row.name)
        if numbered and head is not None and row is not None:
            found = _PART.match(row.name)
            number = int(found.group("n") or found.group("p")) if found else 0
            if number == len(parts) + 1:
                parts.append(row)
                continue
        if head is not None and len(parts) >= _MIN_PARTS:
            yield head, parts
        head = row if row is not None and _HEAD.match(row.name) else None
        parts = []


@dataclass(frozen=True, slots=True)
class _Part:
    """A 其中 row under an indicator row: its name, target and result, in one unit."""

    name: str
    target: Decimal
    actual: Decimal
    unit: str


_QIZHONG = re.compile(r"^其中[:：]?")


def _part(paragraph: Paragraph) -> _Part | None:
    """“其中桃树种植面积 | 1.5亩 | 1.5亩”: a name opened by 其中, its target and its result."""
    cells = _cells(paragraph)
    if len(cells) != 3 or not _QIZHONG.match(cells[0]):
        return None
    target, actual = _AMOUNT.match(cells[1]), _AMOUNT.match(cells[2])
    if target is None or actual is None or target.group("unit") != actual.group("unit"):
        return None
    aim, done = Decimal(target.group("value")), Decimal(actual.group("value"))
    return _Part(cells[0], aim, done, target.group("unit"))


def _qizhong_groups(doc: ReportDoc) -> Iterator[tuple[_Row, list[_Part]]]:
    """Each indicator row with the 其中 rows right under it (two at least)."""
    paragraphs = doc.paragraphs
    for at, paragraph in enumerate(paragraphs):
        head = _row(paragraph, numbered=False)
        if head is None:
            continue
        parts = []
        for following in paragraphs[at + 1 :]:
            part = _part(following)
            if part is None:
                break
            parts.append(part)
        if len(parts) >= _MIN_PARTS:
            yield head, parts


_COLUMNS = (("target", "年度指标值"), ("actual", "实际完成值"))


def _column_finding(head: _Row, parts: Sequence[_Row | _Part]) -> ReviewFinding | None:
    """The one column of the two whose parts do not make the row's, the other's do."""
    made = {
        key: sum((getattr(p, key) for p in parts), Decimal(0)) == getattr(head, key)
        for key, _ in _COLUMNS
    }
    wrong = [(key, name) for key, name in _COLUMNS if not made[key]]
    if len(wrong) != 1:
        return None
    key, name = wrong[0]
    added = sum((getattr(p, key) for p in parts), Decimal(0))
    listed = "＋".join(f"{getattr(p, key).normalize():f}" for p in parts)
    stated = f"{getattr(head, key).normalize():f}{head.unit}"
    shown = f"{added.normalize():f}{head.unit}"
    message = (
        f"“{head.name}”的{name}为{stated}，而其下{len(parts)}项分项之和为{listed}＝{shown}，"
        "两者不符。"
    )
    return make_finding(
        "sum-mismatch",
        head.paragraph,
        message,
        span=quote_span(head.paragraph, head.name),
        stated=stated,
        recomputed=shown,
    )


def _score_finding(head: _Row, parts: list[_Row]) -> ReviewFinding | None:
    added = sum((p.score.value for p in parts), Decimal(0))
    if adds_up(head.score, [p.score for p in parts]):
        return None  # within the rounding of the parts' scores (3.33 × 3 for 10)
    places = max(p.score.places for p in [head, *parts])
    shown = show(added, places)
    listed = "＋".join(p.score.text for p in parts)
    message = (
        f"“{head.name}”的年度指标值由其下{len(parts)}项分项相加而成，其得分应为各分项得分之和"
        f"{listed}＝{shown}分，表中为{head.score.text}分。"
    )
    return make_finding(
        "score-total-mismatch",
        head.paragraph,
        message,
        span=quote_span(head.paragraph, head.name),
        stated=head.score.text,
        recomputed=shown,
    )


def _findings(head: _Row, parts: list[_Row]) -> list[ReviewFinding]:
    if any(p.unit != head.unit for p in parts):
        return []
    proven = any(
        sum((getattr(p, key) for p in parts), Decimal(0)) == getattr(head, key)
        for key, _ in _COLUMNS
    )
    if not proven:
        return []  # not proven parts of the row
    targets = sum((p.target for p in parts), Decimal(0)) == head.target
    found = (_column_finding(head, parts), _score_finding(head, parts) if targets else None)
    return [finding for finding in found if finding is not None]


def check_numbered_parts(doc: ReportDoc) -> list[ReviewFinding]:
    """Each indicator row split into numbered parts: its 得分 and figures against theirs; and
    into 其中 rows: its target and result against theirs."""
    found = [finding for head, parts in _groups(doc) for finding in _findings(head, parts)]
    for head, items in _qizhong_groups(doc):
        if all(item.unit == head.unit for item in items):
            finding = _column_finding(head, items)
            found.extend([finding] if finding is not None else [])
    return found

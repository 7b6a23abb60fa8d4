"""A table of names and amounts a web page ran together into one line, its 合计 first or
last:

    …资金分配表 县区名称 资金分配额(万元) 备注 合计 4000 乐都区 819 平安区 100 民和县 1226
    互助县 600 化隆县 1515 循化县 100                 → 819 + 100 + … + 100 = 4360, not 4000

The pairs of a name and one amount run from the 合计 pair to the line's end (or from the
line's start, or the header's last word, to it when it is last); three pairs at least, each
name short words, each amount a plain figure, and none of them another total. A page may run
them together with no spaces at all (“龙涓镇5长卿镇1.5…全县合计53”): then the places glued to
their amounts are read, up to their 合计.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.cells import unexplained_sum
from jixiao.review.text.quantities import fmt

_TOTAL = re.compile(r"^(?:合\s*计|总\s*计)$")
_NAME = re.compile(r"^(?:[\u4e00-\u9fff（）()]{2,12}|[省市县区乡镇村])$")  # (县: a level's share)
_SUBTOTAL = re.compile(r"小计|合计|总计|其中")
_MIN_PAIRS = 3

Pair = tuple[str, Figure]


def _pair(cells: Sequence[str], at: int) -> Pair | None:
    if at < 0 or at + 1 >= len(cells) or not _NAME.match(cells[at]):
        return None
    value = figure(cells[at + 1])
    if value is None or value.percent or _SUBTOTAL.search(cells[at]):
        return None
    return cells[at], value


def _after(cells: Sequence[str], at: int) -> list[Pair] | None:
    """The pairs from ``at`` to the line's end, when they fill it."""
    pairs: list[Pair] = []
    while at < len(cells):
        pair = _pair(cells, at)
        if pair is None:
            return None
        pairs.append(pair)
        at += 2
    return pairs


def _before(cells: Sequence[str], end: int) -> list[Pair]:
    """The pairs right before ``end``, back to the first cell that is not one."""
    pairs: list[Pair] = []
    at = end - 2
    while (pair := _pair(cells, at)) is not None:
        pairs.insert(0, pair)
        at -= 2
    return pairs


def _finding(
    paragraph: Paragraph, cells: Sequence[str], known: bool = False
) -> ReviewFinding | None:
    for at, cell in enumerate(cells[:-1]):
        total = figure(cells[at + 1])
        if not _TOTAL.match(cell.strip()) or total is None or total.percent:
            continue
        pairs = _after(cells, at + 2) if at + 2 < len(cells) else _before(cells, at)
        if pairs is None or len(pairs) < _MIN_PAIRS:
            return None
        parts = [value for _, value in pairs]
        added = unexplained_sum(total, parts, known)
        if added is None:
            return None
        places = max(f.places for f in [total, *parts])
        listed = "＋".join(f"{name}{value.text}" for name, value in pairs)
        message = (
            f"表中合计为{total.text}，而所列各项{listed}＝{fmt(added, places)}，"
            f"相差{fmt(abs(added - total.value), places)}，请核实。"
        )
        return make_finding(
            "sum-mismatch", paragraph, message, stated=total.text, recomputed=fmt(added, places)
        )
    return None


#: Places named one after another, each glued to its amount, then their 合计 (“龙涓镇5长卿镇
#: 1.5龙门镇2…全县合计53”): a table a page ran together with no spaces at all.
_GLUED_PLACE = r"[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道|社区|村|县|区|市|场)\d+(?:\.\d+)?"
_GLUED_RUN = re.compile(
    rf"(?P<run>(?:{_GLUED_PLACE}){{{_MIN_PAIRS},}})(?P<whole>全县|全市|全区|全乡|全镇)?(?P<total>合计\d+(?:\.\d+)?)"
)
_TWO_UNITS = re.compile(r"[（(][^）)]{0,8}[、,，/][^）)]{0,8}[）)]")
_GLUED_PAIR = re.compile(r"(?P<name>[\u4e00-\u9fff]+)(?P<value>\d+(?:\.\d+)?)")


def _glued_cells(text: str) -> tuple[list[str], bool] | None:
    """The names and amounts of the one glued run of ``text`` ending in its 合计, as cells,
    and whether the 合计 says it is the whole of its places (全县合计: they are its members
    however far their sum is from it)."""
    runs = list(_GLUED_RUN.finditer(text))
    if len(runs) != 1 or _TWO_UNITS.search(text[max(0, runs[0].start() - 30) : runs[0].start()]):
        return None  # (“（户、万元）龙涓镇105.2”: two columns glued, 10户 and 5.2万元)
    cells = [c for m in _GLUED_PAIR.finditer(runs[0].group("run")) for c in m.groups()]
    cells[0] = re.sub(r"^.*(?:备注|说明)", "", cells[0])  # (the header's last word glued on)
    total = runs[0].group("total").removeprefix("合计")
    return [*cells, "合计", total], runs[0].group("whole") is not None


def check_pair_lines(doc: ReportDoc) -> list[ReviewFinding]:
    """Each line of names and amounts with its 合计 against their sum."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        if len(paragraph.cells) >= 2 * _MIN_PAIRS + 2:
            finding = _finding(paragraph, paragraph.cells)
        else:
            glued = _glued_cells(paragraph.text)
            finding = _finding(paragraph, *glued) if glued is not None else None
        findings.extend([finding] if finding is not None else [])
    return findings

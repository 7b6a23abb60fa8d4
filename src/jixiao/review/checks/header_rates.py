"""A rate in a table exported one cell to a line with its header cells first: “编制数 / 2023年
实际在职人数 / 控制率 / 46 / 50 / 108.70%” (a 部门整体 基础数据表) — the rate is one of the two
figures over the other."""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.percent_findings import HUNDRED
from jixiao.review.checks.percent_findings import judge_percent
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt

_RATE_HEADER = re.compile(r"^[\u4e00-\u9fff（）()]{1,12}率[（(]?%?[）)]?$")
_WORDS = re.compile(r"^[\u4e00-\u9fff（）()\s\d年]{2,20}$")
_PLAIN = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_CELLS = 3


def _one_figure(paragraph: Paragraph) -> Quantity | None:
    found = find_quantities(paragraph.text.strip())
    return found[0] if len(found) == 1 and found[0].text == paragraph.text.strip() else None


def _header(lines: list[Paragraph]) -> bool:
    first, second, rate = (re.sub(r"\s+", "", p.text) for p in lines)
    return bool(
        _WORDS.match(first)
        and _WORDS.match(second)
        and _RATE_HEADER.match(rate)
        and not _PLAIN.match(first)
        and not _PLAIN.match(second)
    )


def _finding(lines: list[Paragraph], values: list[Paragraph]) -> ReviewFinding | None:
    first, second, rate = (_one_figure(p) for p in values)
    if first is None or second is None or rate is None or rate.kind != PERCENT:
        return None
    if not (_PLAIN.match(values[0].text.strip()) and _PLAIN.match(values[1].text.strip())):
        return None
    if not first.value or not second.value:
        return None
    readings = [second.value / first.value * HUNDRED, first.value / second.value * HUNDRED]
    if any(not judge_percent(rate, exact).wrong for exact in readings):
        return None
    exact = readings[0]
    names = [re.sub(r"\s+", "", p.text) for p in lines]
    message = (
        f"表中{names[2]}应为{names[1]}{second.text}÷{names[0]}"
        f"{first.text}＝{fmt(exact)}%，表中为{rate.text}，请核实。"
    )
    return make_finding(
        "rate-mismatch",
        values[2],
        message,
        stated=rate.text,
        recomputed=f"{fmt(exact)}%",
    )


def _findings(doc: ReportDoc) -> Iterator[ReviewFinding]:
    lines = [p for p in doc.paragraphs if p.text.strip()]
    for at in range(len(lines) - 2 * _CELLS + 1):
        head = lines[at : at + _CELLS]
        if not _header(head):
            continue
        finding = _finding(head, lines[at + _CELLS : at + 2 * _CELLS])
        if finding is not None:
            yield finding


def check_header_rates(doc: ReportDoc) -> list[ReviewFinding]:
    """Each rate of a table one cell to a line against the two figures before it."""
    return list(_findings(doc))

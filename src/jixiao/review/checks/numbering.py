"""The numbers of a list of lines, each opening with a Chinese numeral and 、 (一、 二、 …,
the items of a 目录 or the sections of a report): a number skipped (…十三、 十五、) or written
twice says an item was lost, or a list renumbered by hand. A line with 第…部分, or a list
starting again at 一、, opens a new list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import chinese_count

#: (not a range of numbers, “一、二季度”, “三、四月份”)
_NUMBERED = re.compile(
    r"^\s*(?P<n>[一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十]{1,3}(?:季度?|月|年|、))"
)
_PART = re.compile(r"^\s*第[一二三四五六七八九十\d]+部分")
#: The numerals of the numbers shown in a finding (十四 for 14).
_DIGITS = "零一二三四五六七八九"
_TEN = 10


def _numeral(n: int) -> str:
    tens, ones = divmod(n, _TEN)
    if not tens:
        return _DIGITS[ones]
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def _number(paragraph: Paragraph) -> int | None:
    found = _NUMBERED.match(paragraph.text)
    value = chinese_count(found.group("n")) if found else None
    return int(value) if isinstance(value, Decimal) else None


def _lists(doc: ReportDoc) -> Iterator[list[tuple[Paragraph, int]]]:
    """The runs of numbered lines, each from its 一、 to the line before the next 一、 or
    第…部分."""
    run: list[tuple[Paragraph, int]] = []
    for paragraph in doc.paragraphs:
        number = _number(paragraph)
        if _PART.match(paragraph.text) or number == 1:
            if run:
                yield run
            run = [(paragraph, 1)] if number == 1 else []
        elif number is not None and run:
            run.append((paragraph, number))
    if run:
        yield run


def _finding(paragraph: Paragraph, before: int, number: int) -> ReviewFinding:
    said, right = _numeral(number), _numeral(before + 1)
    if number == before:
        message = f"编号“{said}、”重复出现，其后各项编号应顺延，请核实。"
    else:
        message = (
            f"编号由“{_numeral(before)}、”直接跳至“{said}、”，缺少“{right}、”，"
            "请核实编号或补充缺漏内容。"
        )
    return make_finding(
        "numbering-gap",
        paragraph,
        message,
        span=(0, min(len(paragraph.text), 12)),
        stated=f"{said}（第{number}项）",
        recomputed=f"{right}（第{before + 1}项）",
    )


def check_numbering(doc: ReportDoc) -> list[ReviewFinding]:
    """Numbered lines whose numbers skip one or repeat the one before."""
    findings: list[ReviewFinding] = []
    for run in _lists(doc):
        for (_, before), (paragraph, number) in pairwise(run):
            if number in (before, before + 2):
                findings.append(_finding(paragraph, before, number))
    return findings

"""The money block of the Zhejiang 财政支出项目绩效评价报告 form: the plan and the money that
arrived side by side, each split by source, a label and its amount in turn:

    计划安排资金(万元) | 299.4 | 实际到位资金(万元) | 299.4
    其中:中央财政      |       | 其中:中央财政      |
    省财政             |       | 省财政             |
    市县财政           | 299.4 | 市县财政           | 299.4
    其它               |       | 其它               |

Exports give it as bar rows, one cell to a line, or glued into one line; the labels' order
is the same in all, so the block is read from the text with bars and blanks taken out. Each
side's filled sources are checked against its total (a source left blank is nil).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from jixiao.review.checks.cell_sums import cell_sum_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure

_NUM = r"\d[\d,]*(?:\.\d+)?(?![\d.])"
_UNIT = r"(?:[（(]万?元[）)])?"
_SOURCES = ("中央财政", "省财政", "市县财政", "其[它他]")
_CELL = r"\|?"  # cells kept apart by a bar, so that no figure runs into the next one


def _value(name: str) -> str:
    return rf"{_CELL}(?P<{name}>{_NUM})?{_CELL}"


_BLOCK = re.compile(
    rf"计划安排资金{_UNIT}{_value('plan')}实际到位资金{_UNIT}{_value('arrived')}"
    + "".join(
        rf"(?:其中[:：]?)?{name}{_value(f'plan{i}')}(?:其中[:：]?)?{name}{_value(f'arrived{i}')}"
        for i, name in enumerate(_SOURCES)
    )
)
_SIDES = {"plan": "计划安排资金", "arrived": "实际到位资金"}
_BLANKS = re.compile(r"[\s|｜]+")
_REACH = 40  # lines of a block exported one cell to a line


def _blocks(doc: ReportDoc) -> Iterator[tuple[Paragraph, dict[str, str | None]]]:
    paragraphs = doc.paragraphs
    for at, paragraph in enumerate(paragraphs):
        if "计划安排资金" not in paragraph.text:
            continue
        lines = paragraphs[at : at + _REACH]
        match = _BLOCK.search("|".join(_BLANKS.sub("|", p.text).strip("|") for p in lines))
        if match is not None:
            yield paragraph, match.groupdict()


def _side_finding(
    paragraph: Paragraph, side: str, cells: dict[str, str | None]
) -> ReviewFinding | None:
    total = figure(cells[side] or "")
    parts: list[tuple[str, Figure]] = []
    for i, name in enumerate(_SOURCES):
        amount = figure(cells[f"{side}{i}"] or "")
        if amount is not None:
            parts.append((name.replace("[它他]", "它"), amount))
    if total is None or not parts:
        return None
    listed = "、".join(f"{name}{amount.text}" for name, amount in parts)
    return cell_sum_finding(
        paragraph,
        total,
        [amount for _, amount in parts],
        lambda shown, gap: (
            f"“{_SIDES[side]}”为{total.text}，其中各来源（{listed}，未填者按零计）之和为{shown}，"
            f"相差{gap}，请核实。"
        ),
    )


def check_source_pairs(doc: ReportDoc) -> list[ReviewFinding]:
    """Each side of the plan / arrived money block against its sources."""
    findings: list[ReviewFinding] = []
    for paragraph, cells in _blocks(doc):
        for side in _SIDES:
            finding = _side_finding(paragraph, side, cells)
            if finding is not None:
                findings.append(finding)
    return findings

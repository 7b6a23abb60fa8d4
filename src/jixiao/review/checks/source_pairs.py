"""The money block of the 财政支出项目绩效评价报告 form (Zhejiang, Hainan, Hunan, Hebei …):
the plan, the money that arrived, what was spent and what is left, side by side, each split
by source, a label and its amount in turn:

    计划安排资金(万元) | 299.4 | 实际到位资金(万元) | 299.4
    其中:中央财政      |       | 其中:中央财政      |
    省财政             |       | 省财政             |
    市县财政           | 299.4 | 市县财政           | 299.4
    其它               |       | 其它               |

The plan may be a 计划投资额, the columns two to four (实际支出 or 实际使用情况, 结余), the
sources 市财政 and 县财政 or 区财政 rather than 市县财政. Exports give it as bar rows, one cell
to a line, or glued into one line; the block is read from the text with bars and blanks taken
out: each source named once per column that splits it, in the columns' order, its amount after
it (a source left blank is nil). Each column's filled sources are checked against its total.
Glued text whose columns are not all split cannot tell a split column's last amount from the
next column's (“省财政144142”): it is left alone, as is a column with an unreadable figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.review.checks.cell_sums import cell_sum_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure

_HEAD = re.compile(
    r"(?P<head>计划安排资金|计划投资额?|实际到位资金|实际支出|实际使用情况|结余)"
    r"(?:[\s|｜]*[（(]万?元[）)])?"
)
_SOURCE = re.compile(
    r"(?:其中[:：]?[\s|｜]*)?(?P<source>中央财政|省级?财政|市县财政|市州财政|市级?财政|县级?财政"
    r"|区级?财政|乡镇财政|地方债券资金|其[它他](?:资金)?)(?:预算)?"
)
#: A name with an amount after the sources that is neither a source nor a column head: a
#: source not known, so the sources read are not all.
_OTHER_NAMED = re.compile(r"[\s|｜]*[\u4e00-\u9fff]{2,8}[\s|｜]*\d")
_PLAN = re.compile(r"计划安排资金|计划投资额")
_NUMBER = re.compile(r"\d[\d,.]*")
_GAP = re.compile(r"[\s|｜]*")
_REACH = 40  # lines of a block exported one cell to a line
_AT_LEAST = 2  # columns (a plan and a result) and sources


@dataclass(frozen=True, slots=True)
class _Column:
    head: str
    total: str | None


@dataclass(frozen=True, slots=True)
class _Block:
    paragraph: Paragraph
    columns: list[_Column]
    sources: dict[str, list[str | None]]  # each source's amounts, one per column it splits
    glued: bool  # a label and a figure with nothing between them


def _cell(pattern: re.Pattern[str], text: str, at: int) -> tuple[re.Match[str] | None, int]:
    """``pattern`` at ``at`` after any bars and blanks, and whether none stood before it."""
    start = _GAP.match(text, at)
    begin = start.end() if start else at
    return pattern.match(text, begin), begin


def _amount(text: str, at: int) -> tuple[str | None, int, bool]:
    """The figure after a label, if one follows, where reading goes on, and whether it
    touched the label."""
    number, begin = _cell(_NUMBER, text, at)
    if number is None:
        return None, at, False
    return number.group(0), number.end(), begin == at


def _read(paragraph: Paragraph, text: str, at: int) -> _Block | None:
    columns: list[_Column] = []
    head, _ = _cell(_HEAD, text, at)
    while head is not None:
        total, at, _ = _amount(text, head.end())
        columns.append(_Column(head.group("head"), total))
        head, _ = _cell(_HEAD, text, at)
    sources: dict[str, list[str | None]] = {}
    glued = False
    source, _ = _cell(_SOURCE, text, at)
    while source is not None:
        amount, at, touched = _amount(text, source.end())
        glued = glued or touched
        sources.setdefault(source.group("source"), []).append(amount)
        source, _ = _cell(_SOURCE, text, at)
    if len(columns) < _AT_LEAST or len(sources) < _AT_LEAST:
        return None
    if _OTHER_NAMED.match(text, at) and _cell(_HEAD, text, at)[0] is None:
        return None  # (市州财政 80: a source by a name not known)
    return _Block(paragraph, columns, sources, glued)


def _blocks(doc: ReportDoc) -> Iterator[_Block]:
    paragraphs = doc.paragraphs
    for at, paragraph in enumerate(paragraphs):
        start = _PLAN.search(paragraph.text)
        if start is None:
            continue
        text = "|".join(p.text for p in paragraphs[at : at + _REACH])
        block = _read(paragraph, text, start.start())
        if block is not None:
            yield block


def _split(block: _Block) -> int:
    """How many columns the sources split: each source named as often (0: they are not)."""
    counts = {len(amounts) for amounts in block.sources.values()}
    if len(counts) != 1:
        return 0
    split = counts.pop()
    if split > len(block.columns) or (block.glued and split < len(block.columns)):
        return 0
    return split


def _column_finding(block: _Block, index: int, shift: int = 0) -> ReviewFinding | None:
    """Column ``index + shift`` against the sources' ``index``-th amounts."""
    column = block.columns[index + shift]
    total = figure(column.total or "")
    parts: list[tuple[str, Figure]] = []
    for name, amounts in block.sources.items():
        said = amounts[index]
        if said is None:
            continue
        amount = figure(said)
        if amount is None:
            return None  # an unreadable figure (“7,00.0,77”): the column cannot be added
        parts.append((name, amount))
    if total is None or not parts:
        return None
    listed = "、".join(f"{name}{amount.text}" for name, amount in parts)
    return cell_sum_finding(
        block.paragraph,
        total,
        [amount for _, amount in parts],
        lambda shown, gap: (
            f"“{column.head}”为{total.text}，其中各来源（{listed}，未填者按零计）之和为{shown}，"
            f"相差{gap}，请核实。"
        ),
    )


def check_source_pairs(doc: ReportDoc) -> list[ReviewFinding]:
    """Each column of the plan / arrived / spent money block against its sources."""
    findings: list[ReviewFinding] = []
    for block in _blocks(doc):
        split = _split(block)
        found = [f for i in range(split) if (f := _column_finding(block, i)) is not None]
        findings.extend([] if found and _later_columns(block, split) else found)
    return findings


def _later_columns(block: _Block, split: int) -> bool:
    """The sources make later columns exactly (到位 and 支出, the plan given whole)."""
    return any(
        all(_column_finding(block, i, shift) is None for i in range(split))
        for shift in range(1, len(block.columns) - split + 1)
    )

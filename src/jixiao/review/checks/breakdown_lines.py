"""A total on a line of its own and the 其中 lines under it, as a table exported one row per
line gives its money block (a 转移支付 自评表):

    年度预算资金总额: 321.25
    其中:中央补助 166.00
    市级资金 136.00
    本级资金(包括结转结余) 20.25
    其中:

Each line is a name and as many figures as the total's line has (one per column: 预算数,
执行数 …). The parts run from the line that opens with 其中 to the first line of another
shape; a bare 其中 (the last part's own breakdown) ends them. Blocks of the same part names
whose totals make a block's total (a fund split into its two programmes, each with its 中央/
市级/本级 lines) are that block's parts name by name: 市级 343 over the two blocks' 208 and
136 is a slip even when each block adds up.
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
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import figure

_ROW = re.compile(
    r"^(?P<opening>其中\s*[:：]?)?\s*(?P<name>[^\d%％]{2,40}?)\s*[:：]?\s*"
    r"(?P<figures>\d[\d,]*(?:\.\d+)?(?:\s+\d[\d,]*(?:\.\d+)?)*)\s*$"
)
_TOTAL = re.compile(r"总额|合计|总计")
_MIN_PARTS = 2


@dataclass(frozen=True, slots=True)
class _Line:
    paragraph: Paragraph
    name: str
    figures: tuple[Figure, ...]
    opens: bool


@dataclass(frozen=True, slots=True)
class _Block:
    total: _Line
    parts: tuple[_Line, ...]
    title: str  # the line of words above the total's (the fund's name), else its own name


def _line(paragraph: Paragraph) -> _Line | None:
    match = _ROW.match(paragraph.text.strip())
    if match is None:
        return None
    figures = [figure(text) for text in match.group("figures").split()]
    if any(f is None for f in figures):
        return None
    name = match.group("name").strip(" :：")
    found = tuple(f for f in figures if f is not None)
    return _Line(paragraph, name, found, match.group("opening") is not None)


def _parts(paragraphs: tuple[Paragraph, ...], total: _Line) -> list[_Line] | None:
    """The 其中 lines right under ``total`` (None when they run into the end of the text:
    an excerpt may have cut the rest)."""
    parts: list[_Line] = []
    for paragraph in paragraphs:
        line = _line(paragraph)
        if line is None or len(line.figures) != len(total.figures) or _TOTAL.search(line.name):
            return parts  # a line of another shape, or a bare 其中 (the last part's own)
        if line.opens != (not parts):
            return parts  # the first part opens with 其中, the others do not
        parts.append(line)
    return None


_UNIT_NOTE = re.compile(r"[（(](?:万元|元)[）)]")


def _title(above: Paragraph | None, total: _Line) -> str:
    words = _UNIT_NOTE.sub("", above.text).strip() if above is not None else ""
    return words if 2 <= len(words) <= 40 and not re.search(r"\d", words) else total.name


def _blocks(doc: ReportDoc) -> Iterator[_Block]:
    paragraphs = doc.paragraphs
    for at, paragraph in enumerate(paragraphs):
        total = _line(paragraph)
        if total is None or total.opens or not _TOTAL.search(total.name):
            continue
        if any(f.percent for f in total.figures):
            continue
        parts = _parts(paragraphs[at + 1 :], total)
        if parts is not None and len(parts) >= _MIN_PARTS:
            yield _Block(total, tuple(parts), _title(paragraphs[at - 1] if at else None, total))


def _finding(
    paragraph: Paragraph, name: str, total: Figure, parts: list[Figure], names: str
) -> ReviewFinding | None:
    listed = "＋".join(f.text for f in parts)
    return cell_sum_finding(
        paragraph,
        total,
        parts,
        lambda shown, gap: (
            f"“{name}”为{total.text}，其下{names}之和为{listed}＝{shown}，相差{gap}，请核实。"
        ),
    )


def _block_findings(block: _Block) -> Iterator[ReviewFinding]:
    names = f"各项（{'、'.join(part.name for part in block.parts)}）"
    for column, total in enumerate(block.total.figures):
        parts = [part.figures[column] for part in block.parts]
        finding = _finding(block.total.paragraph, block.total.name, total, parts, names)
        if finding is not None:
            yield finding


def _split_findings(block: _Block, later: list[_Block]) -> Iterator[ReviewFinding]:
    """The parts of ``block`` against the same-named parts of the blocks right after it whose
    totals make its total."""
    names = [part.name for part in block.parts]
    subs: list[_Block] = []
    for other in later:
        if [part.name for part in other.parts] != names:
            break
        subs.append(other)
    width = len(block.total.figures)
    if len(subs) < _MIN_PARTS or any(len(sub.total.figures) != width for sub in subs):
        return
    if not all(
        adds_up(total, [sub.total.figures[column] for sub in subs])
        for column, total in enumerate(block.total.figures)
    ):
        return
    where = f"各块（{'、'.join(sub.title for sub in subs)}）同名项"
    for row, part in enumerate(block.parts):
        for column, total in enumerate(part.figures):
            figures = [sub.parts[row].figures[column] for sub in subs]
            finding = _finding(part.paragraph, part.name, total, figures, where)
            if finding is not None:
                yield finding


def check_breakdown_lines(doc: ReportDoc) -> list[ReviewFinding]:
    """Each total line against its 其中 lines, and a block against the blocks that split it."""
    blocks = list(_blocks(doc))
    findings: list[ReviewFinding] = []
    for at, block in enumerate(blocks):
        findings.extend(_block_findings(block))
        findings.extend(_split_findings(block, blocks[at + 1 :]))
    return findings

"""The 资金 block of the national 部门整体支出绩效自评表: 年度资金总额 split twice, by the
nature of the income and by the nature of the spending, each part a label and its amount:

    年度资金总额  4753.66万元  4753.66万元  3824.26万元  10  100%  10
    按收入性质分:          按支出性质分:
    其中: 一般公共预算:1873.66万元   其中:基本支出:1768.16万元
    政府性基金拨款:                  项目支出:2985.5万元
    纳入专户管理的非税收入拨款:
    其他资金:2880万元

Exports run the two columns together, one cell to a line. Each split's parts are checked
against the total its own label states (“按收入性质分:2030.12”); where it states none, against
the 年度资金总额: a split whose parts make none of the total's amounts while the other split's
parts make one of them is the slip. Blank parts are nil; a split with one part filled is left
alone (the form is not filled, not wrongly added).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.cell_sums import cell_sum_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import adds_up
from jixiao.review.tables.cells import figure
from jixiao.review.text.quantities import fmt

_NUM = r"\d[\d,]*(?:\.\d+)?"
_INCOME = (
    r"一般公共预算(?:财政)?(?:拨款)?(?:资金)?|政府性基金(?:预算)?(?:拨款)?(?:资金)?"
    r"|纳入专户管理的非税收入(?:拨款)?|国有资本经营预算(?:拨款)?|其他资金"
)
_SPENDING = r"基本支出|项目支出"
_PART = re.compile(rf"(?P<name>{_INCOME}|{_SPENDING})[ \t]*[:：][ \t]*(?P<num>{_NUM})?(?![\d.])")
_SPLIT = re.compile(rf"按(?P<side>收入|支出)性质分[ \t]*[:：]?[ \t]*(?P<num>{_NUM})?(?![\d.])")
_TOTAL = re.compile(r"(?:年度)?资金总额")
_AMOUNT = re.compile(rf"(?<![\d.]){_NUM}(?![\d.%％])")
#: Where the money block ends: the 目标 and indicator rows of the table.
_END = re.compile(r"年度总体目标|总体目标|绩效指标|一级指标|预期目标")
_REACH = 30  # paragraphs, one cell to a line
_BACK = 12  # paragraphs from the split labels back to the 年度资金总额
_MIN_FILLED = 2


@dataclass(frozen=True, slots=True)
class _Split:
    side: str  # 收入 or 支出
    total: Figure | None  # the amount the split's own label states
    parts: tuple[tuple[str, Figure], ...]  # the filled parts, by name


def _block_text(paragraphs: tuple[Paragraph, ...], at: int) -> tuple[str, int]:
    """The block's text from the split labels to its end, and the index of its last line."""
    lines: list[str] = []
    for paragraph in paragraphs[at : at + _REACH]:
        end = _END.search(paragraph.text)
        lines.append(paragraph.text[: end.start()] if end else paragraph.text)
        if end:
            break
    return "\n".join(lines), at + len(lines) - 1


def _splits(text: str) -> list[_Split]:
    totals = {m.group("side"): figure(m.group("num") or "") for m in _SPLIT.finditer(text)}
    found: dict[str, list[tuple[str, Figure]]] = {"收入": [], "支出": []}
    for match in _PART.finditer(text):
        amount = figure(match.group("num") or "")
        side = "支出" if re.fullmatch(_SPENDING, match.group("name")) else "收入"
        if amount is not None:
            found[side].append((match.group("name"), amount))
    return [_Split(side, totals.get(side), tuple(parts)) for side, parts in found.items()]


def _total_amounts(paragraphs: tuple[Paragraph, ...], at: int) -> tuple[Paragraph, list[Figure]]:
    """The 年度资金总额's paragraph and the amounts from it to the split labels (its columns,
    with the 分值 and 得分 that cannot spoil a match)."""
    for back in range(at, max(-1, at - _BACK), -1):
        match = _TOTAL.search(paragraphs[back].text)
        if match is None:
            continue
        texts = [paragraphs[back].text[match.end() :]] + [p.text for p in paragraphs[back + 1 : at]]
        head = paragraphs[at].text.split("按")[0]
        amounts = [figure(m.group()) for t in (*texts, head) for m in _AMOUNT.finditer(t)]
        return paragraphs[back], [a for a in amounts if a is not None and a.value]
    return paragraphs[at], []


def _finding(
    paragraph: Paragraph, split: _Split, total: Figure, where: str
) -> ReviewFinding | None:
    parts = "、".join(f"{name}{amount.text}" for name, amount in split.parts)
    return cell_sum_finding(
        paragraph,
        total,
        [amount for _, amount in split.parts],
        lambda shown, gap: (
            f"按{split.side}性质分各项（{parts}）之和为{shown}，与{where}{total.text}不符，"
            f"相差{gap}，请核实。"
        ),
    )


def _block_findings(
    paragraphs: tuple[Paragraph, ...], at: int, text: str
) -> Iterator[ReviewFinding]:
    every = _splits(text)
    splits = [s for s in every if len(s.parts) >= _MIN_FILLED]
    paragraph, totals = _total_amounts(paragraphs, at)
    yield from _split_totals(paragraphs[at], every, totals)
    for split in splits:
        if split.total is not None:
            finding = _finding(paragraphs[at], split, split.total, f"按{split.side}性质分合计")
        else:
            finding = _against_total(paragraph, split, splits, totals)
        if finding is not None:
            yield finding


def _split_totals(
    paragraph: Paragraph, splits: list[_Split], totals: list[Figure]
) -> Iterator[ReviewFinding]:
    """The two splits' own totals (“按收入性质分:2030.12 按支出性质分:1925.67”) against the
    年度资金总额: the one that makes none of its amounts while the other makes one is wrong."""
    stated = [(s.side, s.total) for s in splits if s.total is not None]
    if len(stated) != 2 or stated[0][1].value == stated[1][1].value:
        return
    made = [[t for t in totals if t.value == total.value] for _, total in stated]
    for (side, total), own, (other, other_total), theirs in zip(
        stated, made, reversed(stated), reversed(made), strict=True
    ):
        if not own and theirs:
            places = max(total.places, other_total.places)
            gap = fmt(abs(total.value - other_total.value), places)
            message = (
                f"按{side}性质分合计{total.text}与年度资金总额{theirs[0].text}不符"
                f"（按{other}性质分合计为{other_total.text}），相差{gap}，请核实。"
            )
            yield make_finding(
                "sum-mismatch", paragraph, message, stated=total.text, recomputed=theirs[0].text
            )


def _against_total(
    paragraph: Paragraph, split: _Split, splits: list[_Split], totals: list[Figure]
) -> ReviewFinding | None:
    """``split`` against the 年度资金总额 its twin split makes (none when it makes one)."""
    amounts = [amount for _, amount in split.parts]
    if any(adds_up(total, amounts) for total in totals):
        return None
    for other in splits:
        others = [amount for _, amount in other.parts]
        if other is split or other.total is not None:
            continue
        made = [total for total in totals if adds_up(total, others)]
        if made:
            where = f"年度资金总额（按{other.side}性质分各项之和亦为此数）"
            return _finding(paragraph, split, made[0], where)
    return None


def check_nature_blocks(doc: ReportDoc) -> list[ReviewFinding]:
    """Each split of a 部门整体 自评表's 年度资金总额 against its total."""
    paragraphs = doc.paragraphs
    findings: list[ReviewFinding] = []
    last = -1
    for at, paragraph in enumerate(paragraphs):
        if at > last and _SPLIT.search(paragraph.text):
            text, last = _block_text(paragraphs, at)
            findings.extend(_block_findings(paragraphs, at, text))
    return findings

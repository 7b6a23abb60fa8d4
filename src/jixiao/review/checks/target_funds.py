"""The 资金 block of a 绩效目标表 (申报表) told as words, however the page ran its cells:

    资金情况（万元） 资金总额：35 其中：财政拨款35 其他资金          → 35 = 35 + 0
    年度资金总额:203 | 其中:财政拨款 203 | 其他资金 |

The total is 财政拨款 + 上年结转 + 其他资金 as the form lays them out; a source the form leaves
blank holds nothing. The block is read over the total's paragraph and the few after it (a
page that kept one cell to a line), its bars taken out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt

_NUMBER = r"\d+(?:\.\d+)?(?![\d.%％年月日个])"
#: A label's unit or remark in brackets ((万元), (包括结转结余)), then its colon.
_UNIT = r"\s*(?:[（(][^（）()]{1,12}[）)])?\s*[:：]?\s*"
#: The total: 资金总额 (or a column's: 中期资金总额, 年度资金总额), 年度金额 of a 区域绩效目标表.
_TOTAL = re.compile(
    rf"\s*(?<!年初)(?<!全年)(?:(?:中期|年度)?资金总额|年度金额){_UNIT}(?P<value>{_NUMBER})?\s*(?:万元?)?"
)
#: A source the form lays out under the total, its figure after it or its cell left blank;
#: a second figure is the source's in a second column (年度 | 中期).
_SOURCE = re.compile(
    r"\s*(?P<opens>其中\s*[:：]?\s*)?(?P<name>财政拨款|上级资金|本级资金|中央补助|中央资金|地方资金"
    rf"|省级资金|市级资金|县级资金|上年结转(?:资金)?|自筹资金|其他资金){_UNIT}(?P<value>{_NUMBER})?"
    rf"(?:\s*万元?)?(?:\s+(?P<second>{_NUMBER})(?:\s*万元?)?)?\s*"
)
#: The sources a second 其中 may split one source into (财政拨款 into 上级 and 本级 资金, 地方
#: 资金 into 省级, 市级 and 县级): a part of a part, not added to the total.
_NESTED = frozenset({"上级资金", "本级资金", "省级资金", "市级资金", "县级资金"})

Source = tuple[str, str | None]


def _groups(text: str, at: int) -> tuple[list[list[Source]], list[Source], int]:
    """The sources told from ``at`` on, by the 其中 that opens each group (a second group of
    the same names is a second column), each with its figure (None when blank); the second
    figures told beside them; and where they end."""
    groups: list[list[Source]] = []
    seconds: list[Source] = []
    nested = False
    while (source := _SOURCE.match(text, at)) is not None:
        at = source.end()
        name = source.group("name")
        if source.group("opens") and groups:
            names = {n for n, _ in groups[-1]}
            nested = name not in names  # a part split in its own parts, or a new column
            if not nested:
                groups.append([])
        if nested and name in _NESTED:
            continue
        nested = False
        if not groups:
            groups.append([])
        groups[-1].append((name, source.group("value")))
        seconds.append((name, source.group("second")))
    return groups, seconds, at


def _columns(
    totals: list[str | None], groups: list[list[Source]], seconds: list[Source]
) -> list[tuple[str, list[Source]]]:
    """Each total with its sources: one column, or two (年度 and 中期) whose totals stand side
    by side, their sources told in two groups, in alternation (each name twice in a row) or
    with two figures each; two totals read any other way are left alone."""
    if len(totals) == 1 and len(groups) == 1:
        columns = [(totals[0], groups[0])]
    elif len(totals) == 2 and len(groups) == 2:
        columns = list(zip(totals, groups, strict=True))
    elif len(totals) == 2 and len(groups) == 1 and all(second for _, second in seconds):
        columns = list(zip(totals, (groups[0], seconds), strict=True))
    elif len(totals) == 2 and len(groups) == 1:
        names = [name for name, _ in groups[0]]
        paired = len(names) % 2 == 0 and names[::2] == names[1::2]
        columns = [(totals[i], groups[0][i::2]) for i in range(2)] if paired else []
    else:
        columns = []
    return [(total, own) for total, own in columns if total is not None]


def _blocks(text: str) -> list[tuple[str, list[Source], int]]:
    """Each total with its sources, and where it stands in ``text``."""
    blocks = []
    at = 0
    while (total := _TOTAL.search(text, at)) is not None:
        totals = [total.group("value")]
        second = _TOTAL.match(text, total.end())
        if second is not None:  # 中期 and 年度 side by side
            totals.append(second.group("value"))
        groups, seconds, at = _groups(text, (second or total).end())
        at = max(at, total.end())
        for value, own in _columns(totals, groups, seconds):
            if any(figure for _, figure in own):
                blocks.append((value, own, total.start()))
    return blocks


def _finding(
    total: str, sources: list[Source], paragraph_at: int, doc: ReportDoc
) -> ReviewFinding | None:
    figures = [figure for _, figure in sources if figure]
    added = sum((Decimal(figure) for figure in figures), Decimal(0))
    places = max(len(s.partition(".")[2]) for s in [total, *figures])
    slack = Decimal(5).scaleb(-places - 1) * (1 + len(figures))
    if abs(added - Decimal(total)) <= slack:
        return None
    shown = fmt(added, places)
    listed = "＋".join(f"{name}{figure}" for name, figure in sources if figure)
    message = (
        f"资金情况所列资金总额为{total}，而其中各项资金之和为{listed}＝{shown}"
        f"（未填列的资金来源按零计），两者不符，请核实。"
    )
    paragraph = doc.paragraphs[paragraph_at]
    return make_finding("sum-mismatch", paragraph, message, stated=total, recomputed=shown)


def check_target_funds(doc: ReportDoc) -> list[ReviewFinding]:
    """Each 绩效目标表's 资金总额 against 财政拨款, 上年结转 and 其他资金 told after it, the
    document's paragraphs read as one run of cells (a page may keep one cell to a line)."""
    findings: list[ReviewFinding] = []
    starts: list[int] = []
    at = 0
    for paragraph in doc.paragraphs:
        starts.append(at)
        at += len(paragraph.text) + 1
    joined = re.sub(r"[|｜]", " ", " ".join(p.text for p in doc.paragraphs))
    for total, sources, start in _blocks(joined):
        finding = _finding(total, sources, bisect_right(starts, start) - 1, doc)
        findings.extend([finding] if finding is not None else [])
    return findings

"""A table's row told again in the text with other figures:

    ■按隶属管理统计：州直项目58个，完成投资114.8亿元，为年投资计划的64%；…
    隶 属 | 项目个数 | 年投资计划 | 完成投资额 | 年计划投资完成率 |
    州 直 | 58 | 156.7 | 92.0 | 58.8% |

The clause names the row (州直) and gives one of its cells exactly (58个 = 项目个数 58), so it
speaks of that row; a figure of it named like another column (完成投资 → 完成投资额, 为年投资
计划的… → 年计划投资完成率) must be that cell too, within the rounding of the less precise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.percent_findings import half_digit
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.doc_rows import TableRow
from jixiao.review.tables.doc_rows import doc_tables
from jixiao.review.tables.doc_rows import header_end
from jixiao.review.tables.doc_rows import header_names
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import money_scale
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: The clause a row is told in ends at a full stop, a semicolon, or the bracket it sits in
#: (“（其中…上年结转资金37.87万元），执行率97.72%”: the rate is the whole's).
_CLAUSE_END = re.compile(r"[；;。）)]")
#: A column's name cut to what a sentence calls it (完成投资额 → 完成投资).
_NAME_TAIL = re.compile(r"(?:额|数|金额|总额)$")
#: The verb between a figure's name and the figure (完成投资为, 预算数是).
_SAID = re.compile(r"(?:为|是|达到?|共计?|合计)$")
#: A change, not a level: no cell of the row.
_CHANGE = re.compile(r"比|较|增加|减少|增长|下降|增减")
#: The figures a row's cells are told as (no 分值 or 得分: a score table's rows nest).
_TOLD = (MONEY, COUNT, PERCENT)
_MIN_LABEL = 2
_MIN_NAME = 2


def _written(q: Quantity) -> Decimal:
    """The number as written (114.8 of 114.8亿元), the unit aside."""
    return q.value / money_scale(q.unit) if q.kind == MONEY else q.value


#: The text may tell the table's 万元 in 亿元 (20.87 for 208745), or the other way.
_SCALES = (Decimal(1), Decimal(10000), Decimal("0.0001"), Decimal(100000000), Decimal("1E-8"))


def _same(q: Quantity, cell: Figure) -> bool:
    value, slack = _written(q), half_digit(q.text)
    return any(abs(value * k - cell.value) <= slack * k + cell.ulp for k in _SCALES)


def _column(names: list[str], q: Quantity, label: str) -> int | None:
    """The column a figure is named after: the one whose name its words hold (a percentage:
    the table's one rate column)."""
    found = []
    for at, name in enumerate(names):
        if q.kind == PERCENT:
            # the table's rate column, when the share's words name its base (为年投资计划的)
            own = not label.strip("，, ").startswith("占")  # (占全市…的: a share of another)
            if name.endswith("率") and own and _shared_words(label, name):
                found.append(at)
            continue
        core = _NAME_TAIL.sub("", name)
        told = _SAID.sub("", label.strip("，, "))
        if len(core) >= _MIN_NAME and not name.endswith("率") and told.endswith(core):
            found.append(at)
    return found[0] if len(found) == 1 else None


def _shared_words(label: str, name: str) -> bool:
    words = re.sub(r"[^\u4e00-\u9fff]", "", label)
    return any(
        words[i : i + 2] in name for i in range(len(words) - 1) if "的" not in words[i : i + 2]
    )


def _row_findings(
    row: TableRow, names: list[str], sentences: tuple[Sentence, ...], others: list[str]
) -> Iterator[ReviewFinding]:
    label = re.sub(r"\s+", "", row.label)
    if len(label) < _MIN_LABEL:
        return
    cells = [(at, row.value(at)) for at in range(len(row.cells)) if at < len(names)]
    for sentence in sentences:
        if "分别" in sentence.text:
            continue  # figures of several rows told in turn
        for start in [m.start() for m in re.finditer(re.escape(label), sentence.text)]:
            if any(o != label and sentence.text.startswith(o, start) for o in others):
                continue  # 市直属企业, not 市直
            ends = _CLAUSE_END.search(sentence.text, start)
            stop = ends.start() if ends else len(sentence.text)
            # up to another row's name: its figures are that row's
            after = [sentence.text.find(o, start + len(label)) for o in others if o != label]
            stop = min([stop, *(a for a in after if a >= 0)])
            figures = [
                q
                for q in sentence.quantities
                if start <= q.start < stop
                and q.kind in _TOLD
                and not _CHANGE.search(sentence.text[start : q.start])
            ]
            anchored = any(
                cell is not None and not cell.percent and _same(q, cell) and q.kind != PERCENT
                for q in figures
                for _, cell in cells
            )
            if not anchored:
                continue
            yield from _mismatches(row, names, sentence, figures, label)


def _mismatches(
    row: TableRow, names: list[str], sentence: Sentence, figures: list[Quantity], label: str
) -> Iterator[ReviewFinding]:
    for q in figures:
        column = _column(names, q, q.label)
        cell = row.value(column) if column is not None else None
        if column is None or cell is None or cell.percent != (q.kind == PERCENT):
            continue
        if _same(q, cell):
            continue
        message = (
            f"文中称{label}{q.label.strip('，, ')}{q.text}，而表中“{row.label.strip()}”一行的"
            f"“{names[column]}”为{cell.text}，同一数据前后不一致，请核实。"
        )
        yield make_finding(
            "figure-inconsistent",
            sentence.paragraph,
            message,
            span=sentence.span_of(q),
            stated=q.text,
            recomputed=cell.text,
        )


def check_row_restated(doc: ReportDoc) -> list[ReviewFinding]:
    """Figures of a table's row told again in a sentence that names the row."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for table in doc_tables(doc):
        end = header_end(table)
        names = header_names(table, end)
        if not names:
            continue
        labels = [re.sub(r"\s+", "", row.label) for row in table[end:]]
        for row in table[end:]:
            findings.extend(_row_findings(row, names, sentences, labels))
    return findings

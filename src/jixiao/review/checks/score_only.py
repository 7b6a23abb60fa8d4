"""A 自评表 with no 分值 column (a Hubei layout): each indicator row gives its 得分 alone, the
资金 row its 得分 (20分×执行率), and the 总分 row their sum.

    年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分
    产出指标 | 数量指标 | … | 完成1部 | 完成1部 | 10
    …
    总分 | 99.55分

Only rows written as cells are read, each row's 得分 its last cell — or, for a row of names
alone (一级, 二级, 三级指标), the last cell of the line of figures right under it; a reason
written after the 得分 is passed over; the block is left alone when a row has no score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.tables.funds import funds_rows
from jixiao.review.tables.rows import TargetRow

_HEADER = re.compile(r"实际完成值|实际完成情况")
_WEIGHT = re.compile(r"分值|权重|满分")
#: A table's total row: 总分, 合计 or 总计, perhaps with its points (总分(100分)).
TOTAL_ROW = re.compile(r"^(?:总分|合计|总计)(?:[（(]\d+分[)）])?$")
MAX_SCORE = Decimal(40)  # one row's score
#: The name cells of a row whose figures a web export wrapped onto the next line
#: (“产出指标 | 数量指标 | 扶持…主体（个） |” over “15 | 6 | 8.0 |”).
_NAMES = 3
_FIGURES = 3
TOTAL_MOST = Decimal(120)


def _score(cell: str, most: Decimal = MAX_SCORE) -> Figure | None:
    found = figure(cell.strip().removesuffix("分"))
    if found is None or found.percent or found.value > most:
        return None
    return found


#: The column a row's 偏差原因 fills after its 得分.
_REASON_HEAD = re.compile(r"原因|说明|改进措施|备注")


def _row_score(cells: list[str]) -> tuple[Figure | None, int]:
    """The row's 得分 and how many cells run up to it: its last cell, or the one before a
    reason written after it (“… | 9.8 | 2名学员中途退出 |”)."""
    score = _score(cells[-1])
    if score is not None or len(cells) < _FIGURES or figure(cells[-1]) is not None:
        return score, len(cells)
    return _score(cells[-2]), len(cells) - 1


def _header_at(doc: ReportDoc) -> int | None:
    for at, paragraph in enumerate(doc.paragraphs):
        cells = [c.strip() for c in paragraph.cells if c.strip()]
        if len(cells) < 3:
            continue
        last = cells[-2] if _REASON_HEAD.search(cells[-1]) else cells[-1]
        if not last.startswith("得分"):
            continue
        if _HEADER.search(paragraph.text) and not _WEIGHT.search(paragraph.text):
            return at
    return None


#: A cell of values, not of names: a row sharing the 得分 cell of the row above.
_BONUS = re.compile(r"加分|扣分")
_VALUES = re.compile(r"\d|[≥≤><]")
#: “产出指标(40分)”: a block's label with its points, in a row's first cell.
_BLOCK = re.compile(r"^(?P<name>产出|成本|效益|满意度)指标\s*[（(]\s*(?P<weight>\d+)\s*分\s*[）)]$")


@dataclass
class _Block:
    """A 一级指标 block labelled with its points, and the scores of its rows."""

    name: str
    weight: Decimal
    paragraph: Paragraph
    scores: list[Figure] = field(default_factory=list)
    counted: bool = True


@dataclass
class _Read:
    """The rows' scores under the header, the blocks they stand in, and the 总分 row (None
    when the excerpt ends before it)."""

    scores: list[Figure] = field(default_factory=list)
    blocks: list[_Block] = field(default_factory=list)
    total: tuple[Paragraph, Figure] | None = None
    rows: list[TargetRow] = field(default_factory=list)

    def open_block(self, cell: str, paragraph: Paragraph) -> None:
        """A row whose first cell labels a block (“产出指标(40分)”) opens it."""
        if _BONUS.search(cell):  # a 加分 row stands outside every block
            self.blocks.append(_Block("加分", Decimal(0), paragraph, counted=False))
            return
        block = _BLOCK.match(cell.replace(" ", ""))
        if block is not None:
            self.blocks.append(_Block(block["name"], Decimal(block["weight"]), paragraph))

    def add(self, score: Figure, row: TargetRow | None = None) -> None:
        """A row's score, and the row when its name, target and result were read."""
        self.scores.append(score)
        if self.blocks:
            self.blocks[-1].scores.append(score)
        if row is not None:
            self.rows.append(row)


def _own_row(paragraph: Paragraph, cells: list[str], width: int) -> TargetRow | None:
    """The row of one line: name, 年初目标值, 实际完成值, 得分 (its last ``width`` cells)."""
    return TargetRow(paragraph, *cells[width - 4 : width - 1]) if width > _FIGURES else None


def _wrapped_row(paragraph: Paragraph, name: str, cells: list[str], width: int) -> TargetRow | None:
    """The row whose names stand a line above its figures: 年初目标值, 实际完成值, 得分."""
    return TargetRow(paragraph, name, cells[0], cells[1]) if width == _FIGURES else None


def _rows(doc: ReportDoc, header: int) -> _Read | None:
    """The rows under the header, up to the 总分 row or the end (None: not this layout)."""
    read = _Read()
    wrapped: str | None = None  # the name of a row whose figures follow on the next line
    for paragraph in doc.paragraphs[header + 1 :]:
        cells = [c.strip() for c in paragraph.cells if c.strip()]
        if not cells:
            continue
        score, width = _row_score(cells)
        if wrapped is not None:  # the figures of the row of names above
            if score is None or width > _FIGURES:
                return None
            read.add(score, _wrapped_row(paragraph, wrapped, cells, width))
            wrapped = None
            continue
        if TOTAL_ROW.match(cells[0]):
            total = _score(cells[1], TOTAL_MOST) if len(cells) > 1 else None
            read.total = (paragraph, total) if total is not None else None
            return read if read.scores else None
        read.open_block(cells[0], paragraph)
        if len(cells) == 1:
            continue  # a group label on a line of its own (成本指标)
        # “新增服务网点(个) | 8 | 9 |”: a name, its target and result, the 得分 cell above
        # (not “1套 | 1套 | 20 |”, a row's figures wrapped under its names)
        values = all(_VALUES.search(c) for c in cells[1:])
        shared = len(cells) == _NAMES and not _VALUES.search(cells[0]) and values
        if shared or (score is None and (_VALUES.search(cells[-1]) or cells[-1] == cells[-2])):
            continue  # “WIFI布点全覆盖 | 100%覆盖 | 100%覆盖”: its score merged with the row above
        if score is None and len(cells) > _NAMES:
            return None  # a row whose last cell is no score: the layout is not this one
        wrapped = cells[-1] if score is None else None
        if score is not None:
            read.add(score, _own_row(paragraph, cells, width))
    return read if read.scores else None


def target_rows(doc: ReportDoc) -> list[TargetRow]:
    """The indicator rows of a table with no 分值 column: name, 年初目标值, 实际完成值."""
    header = _header_at(doc)
    read = _rows(doc, header) if header is not None else None
    return read.rows if read is not None else []


def _over_blocks(read: _Read) -> list[ReviewFinding]:
    """Each labelled block whose rows score more than its points (the excerpt may end inside
    the last one: its rows so far already pass them)."""
    findings: list[ReviewFinding] = []
    for block in read.blocks:
        added = sum((s.value for s in block.scores), Decimal(0))
        if not block.counted or added <= block.weight:
            continue
        listed = "＋".join(s.text for s in block.scores)
        message = (
            f"“{block.name}指标”各行得分{listed}＝{added}分，超过该一级指标的分值"
            f"{block.weight}分，疑为填报错位或计分有误。"
        )
        findings.append(
            make_finding(
                "table-score-over-weight",
                block.paragraph,
                message,
                span=(0, len(block.paragraph.text)),
                stated=str(added),
                recomputed=str(block.weight),
            )
        )
    return findings


def check_score_only(doc: ReportDoc) -> list[ReviewFinding]:
    """The 总分 of a table without 分值 against its rows' and its 资金 row's scores, and each
    labelled block's rows against its points."""
    header = _header_at(doc)
    read = _rows(doc, header) if header is not None else None
    if read is None or header is None:
        return []
    findings = _over_blocks(read)
    if read.total is None:
        return findings
    paragraph, total = read.total
    scores = read.scores
    funds = [f for f in funds_rows(doc) if f.paragraph.index < doc.paragraphs[header].index]
    above = funds[-1].columns.get("score") if funds else None
    added = sum((s.value for s in scores), Decimal(0)) + (above.value if above else 0)
    places = max(
        [len(total.text.partition(".")[2])] + [len(s.text.partition(".")[2]) for s in scores]
    )
    if above is not None:
        places = max(places, len(above.text.partition(".")[2]))
    shown = f"{added:.{places}f}"
    if Decimal(shown) == total.value:
        return findings
    parts = "＋".join([*([above.text] if above else []), *(s.text for s in scores)])
    message = f"各行得分之和{parts}＝{shown}分，表中总分为{total.text}分，不符。"
    return [
        *findings,
        make_finding(
            "score-total-mismatch",
            paragraph,
            message,
            span=(0, len(paragraph.text)),
            stated=total.text,
            recomputed=shown,
        ),
    ]

"""A form a web page saved one cell to a paragraph, with no bars and no row ends (the Hunan
财政支出项目绩效评价自评报告 as a county site publishes it):

    实际到位资金 / (万元) / 55 / 实际支出 / (万元) / 55 / 结余(万元) / 0
                                              → 结余 = 实际到位资金 − 实际支出
    支出内容 / 实际支出数 / 会计凭证号 / 备注 / 春节防火宣传 / 45300 / 1月11号 / … /
    支出合计 / 550000                         → 支出合计 = the figures of the rows

The detail table's rows are read only under a header with one amount column (its other
cells a voucher number, a date, a remark), each row with one figure: two figures in a row
would be two columns, which cannot be told apart here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding

_FIGURE = re.compile(r"^-?\d[\d,]*(?:\.\d+)?$")
#: A cell on a paragraph of its own: short, no sentence.
MAX_CELL = 30
#: How many paragraphs the detail table may run over.
MAX_TABLE = 400
_AMOUNT_HEAD = re.compile(r"^(?:实际支出数|支出金额|实际支出金额)(?:[（(][万]?元[）)])?$")
#: A second amount column in the header: the rows' figures cannot be told apart.
_OTHER_AMOUNT = re.compile(r"数$|金额|预算|[（(]万?元[）)]$")
#: The label of a 支出明细's total row.
DETAIL_TOTAL = re.compile(r"^(?:支出)?(?:合\s*计|总\s*计)$")
_UNIT = re.compile(r"^[（(]万?元[）)]$")
_SUBTOTAL = re.compile(r"小计")
#: A 会计凭证号 cell: dates and voucher numbers only.
_VOUCHERS = re.compile(r"^(?=.*号)[\d月日号、，,.\s凭证第至~—-]+$")


def _cell(paragraph: Paragraph) -> str | None:
    text = paragraph.text.strip()
    if len(paragraph.cells) > 1 or len(text) > MAX_CELL or "。" in text:
        return None
    return text


def _figure(text: str | None) -> Decimal | None:
    return Decimal(text.replace(",", "")) if text and _FIGURE.match(text) else None


def _detail(paragraphs: Sequence[Paragraph], at: int) -> ReviewFinding | None:
    """The detail table whose amount column heads ``paragraphs[at]``."""
    figures: list[Decimal] = []
    header = True
    for k in range(at + 1, min(len(paragraphs) - 1, at + MAX_TABLE)):
        text = _cell(paragraphs[k])
        if text is None and _VOUCHERS.match(paragraphs[k].text.strip()):
            continue  # a long cell of voucher numbers (“1月16号、7月17、20、21…号”)
        if text is None:
            return None
        value = _figure(text)
        if header and value is None and _OTHER_AMOUNT.search(text):
            return None
        if _SUBTOTAL.search(text):
            return None  # “宣传费小计”: rows and their subtotals, added twice
        if DETAIL_TOTAL.match(text):
            total = paragraphs[k + 1]
            return _total_finding(total, _figure(_cell(total)), figures)
        if value is not None:
            if not header and _figure(_cell(paragraphs[k - 1])) is not None:
                return None  # two figures side by side: two amount columns
            figures.append(value)
            header = False
    return None


def _total_finding(
    paragraph: Paragraph, total: Decimal | None, figures: list[Decimal]
) -> ReviewFinding | None:
    added = sum(figures, Decimal(0))
    if total is None or len(figures) < 2 or added == total:
        return None
    listed = "＋".join(format(f, "f") for f in figures)
    message = (
        f"支出明细的支出合计为{paragraph.text}，而各项实际支出数之和为{listed}＝"
        f"{format(added, 'f')}，相差{format(abs(added - total), 'f')}，请核实。"
    )
    return make_finding(
        "sum-mismatch", paragraph, message, stated=paragraph.text, recomputed=format(added, "f")
    )


def _named_figures(paragraphs: Sequence[Paragraph]) -> Iterator[tuple[str, Paragraph]]:
    """Each cell's label with the paragraph of the figure right after it (a unit cell,
    “(万元)”, between them passed over)."""
    for at, paragraph in enumerate(paragraphs[:-1]):
        label = _cell(paragraph)
        if label is None or _figure(label) is not None or _UNIT.match(label):
            continue
        after = paragraphs[at + 1 : at + 3]
        if after and _UNIT.match(after[0].text.strip()):
            after = after[1:]
        if after and _figure(_cell(after[0])) is not None:
            yield label, after[0]


_ARRIVED = re.compile(r"^实际到位资金")
_SPENT = re.compile(r"^实际支出(?:[（(]万?元[）)])?$")
_LEFT = re.compile(r"^结余")


def _balance(paragraphs: Sequence[Paragraph]) -> ReviewFinding | None:
    """结余 against 实际到位资金 − 实际支出, each a cell with its figure after it."""
    named = list(_named_figures(paragraphs))
    found = [next((p for label, p in named if rule.match(label)), None) for rule in _RULES]
    arrived, spent, left = found
    if arrived is None or spent is None or left is None:
        return None
    values = [_figure(_cell(p)) for p in (arrived, spent, left)]
    if None in values or not arrived.index < spent.index < left.index:
        return None
    right = values[0] - values[1]  # type: ignore[operator]
    if right == values[2]:
        return None
    message = (
        f"结余应为实际到位资金{arrived.text}减实际支出{spent.text}，即{format(right, 'f')}，"
        f"表中为{left.text}，请核实。"
    )
    return make_finding(
        "remainder-mismatch", left, message, stated=left.text, recomputed=format(right, "f")
    )


_RULES = (_ARRIVED, _SPENT, _LEFT)


def check_cell_paragraphs(doc: ReportDoc) -> list[ReviewFinding]:
    """The detail table's 支出合计 and the money block's 结余 of a form saved a cell to a
    paragraph."""
    paragraphs = doc.paragraphs
    found = [_balance(paragraphs)]
    found.extend(
        _detail(paragraphs, at)
        for at, paragraph in enumerate(paragraphs)
        if _AMOUNT_HEAD.match(paragraph.text.strip()) and _cell(paragraph) is not None
    )
    return [f for f in found if f is not None]

"""A notice's amount against the total of the tables it sends with it:

    现将市级财政专项扶贫资金15万元下达给你们(见附件1)，款列“2130599其他扶贫支出”科目。
    附件1  安排表
    乡镇、村 | 金额 | 建设项目 | 补助金额
    …
    合计 | 12 | 12                                   → 正文15万元，附件1合计12万元

The sentence hands the money down (下达) and points to its attachments (见附件1, 详见附件1、2,
见附件); its one amount — not a standard per head (按每人1200元的标准) — is what their totals
make. Each attachment runs from its mark (附件1, 附件2 …) to the next; its total rows (合计,
总计) are read in its unit (单位：万元 in its caption, else the unit its header says for
every column, else either). The amount agrees when it is a figure of a total row of an
attachment it points to, or the sum of their last total rows; it is held to them only when
each of those rows states one figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from decimal import Decimal
from itertools import product

from jixiao.review.catalogue import make_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import money_scale
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: “(见附件1)”, “（详见附件1、2）”, “(见附件)”: the money's tables attached.
_SEE = re.compile(r"[（(]\s*(?:详)?见附件\s*(?P<list>[1-9](?:\s*[、和及,，-]\s*[1-9])*)?")
_HANDED = re.compile(r"下达")
_NOW_HANDED = re.compile(r"现(?:将|下达)")
#: “按每人每年1200元的标准”: a standard, not the money handed down.
_STANDARD = re.compile(r"每(?:人|户|亩|名|个|年|月)|标准")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计)")
#: An attachment's own mark (“附件1”, “附件2 |”), not the notice's list of them (“附件:1.…”).
_MARK = re.compile(r"^附件\s*(?P<n>[1-9])(?![\d.．、:：])")
_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*(?P<unit>万元|元)")
_HEADER_UNIT = re.compile(r"[(（](?P<unit>万元|元)[)）]")
_MONEY = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)")


@dataclass
class _Attachment:
    """One attachment's total rows (each its money figures, in 元) and the unit it says."""

    rows: list[list[Figure]] = field(default_factory=list)
    caption: str | None = None
    headers: set[str] = field(default_factory=set)

    def unit(self) -> str | None:
        if self.caption:
            return self.caption
        return next(iter(self.headers)) if len(self.headers) == 1 else None


def _amount(sentence: Sentence) -> tuple[Quantity, list[int]] | None:
    """The one amount the sentence hands down and the attachments it points to — in the
    same sentence, or in a later one of its paragraph that names no money of its own when
    the sentence opens 现下达 or 现将."""
    see = _SEE.search(sentence.text)
    if see is not None:
        head = sentence.text[: see.start()]
        if not _HANDED.search(head):
            return None
    else:
        paragraph = sentence.paragraph.text
        after = sentence.start + len(sentence.text)
        see = _SEE.search(paragraph, after)
        if not _NOW_HANDED.search(sentence.text) or see is None:
            return None
        if _MONEY.search(paragraph, after, see.start()):
            return None  # (“其中，中央资金300万元（详见附件1）”: a part's table)
        head = sentence.text
    money = [q for q in sentence.quantities if q.kind == "money" and q.end <= len(head)]
    if len(money) != 1 or money[0].approx:
        return None
    amount = money[0]
    around = amount.label + sentence.text[amount.end : amount.end + 4]
    if _STANDARD.search(around):
        return None
    numbers = [int(n) for n in re.findall(r"[1-9]", see.group("list") or "1")]
    return amount, numbers


def _attachments(doc: ReportDoc, after: int) -> dict[int, _Attachment]:
    """The attachments after paragraph ``after``: the paragraphs before the first mark are
    the first attachment's."""
    found: dict[int, _Attachment] = {}
    current = found.setdefault(1, _Attachment())
    for paragraph in doc.paragraphs[after:]:
        mark = _MARK.match(paragraph.text)
        if mark:
            current = found.setdefault(int(mark.group("n")), _Attachment())
        _read(current, paragraph)
    return found


def _read(attachment: _Attachment, paragraph: Paragraph) -> None:
    caption = _CAPTION_UNIT.search(paragraph.text)
    if caption and attachment.caption is None:
        attachment.caption = caption.group("unit")
    attachment.headers.update(m.group("unit") for m in _HEADER_UNIT.finditer(paragraph.text))
    if paragraph.cells and _TOTAL.match(paragraph.cells[0].replace(" ", "")):
        figures = [f for cell in paragraph.cells[1:] if (f := figure(cell)) is not None]
        money = [f for f in figures if not f.percent]
        attachment.rows.extend([money] if money else [])


def _in_yuan(figures: list[Figure], unit: str | None) -> list[tuple[Decimal, Decimal]]:
    """Each figure in 元 with its rounding (half its last digit), in each unit it may be in."""
    units = [unit] if unit else ["万元", "元"]
    return [(f.value * money_scale(u), f.ulp * money_scale(u)) for f in figures for u in units]


def _agrees(amount: Quantity, attached: list[_Attachment]) -> bool:
    figures = [v for a in attached for row in a.rows for v in _in_yuan(row, a.unit())]
    if any(abs(v - amount.value) <= amount.ulp + ulp for v, ulp in figures):
        return True
    lasts = [_in_yuan(a.rows[-1][:1], a.unit()) for a in attached]
    for pick in product(*lasts):  # (one reading of each attachment's unit)
        added = sum((v for v, _ in pick), Decimal(0))
        if abs(added - amount.value) <= amount.ulp + sum((u for _, u in pick), Decimal(0)):
            return True
    return False


def _stated_total(attached: list[_Attachment]) -> tuple[Decimal, str] | None:
    """The sum of the attachments' last total rows in their unit, when each states one
    figure and all are in one unit."""
    lasts = [a.rows[-1] for a in attached]
    units = {a.unit() for a in attached}
    if any(len({f.value for f in row}) != 1 for row in lasts) or len(units) != 1:
        return None
    return sum((row[0].value for row in lasts), Decimal(0)), units.pop() or ""


def _findings(doc: ReportDoc) -> Iterator[ReviewFinding]:
    for sentence in doc_sentences(doc):
        found = _amount(sentence)
        if found is None:
            continue
        amount, numbers = found
        attachments = _attachments(doc, sentence.paragraph.index)
        attached = [attachments[n] for n in numbers if n in attachments and attachments[n].rows]
        if len(numbers) > 1:  # (of several, those whose unit says money: no 任务清单 of counts)
            attached = [a for a in attached if a.unit() is not None]
        if not attached or _agrees(amount, attached):
            return
        stated = _stated_total(attached)
        if stated is None:
            return
        total, unit = stated
        shown = f"{format(total.normalize(), 'f')}{unit or amount.unit}"
        message = (
            f"正文称下达资金{amount.text}（见附件），而附件所列合计为{shown}，"
            "两者不符，请核实正文或附表。"
        )
        yield make_finding(
            "attachment-total-mismatch",
            sentence.paragraph,
            message,
            span=sentence.span_of(amount),
            stated=amount.text,
            recomputed=shown,
        )
        return


def check_attachment_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """The amount a notice hands down against its attached tables' totals."""
    return list(_findings(doc))

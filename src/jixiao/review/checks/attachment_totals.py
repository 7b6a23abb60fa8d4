"""A notice's amount against the total of the table it sends with it:

    现将市级财政专项扶贫资金15万元下达给你们(见附件1)，款列“2130599其他扶贫支出”科目。
    附件1  安排表
    乡镇、村 | 金额 | 建设项目 | 补助金额
    …
    合计 | 12 | 12                                   → 正文15万元，附件1合计12万元

The sentence hands the money down (下达) and points to its first attachment (见附件1, 详见
附件); its one amount is the attachment's 合计 — the first total row after the sentence,
before the next attachment begins. The 合计 row's figures are read in the table's unit
(单位：元 or 万元 said in its caption or header, else either); one of them equal to the
amount, or one of them in 元 equal to it, and they agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.tables.cells import Figure
from jixiao.review.tables.cells import figure
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import money_scale
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: “(见附件1)”, “（详见附件1、2）”, “(见附件)”: the money's table attached.
_SEE = re.compile(r"[（(]\s*(?:详)?见附件\s*(?:1|一)?(?=[)）、，,\s])")
_HANDED = re.compile(r"下达")
_NOW_HANDED = re.compile(r"现(?:将|下达)")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计)")
#: The next attachment begins: its table is not the money's.
_NEXT = re.compile(r"^附件\s*(?:[2-9]|[二三四五])")
_UNIT = re.compile(r"(?:单位|金额)\s*[:：(（]?\s*(?P<unit>万元|元)|[(（](?P<head>万元|元)[)）]")
_WAN = Decimal(10000)


def _amount(sentence: Sentence) -> Quantity | None:
    """The one amount the sentence hands down before its 见附件 mark — or in the whole
    sentence, when it opens 现下达 and a later one of its paragraph points to the table."""
    see = _SEE.search(sentence.text)
    if see is not None:
        head = sentence.text[: see.start()]
        if not _HANDED.search(head):
            return None
    elif _NOW_HANDED.search(sentence.text) and _SEE.search(sentence.paragraph.text):
        head = sentence.text
    else:
        return None
    money = [q for q in sentence.quantities if q.kind == "money" and q.end <= len(head)]
    return money[0] if len(money) == 1 and not money[0].approx else None


def _total_row(doc: ReportDoc, after: int) -> tuple[list[Figure], str | None] | None:
    """The figures of the attachment's first 合计 row after paragraph ``after``, and the unit
    its table says (None when it says none)."""
    unit: str | None = None
    for paragraph in doc.paragraphs[after:]:
        if _NEXT.match(paragraph.text):
            return None
        said = _UNIT.search(paragraph.text)
        if said:
            unit = said.group("unit") or said.group("head")
        if paragraph.cells and _TOTAL.match(paragraph.cells[0].replace(" ", "")):
            figures = [f for cell in paragraph.cells[1:] if (f := figure(cell)) is not None]
            money = [f for f in figures if not f.percent]
            return (money, unit) if money else None
    return None


def _agrees(amount: Quantity, total: Figure, unit: str | None) -> bool:
    units = [unit] if unit else ["万元", "元"]
    return any(
        abs(total.value * money_scale(u) - amount.value) <= total.ulp * money_scale(u) + amount.ulp
        for u in units
    )


def _findings(doc: ReportDoc) -> Iterator[ReviewFinding]:
    for sentence in doc_sentences(doc):
        amount = _amount(sentence)
        if amount is None:
            continue
        found = _total_row(doc, sentence.paragraph.index)
        if found is None:
            return
        figures, unit = found
        if any(_agrees(amount, total, unit) for total in figures):
            return
        if len({f.value for f in figures}) != 1:
            return  # which figure is the money's cannot be told
        total = figures[0]
        scaled = total.value * money_scale(unit or amount.unit) / money_scale(amount.unit)
        message = (
            f"正文称下达资金{amount.text}（见附件），而附件所列合计为{total.text}"
            f"{unit or amount.unit}，两者不符，请核实正文或附表。"
        )
        yield make_finding(
            "attachment-total-mismatch",
            sentence.paragraph,
            message,
            span=sentence.span_of(amount),
            stated=amount.text,
            recomputed=f"{format(scaled.normalize(), 'f')}{amount.unit}",
        )
        return


def check_attachment_totals(doc: ReportDoc) -> list[ReviewFinding]:
    """The amount a notice hands down against its attached table's 合计."""
    return list(_findings(doc))

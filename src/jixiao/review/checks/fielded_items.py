"""A total told by its fields, then its items told by the same fields, ；by ；:

    …资金4871.71万元，应到位4871.71万元，实际到位1696.76万元，到位率34.83%。分项目如下：
    ①…补助应到位68万元，实际到位21万元，到位率30.88%；②…应到位1605万元，实际到位1604.75万元，
    …；④…应到位2640万元，实际未到位，到位率0%；…

The items may also be paragraphs of their own after a paragraph ending with “其中：” (省级6项，
…完成投资28.78亿元 / 市级5项，… / 县级16项，…). Each field (应到位, 实际到位, 完成投资) of the
items adds up to the total's (an item that says the field
did not happen, 实际未到位, has none of it). A field is summed only when every item states it
or says it did not happen, and only when another field of the items makes the total's
exactly (so no item is left unlisted)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from jixiao.review.checks.sum_claims import figure_finding
from jixiao.review.model import Paragraph
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import BARE
from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import DATE
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import find_quantities
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences
from jixiao.review.text.sentences import same_measure
from jixiao.review.text.structure import numbered_level

_OPENS = re.compile(
    r"^\s*(?:分项目|分项|具体|明细)?如下[:：]|^\s*分(?:项目|别)(?:为|是)[:：]|^\s*其中[:：]"
)
#: A field: the words of a figure's own clause (“，实际到位” → 实际到位), two to six.
_FIELD = re.compile(r"([\u4e00-\u9fff]{2,6})$")
MIN_ITEMS = 2


def _field(q: Quantity) -> str | None:
    clause = re.split(r"[，,；;：:。①-⑳]", q.label)[-1]
    match = _FIELD.search(clause)
    return match.group(1) if match else None


def _fields(quantities: list[Quantity]) -> dict[str, Quantity]:
    """The amounts of ``quantities`` by field, when each field holds one (else none)."""
    found: dict[str, Quantity] = {}
    for q in quantities:
        field = _field(q) if q.kind == MONEY and not q.approx else None
        if field is None:
            continue
        if field in found:
            return {}
        found[field] = q
    return found


def _totals(sentence: Sentence) -> dict[str, Quantity]:
    """The total's fields: the short clauses of its sentence (应到位…, 实际到位…)."""
    fields = _fields(list(sentence.quantities))
    return {f: q for f, q in fields.items() if len(q.label.split("，")[-1].split(",")[-1]) <= 6}


_LEAST_FIELD = 4


#: The words that name a field as money: 交易金额, 交易额 and 节约建设资金, 节约资金 differ in
#: them alone.
_MONEY_TAIL = re.compile(r"(?:金额|资金|额)$")


def _same_stem(name: str, field: str) -> bool:
    """Both name money and what is left agrees: 交易额 for 交易金额; 节约金额 for 节约建设资金
    (the shorter opens the longer, two characters at least)."""
    if not (_MONEY_TAIL.search(name) and _MONEY_TAIL.search(field)):
        return False
    short, long = sorted((_MONEY_TAIL.sub("", name), _MONEY_TAIL.sub("", field)), key=len)
    return len(short) >= 2 and long.startswith(short)


def _same_field(name: str, field: str) -> bool:
    """An item's field is the total's: one name ends the other (交易金额, 完成交易金额), or
    they differ in the words that name money alone."""
    return (
        name.endswith(field)
        or (len(name) >= _LEAST_FIELD and field.endswith(name))
        or _same_stem(name, field)
    )


def _item_value(
    part: str, quantities: list[Quantity], field: str
) -> tuple[Decimal, Decimal] | None:
    """The item's amount of ``field`` (its own clause ends with the field's words) and half
    its last written digit, 0 when it says the field did not happen (实际未到位), else None."""
    named = [q for name, q in _fields(quantities).items() if _same_field(name, field)]
    if len(named) == 1:
        return named[0].value, named[0].ulp
    undone = field.replace("实际", "实际未", 1) if field.startswith("实际") else "未" + field
    return (Decimal(0), Decimal(0)) if not named and undone in part else None


Part = tuple[str, list[Quantity]]


#: “从地区分布看，”: a key the items after it split the total by (its fields told again).
_KEYED = re.compile(r"^\s*从[\u4e00-\u9fff]{2,8}(?:看|来看)[，,:：]")


def _near(total: Sentence, sentence: Sentence) -> bool:
    """The key's sentence is in the total's paragraph or the next one."""
    return 0 <= sentence.paragraph.index - total.paragraph.index <= 1


def _sentence_parts(items: Sentence, start: int | None = None) -> list[Part]:
    """The ；-parts of the items' sentence after its opening words (or after ``start``)."""
    if start is None:
        opened = _OPENS.match(items.text)
        if opened is None:
            return []
        start = opened.end()
    parts: list[Part] = []
    for piece in re.split(r"[；;]", items.text[start:]):
        quantities = [q for q in items.quantities if start <= q.start < start + len(piece)]
        parts.append((piece, quantities))
        start += len(piece) + 1
    return [(p, qs) for p, qs in parts if p.strip("。 ")]


def _findings(
    total: Sentence, parts: list[Part], before: Sentence | None = None
) -> Iterator[ReviewFinding]:
    """``before``: the paragraph before the total's, whose fields (总投资, 当年计划投资) may
    show the items whole without being checked here."""
    own = _totals(total)
    if len(own) < 1 or len(parts) < MIN_ITEMS:
        return
    totals = {**(_totals(before) if before is not None else {}), **own}
    sums: dict[str, Decimal] = {}
    slack: dict[str, Decimal] = {}
    for field, stated in totals.items():
        values = [v for p, qs in parts if (v := _item_value(p, qs, field)) is not None]
        if len(values) == len(parts) and all(
            same_measure(q, stated) for _, qs in parts for q in qs if q.kind == MONEY
        ):
            sums[field] = sum((v for v, _ in values), Decimal(0))
            slack[field] = stated.ulp + sum((u for _, u in values), Decimal(0))
    held = {f for f, added in sums.items() if abs(added - totals[f].value) <= slack[f]}
    counted = _counted(total, parts)
    if counted is not None and counted[0].value == counted[1]:
        held.add(_COUNTED)
    if not held:
        return  # no field shows the items are the whole (a part may be left unlisted)
    if counted is not None and _COUNTED not in held:
        yield _count_finding(total, *counted, len(parts))
    for field, added in sums.items():
        stated = totals[field]
        if field in held or field not in own or abs(added - stated.value) <= slack[field]:
            continue
        shown = fmt_quantity(added, stated)
        message = (
            f"所述{field}{stated.text}，其后分项所列{len(parts)}项{field}合计{shown}，"
            f"相差{fmt_quantity(abs(added - stated.value), stated)}，请核实。"
        )
        yield figure_finding(total, stated, message, shown)


_COUNTED = "项目数"
#: Units that count items alike (交易项目577项 over 土地使用权出让32宗).
_ITEM_UNITS = {"项", "宗", "件", "笔", "个"}


def _first_count(quantities: list[Quantity] | tuple[Quantity, ...]) -> Quantity | None:
    """The figure a total or item opens with, when it is a count (实施比选项目57个)."""
    figures = [q for q in quantities if q.kind not in {DATE, BARE}]
    if not figures or figures[0].kind != COUNT or figures[0].approx:
        return None
    return figures[0]


def _counted(total: Sentence, parts: list[Part]) -> tuple[Quantity, Decimal] | None:
    """The total's count and the items' counts added, when each opens with one of a like
    unit (房屋市政类项目53个；交通类项目2个 under 实施比选项目57个)."""
    stated = _first_count(total.quantities)
    counts = [_first_count(qs) for _, qs in parts]
    if stated is None or any(c is None or not _alike(c, stated) for c in counts):
        return None
    return stated, sum((c.value for c in counts if c is not None), Decimal(0))


def _alike(count: Quantity, total: Quantity) -> bool:
    return count.unit == total.unit or {count.unit, total.unit} <= _ITEM_UNITS


def _count_finding(total: Sentence, stated: Quantity, added: Decimal, items: int) -> ReviewFinding:
    shown = fmt_quantity(added, stated)
    name = re.split(r"[，,；;：:]", stated.label)[-1][-12:]
    message = (
        f"所述{name}{stated.text}，其后分项所列{items}项合计{shown}，"
        f"相差{fmt_quantity(abs(added - stated.value), stated)}，请核实。"
    )
    return figure_finding(total, stated, message, shown)


#: A paragraph that ends by opening its items, each a paragraph of its own.
_ENDS_OPEN = re.compile(r"其中[:：]\s*$")


def _whole(paragraph: Paragraph) -> Sentence:
    return Sentence(paragraph, 0, paragraph.text, tuple(find_quantities(paragraph.text)))


def _paragraph_parts(doc: ReportDoc, at: int) -> list[Part]:
    """The paragraphs after ``doc.paragraphs[at]`` that each state amounts (the items)."""
    parts: list[Part] = []
    for paragraph in doc.paragraphs[at + 1 :]:
        quantities = [q for q in find_quantities(paragraph.text) if q.kind == MONEY]
        if not quantities or paragraph.is_heading or numbered_level(paragraph.text):
            break  # (“2. 项目支出…”: the next item of the list the total is one of)
        parts.append((paragraph.text, quantities))
    return parts


#: “另有水利类项目9个，…”: an item told after the list, which is then not all of the total.
_MORE = re.compile(r"^\s*(?:另有|另外|此外|还有|其余|其他|剩余)")
#: “…，节约率6.8%；其中：房屋市政类项目7个，交易金额…；交通类项目1个，…”: items after a
#: 其中 in the total's own sentence, ；by ；.
_MID_QIZHONG = re.compile(r"[；;]\s*其中[:：]")


def _split_at(sentence: Sentence, mark: int, start: int) -> tuple[Sentence, list[Part]]:
    """The total's part of ``sentence`` (before ``mark``) and the ；-parts after ``start``."""
    head = [q for q in sentence.quantities if q.end <= mark]
    total = Sentence(sentence.paragraph, sentence.start, sentence.text[:mark], tuple(head))
    parts: list[Part] = []
    for piece in re.split(r"[；;]", sentence.text[start:]):
        quantities = [q for q in sentence.quantities if start <= q.start < start + len(piece)]
        parts.append((piece, quantities))
        start += len(piece) + 1
    return total, [(p, qs) for p, qs in parts if p.strip("。 ")]


def check_fielded_items(doc: ReportDoc) -> list[ReviewFinding]:
    """Each total told by fields against the same fields of the items after it."""
    findings: list[ReviewFinding] = []
    sentences = doc_sentences(doc)
    total: Sentence | None = None  # the last sentence that is no key's list
    for before, sentence in pairwise(sentences):
        if before.paragraph is sentence.paragraph and _OPENS.match(sentence.text):
            findings.extend(_findings(before, _sentence_parts(sentence)))
        if not _KEYED.match(before.text):
            total = before
        key = _KEYED.match(sentence.text)
        if key is not None and total is not None and _near(total, sentence):
            findings.extend(_findings(total, _sentence_parts(sentence, key.end())))
    for at, sentence in enumerate(sentences):
        after = sentences[at + 1] if at + 1 < len(sentences) else None
        mark = _MID_QIZHONG.search(sentence.text)
        if mark is not None and not (after is not None and _MORE.match(after.text)):
            findings.extend(_findings(*_split_at(sentence, mark.start(), mark.end())))
    for at, paragraph in enumerate(doc.paragraphs):
        if _ENDS_OPEN.search(paragraph.text):
            previous = doc.paragraphs[at - 1] if at else None
            above = _whole(previous) if previous is not None and not previous.is_heading else None
            findings.extend(_findings(_whole(paragraph), _paragraph_parts(doc, at), above))
    return findings

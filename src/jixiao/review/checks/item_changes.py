"""Each item's change after a total's change, its level told in the paragraph before (the
“三公”经费 决算说明 of Yunnan and others):

    …公务用车购置及运行费支出决算为4.02万元，…；公务接待费支出决算为7.94万元，…。
    …支出决算数比2022年减少0.41万元，下降3.34%。其中：…；公务接待费支出决算减少0.46万元，
    下降5.44%。

The item's comparison is the total's (比2022年); its level this year is the one amount told
under its name before: 0.46 ÷ (7.94 + 0.46) = 5.48%, not 5.44%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.named_changes import RATE_WORD
from jixiao.review.checks.partitions import names_whole
from jixiao.review.checks.percent_findings import level_change
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt_quantity
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: “；公务接待费支出决算减少”: an item of the 其中 list, its name and its way.
_ITEM = re.compile(
    r"(?:^|[；;：:，,])\s*(?P<name>[\u4e00-\u9fff（）()“”]{3,16}?)(?P<kind>支出决算数?|决算数?|支出)"
    r"(?P<way>增加|减少)$"
)
#: The total's comparison the items inherit (比2022年, 较上年), before the 其中 — in the
#: sentence, or ending the sentence before one that opens with its 其中.
_COMPARISON = r"(?:比|较)(?:上年|去年|上一年|20\d\d\s*年度?)"
_COMPARED = re.compile(rf"{_COMPARISON}[^。]*其中")
_OPENS_ITEMS = re.compile(r"^\s*其中")
#: How many sentences back the items' levels may stand.
_REACH = 8


def _level(name: str, kind: str, earlier: Sequence[Sentence], unit: str) -> Quantity | None:
    """The one amount told before under the item's name and kind (公务接待费支出决算为…)."""
    told = re.compile(re.escape(name) + re.escape(kind) + r"(?:为|是)?$")
    found = {
        q.value: q
        for s in earlier
        for q in s.quantities
        if q.kind == MONEY and not q.approx and q.unit == unit and told.search(q.label)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _items(sentence: Sentence, earlier: Sequence[Sentence]) -> Iterator[ReviewFinding]:
    compared = _COMPARED.search(sentence.text)
    opens = _OPENS_ITEMS.match(sentence.text)
    if opens and earlier and re.search(_COMPARISON, earlier[-1].text):
        compared = opens
    if compared is None:
        return
    for change, rate in pairwise(sentence.quantities):
        if change.kind != MONEY or rate.kind != PERCENT or change.approx or not change.value:
            continue
        item = _ITEM.search(change.label)
        if change.start < compared.end() or item is None:
            continue
        if not RATE_WORD.match(sentence.text[change.end : rate.start]):
            continue
        level = _level(item.group("name"), item.group("kind"), earlier, change.unit)
        if level is not None:
            finding = level_change(sentence, level, change, rate, change.start)
            if finding is not None:
                yield finding


def _signed(change: Quantity) -> tuple[str, Decimal] | None:
    item = _ITEM.search(change.label)
    if item is None or change.kind != MONEY or change.approx:
        return None
    return item.group("name"), change.value if item.group("way") == "增加" else -change.value


_TOTAL_WAY = re.compile(r"(?P<way>增加|减少)$")


def _net(sentence: Sentence, earlier: Sequence[Sentence]) -> ReviewFinding | None:
    """“…比2022年减少0.41万元，下降3.34%。其中：…增加0万元，…；…增加0.05万元，…；…减少0.46
    万元，…”: items naming every member of a known whole (the “三公” kinds) change as much as
    their total together."""
    if not _OPENS_ITEMS.match(sentence.text) or not earlier:
        return None
    totals = [q for q in earlier[-1].quantities if q.kind == MONEY and _TOTAL_WAY.search(q.label)]
    items = [(q, signed) for q in sentence.quantities if (signed := _signed(q)) is not None]
    if len(totals) != 1 or len(items) < 2 or not re.search(_COMPARISON, totals[0].label):
        return None
    if not names_whole([name for _, (name, _) in items]) or totals[0].approx:
        return None
    total = totals[0]
    said = total.value if total.label.endswith("增加") else -total.value
    added = sum((value for _, (_, value) in items), Decimal(0))
    slack = sum((q.ulp for q, _ in items if q.value), total.ulp)  # (增加0万元 is none at all)
    if abs(added - said) <= slack:
        return None
    way = "增加" if added >= 0 else "减少"
    shown = fmt_quantity(abs(added), total)
    listed = "、".join(("增加" if v >= 0 else "减少") + q.text for q, (_, v) in items)
    told = ("增加" if said >= 0 else "减少") + total.text
    message = f"各分项的增减（{listed}）合计{way}{shown}，与总数所述{told}不符，请核实。"
    span = (sentence.start, sentence.start + items[-1][0].end)
    return make_finding(
        "sum-mismatch",
        sentence.paragraph,
        message,
        span=span,
        stated=told,
        recomputed=f"{way}{shown}",
    )


def check_item_changes(doc: ReportDoc) -> list[ReviewFinding]:
    """Items' change rates over the year before their levels told earlier, and their changes
    against their total's."""
    sentences = doc_sentences(doc)
    findings: list[ReviewFinding] = []
    for at, sentence in enumerate(sentences):
        earlier = sentences[max(0, at - _REACH) : at]
        findings.extend(_items(sentence, earlier))
        net = _net(sentence, earlier)
        findings.extend([net] if net is not None else [])
    return findings

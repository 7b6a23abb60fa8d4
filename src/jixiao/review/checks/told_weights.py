"""The weights of the 一级指标 told in one sentence, against the whole they share out:

    指标权重统一设置为：产出指标50%、效益指标30%、服务对象满意度指标10%。   → 90%, not 100%

The sentence names the weights (权重…为, 分值…为) and then lists three levels or more of the
framework (决策, 过程, 产出, 效益, 满意度, 预算执行, 成本 …), each with its share, to the
end of the sentence (no 等 after the last). Shares in % make 100%; in 分, 100分.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

#: “指标权重统一设置为：”, “各一级指标分值分别为”: the opener of the list.
_OPENER = re.compile(
    r"(?:权重|分值)(?:统一|分别)?(?:设置|设定|确定|分配|安排)?(?:为|是|如下)?[:：]\s*"
    r"|(?:权重|分值)(?:统一|分别)?(?:设置|设定|确定|分配|安排)?(?:为|是|如下)\s*"
)
_LEVEL = r"(?:项目)?(?:决策|过程|产出|效益|满意度|服务对象满意度|预算执行(?:率)?|成本|管理|绩效)"
_ITEM = re.compile(
    rf"(?P<name>{_LEVEL}(?:指标)?)\s*(?:权重|分值|占)?\s*(?:为|是)?\s*"
    r"(?P<share>\d{1,3}(?:\.\d+)?)\s*(?P<unit>%|％|分)"
)
_SEPARATOR = re.compile(r"^\s*(?:[、，,；;和及]|以及)?\s*$")
#: “其余一级指标权重分别为…”: the list is the rest of the weights, one told before it.
_REST = re.compile(r"其余|其他|剩余|另外")
_OWN_WEIGHT = re.compile(r"权重|分值")
_LEAST = 3
_WHOLE = Decimal(100)


def _items(text: str, start: int) -> list[re.Match[str]] | None:
    """The items listed from ``start`` to the sentence's end, one after another (None when
    anything else stands between them or after the last, but the full stop)."""
    items: list[re.Match[str]] = []
    at = start
    for item in _ITEM.finditer(text, start):
        if not _SEPARATOR.match(text[at : item.start()]):
            return None
        items.append(item)
        at = item.end()
    if not items or text[at:].strip() not in ("。", "；", ";", ""):
        return None
    return items


def _listed(sentence: Sentence) -> tuple[int, list[re.Match[str]]] | None:
    """Where the list starts and its items: after an opener (权重统一设置为：), or each item
    naming its own weight (决策指标权重为20%，过程指标权重为20%，…)."""
    text = sentence.text
    opener = _OPENER.search(text)
    if opener is not None and _REST.search(text, 0, opener.start()):
        return None  # “其余一级指标分值分别为…”: a weight told apart before it
    items = _items(text, opener.end()) if opener else None
    if opener is not None and items:
        return opener.start(), items
    first = next((i for i in _ITEM.finditer(text) if _OWN_WEIGHT.search(i.group(0))), None)
    items = _items(text, first.start()) if first else None
    if first is None or not items or not all(_OWN_WEIGHT.search(i.group(0)) for i in items):
        return None
    return first.start(), items


def _told_apart(sentence: Sentence, unit: str) -> Decimal:
    """The weights told in the rest of the paragraph (预算执行率权重为10%。…), in ``unit``."""
    text = sentence.paragraph.text
    start = sentence.start
    rest = text[:start] + "。" + text[start + len(sentence.text) :]
    return sum(
        (
            Decimal(i.group("share"))
            for i in _ITEM.finditer(rest)
            if _OWN_WEIGHT.search(i.group(0)) and i.group("unit") == unit
        ),
        Decimal(0),
    )


def _finding(sentence: Sentence) -> ReviewFinding | None:
    listed = _listed(sentence)
    if listed is None:
        return None
    start, items = listed
    if len(items) < _LEAST or len({i.group("unit") for i in items}) != 1:
        return None
    added = sum((Decimal(i.group("share")) for i in items), Decimal(0))
    if added == _WHOLE or added + _told_apart(sentence, items[0].group("unit")) == _WHOLE:
        return None
    unit = "%" if items[0].group("unit") in ("%", "％") else "分"
    shares = "＋".join(f"{i.group('share')}{unit}" for i in items)
    message = (
        f"所列各一级指标权重{shares}＝{fmt(added, 0)}{unit}，合计应为100{unit}，"
        "权重设置有误或有指标未列出，请核实。"
    )
    return make_finding(
        "weight-total-mismatch",
        sentence.paragraph,
        message,
        span=(sentence.start + start, sentence.start + items[-1].end()),
        stated=f"100{unit}",
        recomputed=f"{fmt(added, 0)}{unit}",
    )


def check_told_weights(doc: ReportDoc) -> list[ReviewFinding]:
    """Weights of the framework's levels listed in a sentence that do not make 100."""
    return [f for s in doc_sentences(doc) if (f := _finding(s)) is not None]

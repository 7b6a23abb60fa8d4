"""How far a share of the year's budget is ahead of or behind the year's pace:

    上半年，全市一般公共预算收入完成38.3亿元，完成年初预算的53.5%，超序时进度3.5个百分点。

The pace (序时进度, 均衡进度, 时间进度) is the months gone over twelve: 上半年 6, 一季度 3,
前三季度 9, 1—4月 (or 截至4月底) 4. The gap is the share less the pace (超, 快于, 高于) or the
pace less the share (慢于, 落后, 低于), within the rounding of both figures written; a single
month (2月份) is left alone, as its share may be of the month or of the year so far.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import PERCENT
from jixiao.review.text.quantities import POINTS
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import fmt
from jixiao.review.text.sentences import Sentence
from jixiao.review.text.sentences import doc_sentences

_PERIOD = re.compile(
    r"(?P<half>上半年)|(?P<three>前三季度)|(?P<one>(?:第)?一季度)"
    r"|1\s*[-—－~至]\s*(?P<to>\d{1,2})\s*月|截至\s*(?P<end>\d{1,2})\s*月(?:底|末)"
)
_SHARE = re.compile(r"(?:完成|占|为)[^，,。；;]{0,20}?(?:预算|计划|任务)[^，,。；;]{0,12}?的?$")
_GAP = re.compile(
    r"(?:(?P<way>超过?|快于|高于|慢于|落后于?|低于)(?:序时|均衡|时间)进度"
    r"|(?:较|比)(?:序时|均衡|时间)进度(?P<after>快|慢|超|落后|高|低))$"
)
_AHEAD = ("超", "快", "高")
_HUNDRED = Decimal(100)
_MONTHS = Decimal(12)


def months_gone(text: str) -> int | None:
    """The months of the year a text's period covers (上半年 6, 1—4月 4), or None."""
    found = _PERIOD.search(text)
    if found is None:
        return None
    named = {"half": 6, "three": 9, "one": 3}
    for key, months in named.items():
        if found.group(key):
            return months
    month = int(found.group("to") or found.group("end"))
    return month if 1 <= month <= 12 else None


def _gap_finding(
    sentence: Sentence, share: Quantity, gap: Quantity, months: int
) -> ReviewFinding | None:
    pace = Decimal(months) / _MONTHS * _HUNDRED
    way = _GAP.search(gap.label)
    ahead = way is not None and (way.group("way") or way.group("after")).startswith(_AHEAD)
    expected = share.value - pace if ahead else pace - share.value
    if abs(expected - gap.value) <= gap.ulp + share.ulp:
        return None
    places = len(gap.text.partition(".")[2].rstrip("%个百分点"))
    shown = fmt(expected, places)
    message = (
        f"完成预算的比例为{share.text}，序时进度为{months}÷12＝{fmt(pace, 2)}%，"
        f"{'超出' if ahead else '落后'}应为{shown}个百分点，报告为{gap.text}，请核实。"
    )
    return make_finding(
        "pace-gap-mismatch",
        sentence.paragraph,
        message,
        span=sentence.span_of(gap),
        stated=gap.text,
        recomputed=shown,
    )


def _findings(doc: ReportDoc) -> Iterator[ReviewFinding]:
    for sentence in doc_sentences(doc):
        head = sentence.paragraph.text[: sentence.start + len(sentence.text)]
        months = months_gone(sentence.text) or months_gone(head)
        if months is None:
            continue
        share: Quantity | None = None
        for q in sentence.quantities:
            if q.kind == PERCENT and _SHARE.search(q.label):
                share = q
            elif share is not None and q.kind in (PERCENT, POINTS) and _GAP.search(q.label):
                finding = _gap_finding(sentence, share, q, months)
                if finding is not None:
                    yield finding
                share = None


def check_pace_gaps(doc: ReportDoc) -> list[ReviewFinding]:
    """Each gap to the year's pace against the share it follows and the months gone."""
    return list(_findings(doc))
